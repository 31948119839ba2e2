import { useCallback, useState } from 'react';
import { loadDetails, maxFieldLength, saveDetails, type DetailField, type Details } from '../../letters/details';

/**
 * What the person has typed for their letters and referral summary, kept in this tab as they type.
 * A field over the length limit is kept on screen (with an error) but left out of the documents.
 */
export function useDetails(storage: Storage | undefined) {
  const [details, setDetails] = useState<Details>(() => loadDetails(storage));
  const update = useCallback(
    (field: DetailField, value: string) => {
      setDetails((current) => {
        const next = { ...current, [field]: value };
        saveDetails(storage, next);
        return next;
      });
    },
    [storage],
  );
  const tooLong = (Object.keys(details) as DetailField[]).filter((field) => (details[field]?.length ?? 0) > maxFieldLength);
  const usable: Details = Object.fromEntries(Object.entries(details).filter(([field]) => !tooLong.includes(field as DetailField)));
  return { details, usable, tooLong, update };
}

import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisContacts } from '../../content/organisations';
import type { Nation } from '../../machines';
import { useDocumentTitle } from '../page';
import { ContinueFromSaved } from './parts/ContinueFromSaved';
import { Organisation } from './parts/Organisation';

const allNations: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

/** Crisis contacts for the person's nation, or for every nation while it is not known yet. */
export function GetHelpPage({
  nation,
  headingRef,
  continueFromSaved,
}: {
  nation?: Nation;
  headingRef: Ref<HTMLHeadingElement>;
  /** Before any answers: the way back in for someone who saved their answers earlier. */
  continueFromSaved?: { href: string; onClick: () => void };
}) {
  const { t } = useTranslation('common');
  useDocumentTitle(t('getHelp.title'));
  const ids = nation ? crisisContacts(nation) : [...new Set(allNations.flatMap((n) => crisisContacts(n)))];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {t('getHelp.title')}
        </h1>
        <p className="govuk-body-l">{t('getHelp.lead')}</p>
        <p className="govuk-body">{nation ? t(`getHelp.forNation.${nation}`) : t('getHelp.anyNation')}</p>
        {ids.map((id) => (
          <Organisation key={id} id={id} headingLevel={2} {...(nation ? { nation } : {})} />
        ))}
        <p className="govuk-body">{t('getHelp.returnNote')}</p>
        {continueFromSaved && <ContinueFromSaved {...continueFromSaved} />}
      </div>
    </div>
  );
}

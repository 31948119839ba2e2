import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import type { DetailField, Details } from '../../letters/details';

export interface FieldSpec {
  field: DetailField;
  label: string;
  hint?: string;
  autoComplete?: string;
  width?: 10 | 20 | 30;
}

const inputId = (field: DetailField) => `details-${field}`;

/**
 * Optional details typed on the device. There is nothing to submit: each box is kept as it is typed
 * and the document below follows. A box over the limit says so, here and in an error summary.
 */
export function DetailsForm({
  fields,
  details,
  tooLong,
  onChange,
}: {
  fields: FieldSpec[];
  details: Details;
  tooLong: DetailField[];
  onChange: (field: DetailField, value: string) => void;
}) {
  const { t } = useTranslation(['letters', 'common']);
  const errorOf = (spec: FieldSpec) => (tooLong.includes(spec.field) ? t('fields.tooLong', { field: spec.label }) : undefined);
  const errors = fields
    .filter((spec) => tooLong.includes(spec.field))
    .map((spec) => ({ targetId: inputId(spec.field), text: errorOf(spec)! }));
  return (
    <div className="app-print-hide">
      {errors.length > 0 && <ErrorSummary title={t('common:errorSummaryTitle')} errors={errors} takeFocus={false} />}
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {fields.map((spec) => {
          const error = errorOf(spec);
          return (
            <TextInput
              key={spec.field}
              id={inputId(spec.field)}
              label={spec.label}
              {...(spec.hint ? { hint: spec.hint } : {})}
              {...(error ? { error } : {})}
              errorPrefix={t('common:errorPrefix')}
              value={details[spec.field] ?? ''}
              onChange={(value) => onChange(spec.field, value)}
              {...(spec.autoComplete ? { autoComplete: spec.autoComplete } : {})}
              {...(spec.width ? { width: spec.width } : {})}
            />
          );
        })}
      </form>
    </div>
  );
}

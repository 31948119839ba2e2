import type { Ref } from 'react';

/** GOV.UK file upload: a label, an optional hint and error, and the browser's own file input. */
export function FileUpload({
  id,
  label,
  hint,
  error,
  errorPrefix,
  accept,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  accept?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange?: () => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{errorPrefix}</span> {error}
        </p>
      )}
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        ref={inputRef}
        {...(accept ? { accept } : {})}
        {...(onChange ? { onChange } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
    </div>
  );
}

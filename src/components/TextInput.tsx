/** GOV.UK text input with its label, an optional hint and an error message. */
export function TextInput({
  id,
  label,
  hint,
  error,
  errorPrefix,
  value,
  onChange,
  autoComplete,
  width,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
  /** GOV.UK fixed widths for short answers: 10, 20 or 30 characters. */
  width?: 10 | 20 | 30;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const classes = ['govuk-input', width ? `govuk-input--width-${width}` : '', error ? 'govuk-input--error' : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
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
        className={classes}
        id={id}
        name={id}
        type="text"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...(autoComplete ? { autoComplete } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
    </div>
  );
}

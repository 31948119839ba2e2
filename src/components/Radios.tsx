import type { ReactNode, Ref } from 'react';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string;
}

/** The first radio's id is the question's name, so the error summary can link to it (as GOV.UK does). */
export function radioId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/** GOV.UK radios with the legend as the page heading. */
export function Radios({
  name,
  legend,
  headingRef,
  hint,
  error,
  errorPrefix,
  items,
  value,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  headingRef: Ref<HTMLHeadingElement>;
  hint?: string;
  error?: string;
  errorPrefix: string;
  items: RadioItem[];
  value: string | undefined;
  onChange: (value: string) => void;
  children?: ReactNode;
}) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 className="govuk-fieldset__heading" tabIndex={-1} ref={headingRef}>
            {legend}
          </h1>
        </legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {children}
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{errorPrefix}</span> {error}
          </p>
        )}
        <div className="govuk-radios">
          {items.map((item, index) => {
            const id = radioId(name, index);
            const itemHintId = `${id}-item-hint`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? itemHintId : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

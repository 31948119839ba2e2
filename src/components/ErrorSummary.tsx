import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorItem {
  targetId: string;
  text: string;
}

/**
 * GOV.UK error summary: takes focus when it appears (after a submit); its links move focus to the
 * field. `takeFocus={false}` for a problem found while typing, which must not pull focus away.
 */
export function ErrorSummary({ title, errors, takeFocus = true }: { title: string; errors: ErrorItem[]; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const focusField = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const field = document.getElementById(targetId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    // show the question with its answers, not just the first radio
    field.closest('fieldset')?.scrollIntoView?.();
  };
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.targetId}>
                <a href={`#${error.targetId}`} onClick={(event) => focusField(event, error.targetId)}>
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

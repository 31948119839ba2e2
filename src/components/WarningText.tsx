import type { ReactNode } from 'react';

export function WarningText({ assistive, children }: { assistive: string; children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{assistive}</span> {children}
      </strong>
    </div>
  );
}

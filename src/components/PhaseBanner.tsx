import type { ReactNode } from 'react';

/** GOV.UK phase banner: the phase as a tag, and a line that leads to a feedback route. */
export function PhaseBanner({ tag, children }: { tag: string; children: ReactNode }) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}

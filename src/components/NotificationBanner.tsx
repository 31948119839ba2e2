import { useId, type ReactNode } from 'react';

/** GOV.UK notification banner; `alert` for one that appears after an action, so it is announced. */
export function NotificationBanner({ title, alert = false, children }: { title: string; alert?: boolean; children: ReactNode }) {
  const titleId = useId();
  return (
    <div className="govuk-notification-banner" role={alert ? 'alert' : 'region'} aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

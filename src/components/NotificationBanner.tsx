import type { ReactNode } from 'react';

export function NotificationBanner({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="notification-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

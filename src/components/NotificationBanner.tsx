import type { ReactNode } from 'react';

export function NotificationBanner({
  title,
  titleId = 'notification-banner-title',
  children,
}: {
  title: string;
  /** unique on the page: two banners can be shown at once */
  titleId?: string;
  children: ReactNode;
}) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

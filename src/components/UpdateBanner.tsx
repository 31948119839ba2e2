import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from '../after-paint';
import { acknowledgeUpdate, checkForUpdate, subscribeToUpdates, switchToNewVersion, updateStatus, type UpdateStatus } from '../updates';
import { Button } from './Button';
import { NotificationBanner } from './NotificationBanner';

const atBuildTime = (): UpdateStatus => 'current';

/**
 * "This tool has been updated" (src/updates.ts): when a new version is ready, with a button to use
 * it, or on the first page a new version shows after its reload. At each new page of the journey
 * it asks whether there is a new version. In a polite live region, so a screen reader hears it
 * without losing its place.
 */
export function UpdateBanner({ view }: { view: string }) {
  const { t } = useTranslation('common');
  const status = useSyncExternalStore(subscribeToUpdates, updateStatus, atBuildTime);
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    acknowledgeUpdate();
    afterPaint(checkForUpdate); // the new page first
  }, [view]);

  return (
    <div aria-live="polite">
      {status !== 'current' && (
        <NotificationBanner title={t('notifications.important')}>
          <p className="govuk-notification-banner__heading">{t('update.heading')}</p>
          {status === 'ready' ? (
            <>
              <p className="govuk-body">{t('update.ready')}</p>
              <Button variant="secondary" onClick={switchToNewVersion}>
                {t('update.button')}
              </Button>
            </>
          ) : (
            <p className="govuk-body">{t('update.applied')}</p>
          )}
        </NotificationBanner>
      )}
    </div>
  );
}

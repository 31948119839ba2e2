import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../page';

/**
 * Shown, pre-rendered, while the app itself is still on its way at an address other than the start
 * page and Get help now (src/first-screen.ts): something to read, with Get help now and Exit this
 * page around it, rather than a blank page. The app replaces it with the page asked for.
 */
export function LoadingPage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('common');
  useDocumentTitle(t('loading.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {t('loading.title')}
        </h1>
        <p className="govuk-body">{t('loading.slow')}</p>
        <p className="govuk-body">{t('loading.help')}</p>
      </div>
    </div>
  );
}

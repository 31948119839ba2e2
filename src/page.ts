import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from './after-paint';

/** Names the page in the browser tab and history: "<page> – Advocacy Check", "Error: …" when invalid. */
export function useDocumentTitle(page: string, error = false): void {
  const { t } = useTranslation('common');
  const title = t('pageTitle', { page });
  const full = error ? t('errorTitle', { title }) : title;
  // after the page's history entry is made (src/useBrowserHistory.ts), so the title lands on it
  useEffect(() => {
    afterPaint(() => {
      document.title = full;
    });
  }, [full]);
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the page in the browser tab and history: "<page> – Advocacy Check", "Error: …" when invalid. */
export function useDocumentTitle(page: string, error = false): void {
  const { t } = useTranslation('common');
  const title = t('pageTitle', { page });
  const full = error ? t('errorTitle', { title }) : title;
  useEffect(() => {
    document.title = full;
  }, [full]);
}

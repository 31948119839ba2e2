import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** "Continue from saved answers", on the start page and Get help now: a link to the file upload page. */
export function ContinueFromSaved({ href, onClick }: { href: string; onClick: () => void }) {
  const { t } = useTranslation('letters');
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onClick();
  };
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} onClick={follow}>
        {t('saved.continueLink')}
      </a>
      <br />
      <span className="govuk-hint app-inline-hint">{t('saved.continueHint')}</span>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { inPlace } from '../../components/plainClick';

/** "Continue from saved answers", on the start page and Get help now: a link to the file upload page. */
export function ContinueFromSaved({ href, onClick }: { href: string; onClick: () => void }) {
  const { t } = useTranslation('letters');
  return (
    <p className="govuk-body">
      <a className="govuk-link" href={href} onClick={inPlace(onClick)}>
        {t('saved.continueLink')}
      </a>
      <br />
      <span className="govuk-hint app-inline-hint">{t('saved.continueHint')}</span>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { Citation as CitationData } from '../../../machines';

/** "Mental Health Act 1983, s130C(2)(a)", linking to the provision on legislation.gov.uk. */
export function Citation({ source }: { source: CitationData }) {
  const { t } = useTranslation('instruments');
  const instrument = t(source.instrument);
  const cited = source.provision ? `${instrument}, ${source.provision}` : instrument;
  return (
    <a className="govuk-link app-citation" href={source.url}>
      {source.notInForce ? `${cited} ${t('notInForce')}` : cited}
    </a>
  );
}

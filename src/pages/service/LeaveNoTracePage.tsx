import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText';
import { PageLink } from '../../components/PageLink';
import { pagePaths } from '../../routes';
import { CatalogueList } from './parts';
import { PageFrame } from '../parts/PageFrame';

// Goes with Exit this page: what it does and what it cannot do, private windows, and deleting
// this tool's pages from the browser's history (just those, since a history wiped clean can
// itself be noticed).

export function LeaveNoTracePage({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('pages');
  return (
    <PageFrame title={t('leaveNoTrace.title')} headingRef={headingRef}>
      <p className="govuk-body-l">{t('leaveNoTrace.lead')}</p>
      <InsetText>{t('leaveNoTrace.saferDevice')}</InsetText>

      <h2 className="govuk-heading-m">{t('leaveNoTrace.exitHeading')}</h2>
      <p className="govuk-body">{t('leaveNoTrace.exitHow')}</p>
      <p className="govuk-body">{t('leaveNoTrace.exitDoes')}</p>
      <CatalogueList items={t('leaveNoTrace.exitSteps', { returnObjects: true })} />
      <h3 className="govuk-heading-s">{t('leaveNoTrace.limitsHeading')}</h3>
      <CatalogueList items={t('leaveNoTrace.limits', { returnObjects: true })} />

      <h2 className="govuk-heading-m">{t('leaveNoTrace.privateHeading')}</h2>
      <p className="govuk-body">{t('leaveNoTrace.private')}</p>
      <p className="govuk-body">{t('leaveNoTrace.privateHow')}</p>
      <CatalogueList items={t('leaveNoTrace.privateSteps', { returnObjects: true })} />
      <p className="govuk-body">{t('leaveNoTrace.privateWords')}</p>

      <h2 className="govuk-heading-m">{t('leaveNoTrace.historyHeading')}</h2>
      <p className="govuk-body">{t('leaveNoTrace.history')}</p>
      <p className="govuk-body">{t('leaveNoTrace.historyHow')}</p>
      <p className="govuk-body">{t('leaveNoTrace.clearAll')}</p>

      <h2 className="govuk-heading-m">{t('leaveNoTrace.otherHeading')}</h2>
      <CatalogueList items={t('leaveNoTrace.other', { returnObjects: true })} />

      <p className="govuk-body">
        <Trans t={t} i18nKey="leaveNoTrace.helpNow" components={{ a: <PageLink href={pagePaths.getHelp} /> }} />
      </p>
    </PageFrame>
  );
}

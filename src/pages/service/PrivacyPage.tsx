import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OperatorFile } from '../../../content/operator';
import { PageLink } from '../../components/PageLink';
import { pagePaths } from '../../routes';
import { CatalogueList, WhoRunsIt, formatDate } from './parts';
import { PageFrame } from '../parts/PageFrame';

// What the tool keeps and where, in plain words: the answers in this tab's sessionStorage, the
// offline copy (which never holds answers), phone numbers handed to the phone, the browser's
// history, and no cookies, analytics or requests to other websites.

export function PrivacyPage({ operator, headingRef }: { operator: OperatorFile; headingRef: Ref<HTMLHeadingElement> }) {
  const { t, i18n } = useTranslation('pages');
  return (
    <PageFrame title={t('privacy.title')} headingRef={headingRef}>
      <p className="govuk-body-l">{t('privacy.lead')}</p>
      <WhoRunsIt operator={operator} />

      <h2 className="govuk-heading-m">{t('privacy.answersHeading')}</h2>
      <p className="govuk-body">{t('privacy.answersKept')}</p>
      <p className="govuk-body">{t('privacy.answersDeleted')}</p>
      <CatalogueList items={t('privacy.deletedWhen', { returnObjects: true })} />
      <p className="govuk-body">{t('privacy.language')}</p>
      <p className="govuk-body">{t('privacy.neverSent')}</p>

      <h2 className="govuk-heading-m">{t('privacy.offlineHeading')}</h2>
      <p className="govuk-body">{t('privacy.offline')}</p>
      <p className="govuk-body">{t('privacy.offlineNoAnswers')}</p>

      <h2 className="govuk-heading-m">{t('privacy.phoneHeading')}</h2>
      <p className="govuk-body">{t('privacy.phone')}</p>

      <h2 className="govuk-heading-m">{t('privacy.historyHeading')}</h2>
      <p className="govuk-body">{t('privacy.history')}</p>
      <p className="govuk-body">
        <Trans t={t} i18nKey="privacy.leaveNoTrace" components={{ a: <PageLink href={pagePaths.leaveNoTrace} /> }} />
      </p>

      <h2 className="govuk-heading-m" id="cookies">
        {t('privacy.cookiesHeading')}
      </h2>
      <p className="govuk-body">{t('privacy.cookies')}</p>

      <h2 className="govuk-heading-m">{t('privacy.trackingHeading')}</h2>
      <p className="govuk-body">{t('privacy.tracking')}</p>
      <p className="govuk-body">{t('privacy.otherSites')}</p>

      <h2 className="govuk-heading-m">{t('privacy.serverHeading')}</h2>
      <p className="govuk-body">{t('privacy.server')}</p>

      <p className="govuk-body">{t('privacy.updated', { date: formatDate(operator.privacyNotice.updated, i18n.language) })}</p>
    </PageFrame>
  );
}

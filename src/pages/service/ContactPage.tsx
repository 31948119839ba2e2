import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OperatorFile } from '../../../content/operator';
import { PageLink } from '../../components/PageLink';
import { pagePaths } from '../../routes';
import { ReportProblem, WhoRunsIt } from './parts';
import { PageFrame } from '../parts/PageFrame';

// Who runs this copy of the tool and how to give feedback or report a problem (the phase banner's
// feedback link leads here), all from content/operator.json.

export function ContactPage({ operator, headingRef }: { operator: OperatorFile; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('pages');
  return (
    <PageFrame title={t('contact.title')} headingRef={headingRef}>
      <p className="govuk-body">
        <Trans t={t} i18nKey="contact.notForHelp" components={{ a: <PageLink href={pagePaths.getHelp} /> }} />
      </p>

      <h2 className="govuk-heading-m">{t('contact.whoHeading')}</h2>
      <WhoRunsIt operator={operator} />
      <p className="govuk-body">{t('contact.noAnswers')}</p>

      <h2 className="govuk-heading-m">{t('contact.feedbackHeading')}</h2>
      <p className="govuk-body">{t('contact.feedback')}</p>
      <ReportProblem operator={operator} />
    </PageFrame>
  );
}

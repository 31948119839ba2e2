import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OperatorFile } from '../../../content/operator';
import welsh from '../../../content/locales/cy/meta.json';
import { CatalogueList, ReportProblem, WhoRunsIt, formatDate } from './parts';
import { PageFrame } from '../parts/PageFrame';
import { TransLink } from '../../components/TransLink';

// The accessibility statement a public sector body must publish (Public Sector Bodies (Websites
// and Mobile Applications) (No. 2) Accessibility Regulations 2018, SI 2018/952, reg 8), after
// GOV.UK's model statement: who runs it, how accessible it is, what is known not to be checked,
// how it was tested, how to report a problem, and the enforcement procedure.

export const accessibilityLinks = {
  abilityNet: 'https://mcmw.abilitynet.org.uk/',
  regulations: 'https://www.legislation.gov.uk/uksi/2018/952/contents',
  eass: 'https://www.equalityadvisoryservice.com/',
  ecni: 'https://www.equalityni.org/',
} as const;

const link = (href: string) => <TransLink href={href} />;

export function AccessibilityPage({ operator, headingRef }: { operator: OperatorFile; headingRef: Ref<HTMLHeadingElement> }) {
  const { t, i18n } = useTranslation('pages');
  const date = (iso: string) => formatDate(iso, i18n.language);
  const statement = operator.accessibilityStatement;
  return (
    <PageFrame title={t('accessibility.title')} headingRef={headingRef}>
      <p className="govuk-body">{t('accessibility.intro')}</p>
      <WhoRunsIt operator={operator} />
      <p className="govuk-body">{t('accessibility.aim')}</p>
      <CatalogueList items={t('accessibility.canDo', { returnObjects: true })} />
      <p className="govuk-body">
        <Trans t={t} i18nKey="accessibility.abilityNet" components={{ a: link(accessibilityLinks.abilityNet) }} />
      </p>

      <h2 className="govuk-heading-m">{t('accessibility.complianceHeading')}</h2>
      <p className="govuk-body">{t('accessibility.standard')}</p>
      <p className="govuk-body">{t('accessibility.status')}</p>

      <h2 className="govuk-heading-m">{t('accessibility.knownHeading')}</h2>
      <CatalogueList
        items={t('accessibility.known', { returnObjects: true })}
        more={welsh.needsReview ? [t('accessibility.welshDraft')] : []}
      />

      <h2 className="govuk-heading-m">{t('accessibility.testedHeading')}</h2>
      <p className="govuk-body">{t('accessibility.tested', { date: date(statement.lastTested) })}</p>
      <CatalogueList items={t('accessibility.testedHow', { returnObjects: true })} />

      <h2 className="govuk-heading-m">{t('accessibility.reportHeading')}</h2>
      <ReportProblem operator={operator} />

      <h2 className="govuk-heading-m">{t('accessibility.enforcementHeading')}</h2>
      <p className="govuk-body">
        <Trans t={t} i18nKey="accessibility.regulations" components={{ a: link(accessibilityLinks.regulations) }} />
      </p>
      <p className="govuk-body">{t('accessibility.ehrc')}</p>
      <p className="govuk-body">
        <Trans t={t} i18nKey="accessibility.eass" components={{ a: link(accessibilityLinks.eass) }} />
      </p>
      <p className="govuk-body">
        <Trans t={t} i18nKey="accessibility.ecni" components={{ a: link(accessibilityLinks.ecni) }} />
      </p>

      <h2 className="govuk-heading-m">{t('accessibility.aboutHeading')}</h2>
      <p className="govuk-body">
        {t('accessibility.dates', { prepared: date(statement.prepared), reviewed: date(statement.lastReviewed) })}
      </p>
    </PageFrame>
  );
}

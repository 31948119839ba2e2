import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Assessment, ResultPlan } from '../../../machines';
import { Button } from '../../components/Button';
import { InsetText } from '../../components/InsetText';
import { calendarToday, citationText, longDate } from '../../letters/draft';
import { useDocumentTitle } from '../../page';
import { kindKeys, sentenceCase, type Audience } from '../../wording';
import { useHeadline } from '../parts/useHeadline';
import { AnswersList } from './AnswersList';

/**
 * A summary of the answers and the result, with its reasons and citations, the date and the tool's
 * address: for an advocate or a solicitor to read. Printed, or saved as a PDF from the print dialogue.
 */
export function SummaryPage({
  answers,
  assessment,
  plan,
  context,
  headingRef,
  onPrint,
}: {
  answers: Answers;
  assessment: Assessment;
  plan: ResultPlan;
  context: Audience;
  headingRef: Ref<HTMLHeadingElement>;
  onPrint: () => void;
}) {
  const { t, i18n } = useTranslation(['letters', 'result', 'reasons', 'instruments']);
  const title = t('summary.title', { context });
  useDocumentTitle(title);
  // the same headline as the result page's
  const headline = useHeadline(plan, assessment.nation, context);
  return (
    <div className="govuk-grid-row app-summary-page">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="govuk-body">
          {t('summary.made', { date: longDate(calendarToday(), i18n.language), address: window.location.origin })}
        </p>
        <InsetText>{t('summary.notAdvice')}</InsetText>

        <h2 className="govuk-heading-m">{t('summary.answersHeading')}</h2>
        <AnswersList answers={answers} />

        <h2 className="govuk-heading-m">{t('summary.resultHeading')}</h2>
        <p className="govuk-body-l">{headline}</p>
        {assessment.advocates.map((advocate) => (
          <section key={advocate.kind} className="app-summary-advocate" aria-labelledby={`summary-${advocate.kind}`}>
            <h3 className="govuk-heading-s" id={`summary-${advocate.kind}`}>
              {t(kindKeys(advocate.kind, assessment.nation, 'name'), { ns: 'result' })}:{' '}
              {t(`status.${advocate.status}`, { ns: 'result', context })}
            </h3>
            <p className="govuk-body">{t('summary.reasonsHeading')}</p>
            <ul className="govuk-list govuk-list--bullet">
              {advocate.reasons.map((reason, i) => (
                <li key={`${reason.key}-${i}`}>
                  {t(reason.key, { ns: 'reasons', context, ...reason.vars })} ({citationText(t, reason.source)})
                </li>
              ))}
            </ul>
            {advocate.status !== 'not-entitled' && (
              <p className="govuk-body">
                {t('summary.arrangedBy')}: {sentenceCase(t(advocate.arrangedByKey, { ns: 'reasons', context }), i18n.language)}.
              </p>
            )}
          </section>
        ))}
        <Button variant="secondary" className="app-no-print" onClick={onPrint}>
          {t('summary.print')}
        </Button>
      </div>
    </div>
  );
}

import { useEffect, useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Assessment, Citation as CitationData, Reason, ResultPageId, ResultPlan } from '../../machines';
import { ButtonGroup } from '../components/Button';
import { inPlace } from '../components/plainClick';
import { Details } from '../components/Details';
import { PageLink } from '../components/PageLink';
import { SummaryList } from '../components/SummaryList';
import { useDocumentTitle } from '../page';
import { usePaintFirstScreenFirst } from '../usePaintFirstScreenFirst';
import { pagePaths } from '../routes';
import { firstSentence, kindKeys, type Audience } from '../wording';
import { AnswersSummary } from './parts/AnswersSummary';
import { useHeadline } from './parts/useHeadline';
import { Citation } from './parts/Citation';
import { AdvocateLaw, ReasonList, StatusTag } from './parts/Reasons';
import { Step, StepList } from './parts/Steps';

/**
 * Folds are open in print (GOV.UK's details close their content). Chromium and current browsers
 * show a closed fold's content in print by CSS (`::details-content`, _app.scss); for the others,
 * the folds are opened just before printing and closed again after.
 */
function useFoldsOpenInPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details.app-fold:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

const citationId = (c: CitationData) => `${c.instrument}|${c.provision}`;

/**
 * The result, shaped to act on from the first screen (machines/result-plan.ts decides what goes
 * where): a short headline based on the answers, one reason, what to do now, at most five next
 * steps, why, the other advocates checked, links to the pages for the rest, and — folded on screen,
 * open in print — the answers and the law.
 */
export function ResultPage({
  assessment,
  plan,
  answers,
  context,
  headingRef,
  onRestart,
  onPrint,
  act,
}: {
  assessment: Assessment;
  plan: ResultPlan;
  answers: Answers;
  context: Audience;
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
  onPrint: () => void;
  /** Acting on the result, at its end: letters no step asks for, summaries, saving the answers (parts/ActOnResult), with the page's own buttons. */
  act?: (buttons: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation(['result', 'reasons']);
  const whole = usePaintFirstScreenFirst();
  const { nation } = assessment;
  const headline = useHeadline(plan, nation, context);
  useDocumentTitle(headline);
  useFoldsOpenInPrint();

  const oneLine = (r: Reason | undefined) => (r ? firstSentence(t(r.key, { ns: 'reasons', context, ...r.vars })) : '');
  const reason = plan.reason ? oneLine(plan.reason) : t('noReason', { context });
  // "if you're told you can't have one" is linked from its step among the next steps
  const links: ResultPageId[] = [
    'gettingReady',
    ...(plan.pages.moreHelp.length + plan.pages.namedOnResult.length > 0 ? (['moreHelp'] as const) : []),
  ];
  const stepSources = useMemo(() => {
    const seen = new Map<string, CitationData>();
    for (const step of [...plan.now, ...plan.next]) for (const a of step.actions) if (a.source) seen.set(citationId(a.source), a.source);
    return [...seen.values()];
  }, [plan]);
  // "3 December 2026": the months are wording (an Intl formatter costs the first render tens of ms)
  const printed = useMemo(() => {
    const today = new Date();
    const months = t('months', { returnObjects: true }) as string[];
    return {
      date: `${today.getDate()} ${months[today.getMonth()]} ${today.getFullYear()}`,
      address: typeof window === 'undefined' ? '' : `${window.location.origin}/`,
    };
  }, [t]);

  const buttons = (
    <>
      {/* GOV.UK's print link: a button (it acts on the page) that looks like a link */}
      <button type="button" className="govuk-link app-link-button app-no-print" onClick={onPrint}>
        {t('print')}
      </button>
      <a className="govuk-link app-no-print" href="/" onClick={inPlace(onRestart)}>
        {t('common:startAgain')}
      </a>
    </>
  );

  return (
    <div className="govuk-grid-row app-result">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          <span className="govuk-caption-m">{t('caption')}</span>
          {headline}
        </h1>
        <p className="govuk-body app-lead">{reason}</p>

        <section className="app-now" aria-labelledby="result-now">
          <h2 className="govuk-heading-m" id="result-now">
            {t('now.heading')}
          </h2>
          {plan.now.map((step) => (
            <div className="app-now__step" key={step.actions[0].id}>
              <Step step={step} nation={nation} context={context} headingLevel={3} brief />
            </div>
          ))}
        </section>

        {whole && (
          <>
            <section {...(plan.next.length > 0 ? { 'aria-labelledby': 'result-next' } : {})}>
              {plan.next.length > 0 && (
                <>
                  <h2 className="govuk-heading-m" id="result-next">
                    {t('next.heading')}
                  </h2>
                  <StepList steps={plan.next} nation={nation} context={context} headingLevel={3} brief />
                </>
              )}
              {/* the pages for the rest: after the steps, where a person looks for more */}
              <ul className="govuk-list app-no-print" aria-label={t('more.heading')}>
                {links.map((page) => (
                  <li key={page}>
                    <PageLink href={pagePaths[page]}>{t(`pages.${page}.title`, { context })}</PageLink>
                  </li>
                ))}
              </ul>
            </section>

            {plan.lead && (
              <section aria-labelledby="result-why">
                <h2 className="govuk-heading-m" id="result-why">
                  {t('why.heading')}
                </h2>
                <ReasonList reasons={plan.why} context={context} />
              </section>
            )}

            {plan.others.length > 0 && (
              <section className="app-others" aria-labelledby="result-others">
                <h2 className="govuk-heading-m" id="result-others">
                  {t('others.heading', { context })}
                </h2>
                <SummaryList
                  rows={plan.others.map((advocate) => ({
                    id: advocate.kind,
                    key: t([...kindKeys(advocate.kind, nation, 'short'), ...kindKeys(advocate.kind, nation, 'name')]),
                    value: (
                      <>
                        <StatusTag advocate={advocate} context={context} short />
                        <span className="app-one-line">{oneLine(advocate.reasons[0])}</span>
                      </>
                    ),
                  }))}
                />
              </section>
            )}

            <Details summary={t('answers.heading')} className="app-fold">
              <AnswersSummary answers={answers} />
            </Details>
            <Details summary={t('law.heading')} className="app-fold">
              {[...(plan.lead ? [plan.lead] : []), ...plan.others].map((advocate) => (
                <AdvocateLaw key={advocate.kind} advocate={advocate} nation={nation} context={context} />
              ))}
              {stepSources.length > 0 && (
                <>
                  <h3 className="govuk-heading-s">{t('law.steps')}</h3>
                  <ul className="govuk-list govuk-list--bullet">
                    {stepSources.map((source) => (
                      <li key={citationId(source)}>
                        <Citation source={source} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Details>

            <p className="govuk-body-s">
              <strong>{t('checkAgain', { context })}</strong> <span>{t('disclaimer')}</span>
            </p>
            <p className="govuk-body-s app-print-only">{t('printed', printed)}</p>

            {act ? act(buttons) : <ButtonGroup>{buttons}</ButtonGroup>}
          </>
        )}
      </div>
    </div>
  );
}

import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nation, PlannedStep, ResultPlan } from '../../../machines';
import { Button } from '../../components/Button';
import type { Audience } from '../../wording';
import { Organisation } from '../parts/Organisation';
import { PageFrame } from '../parts/PageFrame';
import { Step, StepList } from '../parts/Steps';

// The pages a result links to, for what does not fit on it: if you're told you can't have one,
// getting ready to meet your advocate, and more places to get help. Each is made from the plan
// (machines/result-plan.ts); each organisation appears on a page at most once.

interface PageProps {
  plan: ResultPlan;
  nation: Nation;
  context: Audience;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Steps as paragraphs under a heading (one step), or as a numbered list (several). */
function Steps({
  steps,
  nation,
  context,
  headingLevel,
}: {
  steps: readonly PlannedStep[];
  nation: Nation;
  context: Audience;
  headingLevel: 3 | 4;
}) {
  if (steps.length === 1) return <Step step={steps[0]!} nation={nation} context={context} headingLevel={headingLevel} showLaw />;
  return <StepList steps={steps} nation={nation} context={context} headingLevel={headingLevel} showLaw />;
}

/** If you're told you can't have one: ask again in writing, complain, get legal advice — in that order. */
export function IfRefusedPage({ plan, nation, context, headingRef }: PageProps) {
  const { t } = useTranslation(['result', 'actions']);
  const refusal = plan.pages.ifRefused;
  return (
    <PageFrame title={t('pages.ifRefused.title', { context })} headingRef={headingRef}>
      {!refusal && <p className="govuk-body">{t('pages.ifRefused.none')}</p>}
      {refusal?.intro && <p className="govuk-body-l">{t(refusal.intro.key, { ns: 'actions', context })}</p>}
      {refusal && <p className="govuk-body">{t('pages.ifRefused.lead', { context })}</p>}
      {refusal &&
        (['write', 'complain', 'advice'] as const).map(
          (stage) =>
            refusal[stage].length > 0 && (
              <section key={stage} aria-labelledby={`refused-${stage}`}>
                <h2 className="govuk-heading-m" id={`refused-${stage}`}>
                  {t(`pages.ifRefused.${stage}`, { context })}
                </h2>
                <Steps steps={refusal[stage]} nation={nation} context={context} headingLevel={3} />
              </section>
            ),
        )}
    </PageFrame>
  );
}

/** Getting ready to meet an advocate: the questions to ask, and speaking up for yourself. */
export function GettingReadyPage({ plan, nation, context, headingRef }: PageProps) {
  const { t } = useTranslation('result');
  const steps = plan.pages.gettingReady;
  const questions = steps.filter((s) => s.actions[0].group === 'questions');
  const speakingUp = steps.filter((s) => s.actions[0].group === 'self-advocacy');
  return (
    <PageFrame title={t('pages.gettingReady.title', { context })} headingRef={headingRef}>
      {questions.length > 0 && (
        <section aria-labelledby="ready-questions">
          <h2 className="govuk-heading-m" id="ready-questions">
            {t('pages.gettingReady.questions', { context })}
          </h2>
          <Steps steps={questions} nation={nation} context={context} headingLevel={3} />
        </section>
      )}
      {speakingUp.length > 0 && (
        <section aria-labelledby="ready-speaking-up">
          <h2 className="govuk-heading-m" id="ready-speaking-up">
            {t('pages.gettingReady.speakingUp', { context })}
          </h2>
          <Steps steps={speakingUp} nation={nation} context={context} headingLevel={3} />
        </section>
      )}
    </PageFrame>
  );
}

/** More places to get help: the steps that did not fit on the result page, the organisations its steps name, then the places to get help. */
export function MoreHelpPage({ plan, nation, context, headingRef }: PageProps) {
  const { t } = useTranslation('result');
  const { moreHelp, namedOnResult } = plan.pages;
  const other = moreHelp.filter((s) => s.actions[0].group !== 'non-statutory');
  const places = moreHelp.filter((s) => s.actions[0].group === 'non-statutory');
  return (
    <PageFrame title={t('pages.moreHelp.title', { context })} headingRef={headingRef}>
      {other.length > 0 && (
        <section aria-labelledby="more-steps">
          <h2 className="govuk-heading-m" id="more-steps">
            {t('pages.moreHelp.steps', { context })}
          </h2>
          <Steps steps={other} nation={nation} context={context} headingLevel={3} />
        </section>
      )}
      {namedOnResult.length > 0 && (
        <section aria-labelledby="more-named">
          <h2 className="govuk-heading-m" id="more-named">
            {t('pages.moreHelp.named', { context })}
          </h2>
          {namedOnResult.map((id) => (
            <Organisation key={id} id={id} nation={nation} headingLevel={3} />
          ))}
        </section>
      )}
      {places.length > 0 && (
        <section aria-labelledby="more-places">
          <h2 className="govuk-heading-m" id="more-places">
            {t('pages.moreHelp.places', { context })}
          </h2>
          <Steps steps={places} nation={nation} context={context} headingLevel={3} />
        </section>
      )}
    </PageFrame>
  );
}

/** A page made from the result, opened with no result in this tab (a bookmark, or after Exit). */
export function NoResultPage({ headingRef, onContinue }: { headingRef: Ref<HTMLHeadingElement>; onContinue: () => void }) {
  const { t } = useTranslation('result');
  return (
    <PageFrame title={t('pages.noResult.title')} headingRef={headingRef}>
      <p className="govuk-body">{t('pages.noResult.body')}</p>
      <Button onClick={onContinue}>{t('common:continue')}</Button>
    </PageFrame>
  );
}

import type { Ref } from 'react';
import { letterOf, type ActStep, type Answers, type Assessment, type ResultPlan } from '../../../machines';
import type { Audience } from '../../wording';
import { LetterPage } from './LetterPage';
import { ReferralPage } from './ReferralPage';
import { SavedAnswersPage } from './SavedAnswersPage';
import { SummaryPage } from './SummaryPage';
import '../../styles/act.css';

// The pages for acting on the result, and for continuing from a saved answers file. They are a
// chunk of their own, loaded when first needed (src/App.tsx), so the result page and the first
// load do not carry them; the service worker keeps the chunk for offline use.

export interface ActPageProps {
  step: ActStep;
  answers: Answers;
  assessment: Assessment | undefined;
  /** The result's plan (src/App.tsx makes it once), for the summary's headline. */
  plan: ResultPlan | undefined;
  context: Audience;
  storage: Storage | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onPrint: () => void;
  onLoad: (answers: Answers, note: string) => void;
}

export default function ActPage({ step, answers, assessment, plan, context, storage, headingRef, onPrint, onLoad }: ActPageProps) {
  if (step === 'savedAnswers') return <SavedAnswersPage headingRef={headingRef} onLoad={onLoad} />;
  if (!assessment || !plan) return null; // set by the machine on entering each of the pages below
  if (step === 'summary')
    return (
      <SummaryPage answers={answers} assessment={assessment} plan={plan} context={context} headingRef={headingRef} onPrint={onPrint} />
    );
  if (step === 'referral')
    return <ReferralPage answers={answers} assessment={assessment} storage={storage} headingRef={headingRef} onPrint={onPrint} />;
  const letter = letterOf(step);
  return letter ? (
    <LetterPage letterId={letter} assessment={assessment} context={context} storage={storage} headingRef={headingRef} onPrint={onPrint} />
  ) : null;
}

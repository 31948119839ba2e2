import { assess } from './assess';
import { isLetterId, letterFor, letterIds, referralFor, type LetterId } from './letters';
import { answersOnPath, isComplete, pathOf, questionIds, toFacts, type Answers, type QuestionId } from './questions';

// Where the person goes next. Pure functions of the answers, so the machine's routing can be
// tested on its own and the same logic serves Back, Change and browser history.

/** A letter drafted from the result (machines/letters.ts). */
export type LetterStep = `letter-${LetterId}`;
/**
 * Pages for acting on the result: a letter, the referral summary for professionals, a summary of the
 * answers and result to print; and, from the start page, continuing from a saved answers file.
 */
export type ActStep = LetterStep | 'referral' | 'summary' | 'savedAnswers';

export type Step = 'start' | QuestionId | 'checkAnswers' | 'result' | ActStep;
export type Mode = 'asking' | 'changing';

export const letterSteps: readonly LetterStep[] = letterIds.map((id) => `letter-${id}` as const);

export const steps: readonly Step[] = [
  'start',
  ...questionIds,
  'checkAnswers',
  'result',
  ...letterSteps,
  'referral',
  'summary',
  'savedAnswers',
];

const questionSet = new Set<string>(questionIds);

export function isQuestion(step: Step): step is QuestionId {
  return questionSet.has(step);
}

/** The letter a step shows, if it is a letter step. */
export function letterOf(step: Step): LetterId | undefined {
  const id = step.startsWith('letter-') ? step.slice('letter-'.length) : undefined;
  return id !== undefined && isLetterId(id) ? id : undefined;
}

/** Whether `step` is one of the pages for acting on the result (or continuing from a saved file). */
export function isActStep(step: Step): step is ActStep {
  return step === 'referral' || step === 'summary' || step === 'savedAnswers' || letterOf(step) !== undefined;
}

/** Pages reached from the result, which Back leads to. */
const fromResult = (step: Step) => step === 'referral' || step === 'summary' || letterOf(step) !== undefined;

/**
 * The step after answering `from`. While asking, the next question on the path (already
 * answered ones come back pre-filled, as after Back). While changing an answer from check
 * answers, the first follow-up the change left unanswered, then check answers again.
 */
export function nextStep(answers: Answers, mode: Mode, from: QuestionId): Step {
  const kept = answersOnPath(answers);
  const path = pathOf(kept);
  if (mode === 'changing') return path.find((id) => kept[id] === undefined) ?? 'checkAnswers';
  const i = path.indexOf(from);
  return (i >= 0 ? path[i + 1] : path.find((id) => kept[id] === undefined)) ?? 'checkAnswers';
}

/** The step Back leads to from `step`. */
export function previousStep(answers: Answers, step: Step, changing?: QuestionId): Step {
  if (step === 'start' || step === 'savedAnswers') return 'start';
  if (step === 'result') return 'checkAnswers';
  if (fromResult(step)) return 'result';
  // Back from the question being changed returns to check answers — unless the new answer has
  // brought questions still to answer, when check answers could not be confirmed.
  if (step === changing && isComplete(answers)) return 'checkAnswers';
  const path = pathOf(answers);
  if (step === 'checkAnswers') return path[path.length - 1] ?? 'start';
  const i = isQuestion(step) ? path.indexOf(step) : -1;
  return i > 0 ? (path[i - 1] as QuestionId) : 'start';
}

/** Where answers loaded from a saved file lead: check answers, or the first question still to answer. */
export function stepAfterLoading(answers: Answers): Step {
  const kept = answersOnPath(answers);
  return pathOf(kept).find((id) => kept[id] === undefined) ?? 'checkAnswers';
}

/**
 * Whether the person may be on `step` with these answers — for browser history and restored
 * sessions: a question on the path whose earlier questions are all answered, or check answers
 * and the result once everything is answered.
 */
export function canVisit(answers: Answers, step: Step): boolean {
  if (step === 'start' || step === 'savedAnswers') return true;
  if (step === 'checkAnswers' || step === 'result' || step === 'summary') return isComplete(answers);
  if (fromResult(step)) {
    if (!isComplete(answers)) return false;
    const kept = answersOnPath(answers);
    const assessment = assess(toFacts(kept)!);
    const letter = letterOf(step);
    // The referral summary is for professionals ("someone I support at work").
    if (letter === undefined) return kept.audience === 'professional' && referralFor(assessment) !== undefined;
    return letterFor(assessment, letter) !== undefined;
  }
  if (!isQuestion(step)) return false;
  const kept = answersOnPath(answers);
  const path = pathOf(kept);
  const i = path.indexOf(step);
  return i >= 0 && path.slice(0, i).every((id) => kept[id] !== undefined);
}

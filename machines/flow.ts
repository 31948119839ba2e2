import { answersOnPath, isComplete, pathOf, questionIds, type Answers, type QuestionId } from './questions';

// Where the person goes next. Pure functions of the answers, so the machine's routing can be
// tested on its own and the same logic serves Back, Change and browser history.

export type Step = 'start' | QuestionId | 'checkAnswers' | 'result';
export type Mode = 'asking' | 'changing';

export const steps: readonly Step[] = ['start', ...questionIds, 'checkAnswers', 'result'];

export function isQuestion(step: Step): step is QuestionId {
  return step !== 'start' && step !== 'checkAnswers' && step !== 'result';
}

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
  if (step === 'start') return 'start';
  if (step === 'result') return 'checkAnswers';
  if (step === changing) return 'checkAnswers';
  const path = pathOf(answers);
  if (step === 'checkAnswers') return path[path.length - 1] ?? 'start';
  const i = path.indexOf(step);
  return i > 0 ? (path[i - 1] as QuestionId) : 'start';
}

/**
 * Whether the person may be on `step` with these answers — for browser history and restored
 * sessions: a question on the path whose earlier questions are all answered, or check answers
 * and the result once everything is answered.
 */
export function canVisit(answers: Answers, step: Step): boolean {
  if (step === 'start') return true;
  if (step === 'checkAnswers' || step === 'result') return isComplete(answers);
  const kept = answersOnPath(answers);
  const path = pathOf(kept);
  const i = path.indexOf(step);
  return i >= 0 && path.slice(0, i).every((id) => kept[id] !== undefined);
}

import type { i18n } from 'i18next';
import { createActor } from 'xstate';
import {
  answerValues,
  answersOnPath,
  isQuestion,
  planResult,
  questionById,
  questionIds,
  wizardMachine,
  type AnswerEvent,
  type Answers,
  type Step,
} from '../machines';
import { questionText, questionWording } from './wording';

// A person's first steps were each the first run of the code behind them: the browser compiles a
// function the first time it is called and speeds it up only as it runs again, and every question's
// words were worked out for the first time as it was shown (bench/README.md, "Step latency"). So,
// while the person reads the page, each question's words are worked out once (i18next then
// remembers them: src/remembered-translations.ts) and the wizard walks a journey of its own to the
// result. Nothing here touches the page, the history or the person's answers.

type Work = () => void;

/**
 * The small pieces of work a rehearsal is made of, each a millisecond or two: the wizard's (unless
 * `wizard` is false: its code is the same in any language), then the words'.
 */
export function rehearsals(instance: i18n, wizard = true): Work[] {
  const t = instance.getFixedT(instance.language, 'questions');
  const work: Work[] = [];
  if (wizard) rehearseWizard(work);
  // every question in each nation's wording, for the person and for someone helping them: the
  // questions in the order they are asked, so the first ones are ready first
  for (const id of questionIds)
    for (const audience of answerValues.audience)
      for (const nation of answerValues.nation) {
        const answers: Answers = { audience, nation };
        work.push(() => {
          questionWording(t, id, answers);
          questionText(t, id, answers, 'checkLabel'); // as check your answers words it
        });
      }
  return work;
}

/** Adds to `work` the wizard from the start to a result and back a step, one event at a time (each piece queues the next). */
function rehearseWizard(work: Work[]): void {
  const actor = createActor(wizardMachine, { input: {} });
  work.push(() => {
    actor.start();
    actor.send({ type: 'START' });
  });
  const forward: Work = () => {
    const { value, context } = actor.getSnapshot();
    const step = value as Step;
    if (isQuestion(step)) {
      const [first] = questionById(step).options(answersOnPath(context.answers)) as readonly string[];
      actor.send({ type: `answer.${step}`, value: first } as AnswerEvent);
      work.unshift(forward);
    } else if (step === 'checkAnswers') {
      // the result, its plan and a step back: each a piece of its own (the assessment is the largest)
      work.unshift(
        () => actor.send({ type: 'CONFIRM' }),
        () => {
          const { assessment } = actor.getSnapshot().context;
          if (assessment) planResult(assessment);
        },
        () => {
          actor.send({ type: 'BACK' });
          actor.stop();
        },
      );
    }
  };
  work.push(forward);
}

/**
 * Rehearses once the person first presses a key or points at something: a page merely loaded (or
 * measured by Lighthouse) runs none of it, and the first question is read long enough for it.
 */
export function rehearseAfterFirstInput(instance: i18n, target: EventTarget = document): void {
  const inputs = ['pointerdown', 'keydown'] as const;
  const begin = () => {
    for (const type of inputs) target.removeEventListener(type, begin, true);
    rehearseWhenIdle(instance);
  };
  for (const type of inputs) target.addEventListener(type, begin, { capture: true, passive: true });
}

/** The most work one idle period is given (a piece that has begun runs to its end). */
const turnMs = 8;

type Idle = (callback: (deadline: { timeRemaining: () => number }) => void) => unknown;

/** Runs the rehearsal in the main thread's idle time, a piece at a time, so it never holds up a press. */
export function rehearseWhenIdle(instance: i18n, idle: Idle = whenIdle): void {
  rehearseOnce(rehearsals(instance), idle);
  // another language's words are not known yet (a change of language forgets the words)
  instance.on('languageChanged', () => rehearseOnce(rehearsals(instance, false), idle));
}

function rehearseOnce(work: Work[], idle: Idle): void {
  const next = (deadline: { timeRemaining: () => number }) => {
    // short turns: an idle period can be 50 ms, and a long task would hold up a press that comes in it
    const turnEnds = performance.now() + turnMs;
    while (work.length > 0 && deadline.timeRemaining() > 2 && performance.now() < turnEnds) {
      try {
        work.shift()!();
      } catch {
        return; // a rehearsal that fails only means the first steps are not sped up
      }
    }
    if (work.length > 0) idle(next);
  };
  idle(next);
}

const whenIdle: Idle = (callback) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback) : setTimeout(() => callback({ timeRemaining: () => 5 }), 50);

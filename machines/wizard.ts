import { assign, setup } from 'xstate';
import { assess } from './assess';
import { canVisit, letterSteps, nextStep, previousStep, stepAfterLoading, steps, type Mode, type Step } from './flow';
import type { LetterId } from './letters';
import {
  answersOnPath,
  isComplete,
  questionById,
  questionIds,
  toFacts,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from './questions';
import type { Assessment } from './types';

// The one place the journey lives: start → questions → check your answers → result. Each
// question is a state of its own with its own event type (`answer.<id>`). The machine decides
// only where to go; entitlement is `assess` of the facts the answers give. No side effects,
// delays or invoked actors, so the graph can be walked in tests; persistence and browser
// history live in the UI, which talks to the machine through events only.

export type AnswerEvent = { [Q in QuestionId]: { type: `answer.${Q}`; value: AnswerValue<Q> } }[QuestionId];

export type WizardEvent =
  | AnswerEvent
  | { type: 'START' }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  | { type: 'GO_TO'; step: Step }
  // Acting on the result (machines/letters.ts), and continuing from a saved answers file
  | { type: 'OPEN_LETTER'; letter: LetterId }
  | { type: 'OPEN_REFERRAL' }
  | { type: 'OPEN_SUMMARY' }
  | { type: 'OPEN_SAVED_ANSWERS' }
  | { type: 'LOAD_SAVED_ANSWERS'; answers: Answers };

export interface WizardContext {
  answers: Answers; // only answers on the current path are kept
  step: Step; // where the person should be; the state with the same name is entered from `routing`
  mode: Mode;
  changing?: QuestionId; // the question chosen from check answers, while changing it
  assessment?: Assessment; // set on entering the result
}

export interface WizardInput {
  answers?: Answers;
  step?: Step;
}

const answerEventType = (id: QuestionId) => `answer.${id}` as const;

function answerOf(event: WizardEvent): { id: QuestionId; value: string } | undefined {
  if (!event.type.startsWith('answer.')) return undefined;
  return { id: event.type.slice('answer.'.length) as QuestionId, value: (event as { value: string }).value };
}

const base = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    stepIs: ({ context }, params: { step: Step }) => context.step === params.step,
    offered: ({ context, event }) => {
      const a = answerOf(event);
      return !!a && (questionById(a.id).options(answersOnPath(context.answers)) as readonly string[]).includes(a.value);
    },
    onPath: ({ context, event }) => event.type === 'CHANGE' && canVisit(context.answers, event.question),
    complete: ({ context }) => isComplete(context.answers),
    visitable: ({ context, event }) => event.type === 'GO_TO' && canVisit(context.answers, event.step),
    letterOffered: ({ context, event }) => event.type === 'OPEN_LETTER' && canVisit(context.answers, `letter-${event.letter}`),
    referralOffered: ({ context }) => canVisit(context.answers, 'referral'),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      const a = answerOf(event)!;
      const answers = answersOnPath({ ...context.answers, [a.id]: a.value });
      const step = nextStep(answers, context.mode, a.id);
      return step === 'checkAnswers' ? { answers, step, mode: 'asking' as const, changing: undefined } : { answers, step };
    }),
    goBack: assign(({ context }) => {
      const step = previousStep(context.answers, context.step, context.changing);
      return step === 'checkAnswers' ? { step, mode: 'asking' as const, changing: undefined } : { step };
    }),
    beginChange: assign(({ event }) =>
      event.type === 'CHANGE' ? { step: event.question, mode: 'changing' as const, changing: event.question } : {},
    ),
    goTo: assign(({ event }) => (event.type === 'GO_TO' ? { step: event.step } : {})),
    begin: assign({ step: 'audience' as const }),
    confirm: assign({ step: 'result' as const }),
    clear: assign({ answers: {}, step: 'start' as const, mode: 'asking' as const, changing: undefined, assessment: undefined }),
    assess: assign({ assessment: ({ context }) => assess(toFacts(answersOnPath(context.answers))!) }),
    openLetter: assign(({ event }) => (event.type === 'OPEN_LETTER' ? { step: `letter-${event.letter}` as const } : {})),
    openReferral: assign({ step: 'referral' as const }),
    openSummary: assign({ step: 'summary' as const }),
    openSavedAnswers: assign({ step: 'savedAnswers' as const }),
    // Answers from a file (checked by the UI against the registry's values) replace the ones here.
    loadSavedAnswers: assign(({ event }) => {
      if (event.type !== 'LOAD_SAVED_ANSWERS') return {};
      const answers = answersOnPath(event.answers);
      return { answers, step: stepAfterLoading(answers), mode: 'asking' as const, changing: undefined, assessment: undefined };
    }),
  },
});

const backToRouting = { BACK: { actions: 'goBack', target: '#wizard.routing' } } as const;

const questionStates = Object.fromEntries(
  questionIds.map((id) => [
    id,
    {
      meta: { question: id },
      on: {
        [answerEventType(id)]: { guard: 'offered', actions: 'recordAnswer', target: '#wizard.routing' },
        ...backToRouting,
      },
    },
  ]),
) as Record<QuestionId, object>;

const letterStates = Object.fromEntries(
  letterSteps.map((step) => [step, { meta: { letter: step }, entry: 'assess', on: { ...backToRouting } }]),
) as Record<(typeof letterSteps)[number], object>;

export const wizardMachine = base.createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const answers = answersOnPath(input?.answers ?? {});
    const step = input?.step && canVisit(answers, input.step) ? input.step : 'start';
    return { answers, step, mode: 'asking' };
  },
  initial: 'routing',
  on: {
    RESTART: { actions: 'clear', target: '#wizard.start' },
    GO_TO: { guard: 'visitable', actions: 'goTo', target: '#wizard.routing' },
  },
  states: {
    // Transient: enters the state named by `context.step`.
    routing: {
      always: steps.map((step) => ({ guard: { type: 'stepIs' as const, params: { step } }, target: step })),
    },
    start: {
      on: {
        START: { actions: 'begin', target: 'routing' },
        OPEN_SAVED_ANSWERS: { actions: 'openSavedAnswers', target: 'routing' },
      },
    },
    savedAnswers: {
      on: {
        LOAD_SAVED_ANSWERS: { actions: 'loadSavedAnswers', target: 'routing' },
        ...backToRouting,
      },
    },
    ...questionStates,
    checkAnswers: {
      on: {
        CONFIRM: { guard: 'complete', actions: 'confirm', target: 'routing' },
        CHANGE: { guard: 'onPath', actions: 'beginChange', target: 'routing' },
        ...backToRouting,
      },
    },
    result: {
      entry: 'assess',
      on: {
        CHANGE: { guard: 'onPath', actions: 'beginChange', target: 'routing' },
        OPEN_LETTER: { guard: 'letterOffered', actions: 'openLetter', target: 'routing' },
        OPEN_REFERRAL: { guard: 'referralOffered', actions: 'openReferral', target: 'routing' },
        OPEN_SUMMARY: { guard: 'complete', actions: 'openSummary', target: 'routing' },
        ...backToRouting,
      },
    },
    // Each page reached from the result has the assessment too (it may be opened by a reload).
    ...letterStates,
    referral: { entry: 'assess', on: { ...backToRouting } },
    summary: { entry: 'assess', on: { ...backToRouting } },
  },
});

export type WizardMachine = typeof wizardMachine;

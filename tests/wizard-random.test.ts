import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  answersOnPath,
  assess,
  isComplete,
  isQuestion,
  pathOf,
  questionById,
  toFacts,
  wizardMachine,
  type Step,
  type WizardEvent,
} from '../machines';

// Random journeys across every group at once, with Back, Change and browser-history jumps mixed
// in: whatever a person does, the result is assess() of the answers on their path.

/** Choices are indexes, so one generated list drives any journey. */
const journey = fc.array(fc.record({ pick: fc.nat(100), move: fc.nat(19) }), { minLength: 30, maxLength: 120 });

function play(choices: { pick: number; move: number }[]) {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: 'START' });
  for (const { pick, move } of choices) {
    const snapshot = actor.getSnapshot();
    const step = snapshot.value as Step;
    const answers = snapshot.context.answers;
    if (step === 'result') {
      if (move === 0) actor.send({ type: 'BACK' });
      else if (move === 1) {
        const path = pathOf(answers);
        actor.send({ type: 'CHANGE', question: path[pick % path.length]! });
      } else break;
    } else if (step === 'checkAnswers') {
      if (move < 2) {
        const path = pathOf(answers);
        actor.send({ type: 'CHANGE', question: path[pick % path.length]! });
      } else actor.send({ type: 'CONFIRM' });
    } else if (isQuestion(step)) {
      if (move === 0) actor.send({ type: 'BACK' });
      else if (move === 1) actor.send({ type: 'GO_TO', step: pathOf(answers)[pick % pathOf(answers).length]! });
      else {
        const options = questionById(step).options(answersOnPath(answers)) as readonly string[];
        actor.send({ type: `answer.${step}`, value: options[pick % options.length] } as WizardEvent);
      }
    } else actor.send({ type: 'START' });
  }
  // finish the journey with first options
  for (let i = 0; i < 60 && actor.getSnapshot().value !== 'result'; i++) {
    const { value, context } = actor.getSnapshot();
    const step = value as Step;
    if (step === 'checkAnswers') actor.send({ type: 'CONFIRM' });
    else if (step === 'start') actor.send({ type: 'START' });
    else if (isQuestion(step)) {
      const options = questionById(step).options(answersOnPath(context.answers));
      actor.send({ type: `answer.${step}`, value: options[0] } as WizardEvent);
    }
  }
  return actor.getSnapshot();
}

describe('random journeys through the wizard', () => {
  it('always reach a result equal to assess() of the answers on the path, with no stray answers', () => {
    fc.assert(
      fc.property(journey, (choices) => {
        const snapshot = play(choices);
        expect(snapshot.value).toBe('result');
        const { answers, assessment } = snapshot.context;
        expect(answersOnPath(answers)).toEqual(answers);
        expect(isComplete(answers)).toBe(true);
        expect(assessment).toEqual(assess(toFacts(answers)!));
      }),
      { numRuns: 1500 },
    );
  });
});

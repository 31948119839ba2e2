import { createActor, type SnapshotFrom } from 'xstate';
import type { AnswerEvent, AnswerValue, QuestionId, WizardEvent } from '../../machines';
import { wizardMachine } from '../../machines';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

export const answer = <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => ({ type: `answer.${id}`, value }) as AnswerEvent;

/** Starts the wizard and sends `events` in order; returns the actor (still running). */
export function drive(events: readonly WizardEvent[], input = {}) {
  const actor = createActor(wizardMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** A persona's answers, in the order asked: the events that give them, starting from the start page. */
export function answering(answers: ReadonlyArray<readonly [QuestionId, string]>): WizardEvent[] {
  return [{ type: 'START' }, ...answers.map(([id, value]) => answer(id, value as never))];
}

import { describe, expect, it } from 'vitest';
import { assess, pathOf } from '../machines';
import { answer, answering, drive } from './support/wizard';

// The journey, told as small stories: what is asked, Back, Change, and answers left behind.

const s3England = answering([
  ['audience', 'myself'],
  ['nation', 'england'],
  ['age', '25-plus'],
  ['mha', 'detained'],
  ['section', '3'],
  ['decision', 'none'],
  ['careProcess', 'none'],
  ['nhsComplaint', 'no'],
]);

describe('the wizard', () => {
  it('starts on the start page and asks who the check is for first', () => {
    const actor = drive([]);
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().value).toBe('audience');
  });

  it('asks someone detained under section 3 in England which section, but not about special treatments', () => {
    const actor = drive(s3England);
    const { answers } = actor.getSnapshot().context;
    expect(pathOf(answers)).toContain('section');
    expect(pathOf(answers)).not.toContain('treatmentDiscussed');
    expect(pathOf(answers)).not.toContain('dols'); // DoLS cannot apply while detained (MCA Sch 1A)
  });

  it('asks whether someone was refused only once they may have a right, then checks answers', () => {
    const actor = drive(s3England);
    expect(actor.getSnapshot().value).toBe('refused');
    actor.send(answer('refused', 'yes'));
    expect(actor.getSnapshot().value).toBe('checkAnswers');
    actor.send({ type: 'CONFIRM' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('result');
    expect(snapshot.context.assessment?.legalAdvice).toBe(true);
    expect(snapshot.context.assessment).toEqual(
      assess({
        nation: 'england',
        age: '18-plus',
        mha: 'detained',
        section: '3',
        decision: 'none',
        careProcess: 'none',
        nhsComplaint: 'no',
        refused: 'yes',
      }),
    );
  });

  it('never asks a person in Scotland for a section of the 1983 Act', () => {
    const actor = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'scotland'],
        ['age', '25-plus'],
        ['mha', 'detained'],
      ]),
    );
    expect(pathOf(actor.getSnapshot().context.answers)).not.toContain('section');
    expect(actor.getSnapshot().value).toBe('nhsComplaint'); // help to complain (PASS) exists in Scotland too
  });

  it('ignores an answer that is not offered (a tampered or stale event)', () => {
    const actor = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'scotland'],
        ['age', '25-plus'],
      ]),
    );
    actor.send(answer('mha', 'guardianship')); // not an option in Scotland
    expect(actor.getSnapshot().value).toBe('mha');
    expect(actor.getSnapshot().context.answers.mha).toBeUndefined();
  });

  it('goes Back to the previous question with its answer kept', () => {
    const actor = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'wales'],
        ['age', '25-plus'],
      ]),
    );
    expect(actor.getSnapshot().value).toBe('mha');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('age');
    expect(actor.getSnapshot().context.answers.age).toBe('25-plus');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.answers.nation).toBe('wales');
  });

  it('drops answers on a branch the person has left, so they cannot affect the result', () => {
    const actor = drive(s3England);
    actor.send(answer('refused', 'no'));
    actor.send({ type: 'CHANGE', question: 'mha' });
    actor.send(answer('mha', 'none'));
    const { answers } = actor.getSnapshot().context;
    expect(answers.section).toBeUndefined();
    // New follow-ups are asked before returning to check answers.
    expect(actor.getSnapshot().value).toBe('dols');
    actor.send(answer('dols', 'none'));
    expect(actor.getSnapshot().value).toBe('treatmentDiscussed');
  });

  it('returns to check answers after a Change that needs no follow-up', () => {
    const actor = drive(s3England);
    actor.send(answer('refused', 'no'));
    actor.send({ type: 'CHANGE', question: 'audience' });
    expect(actor.getSnapshot().value).toBe('audience');
    actor.send(answer('audience', 'someone-else'));
    expect(actor.getSnapshot().value).toBe('checkAnswers');
  });

  it('goes Back from the question being changed to check answers', () => {
    const actor = drive(s3England);
    actor.send(answer('refused', 'no'));
    actor.send({ type: 'CHANGE', question: 'section' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('checkAnswers');
    expect(actor.getSnapshot().context.mode).toBe('asking');
  });

  it('goes Back from the question being changed to the question before it while its new answer leaves questions to answer', () => {
    // Found by the random journeys: Back led to a check answers page that could not be confirmed.
    const actor = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'england'],
        ['age', 'under-16'],
        ['mha', 'cto'],
        ['careProcess', 'needs-assessment'],
        ['childrensServices', 'looked-after'],
        ['childrensComplaint', 'yes'],
        ['nhsComplaint', 'yes'],
        ['refused', 'yes'],
      ]),
    );
    expect(actor.getSnapshot().value).toBe('checkAnswers');
    actor.send({ type: 'CHANGE', question: 'nation' });
    actor.send(answer('nation', 'northern-ireland'));
    expect(actor.getSnapshot().value).toBe('mha');
    for (let i = 0; i < 10 && actor.getSnapshot().value !== 'nation'; i++) actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('nation');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('audience');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  it('lets browser history visit only steps the answers allow', () => {
    const actor = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'england'],
      ]),
    );
    actor.send({ type: 'GO_TO', step: 'result' });
    expect(actor.getSnapshot().value).toBe('age');
    actor.send({ type: 'GO_TO', step: 'nation' });
    expect(actor.getSnapshot().value).toBe('nation');
    actor.send({ type: 'GO_TO', step: 'section' }); // not on the path
    expect(actor.getSnapshot().value).toBe('nation');
  });

  it('restores a saved session at its step, or starts cleanly when the step is not allowed', () => {
    const answers = { audience: 'myself', nation: 'england', age: '25-plus' } as const;
    expect(drive([], { answers, step: 'mha' }).getSnapshot().value).toBe('mha');
    expect(drive([], { answers, step: 'result' }).getSnapshot().value).toBe('start');
  });

  it('asks adults in England and Wales about leaving care only when they are under 25, and never in Scotland', () => {
    const young = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'wales'],
        ['age', '18-24'],
        ['mha', 'none'],
      ]),
    );
    expect(pathOf(young.getSnapshot().context.answers)).toContain('childrensServices');
    const older = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'wales'],
        ['age', '25-plus'],
        ['mha', 'none'],
      ]),
    );
    expect(pathOf(older.getSnapshot().context.answers)).not.toContain('childrensServices');
    const scotland = drive(
      answering([
        ['audience', 'myself'],
        ['nation', 'scotland'],
        ['age', '16-17'],
        ['mha', 'none'],
      ]),
    );
    expect(pathOf(scotland.getSnapshot().context.answers)).not.toContain('childrensServices');
  });

  it("asks about complaining to children's services only when they are, or may be, involved", () => {
    const base = [
      ['audience', 'myself'],
      ['nation', 'england'],
      ['age', '16-17'],
      ['mha', 'none'],
      ['decision', 'none'],
      ['treatmentDiscussed', 'none'],
      ['careProcess', 'none'],
    ] as const;
    const inCare = drive(answering([...base, ['childrensServices', 'looked-after']]));
    expect(inCare.getSnapshot().value).toBe('childrensComplaint');
    const none = drive(answering([...base, ['childrensServices', 'none']]));
    expect(none.getSnapshot().value).toBe('nhsComplaint');
  });

  it('clears every answer on Start again', () => {
    const actor = drive(s3England);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

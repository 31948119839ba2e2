import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assess, canVisit, letterIds, lettersFor, questionsVersion, toFacts, wizardMachine, type Answers } from '../machines';
import { detailsKey, forgetDetails, loadDetails, saveDetails } from '../src/letters/details';
import { answersFile, maxFileBytes, readAnswersFile, writeAnswersFile } from '../src/saved-answers';
import { personas } from './support/personas';

// "Save your answers" and "Continue from saved answers": the file is read against the question
// registry; a file from an older version of the questions keeps what is still valid and says what
// it dropped; a broken, foreign or changed file is refused whole.

const s3 = personas.detainedS3England.answers;

describe('the saved answers file', () => {
  it('reads back exactly the answers saved, with the version of the questions', () => {
    const text = answersFile(s3, '2026-12-01');
    expect(JSON.parse(text)).toMatchObject({
      format: 'advocacy-check-answers',
      version: questionsVersion,
      saved: '2026-12-01',
      answers: s3,
    });
    expect(readAnswersFile(text)).toEqual({ ok: true, answers: s3, dropped: [], saved: '2026-12-01' });
  });

  it('keeps only the answers that count: those on the path', () => {
    const text = answersFile({ ...s3, dols: 'authorised' } as Answers, '2026-12-01');
    expect(JSON.parse(text).answers).toEqual(s3);
  });

  it('does not depend on the order of the answers in the file', () => {
    const file = JSON.parse(answersFile(s3, '2026-12-01'));
    file.answers = Object.fromEntries(Object.entries(file.answers as Record<string, string>).reverse());
    expect(readAnswersFile(JSON.stringify(file))).toMatchObject({ ok: true, answers: s3 });
  });

  it('refuses a file whose answers were changed after it was saved, even to another valid answer', () => {
    const text = answersFile(s3, '2026-12-01');
    expect(readAnswersFile(text.replace('"section": "3"', '"section": "2"'))).toEqual({ ok: false, problem: 'changed' });
    expect(readAnswersFile(text.replace('"section": "3"', '"section": "99"'))).toEqual({ ok: false, problem: 'changed' });
  });

  it('tells a foreign, broken, empty or oversized file apart', () => {
    expect(readAnswersFile('')).toEqual({ ok: false, problem: 'empty' });
    expect(readAnswersFile('%PDF-1.7 not answers')).toEqual({ ok: false, problem: 'notOurs' });
    expect(readAnswersFile('{"destination":"Tenby"}')).toEqual({ ok: false, problem: 'notOurs' });
    expect(readAnswersFile('[1,2,3]')).toEqual({ ok: false, problem: 'notOurs' });
    const text = answersFile(s3, '2026-12-01');
    expect(readAnswersFile(text.slice(0, text.length / 2))).toEqual({ ok: false, problem: 'broken' });
    expect(readAnswersFile(text.replace(/"answers": \{[^}]*\}/, '"answers": "all of them"'))).toEqual({ ok: false, problem: 'broken' });
    expect(readAnswersFile(text.replace(/"version": 1/, '"version": "one"'))).toEqual({ ok: false, problem: 'broken' });
    expect(readAnswersFile(`${text}${' '.repeat(maxFileBytes)}`)).toEqual({ ok: false, problem: 'tooBig' });
  });

  it('refuses a file saved by a newer version of the questions', () => {
    expect(readAnswersFile(writeAnswersFile(s3 as Record<string, string>, questionsVersion + 1, '2027-06-01'))).toEqual({
      ok: false,
      problem: 'newer',
    });
  });

  it('keeps what is still valid from an older version of the questions, and says what it dropped', () => {
    // A file from version 1, read by a version 2 that renamed an option and dropped a question.
    const old = writeAnswersFile({ ...(s3 as Record<string, string>), section: 'three', wardType: 'acute' }, 1, '2026-01-05');
    const result = readAnswersFile(old, 2);
    expect(result).toEqual({
      ok: true,
      answers: Object.fromEntries(Object.entries(s3).filter(([id]) => id !== 'section')),
      dropped: [
        { question: 'section', value: 'three', known: true },
        { question: 'wardType', value: 'acute', known: false },
      ],
      saved: '2026-01-05',
    });
  });
});

describe('opening saved answers in the wizard', () => {
  const start = () => {
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: 'OPEN_SAVED_ANSWERS' });
    expect(actor.getSnapshot().value).toBe('savedAnswers');
    return actor;
  };

  it('puts the person on check answers when every question on the path is answered', () => {
    const actor = start();
    actor.send({ type: 'LOAD_SAVED_ANSWERS', answers: s3 });
    expect(actor.getSnapshot().value).toBe('checkAnswers');
    expect(actor.getSnapshot().context.answers).toEqual(s3);
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().context.assessment).toEqual(assess(toFacts(s3)!));
  });

  it('puts the person on the first question still to answer when some were dropped', () => {
    const actor = start();
    const { section: _dropped, ...rest } = s3;
    actor.send({ type: 'LOAD_SAVED_ANSWERS', answers: rest });
    expect(actor.getSnapshot().value).toBe('section');
    // the answers after it are kept: once it is answered, the person goes on through them
    expect(actor.getSnapshot().context.answers).toEqual(rest);
  });

  it('leads Back from the saved answers page to the start', () => {
    const actor = start();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('start');
  });
});

describe('the pages for acting on the result', () => {
  it('opens only the letters the assessment offers, and Back returns to the result', () => {
    const refused = personas.refusedImha.answers;
    const actor = createActor(wizardMachine, { input: { answers: refused, step: 'result' } }).start();
    const offered = lettersFor(assess(toFacts(refused)!)).map((l) => l.id);
    expect(offered).toEqual(['imha-complaint', 'imha']);
    for (const id of letterIds) expect(canVisit(refused, `letter-${id}`)).toBe(offered.includes(id));
    actor.send({ type: 'OPEN_LETTER', letter: 'care-act' });
    expect(actor.getSnapshot().value).toBe('result');
    actor.send({ type: 'OPEN_LETTER', letter: 'imha-complaint' });
    expect(actor.getSnapshot().value).toBe('letter-imha-complaint');
    expect(actor.getSnapshot().context.assessment?.legalAdvice).toBe(true);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('offers the referral summary to professionals only', () => {
    const needsAssessment: Answers = {
      audience: 'myself',
      nation: 'england',
      age: '25-plus',
      mha: 'none',
      treatmentDiscussed: 'none',
      dols: 'none',
      decision: 'none',
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'no',
      nhsComplaint: 'no',
      refused: 'no',
    };
    const professional: Answers = { ...needsAssessment, audience: 'professional' };
    expect(canVisit(professional, 'referral')).toBe(true);
    expect(canVisit(needsAssessment, 'referral')).toBe(false);
    const actor = createActor(wizardMachine, { input: { answers: needsAssessment, step: 'result' } }).start();
    actor.send({ type: 'OPEN_REFERRAL' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('opens a letter from its address after a reload, with its assessment', () => {
    const actor = createActor(wizardMachine, { input: { answers: s3, step: 'letter-imha' } }).start();
    expect(actor.getSnapshot().value).toBe('letter-imha');
    expect(actor.getSnapshot().context.assessment).toEqual(assess(toFacts(s3)!));
    const notOffered = createActor(wizardMachine, { input: { answers: s3, step: 'letter-imca' } }).start();
    expect(notOffered.getSnapshot().value).toBe('start');
  });
});

describe('details typed for a letter', () => {
  it('are kept in sessionStorage under the tool prefix, without empty fields, and forgotten on request', () => {
    sessionStorage.clear();
    saveDetails(sessionStorage, { personName: 'Jane Example', place: '' });
    expect(detailsKey.startsWith('advocacy-check')).toBe(true);
    expect(JSON.parse(sessionStorage.getItem(detailsKey)!)).toEqual({ personName: 'Jane Example' });
    expect(loadDetails(sessionStorage)).toEqual({ personName: 'Jane Example' });
    saveDetails(sessionStorage, { personName: '' });
    expect(sessionStorage.getItem(detailsKey)).toBeNull();
    saveDetails(sessionStorage, { personName: 'Jane' });
    forgetDetails(sessionStorage);
    expect(sessionStorage.getItem(detailsKey)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('ignores what it did not write', () => {
    sessionStorage.setItem(detailsKey, '{"personName": 42}');
    expect(loadDetails(sessionStorage)).toEqual({});
    sessionStorage.setItem(detailsKey, 'not json');
    expect(loadDetails(sessionStorage)).toEqual({});
    sessionStorage.setItem(detailsKey, JSON.stringify({ personName: 'x'.repeat(201) }));
    expect(loadDetails(sessionStorage)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  answersOnPath,
  assess,
  isQuestion,
  pathOf,
  questionById,
  questionIds,
  isComplete,
  known,
  toFacts,
  wizardMachine,
  type Answers,
  type Facts,
  type QuestionId,
  type Step,
  type WizardEvent,
} from '../machines';
import type { WizardSnapshot } from './support/wizard';

// Model-based tests: xstate/graph walks the wizard, taking every answer option at every question
// of a "focus" group, and checks each path that reaches the result against `assess`.
// The whole product of all groups is far too large to walk (millions of paths), and the groups
// are nearly independent, so each walk explores one group fully with every other question on a
// fixed answer; the property test in wizard-random.test.ts covers their combinations.

// The answer each question gets outside its group: the first of these that is offered.
const defaults: { [Q in QuestionId]: string | readonly string[] } = {
  audience: 'myself',
  nation: 'england',
  age: '25-plus',
  mha: 'none',
  section: '3',
  mentalDisorder: 'yes',
  dols: 'none',
  representative: 'unpaid',
  decision: 'none',
  lacksCapacity: 'yes',
  treatmentFor: 'physical',
  treatmentDiscussed: 'none',
  longStay: 'yes',
  requiredByMha: 'no',
  attorneyOrDeputy: 'no',
  someoneToConsult: 'no',
  careProcess: 'none',
  substantialDifficulty: 'yes',
  appropriateIndividual: 'no',
  nhsPlacementLikely: 'no',
  disagreement: 'no',
  childrensServices: 'none',
  childrensComplaint: 'yes',
  nhsComplaint: 'no',
  refused: 'yes',
};

const focusGroups: Record<string, readonly QuestionId[]> = {
  'who, where and the Mental Health Act': [
    'audience',
    'nation',
    'age',
    'mha',
    'section',
    'mentalDisorder',
    'treatmentDiscussed',
    'refused',
  ],
  'decisions for someone who may lack capacity': [
    'nation',
    'mha',
    'section',
    'decision',
    'lacksCapacity',
    'treatmentFor',
    'treatmentDiscussed',
    'longStay',
    'requiredByMha',
    'attorneyOrDeputy',
    'someoneToConsult',
  ],
  'deprivation of liberty': ['nation', 'age', 'mha', 'dols', 'representative', 'lacksCapacity', 'attorneyOrDeputy', 'someoneToConsult'],
  'care and support': [
    'nation',
    'age',
    'careProcess',
    'substantialDifficulty',
    'appropriateIndividual',
    'nhsPlacementLikely',
    'disagreement',
  ],
  "children's services": ['nation', 'age', 'childrensServices', 'childrensComplaint', 'refused'],
  'complaints and refusals': ['nation', 'mha', 'nhsComplaint', 'refused'],
};

function offered(snapshot: WizardSnapshot, id: QuestionId): readonly string[] {
  return questionById(id).options(answersOnPath(snapshot.context.answers)) as readonly string[];
}

function eventsFor(focus: readonly QuestionId[]) {
  return (snapshot: WizardSnapshot): WizardEvent[] => {
    const step = snapshot.value as Step;
    if (step === 'start') return [{ type: 'START' }];
    if (step === 'checkAnswers') return [{ type: 'CONFIRM' }];
    if (!isQuestion(step)) return [];
    const options = offered(snapshot, step);
    const preferred = ([] as string[]).concat(defaults[step]).find((v) => options.includes(v));
    const values = focus.includes(step) ? options : [preferred ?? options[0]!];
    return values.map((value) => ({ type: `answer.${step}`, value }) as WizardEvent);
  };
}

const serializeState = (snapshot: WizardSnapshot) =>
  `${String(snapshot.value)}|${snapshot.context.mode}|${JSON.stringify(snapshot.context.answers)}`;

/**
 * Every value a fact can take given the answers (the options its question would offer: a child under
 * 16 cannot be a care leaver), with undefined (which `assess` reads as none or unsure).
 */
const factDomain = (id: QuestionId, answers: Answers): readonly (string | undefined)[] => [
  ...new Set([
    ...(questionById(id).options(answers) as readonly string[]).map(
      (v) => (known({ [id]: v } as Answers) as Record<string, string | undefined>)[id],
    ),
    undefined,
  ]),
];

/**
 * What a question can change: the statuses, the route, legal advice and the action list. The
 * reasons may say more when a fact is known (e.g. "you said you can decide for yourself"), but a
 * fact not asked must never change a conclusion or a step.
 */
const outcomes = new Map<string, string>();
const outcome = (facts: Facts) => {
  const key = JSON.stringify(facts);
  const known = outcomes.get(key);
  if (known !== undefined) return known;
  const { advocates, route, legalAdvice, actions } = assess(facts);
  const result = JSON.stringify({
    statuses: advocates.map((a) => [a.kind, a.status]),
    route,
    legalAdvice,
    actions: actions.map(({ id, key, vars, contacts }) => ({ id, key, vars, contacts })),
  });
  outcomes.set(key, result);
  return result;
};

/**
 * Whether some answers to the questions that `answers` leaves open (those a change opened up) give
 * an outcome other than `than`: a depth-first search over the options offered, stopping at the first.
 */
function someCompletionDiffers(answers: Answers, than: string, depth = 0): boolean {
  const kept = answersOnPath(answers);
  if (isComplete(kept)) return outcome(toFacts(kept)!) !== than;
  if (depth > 12) return false;
  const next = pathOf(kept).find((id) => kept[id] === undefined)!;
  const options = questionById(next).options(kept) as readonly string[];
  return options.some((value) => someCompletionDiffers({ ...kept, [next]: value } as Answers, than, depth + 1));
}

const walks = Object.entries(focusGroups).map(([name, focus]) => {
  const paths = getShortestPaths(wizardMachine, { events: eventsFor(focus), serializeState, limit: 200_000 });
  return { name, focus, paths, results: paths.filter((p) => p.state.value === 'result') };
});

describe.each(walks)('walking every path through $name', { timeout: 600_000 }, ({ focus, paths, results }) => {
  it('reaches the result on paths that take every option of the group', () => {
    expect(results.length).toBeGreaterThan(10);
    // every state a path ends in can go on to the result: nothing is a dead end
    for (const path of paths) {
      const last = path.state.value as Step;
      expect(last === 'result' || eventsFor(focus)(path.state).length > 0).toBe(true);
    }
  });

  it('takes every option offered at every question of the group somewhere', () => {
    const taken = new Map<string, Set<string>>();
    const offeredAt = new Map<string, Set<string>>();
    for (const path of paths) {
      for (const step of path.steps) {
        const here = step.state.value as Step;
        if (isQuestion(here) && focus.includes(here)) {
          for (const v of offered(step.state, here)) (offeredAt.get(here) ?? offeredAt.set(here, new Set()).get(here)!).add(v);
        }
        if (step.event.type.startsWith('answer.')) {
          const id = step.event.type.slice(7);
          (taken.get(id) ?? taken.set(id, new Set()).get(id)!).add((step.event as { value: string }).value);
        }
      }
    }
    for (const [id, values] of offeredAt)
      expect(
        [...values].filter((v) => !taken.get(id)?.has(v)),
        id,
      ).toEqual([]);
  });

  it('gives, at the result, exactly assess() of the facts the answers give', () => {
    for (const { state } of results) {
      const facts = toFacts(state.context.answers);
      expect(facts).toBeDefined();
      expect(state.context.assessment).toEqual(assess(facts!));
    }
  });

  it('asks every fact that can change the result on that path (a question left out never matters)', () => {
    for (const { state } of results) {
      const facts = toFacts(state.context.answers)!;
      const asked = new Set(pathOf(state.context.answers));
      const expected = outcome(facts);
      for (const id of questionIds) {
        if (asked.has(id) || id === 'audience') continue;
        for (const value of factDomain(id, state.context.answers)) {
          const varied = { ...facts, [id]: value } as Facts;
          if (value === undefined) delete (varied as unknown as Record<string, unknown>)[id];
          const got = outcome(varied);
          if (got !== expected) {
            throw new Error(`${id}=${String(value)} changes the result but was not asked, after ${JSON.stringify(state.context.answers)}`);
          }
        }
      }
    }
  });

  it('asks nothing that cannot change the result (every question of the group asked could, given the answers before it)', () => {
    // A question asked after answers P matters if, for some answers to the questions after it, two
    // of its options give different outcomes. The paths through P are those answers (within the
    // walk); a change that opens new questions may answer them in any way.
    const witnessed = new Set<string>();
    const asked = new Map<string, string>();
    for (const { state } of results) {
      const answers = state.context.answers;
      const path = pathOf(answers);
      const expected = outcome(toFacts(answers)!);
      path.forEach((id, i) => {
        // Only the group's own questions: the others keep one answer in this walk, so the answers
        // after them that would make them matter are not explored here (their own group does that).
        if (id === 'audience' || !focus.includes(id)) return; // audience: wording only
        const before = Object.fromEntries(path.slice(0, i).map((q) => [q, answers[q]]));
        const key = `${id} after ${JSON.stringify(before)}`;
        if (witnessed.has(key)) return;
        asked.set(key, JSON.stringify(answers));
        const options = questionById(id).options(before as Answers) as readonly string[];
        if (options.some((value) => value !== answers[id] && someCompletionDiffers({ ...answers, [id]: value } as Answers, expected))) {
          witnessed.add(key);
        }
      });
    }
    const needless = [...asked.keys()].filter((key) => !witnessed.has(key));
    expect(needless.map((key) => `${key}, e.g. on ${asked.get(key)}`)).toEqual([]);
  });

  it('keeps its answers through Back from the result and Change with the same answer', () => {
    for (const { state } of results.filter((_, i) => i % 5 === 0)) {
      const actor = createActor(wizardMachine, { input: { answers: state.context.answers, step: 'result' } }).start();
      expect(actor.getSnapshot().value).toBe('result');
      actor.send({ type: 'BACK' });
      expect(actor.getSnapshot().value).toBe('checkAnswers');
      const answers: Answers = actor.getSnapshot().context.answers;
      const path = pathOf(answers);
      actor.send({ type: 'BACK' });
      const last = path[path.length - 1]!;
      expect(actor.getSnapshot().value).toBe(last);
      expect(actor.getSnapshot().context.answers).toEqual(answers);
      actor.send({ type: `answer.${last}`, value: answers[last] } as WizardEvent);
      expect(actor.getSnapshot().value).toBe('checkAnswers');
      for (const id of path) {
        actor.send({ type: 'CHANGE', question: id });
        if (actor.getSnapshot().value === id) {
          actor.send({ type: `answer.${id}`, value: answers[id] } as WizardEvent);
        }
        expect(actor.getSnapshot().value).toBe('checkAnswers');
        expect(actor.getSnapshot().context.answers).toEqual(answers);
      }
    }
  });
});

describe('the walks together', () => {
  it('reach every question of the registry', () => {
    const reached = new Set<string>();
    for (const { paths } of walks) for (const p of paths) for (const s of p.steps) reached.add(String(s.state.value));
    expect(questionIds.filter((id) => !reached.has(id))).toEqual([]);
    expect(reached.has('checkAnswers') && reached.has('result')).toBe(true);
  });

  it('cover a substantial number of distinct results', () => {
    const total = walks.reduce((n, w) => n + w.results.length, 0);
    console.info(`model-based walk: ${total} paths to the result checked against assess()`);
    expect(total).toBeGreaterThan(500);
  });
});

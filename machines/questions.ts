import type { Facts, Nation } from './types';
import { routeFor } from './assess';

// The question registry: every question the wizard can ask, declared once. Its id (named after the
// fact it sets), URL slug, option values, when it is asked and which fact it feeds all live here;
// the machine, the URL routes, the content schema and the tests are derived from it.
// Renaming an id or an option value breaks saved answers: treat it as a breaking change.

export const answerValues = {
  audience: ['myself', 'someone-else', 'professional'],
  nation: ['england', 'wales', 'scotland', 'northern-ireland'],
  age: ['under-16', '16-17', '18-plus'],
  mha: ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'],
  section: [
    '2', '3', '4', '5(2)', '5(4)', '135', '136', '35', '36', '37', '37/41', '38', '45A', '47', '47/49', '48',
    '48/49', 'other', 'unsure',
  ],
  mentalDisorder: ['yes', 'no', 'unsure'],
  dols: ['being-assessed', 'authorised', 'none', 'unsure'],
  representative: ['unpaid', 'paid', 'none', 'unsure'],
  decision: ['serious-medical-treatment', 'accommodation', 'accommodation-review', 'safeguarding', 'none'],
  lacksCapacity: ['yes', 'no', 'unsure'],
  treatmentFor: ['physical', 'mental', 'unsure'],
  treatmentDiscussed: ['s57', 'ect', 'none', 'unsure'],
  longStay: ['yes', 'no', 'unsure'],
  requiredByMha: ['yes', 'no', 'unsure'],
  attorneyOrDeputy: ['yes', 'no', 'unsure'],
  someoneToConsult: ['yes', 'no', 'unsure'],
  careProcess: ['needs-assessment', 'carers-assessment', 'care-plan', 'review', 'safeguarding', 'transition', 'none'],
  substantialDifficulty: ['yes', 'no', 'unsure'],
  appropriateIndividual: ['yes', 'no', 'unsure'],
  nhsPlacementLikely: ['yes', 'no', 'unsure'],
  disagreement: ['yes', 'no', 'unsure'],
  nhsComplaint: ['yes', 'no', 'unsure'],
  refused: ['yes', 'no', 'unsure'],
} as const;

export type QuestionId = keyof typeof answerValues;
export type AnswerValue<Q extends QuestionId> = (typeof answerValues)[Q][number];
export type Answers = { -readonly [Q in QuestionId]?: AnswerValue<Q> };
export type Audience = AnswerValue<'audience'>;

export interface Question<Q extends QuestionId = QuestionId> {
  id: Q;
  slug: string;
  /** Asked only when its answer can still change the result, given the answers before it. */
  askWhen: (a: Answers) => boolean;
  /** The options offered, given the answers so far (a subset of `answerValues[id]`). */
  options: (a: Answers) => readonly AnswerValue<Q>[];
  /** Which wording variant of the question fits (content key below `questions.<id>`), if not the default. */
  variant?: (a: Answers) => string | undefined;
}

const englandOrWales = (a: Answers) => a.nation === 'england' || a.nation === 'wales';
const underTheAct = (a: Answers) =>
  a.mha === 'detained' || a.mha === 'cto' || a.mha === 'guardianship' || a.mha === 'conditional-discharge';

// MHA 1983 s130C(2)(a) (England) and s130I(2)(a) (Wales): the short sections that give no IMHA.
const sectionsWithoutImha: Record<'england' | 'wales', readonly string[]> = {
  england: ['4', '5(2)', '5(4)', '135', '136'],
  wales: ['135', '136'],
};
// MHA 1983 s56(3): the sections under which Part 4 (consent to treatment) applies.
const part4Sections: readonly string[] = ['2', '3', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49'];

/** The IMHA rule falls back on the s57/ECT treatment rule (s130C(3), s130I(3)). */
const imhaTurnsOnTreatment = (a: Answers) =>
  englandOrWales(a) &&
  (a.mha === 'none' ||
    (a.mha === 'informal-inpatient' && a.nation === 'england') ||
    (a.mha === 'detained' && a.section !== undefined &&
      sectionsWithoutImha[a.nation as 'england' | 'wales'].includes(a.section)));

/** Treatment already regulated by Part 4/4A of the MHA because of the person's status (MCA s37(2)). */
const part4ByStatus = (a: Answers) =>
  a.mha === 'cto' || (a.mha === 'detained' && a.section !== undefined && part4Sections.includes(a.section));

const imcaDecision = (a: Answers) =>
  englandOrWales(a) &&
  a.lacksCapacity !== 'no' &&
  (a.decision === 'serious-medical-treatment' || a.decision === 'accommodation' || a.decision === 'accommodation-review');

/** The IMCA result is already settled against an IMCA by an exclusion that asks nothing more. */
const imcaExcludedAlready = (a: Answers) =>
  (a.decision === 'serious-medical-treatment' &&
    a.treatmentFor === 'mental' &&
    (part4ByStatus(a) || a.treatmentDiscussed === 's57' || (a.treatmentDiscussed === 'ect' && a.age === '16-17'))) ||
  (a.decision === 'accommodation' && (a.longStay === 'no' || (a.requiredByMha === 'yes' && underTheAct(a))));

const imcaTurnsOn = (a: Answers) => imcaDecision(a) && !imcaExcludedAlready(a);

const dolsInPlay = (a: Answers) =>
  a.nation !== 'northern-ireland' && (a.dols === 'being-assessed' || a.dols === 'authorised' || a.dols === 'unsure');
const dolsTurnsOnAttorney = (a: Answers) => dolsInPlay(a) && !(a.dols === 'authorised' && a.representative === 'paid');
const dolsTurnsOnConsult = (a: Answers) =>
  a.attorneyOrDeputy !== 'yes' &&
  (a.dols === 'being-assessed' || (a.dols === 'authorised' && a.representative === 'none'));

const carePartTakes = (a: Answers) =>
  englandOrWales(a) &&
  a.careProcess !== undefined &&
  a.careProcess !== 'none' &&
  // Care Act 2014: under-18s are covered only in transition to adult care (ss58–64).
  !(a.nation === 'england' && a.age !== '18-plus' && a.careProcess !== 'transition');
const careReg4InPlay = (a: Answers) =>
  a.nation === 'england' &&
  carePartTakes(a) &&
  a.substantialDifficulty !== 'no' &&
  a.appropriateIndividual === 'yes' &&
  a.careProcess !== 'safeguarding';

const all = <Q extends QuestionId>(id: Q) => () => answerValues[id];
const always = () => true;

function question<Q extends QuestionId>(q: Omit<Question<Q>, 'options'> & { options?: Question<Q>['options'] }): Question<Q> {
  return { ...q, options: q.options ?? all(q.id) } as Question<Q>;
}

const nationVariant = (a: Answers) =>
  a.nation === 'scotland' ? 'scotland' : a.nation === 'northern-ireland' ? 'ni' : undefined;

/** The questions, in the order they are asked. */
export const questions = [
  question({ id: 'audience', slug: 'who-for', askWhen: always }),
  question({ id: 'nation', slug: 'where', askWhen: always }),
  question({ id: 'age', slug: 'age', askWhen: always }),
  question({
    id: 'mha',
    slug: 'mental-health-act',
    askWhen: always,
    variant: nationVariant,
    // Scotland and Northern Ireland have their own mental health law: no guardianship or
    // conditional discharge under the 1983 Act, and only detention matters in Northern Ireland.
    options: (a) =>
      a.nation === 'scotland'
        ? (['detained', 'cto', 'informal-inpatient', 'none', 'unsure'] as const)
        : a.nation === 'northern-ireland'
          ? (['detained', 'informal-inpatient', 'none', 'unsure'] as const)
          : answerValues.mha,
  }),
  question({ id: 'section', slug: 'section', askWhen: (a) => englandOrWales(a) && a.mha === 'detained' }),
  question({
    id: 'mentalDisorder',
    slug: 'mental-health-condition',
    askWhen: (a) => a.nation === 'scotland' && (a.mha === 'none' || a.mha === 'unsure'),
  }),
  question({
    id: 'dols',
    slug: 'deprivation-of-liberty',
    variant: nationVariant,
    // DoLS: 18 and over, never while detained (MCA Sch A1, Sch 1A). NI 2016 Act: 16 and over.
    askWhen: (a) =>
      a.mha !== 'detained' &&
      ((englandOrWales(a) && a.age === '18-plus') || (a.nation === 'northern-ireland' && a.age !== 'under-16')),
  }),
  question({ id: 'representative', slug: 'dols-representative', askWhen: (a) => englandOrWales(a) && a.dols === 'authorised' }),
  question({ id: 'decision', slug: 'decision', askWhen: (a) => englandOrWales(a) && a.age !== 'under-16' }),
  question({
    id: 'lacksCapacity',
    slug: 'capacity',
    variant: nationVariant,
    askWhen: (a) =>
      (englandOrWales(a) && a.decision !== undefined && a.decision !== 'none') ||
      (a.nation === 'northern-ireland' && (a.dols === 'being-assessed' || a.dols === 'authorised' || a.dols === 'unsure')),
  }),
  question({
    id: 'treatmentFor',
    slug: 'treatment-for',
    askWhen: (a) => imcaDecision(a) && a.decision === 'serious-medical-treatment',
  }),
  question({
    id: 'treatmentDiscussed',
    slug: 'special-treatments',
    askWhen: (a) =>
      imhaTurnsOnTreatment(a) ||
      (imcaDecision(a) && a.decision === 'serious-medical-treatment' && a.treatmentFor !== 'physical' && !part4ByStatus(a)),
  }),
  question({ id: 'longStay', slug: 'length-of-stay', askWhen: (a) => imcaDecision(a) && a.decision === 'accommodation' }),
  question({
    id: 'requiredByMha',
    slug: 'required-by-mental-health-act',
    askWhen: (a) => imcaDecision(a) && a.decision === 'accommodation' && a.longStay !== 'no' && underTheAct(a),
  }),
  question({
    id: 'attorneyOrDeputy',
    slug: 'attorney-or-deputy',
    askWhen: (a) => englandOrWales(a) && (imcaTurnsOn(a) || dolsTurnsOnAttorney(a)),
  }),
  question({
    id: 'someoneToConsult',
    slug: 'family-or-friends',
    askWhen: (a) =>
      englandOrWales(a) && a.attorneyOrDeputy !== 'yes' && (imcaTurnsOn(a) || dolsTurnsOnConsult(a)),
  }),
  question({ id: 'careProcess', slug: 'care-and-support', askWhen: englandOrWales }),
  question({ id: 'substantialDifficulty', slug: 'taking-part', askWhen: carePartTakes }),
  question({
    id: 'appropriateIndividual',
    slug: 'someone-to-support',
    askWhen: (a) => carePartTakes(a) && a.substantialDifficulty !== 'no',
  }),
  question({ id: 'nhsPlacementLikely', slug: 'long-nhs-stay', askWhen: careReg4InPlay }),
  question({
    id: 'disagreement',
    slug: 'disagreement',
    askWhen: (a) => careReg4InPlay(a) && a.nhsPlacementLikely === 'no',
  }),
  question({ id: 'nhsComplaint', slug: 'nhs-complaint', askWhen: englandOrWales }),
  question({
    id: 'refused',
    slug: 'refused',
    // Being refused matters only where a right may exist (law/README.md, `legalAdvice`).
    askWhen: (a) => {
      const facts = toFacts(a);
      return facts !== undefined && routeFor(facts) !== 'non-statutory';
    },
  }),
] as const satisfies readonly Question[];

export const questionIds = questions.map((q) => q.id) as readonly QuestionId[];

export function questionById<Q extends QuestionId>(id: Q): Question<Q> {
  return questions.find((q) => q.id === id) as unknown as Question<Q>;
}

export function isAnswerValue<Q extends QuestionId>(id: Q, value: unknown): value is AnswerValue<Q> {
  return (answerValues[id] as readonly unknown[]).includes(value);
}

/**
 * Walks the questions in order. A question is on the path when its `askWhen` holds given the
 * answers to the questions on the path before it; an answer counts only when its question is on
 * the path and the value is one of the options offered there. So a branch the person has left
 * can never affect what is asked or the result.
 */
function walk(answers: Answers): { path: QuestionId[]; kept: Answers } {
  const path: QuestionId[] = [];
  const kept: Record<string, unknown> = {};
  for (const q of questions as readonly Question[]) {
    if (!q.askWhen(kept as Answers)) continue;
    path.push(q.id);
    const value = answers[q.id];
    if (value !== undefined && (q.options(kept as Answers) as readonly unknown[]).includes(value)) kept[q.id] = value;
  }
  return { path, kept: kept as Answers };
}

/** The questions on the person's path, in the order they are asked. */
export function pathOf(answers: Answers): QuestionId[] {
  return walk(answers).path;
}

/** The answers that count: those on the path, with values offered there. */
export function answersOnPath(answers: Answers): Answers {
  return walk(answers).kept;
}

/** Whether every question on the path has an answer. */
export function isComplete(answers: Answers): boolean {
  const { path, kept } = walk(answers);
  return path.every((id) => kept[id] !== undefined);
}

const requiredFacts = ['nation', 'age', 'mha'] as const;

/**
 * The `Facts` that answers on the path give, or undefined while nation, age or Mental Health Act
 * status is still unknown. "I'm not sure" about what the treatment is for leaves `treatmentFor`
 * undefined, which `assess` reads as "may be for a mental disorder".
 */
export function toFacts(answers: Answers): Facts | undefined {
  if (requiredFacts.some((f) => answers[f] === undefined)) return undefined;
  const { audience: _audience, treatmentFor, ...facts } = answers;
  return {
    ...(facts as Facts),
    ...(treatmentFor !== undefined && treatmentFor !== 'unsure' ? { treatmentFor } : {}),
  };
}

export type { Nation };

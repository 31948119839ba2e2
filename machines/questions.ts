import { sections, type Age, type Facts, type MhaStatus, type Nation } from './types';
import { routeFor } from './assess';
import { kindExists } from './rules/kinds';
import { imhaTurnsOnSection, imhaTurnsOnTreatment } from './rules/imha';
import {
  attorneyOverThisDecision,
  attorneyQuestionIsForReview,
  imcaCanApply,
  imcaTurnsOnAttorney,
  imcaTurnsOnCapacity,
  imcaTurnsOnConsult,
  imcaTurnsOnLongStay,
  imcaTurnsOnRequiredByMha,
  imcaTurnsOnTreatmentDiscussed,
  imcaTurnsOnTreatmentFor,
} from './rules/imca';
import { dolsCanApply, dolsTurnsOnAttorney, dolsTurnsOnConsult, dolsTurnsOnRepresentative } from './rules/imca-dols';
import { niDeprivationOfLibertyCanApply, niImcaTurnsOnCapacity } from './rules/ni-imca';
import {
  careActTurnsOnAppropriateIndividual,
  careActTurnsOnDifficulty,
  careActTurnsOnDisagreement,
  careActTurnsOnNhsPlacement,
} from './rules/care-act';
import { walesIpaTurnsOnAppropriateIndividual, walesIpaTurnsOnBarriers } from './rules/wales-ipa';
import { scotlandTurnsOnMentalDisorder } from './rules/scotland-advocacy';
import { childrenCanApply, childrensServicesAt, childrenTurnsOnComplaint } from './rules/children';
import type { Known } from './rules/rule';

// The question registry: every question the wizard can ask, declared once. Its id (named after the
// fact it sets), URL slug, option values, when it is asked and which fact it feeds all live here;
// the machine, the URL routes, the content schema and the tests are derived from it.
// When a question is asked is never decided here: `askWhen` asks the rules whether the fact can
// still change the result (machines/rules/*: `…TurnsOn…`, `…CanApply`), so each legal condition is
// written once.
// Renaming an id or an option value breaks saved answers: treat it as a breaking change, and raise
// `questionsVersion` (a saved answers file from an older version keeps only what is still valid).

/** The version of the questions and their values; saved answers files record it (src/saved-answers.ts). */
export const questionsVersion = 1;

export const answerValues = {
  audience: ['myself', 'someone-else', 'professional'],
  nation: ['england', 'wales', 'scotland', 'northern-ireland'],
  // Adults are asked whether they are under 25: in England and Wales a care leaver may be owed
  // support until then. Every nation has the same bands, so changing where keeps the answer.
  age: ['under-16', '16-17', '18-24', '25-plus'],
  // 'place-of-safety': held by the police in a place of safety (s135, s136), which a person taken there
  // may not call "detained in hospital"; it gives the fact `detained`, and the section question then
  // offers only those two powers.
  mha: ['detained', 'place-of-safety', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'],
  section: sections,
  mentalDisorder: ['yes', 'no', 'unsure'],
  dols: ['being-assessed', 'authorised', 'none', 'unsure'],
  representative: ['unpaid', 'paid', 'none', 'unsure'],
  decision: ['serious-medical-treatment', 'accommodation', 'accommodation-review', 'safeguarding', 'none', 'unsure'],
  // 'not-assessed': nobody has looked at it yet, the common case; it gives `unsure`
  lacksCapacity: ['yes', 'no', 'not-assessed', 'unsure'],
  treatmentDiscussed: ['s57', 'ect', 'none', 'unsure'],
  treatmentFor: ['physical', 'mental', 'unsure'],
  longStay: ['yes', 'no', 'unsure'],
  requiredByMha: ['yes', 'no', 'unsure'],
  // 'money-only': a power of attorney for money and property only (imca.ts `attorneyOverThisDecision`)
  attorneyOrDeputy: ['yes', 'money-only', 'no', 'unsure'],
  someoneToConsult: ['yes', 'no', 'unsure'],
  careProcess: ['needs-assessment', 'carers-assessment', 'care-plan', 'review', 'safeguarding', 'transition', 'none', 'unsure'],
  substantialDifficulty: ['yes', 'no', 'unsure'],
  appropriateIndividual: ['yes', 'no', 'unsure'],
  nhsPlacementLikely: ['yes', 'no', 'unsure'],
  disagreement: ['yes', 'no', 'unsure'],
  childrensServices: ['looked-after', 'child-in-need', 'care-leaver', 'none', 'unsure'],
  childrensComplaint: ['yes', 'no', 'unsure'],
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
  /** Asked only when its answer can still change the result, given the facts (and answers) before it. */
  askWhen: (known: Known, a: Answers) => boolean;
  /** The options offered, given the answers so far (a subset of `answerValues[id]`). */
  options: (a: Answers) => readonly AnswerValue<Q>[];
  /** Which wording variant of the question fits (content key below `questions.<id>`), if not the default. */
  variant?: (a: Answers) => string | undefined;
}

/** The fact an age answer gives: the contract knows only under 16, 16 or 17, and 18 or over. */
function ageOf(answer: AnswerValue<'age'>): Age {
  return answer === '18-24' || answer === '25-plus' ? '18-plus' : answer;
}

/** The fact a Mental Health Act answer gives: held by the police in a place of safety is being detained (under s135 or s136). */
function mhaOf(answer: AnswerValue<'mha'>): MhaStatus {
  return answer === 'place-of-safety' ? 'detained' : answer;
}

/** The police powers to take someone to a place of safety, which a person held there is asked about. */
const placeOfSafetySections = ['135', '136', 'unsure'] as const satisfies readonly AnswerValue<'section'>[];

/**
 * The facts the answers so far give, as the rules read them while the wizard is asking. "I'm not
 * sure" what a treatment is for leaves `treatmentFor` undefined: "it may be for a mental disorder".
 */
export function known(answers: Answers): Known {
  const { audience: _audience, age, mha, treatmentFor, lacksCapacity, attorneyOrDeputy, ...facts } = answers;
  return {
    ...(facts as Known),
    ...(age !== undefined ? { age: ageOf(age) } : {}),
    ...(mha !== undefined ? { mha: mhaOf(mha) } : {}),
    ...(lacksCapacity !== undefined ? { lacksCapacity: lacksCapacity === 'not-assessed' ? 'unsure' : lacksCapacity } : {}),
    ...(attorneyOrDeputy !== undefined ? { attorneyOrDeputy: attorneyOverThisDecision(attorneyOrDeputy) } : {}),
    ...(treatmentFor !== undefined && treatmentFor !== 'unsure' ? { treatmentFor } : {}),
  };
}

/** A care leaver is owed support until 25 (children.ts): adults are asked whether they are under it. */
const underLeavingCareLimit = (a: Answers) => a.age !== '25-plus';

const all =
  <Q extends QuestionId>(id: Q) =>
  () =>
    answerValues[id];
const always = () => true;

function question<Q extends QuestionId>(q: Omit<Question<Q>, 'options'> & { options?: Question<Q>['options'] }): Question<Q> {
  return { ...q, options: q.options ?? all(q.id) } as Question<Q>;
}

const nationVariant = (a: Answers) => (a.nation === 'scotland' ? 'scotland' : a.nation === 'northern-ireland' ? 'ni' : undefined);

/** The questions, in the order they are asked. */
export const questions = [
  question({ id: 'audience', slug: 'who-for', askWhen: always }),
  question({ id: 'nation', slug: 'where', askWhen: always }),
  question({ id: 'age', slug: 'age', askWhen: always, variant: nationVariant }),
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
  question({
    id: 'section',
    slug: 'section',
    askWhen: imhaTurnsOnSection,
    options: (a) => (a.mha === 'place-of-safety' ? placeOfSafetySections : answerValues.section),
    variant: (a) => (a.mha === 'place-of-safety' ? 'placeOfSafety' : undefined),
  }),
  question({ id: 'mentalDisorder', slug: 'mental-health-condition', askWhen: scotlandTurnsOnMentalDisorder }),
  question({
    id: 'dols',
    slug: 'deprivation-of-liberty',
    variant: nationVariant,
    askWhen: (k) => dolsCanApply(k) || niDeprivationOfLibertyCanApply(k),
  }),
  question({ id: 'representative', slug: 'dols-representative', askWhen: dolsTurnsOnRepresentative }),
  question({ id: 'decision', slug: 'decision', askWhen: imcaCanApply }),
  question({
    id: 'lacksCapacity',
    slug: 'capacity',
    variant: nationVariant,
    askWhen: (k) => imcaTurnsOnCapacity(k) || niImcaTurnsOnCapacity(k),
  }),
  question({
    id: 'treatmentDiscussed',
    slug: 'special-treatments',
    askWhen: (k) => imhaTurnsOnTreatment(k) || imcaTurnsOnTreatmentDiscussed(k),
  }),
  question({ id: 'treatmentFor', slug: 'treatment-for', askWhen: imcaTurnsOnTreatmentFor }),
  question({ id: 'longStay', slug: 'length-of-stay', askWhen: imcaTurnsOnLongStay }),
  question({ id: 'requiredByMha', slug: 'required-by-mental-health-act', askWhen: imcaTurnsOnRequiredByMha }),
  question({
    id: 'attorneyOrDeputy',
    slug: 'attorney-or-deputy',
    askWhen: (k) => imcaTurnsOnAttorney(k) || dolsTurnsOnAttorney(k),
    // For a review of where someone lives, any attorney counts (so "only for money" is not offered).
    options: (a) => (attorneyQuestionIsForReview(known(a)) ? (['yes', 'no', 'unsure'] as const) : answerValues.attorneyOrDeputy),
    variant: (a) => (attorneyQuestionIsForReview(known(a)) ? 'review' : undefined),
  }),
  question({ id: 'someoneToConsult', slug: 'family-or-friends', askWhen: (k) => imcaTurnsOnConsult(k) || dolsTurnsOnConsult(k) }),
  question({
    id: 'careProcess',
    slug: 'care-and-support',
    askWhen: (k) => kindExists('care-act', k.nation) || kindExists('wales-ipa', k.nation),
  }),
  question({ id: 'substantialDifficulty', slug: 'taking-part', askWhen: (k) => careActTurnsOnDifficulty(k) || walesIpaTurnsOnBarriers(k) }),
  question({
    id: 'appropriateIndividual',
    slug: 'someone-to-support',
    askWhen: (k) => careActTurnsOnAppropriateIndividual(k) || walesIpaTurnsOnAppropriateIndividual(k),
  }),
  question({ id: 'nhsPlacementLikely', slug: 'long-nhs-stay', askWhen: careActTurnsOnNhsPlacement }),
  question({ id: 'disagreement', slug: 'disagreement', askWhen: careActTurnsOnDisagreement }),
  question({
    id: 'childrensServices',
    slug: 'childrens-services',
    // Adults are asked only whether they left care, and only under 25.
    askWhen: (k, a) => childrenCanApply(k, underLeavingCareLimit(a)),
    options: (a) => (a.age === undefined ? [] : childrensServicesAt(ageOf(a.age), underLeavingCareLimit(a))),
    variant: (a) => (a.age === '18-24' ? 'careLeaver' : undefined),
  }),
  question({ id: 'childrensComplaint', slug: 'childrens-services-complaint', askWhen: childrenTurnsOnComplaint }),
  question({
    id: 'nhsComplaint',
    slug: 'nhs-complaint',
    askWhen: (k) => kindExists('nhs-complaints', k.nation),
    variant: (a) => (a.nation === 'northern-ireland' ? 'ni' : undefined),
  }),
  question({
    id: 'refused',
    slug: 'refused',
    // Being refused matters only where a right may exist (law/README.md, `legalAdvice`).
    askWhen: (_, a) => {
      const facts = toFacts(a);
      return facts !== undefined && routeFor(facts) !== 'non-statutory';
    },
  }),
] as const satisfies readonly Question[];

export const questionIds = questions.map((q) => q.id) as readonly QuestionId[];

export function questionById<Q extends QuestionId>(id: Q): Question<Q> {
  return questions.find((q) => q.id === id) as unknown as Question<Q>;
}

/**
 * Walks the questions in order. A question is on the path when its `askWhen` holds given the
 * answers to the questions on the path before it; an answer counts only when its question is on
 * the path and the value is one of the options offered there. So a branch the person has left
 * can never affect what is asked or the result.
 */
function walk(answers: Answers): Walked {
  const remembered = walked.get(answers);
  if (remembered) return remembered;
  const path: QuestionId[] = [];
  const kept: Record<string, unknown> = {};
  for (const q of questions as readonly Question[]) {
    if (!q.askWhen(known(kept as Answers), kept as Answers)) continue;
    path.push(q.id);
    const value = answers[q.id];
    if (value !== undefined && (q.options(kept as Answers) as readonly unknown[]).includes(value)) kept[q.id] = value;
  }
  const result = { path: Object.freeze(path), kept: Object.freeze(kept) as Answers };
  // The kept answers walk to themselves; a frozen object (the machine's answers are these) cannot
  // change, so its walk is remembered. A step asks for it a dozen times (bench/README.md).
  walked.set(result.kept, result);
  if (Object.isFrozen(answers)) walked.set(answers, result);
  return result;
}

interface Walked {
  path: readonly QuestionId[];
  kept: Answers;
}
const walked = new WeakMap<Answers, Walked>();

/** The questions on the person's path, in the order they are asked. */
export function pathOf(answers: Answers): QuestionId[] {
  return [...walk(answers).path];
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

/** The `Facts` that answers on the path give, or undefined while nation, age or Mental Health Act status is still unknown. */
export function toFacts(answers: Answers): Facts | undefined {
  if (requiredFacts.some((f) => answers[f] === undefined)) return undefined;
  return known(answers) as Facts;
}

export type { Nation };

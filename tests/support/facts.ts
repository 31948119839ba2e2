import fc from 'fast-check';
import { answerValues, type Facts } from '../../machines';

// Generators of `Facts` for property-based tests: every field, every value, any field left out.
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const answer = oneOf(['yes', 'no', 'unsure'] as const);

export const arbitraryFacts: fc.Arbitrary<Facts> = fc.record(
  {
    nation: oneOf(answerValues.nation),
    age: oneOf(['under-16', '16-17', '18-plus'] as const),
    mha: oneOf(answerValues.mha.filter((m) => m !== 'place-of-safety')), // an answer, not a fact: it gives `detained`
    section: oneOf(answerValues.section),
    treatmentDiscussed: oneOf(answerValues.treatmentDiscussed),
    lacksCapacity: answer,
    decision: oneOf(answerValues.decision),
    treatmentFor: oneOf(['physical', 'mental'] as const),
    longStay: answer,
    requiredByMha: answer,
    someoneToConsult: answer,
    attorneyOrDeputy: answer,
    dols: oneOf(answerValues.dols),
    representative: oneOf(answerValues.representative),
    careProcess: oneOf(answerValues.careProcess),
    substantialDifficulty: answer,
    appropriateIndividual: answer,
    nhsPlacementLikely: answer,
    disagreement: answer,
    mentalDisorder: answer,
    childrensServices: oneOf(answerValues.childrensServices),
    childrensComplaint: answer,
    nhsComplaint: answer,
    refused: answer,
  },
  { requiredKeys: ['nation', 'age', 'mha'] },
);

/** Facts whose answers offer "not sure", with their definite alternatives. */
export const unsureFacts: Record<string, readonly string[]> = {
  mha: ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none'],
  section: answerValues.section.filter((s) => s !== 'unsure'),
  treatmentDiscussed: ['s57', 'ect', 'none'],
  dols: ['being-assessed', 'authorised', 'none'],
  decision: ['serious-medical-treatment', 'accommodation', 'accommodation-review', 'safeguarding', 'none'],
  careProcess: ['needs-assessment', 'carers-assessment', 'care-plan', 'review', 'safeguarding', 'transition', 'none'],
  childrensServices: ['looked-after', 'child-in-need', 'care-leaver', 'none'],
  childrensComplaint: ['yes', 'no'],
  representative: ['unpaid', 'paid', 'none'],
  lacksCapacity: ['yes', 'no'],
  longStay: ['yes', 'no'],
  requiredByMha: ['yes', 'no'],
  someoneToConsult: ['yes', 'no'],
  attorneyOrDeputy: ['yes', 'no'],
  substantialDifficulty: ['yes', 'no'],
  appropriateIndividual: ['yes', 'no'],
  nhsPlacementLikely: ['yes', 'no'],
  disagreement: ['yes', 'no'],
  mentalDisorder: ['yes', 'no'],
  nhsComplaint: ['yes', 'no'],
  refused: ['yes', 'no'],
};

/** Facts that `assess` reads as "unsure" when left out (law/README.md); situation facts read as none. */
export const undefinedMeansUnsure = [
  'section',
  'lacksCapacity',
  'longStay',
  'requiredByMha',
  'someoneToConsult',
  'attorneyOrDeputy',
  'representative',
  'substantialDifficulty',
  'appropriateIndividual',
  'nhsPlacementLikely',
  'disagreement',
  'mentalDisorder',
  'childrensComplaint',
] as const;

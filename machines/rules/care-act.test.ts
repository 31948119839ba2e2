import { describe, expect, it } from 'vitest';
import type { Answer, CareProcess, Facts } from '../types';
import { careAct } from './care-act';
import { expectWellFormed } from './test-support';

const adult: Facts = { nation: 'england', age: '18-plus', mha: 'none' };
const qualifies: Partial<Facts> = { substantialDifficulty: 'yes', appropriateIndividual: 'no' };

interface Row {
  name: string;
  facts: Partial<Facts>;
  status: string;
  keys: string[];
  provisions?: string[];
}

// One row per line of the table in care-and-support.md, in its first-match order.
const table: Row[] = [
  // Row 1: careProcess missing or none.
  {
    name: 's67(3) and s68(1): with no care process there is no duty, even if every other condition is met',
    facts: { ...qualifies },
    status: 'not-entitled',
    keys: ['careAct.noCareProcess', 'careAct.noSafeguardingEnquiry'],
    provisions: ['s67(3)', 's68(1)'],
  },
  {
    name: 's67(3): careProcess "none" is the same as no process',
    facts: { careProcess: 'none', ...qualifies },
    status: 'not-entitled',
    keys: ['careAct.noCareProcess', 'careAct.noSafeguardingEnquiry'],
  },
  {
    name: 's67(3): a missing process wins over an under-18 age (first match)',
    facts: { age: 'under-16' },
    status: 'not-entitled',
    keys: ['careAct.noCareProcess', 'careAct.noSafeguardingEnquiry'],
  },
  // Row 2: under 18, not transition.
  {
    name: 's67(3): a 16-year-old having a needs assessment is outside the adult duty',
    facts: { age: '16-17', careProcess: 'needs-assessment', ...qualifies },
    status: 'not-entitled',
    keys: ['careAct.under18'],
    provisions: ['s67(3)'],
  },
  {
    name: "s67(3): an under-16 young carer is assessed only in transition, not by a carer's assessment",
    facts: { age: 'under-16', careProcess: 'carers-assessment', ...qualifies },
    status: 'not-entitled',
    keys: ['careAct.under18'],
  },
  {
    name: 's68(1): safeguarding advocacy is for adults, so a 17-year-old is outside it',
    facts: { age: '16-17', careProcess: 'safeguarding', ...qualifies },
    status: 'not-entitled',
    keys: ['careAct.under18'],
    provisions: ['s68(1)'],
  },
  {
    name: 's67(3): age is checked before substantial difficulty (first match)',
    facts: { age: '16-17', careProcess: 'review', substantialDifficulty: 'no' },
    status: 'not-entitled',
    keys: ['careAct.under18'],
  },
  {
    name: 's67(3)(e)–(g): a 16-year-old in a transition assessment is covered',
    facts: { age: '16-17', careProcess: 'transition', ...qualifies },
    status: 'entitled',
    keys: ['careAct.mustArrange', 'careAct.process.transition', 'careAct.substantialDifficulty', 'careAct.noAppropriateIndividual'],
    provisions: ['s67(2)', 'ss58–64', 's67(4)', 's67(5)–(6)'],
  },
  {
    name: 's67(3)(e)–(g): an under-16 in transition who is unsure about difficulty may be entitled',
    facts: { age: 'under-16', careProcess: 'transition', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['careAct.process.transition', 'careAct.substantialDifficultyUnsure', 'careAct.noAppropriateIndividual'],
  },
  // Row 3: no substantial difficulty.
  {
    name: 's67(4): without substantial difficulty there is no duty',
    facts: { careProcess: 'needs-assessment', substantialDifficulty: 'no', appropriateIndividual: 'no' },
    status: 'not-entitled',
    keys: ['careAct.noSubstantialDifficulty'],
    provisions: ['s67(4)'],
  },
  {
    name: 's67(4): no difficulty is checked before the reg 4 cases (first match)',
    facts: {
      careProcess: 'care-plan',
      substantialDifficulty: 'no',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'yes',
    },
    status: 'not-entitled',
    keys: ['careAct.noSubstantialDifficulty'],
  },
  {
    name: 's68(3): without substantial difficulty there is no safeguarding advocate',
    facts: { careProcess: 'safeguarding', substantialDifficulty: 'no', appropriateIndividual: 'no' },
    status: 'not-entitled',
    keys: ['careAct.noSubstantialDifficulty'],
    provisions: ['s68(3)'],
  },
  // Row 4: appropriate individual, not safeguarding, a reg 4 case yes or unsure.
  {
    name: 'reg 4: a likely long NHS placement brings an advocate back despite an appropriate individual',
    facts: {
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'no',
    },
    status: 'may-be-offered',
    keys: [
      'careAct.process.needsAssessment',
      'careAct.substantialDifficulty',
      'careAct.appropriateIndividualUsually',
      'careAct.reg4NhsPlacement',
    ],
    provisions: ['s9', 's67(4)', 's67(5)–(6)', 'reg 4'],
  },
  {
    name: 'reg 4: an NHS placement the person is unsure of still counts',
    facts: {
      careProcess: 'review',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'unsure',
      disagreement: 'no',
    },
    status: 'may-be-offered',
    keys: ['careAct.process.review', 'careAct.substantialDifficulty', 'careAct.appropriateIndividualUsually', 'careAct.reg4NhsPlacement'],
  },
  {
    name: 'reg 4: a disagreement between the council and the appropriate individual brings an advocate back',
    facts: {
      careProcess: 'care-plan',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'no',
      disagreement: 'yes',
    },
    status: 'may-be-offered',
    keys: ['careAct.process.carePlan', 'careAct.substantialDifficulty', 'careAct.appropriateIndividualUsually', 'careAct.reg4Disagreement'],
    provisions: ['s25', 's67(4)', 's67(5)–(6)', 'reg 4'],
  },
  {
    name: 'reg 4: a disagreement the person is unsure of still counts',
    facts: {
      careProcess: 'carers-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'no',
      disagreement: 'unsure',
    },
    status: 'may-be-offered',
    keys: [
      'careAct.process.carersAssessment',
      'careAct.substantialDifficulty',
      'careAct.appropriateIndividualUsually',
      'careAct.reg4Disagreement',
    ],
  },
  {
    name: 'reg 4: both cases unanswered are read as unsure, and both are given as reasons',
    facts: { careProcess: 'transition', substantialDifficulty: 'yes', appropriateIndividual: 'yes' },
    status: 'may-be-offered',
    keys: [
      'careAct.process.transition',
      'careAct.substantialDifficulty',
      'careAct.appropriateIndividualUsually',
      'careAct.reg4NhsPlacement',
      'careAct.reg4Disagreement',
    ],
  },
  {
    name: 'reg 4: with difficulty unsure the reg 4 row is still reached before the unsure row (first match)',
    facts: {
      careProcess: 'needs-assessment',
      substantialDifficulty: 'unsure',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'no',
    },
    status: 'may-be-offered',
    keys: [
      'careAct.process.needsAssessment',
      'careAct.substantialDifficultyUnsure',
      'careAct.appropriateIndividualUsually',
      'careAct.reg4NhsPlacement',
    ],
  },
  // Row 5: appropriate individual.
  {
    name: 's67(5)–(6): an appropriate individual removes the duty when neither reg 4 case arises',
    facts: {
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'no',
      disagreement: 'no',
    },
    status: 'not-entitled',
    keys: ['careAct.hasAppropriateIndividual', 'careAct.reg4Later'],
    provisions: ['s67(5)–(6)', 'reg 4'],
  },
  {
    name: 's68(4)–(5): reg 4 does not apply to safeguarding, so an appropriate individual removes the duty',
    facts: {
      careProcess: 'safeguarding',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'yes',
    },
    status: 'not-entitled',
    keys: ['careAct.hasAppropriateIndividualSafeguarding'],
    provisions: ['s68(4)–(5)'],
  },
  {
    name: 's68(4)–(5): in safeguarding an appropriate individual wins even when difficulty is unsure',
    facts: { careProcess: 'safeguarding', appropriateIndividual: 'yes' },
    status: 'not-entitled',
    keys: ['careAct.hasAppropriateIndividualSafeguarding'],
  },
  // Row 6: either condition unsure.
  {
    name: 's67(4): unsure about substantial difficulty, with no appropriate individual, may be entitled',
    facts: { careProcess: 'needs-assessment', substantialDifficulty: 'unsure', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['careAct.process.needsAssessment', 'careAct.substantialDifficultyUnsure', 'careAct.noAppropriateIndividual'],
    provisions: ['s9', 's67(4)', 's67(5)–(6)'],
  },
  {
    name: 's67(4): an unanswered substantial difficulty is read as unsure',
    facts: { careProcess: 'needs-assessment', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['careAct.process.needsAssessment', 'careAct.substantialDifficultyUnsure', 'careAct.noAppropriateIndividual'],
  },
  {
    name: 's67(5)–(6): unsure about an appropriate individual may be entitled',
    facts: { careProcess: 'review', substantialDifficulty: 'yes', appropriateIndividual: 'unsure' },
    status: 'may-be-entitled',
    keys: ['careAct.process.review', 'careAct.substantialDifficulty', 'careAct.appropriateIndividualUnsure'],
    provisions: ['s27', 's67(4)', 's67(5)–(6)'],
  },
  {
    name: 's67(5)–(6): an unanswered appropriate individual is read as unsure',
    facts: { careProcess: 'review', substantialDifficulty: 'yes' },
    status: 'may-be-entitled',
    keys: ['careAct.process.review', 'careAct.substantialDifficulty', 'careAct.appropriateIndividualUnsure'],
  },
  {
    name: 's68(3)–(5): a safeguarding enquiry with both conditions unanswered may be entitled',
    facts: { careProcess: 'safeguarding' },
    status: 'may-be-entitled',
    keys: ['careAct.process.safeguarding', 'careAct.substantialDifficultyUnsure', 'careAct.appropriateIndividualUnsure'],
    provisions: ['ss42, 44', 's68(3)', 's68(4)–(5)'],
  },
  // Row 7: otherwise.
  {
    name: 's68(2): a safeguarding enquiry with substantial difficulty and no appropriate individual is entitled',
    facts: { careProcess: 'safeguarding', ...qualifies },
    status: 'entitled',
    keys: ['careAct.mustArrange', 'careAct.process.safeguarding', 'careAct.substantialDifficulty', 'careAct.noAppropriateIndividual'],
    provisions: ['s68(2)', 'ss42, 44', 's68(3)', 's68(4)–(5)'],
  },
  {
    name: 's67(4): lacking capacity is not required — a person with capacity is entitled',
    facts: { careProcess: 'needs-assessment', lacksCapacity: 'no', ...qualifies },
    status: 'entitled',
    keys: ['careAct.mustArrange', 'careAct.process.needsAssessment', 'careAct.substantialDifficulty', 'careAct.noAppropriateIndividual'],
  },
  // "I'm not sure" what the council is doing (1 December 2026).
  {
    name: 'ss67–68: not sure what the council is doing, with difficulty and no one to help, may be entitled',
    facts: { careProcess: 'unsure', ...qualifies },
    status: 'may-be-entitled',
    keys: ['careAct.processUnsure', 'careAct.substantialDifficulty', 'careAct.noAppropriateIndividual'],
    provisions: ['ss67–68', 's67(4)', 's67(5)–(6)'],
  },
  {
    name: 'row 2: a 16-year-old not sure what the council is doing is not ruled out (it may be a transition assessment)',
    facts: { age: '16-17', careProcess: 'unsure', ...qualifies },
    status: 'may-be-entitled',
    keys: ['careAct.processUnsure', 'careAct.substantialDifficulty', 'careAct.noAppropriateIndividual'],
  },
  {
    name: 's67(4): not sure what the council is doing, but no substantial difficulty, is not entitled',
    facts: { careProcess: 'unsure', substantialDifficulty: 'no' },
    status: 'not-entitled',
    keys: ['careAct.noSubstantialDifficulty'],
  },
  {
    name: 'reg 4: an unknown process may be assessment or planning, so with an appropriate individual and a likely NHS placement it may be offered',
    facts: {
      careProcess: 'unsure',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'no',
    },
    status: 'may-be-offered',
    keys: ['careAct.processUnsure', 'careAct.substantialDifficulty', 'careAct.appropriateIndividualUsually', 'careAct.reg4NhsPlacement'],
  },
];

describe('Care Act 2014 advocacy (ss67–68; SI 2014/2889 reg 4)', () => {
  it.each(table)('$name', ({ facts, status, keys, provisions }) => {
    const result = careAct({ ...adult, ...facts });
    expect(result.kind).toBe('care-act');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
    if (provisions) expect(result.reasons.map((r) => r.cite.provision)).toEqual(provisions);
  });

  const processSections: [CareProcess, string, string][] = [
    ['needs-assessment', 's9', 's67(2)'],
    ['carers-assessment', 's10', 's67(2)'],
    ['care-plan', 's25', 's67(2)'],
    ['review', 's27', 's67(2)'],
    ['transition', 'ss58–64', 's67(2)'],
    ['safeguarding', 'ss42, 44', 's68(2)'], // an enquiry (s42) or a Safeguarding Adults Review (s44)
  ];
  it.each(processSections)(
    '%s with substantial difficulty and no appropriate individual is entitled, citing %s and the duty in %s',
    (careProcess, processSection, duty) => {
      const result = careAct({ ...adult, careProcess, ...qualifies });
      expect(result.status).toBe('entitled');
      expect(result.reasons[0].cite.provision).toBe(duty);
      expect(result.reasons[1]?.cite.provision).toBe(processSection);
      expect(result.reasons[1]?.cite.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/ukpga\/2014\/23\/section\/\d+$/);
    },
  );

  it('names every open point of a "may be" result, and the duty it would be (structured conclusions)', () => {
    const result = careAct({ ...adult, careProcess: 'unsure', substantialDifficulty: 'unsure', appropriateIndividual: 'unsure' });
    expect(result.open).toEqual(['careProcess', 'substantialDifficulty', 'appropriateIndividual']);
    expect(result.duty?.provision).toBe('ss67–68');
    expect(careAct({ ...adult, careProcess: 'safeguarding', ...qualifies }).duty?.provision).toBe('s68(2)');
    expect(careAct({ ...adult, careProcess: 'none' }).duty).toBeUndefined();
  });

  it('is arranged by the council (s67(2))', () => {
    expect(careAct({ ...adult, careProcess: 'review', ...qualifies }).arrangedBy).toBe('careAct.arrangedBy');
  });
});

// Every combination of the facts the rule reads.
const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
const processes: (CareProcess | undefined)[] = [
  'needs-assessment',
  'carers-assessment',
  'care-plan',
  'review',
  'safeguarding',
  'transition',
  'none',
  'unsure',
  undefined,
];
function* everyFacts(): Generator<Facts> {
  for (const nation of ['england'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const careProcess of processes)
        for (const substantialDifficulty of answers)
          for (const appropriateIndividual of answers)
            for (const nhsPlacementLikely of answers)
              for (const disagreement of answers)
                yield {
                  nation,
                  age,
                  mha: 'none',
                  careProcess,
                  substantialDifficulty,
                  appropriateIndividual,
                  nhsPlacementLikely,
                  disagreement,
                };
}

describe('Care Act rule: every result is explained and worded', () => {
  it('gives at least one reason, each cited and worded for "self" and "helper", for every combination of facts', () => {
    for (const facts of everyFacts()) {
      const result = careAct(facts);
      expectWellFormed(result, 'care-act', /^https:\/\//);
    }
  });

  it('reads an unanswered careProcess as "none" (README: situation facts)', () => {
    for (const facts of everyFacts()) {
      if (facts.careProcess !== undefined) continue;
      expect(careAct(facts)).toEqual(careAct({ ...facts, careProcess: 'none' }));
    }
  });

  it('reads every other unanswered fact as "unsure" (README: other optional facts)', () => {
    for (const facts of everyFacts()) {
      const asUnsure: Facts = {
        ...facts,
        substantialDifficulty: facts.substantialDifficulty ?? 'unsure',
        appropriateIndividual: facts.appropriateIndividual ?? 'unsure',
        nhsPlacementLikely: facts.nhsPlacementLikely ?? 'unsure',
        disagreement: facts.disagreement ?? 'unsure',
      };
      expect(careAct(facts)).toEqual(careAct(asUnsure));
    }
  });

  it('never says "not entitled" where answering "yes" to an unsure fact would make the person entitled (caution)', () => {
    for (const facts of everyFacts()) {
      if (careAct(facts).status !== 'not-entitled') continue;
      for (const field of ['substantialDifficulty', 'appropriateIndividual', 'nhsPlacementLikely', 'disagreement'] as const) {
        if ((facts[field] ?? 'unsure') !== 'unsure') continue;
        for (const value of ['yes', 'no'] as const) {
          expect(careAct({ ...facts, [field]: value }).status).not.toBe('entitled');
        }
      }
      if (facts.careProcess === 'unsure') {
        for (const careProcess of processes) expect(careAct({ ...facts, careProcess }).status).not.toBe('entitled');
      }
    }
  });
});

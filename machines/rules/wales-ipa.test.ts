import { describe, expect, it } from 'vitest';
import type { Answer, CareProcess, Facts } from '../types';
import { walesIpa } from './wales-ipa';
import { expectWellFormed } from './test-support';

const adult: Facts = { nation: 'wales', age: '18-plus', mha: 'none' };
const CODE = 'sswbaPart10Code';

interface Row {
  name: string;
  facts: Partial<Facts>;
  status: string;
  keys: string[];
}

// One row per line of the table in care-and-support.md, in its first-match order.
const table: Row[] = [
  // Row 1: careProcess missing or none.
  {
    name: 'Part 10 Code: with no care process there is no Independent Professional Advocate, even if the other conditions are met',
    facts: { substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'not-entitled',
    keys: ['walesIpa.noCareProcess'],
  },
  {
    name: 'Part 10 Code: careProcess "none" is the same as no process',
    facts: { careProcess: 'none', substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'not-entitled',
    keys: ['walesIpa.noCareProcess'],
  },
  // Row 2: no barriers.
  {
    name: 'Part 10 Code: someone who can take part without help has no Independent Professional Advocate',
    facts: { careProcess: 'needs-assessment', substantialDifficulty: 'no', appropriateIndividual: 'no' },
    status: 'not-entitled',
    keys: ['walesIpa.noBarriers'],
  },
  {
    name: 'Part 10 Code: no barriers is checked before the appropriate individual (first match)',
    facts: { careProcess: 'review', substantialDifficulty: 'no', appropriateIndividual: 'yes' },
    status: 'not-entitled',
    keys: ['walesIpa.noBarriers'],
  },
  // Row 3: appropriate individual.
  {
    name: 'Part 10 Code: an appropriate individual who can help removes the requirement',
    facts: { careProcess: 'care-plan', substantialDifficulty: 'yes', appropriateIndividual: 'yes' },
    status: 'not-entitled',
    keys: ['walesIpa.hasAppropriateIndividual'],
  },
  {
    name: 'Part 10 Code: an appropriate individual wins over unsure barriers (first match)',
    facts: { careProcess: 'safeguarding', substantialDifficulty: 'unsure', appropriateIndividual: 'yes' },
    status: 'not-entitled',
    keys: ['walesIpa.hasAppropriateIndividual'],
  },
  {
    name: 'Part 10 Code: in Wales there is no reg 4-style exception — a likely NHS placement or a disagreement changes nothing',
    facts: {
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      nhsPlacementLikely: 'yes',
      disagreement: 'yes',
    },
    status: 'not-entitled',
    keys: ['walesIpa.hasAppropriateIndividual'],
  },
  // Row 4: either unsure.
  {
    name: 'Part 10 Code: unsure about barriers, with no appropriate individual, may be entitled',
    facts: { careProcess: 'needs-assessment', substantialDifficulty: 'unsure', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['walesIpa.process', 'walesIpa.barriersUnsure', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: unanswered barriers are read as unsure',
    facts: { careProcess: 'needs-assessment', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['walesIpa.process', 'walesIpa.barriersUnsure', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: unsure about an appropriate individual may be entitled',
    facts: { careProcess: 'review', substantialDifficulty: 'yes', appropriateIndividual: 'unsure' },
    status: 'may-be-entitled',
    keys: ['walesIpa.process', 'walesIpa.barriers', 'walesIpa.appropriateIndividualUnsure', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: an unanswered appropriate individual is read as unsure',
    facts: { careProcess: 'safeguarding', substantialDifficulty: 'yes' },
    status: 'may-be-entitled',
    keys: ['walesIpa.process', 'walesIpa.barriers', 'walesIpa.appropriateIndividualUnsure', 'walesIpa.codeIsBinding'],
  },
  // Row 5: otherwise.
  {
    name: 'Part 10 Code and s145: barriers and no appropriate individual in an assessment is entitled',
    facts: { careProcess: 'needs-assessment', substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'entitled',
    keys: ['walesIpa.mustArrange', 'walesIpa.process', 'walesIpa.barriers', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: the Welsh table has no age row, so a 16-year-old in transition is entitled',
    facts: { age: '16-17', careProcess: 'transition', substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'entitled',
    keys: ['walesIpa.mustArrange', 'walesIpa.process', 'walesIpa.barriers', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: a safeguarding process counts like any other',
    facts: { careProcess: 'safeguarding', substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'entitled',
    keys: ['walesIpa.mustArrange', 'walesIpa.process', 'walesIpa.barriers', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  // "I'm not sure" what the council is doing (1 December 2026).
  {
    name: 'Part 10 Code: not sure what the council is doing, with barriers and no one to help, may be entitled',
    facts: { careProcess: 'unsure', substantialDifficulty: 'yes', appropriateIndividual: 'no' },
    status: 'may-be-entitled',
    keys: ['walesIpa.processUnsure', 'walesIpa.barriers', 'walesIpa.noAppropriateIndividual', 'walesIpa.codeIsBinding'],
  },
  {
    name: 'Part 10 Code: not sure what the council is doing, but no barriers, is not entitled',
    facts: { careProcess: 'unsure', substantialDifficulty: 'no' },
    status: 'not-entitled',
    keys: ['walesIpa.noBarriers'],
  },
];

describe('Independent Professional Advocate, Wales (SSWBA 2014 Part 10 Code, issued under s145)', () => {
  it.each(table)('$name', ({ facts, status, keys }) => {
    const result = walesIpa({ ...adult, ...facts });
    expect(result.kind).toBe('wales-ipa');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
  });

  it("cites the Code for its conditions and SSWBA s145 for the Code's force", () => {
    const result = walesIpa({ ...adult, careProcess: 'review', substantialDifficulty: 'yes', appropriateIndividual: 'no' });
    const sources = result.reasons.map((r) => `${r.cite.instrument} ${r.cite.provision}`.trim());
    expect(sources).toEqual([CODE, CODE, CODE, CODE, 'sswba2014 s145']);
    expect(result.reasons.at(-1)?.cite.url).toBe('https://www.legislation.gov.uk/anaw/2014/4/section/145');
  });

  it('is arranged by the council', () => {
    expect(walesIpa({ ...adult, careProcess: 'review' }).arrangedBy).toBe('walesIpa.arrangedBy');
  });
});

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
  for (const nation of ['wales'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const careProcess of processes)
        for (const substantialDifficulty of answers)
          for (const appropriateIndividual of answers)
            yield { nation, age, mha: 'none', careProcess, substantialDifficulty, appropriateIndividual };
}

describe('Wales IPA rule: every result is explained and worded', () => {
  it('gives at least one reason, each cited and worded for "self" and "helper", for every combination of facts', () => {
    for (const facts of everyFacts()) {
      const result = walesIpa(facts);
      expectWellFormed(result, 'wales-ipa', /^https:\/\//);
    }
  });

  it('reads an unanswered careProcess as "none" and other unanswered facts as "unsure" (README)', () => {
    for (const facts of everyFacts()) {
      const read: Facts = {
        ...facts,
        careProcess: facts.careProcess ?? 'none',
        substantialDifficulty: facts.substantialDifficulty ?? 'unsure',
        appropriateIndividual: facts.appropriateIndividual ?? 'unsure',
      };
      expect(walesIpa(facts)).toEqual(walesIpa(read));
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer, Facts, MhaStatus } from '../types';
import { scotlandAdvocacy } from './scotland-advocacy';
import { expectWellFormed } from './test-support';

const person: Facts = { nation: 'scotland', age: '18-plus', mha: 'none' };

interface Row {
  name: string;
  facts: Partial<Facts>;
  status: string;
  keys: string[];
}

const table: Row[] = [
  // Row 1: mentalDisorder yes, or mha anything but none/unsure.
  {
    name: 's259(1), s328(1): a person with a mental disorder has the right, without being detained',
    facts: { mentalDisorder: 'yes', mha: 'none' },
    status: 'entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorder'],
  },
  {
    name: 's259(1): a child with a mental disorder has the right too',
    facts: { age: 'under-16', mentalDisorder: 'yes' },
    status: 'entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorder'],
  },
  {
    name: 's259(1): mentalDisorder yes wins even when unsure about mental health law (first match)',
    facts: { mentalDisorder: 'yes', mha: 'unsure' },
    status: 'entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorder'],
  },
  {
    name: 's259(1): a detained person has the right even when they said no mental disorder',
    facts: { mentalDisorder: 'no', mha: 'detained' },
    status: 'entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.underMentalHealthCare'],
  },
  {
    name: 's259(1): a detained person with mentalDisorder unanswered has the right (worked case sco-detained)',
    facts: { mha: 'detained' },
    status: 'entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.underMentalHealthCare'],
  },
  // Row 2: mentalDisorder unsure or missing, or mha unsure.
  {
    name: 's259(1), s328(1): unsure about a mental disorder may be entitled',
    facts: { mentalDisorder: 'unsure', mha: 'none' },
    status: 'may-be-entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorderUnsure'],
  },
  {
    name: 's259(1), s328(1): an unanswered mental disorder question is read as unsure',
    facts: { mha: 'none' },
    status: 'may-be-entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorderUnsure'],
  },
  {
    name: 's259(1): unsure about being under mental health law may be entitled, even with no mental disorder',
    facts: { mentalDisorder: 'no', mha: 'unsure' },
    status: 'may-be-entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mhaUnsure'],
  },
  {
    name: 's259(1), s328(1): unsure about both gives both things to check',
    facts: { mentalDisorder: 'unsure', mha: 'unsure' },
    status: 'may-be-entitled',
    keys: ['scotlandAdvocacy.rightOfAccess', 'scotlandAdvocacy.mentalDisorderUnsure', 'scotlandAdvocacy.mhaUnsure'],
  },
  // Row 3: otherwise.
  {
    name: 's259(1): no mental disorder and not under mental health law is not entitled, and other advocacy is named',
    facts: { mentalDisorder: 'no', mha: 'none' },
    status: 'not-entitled',
    keys: ['scotlandAdvocacy.noMentalDisorder'],
  },
];

const underMentalHealthCare: MhaStatus[] = ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient'];

describe('Scotland: right of access to independent advocacy (MH(CT)(S)A 2003 s259)', () => {
  it.each(table)('$name', ({ facts, status, keys }) => {
    const result = scotlandAdvocacy({ ...person, ...facts });
    expect(result.kind).toBe('scotland-advocacy');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
  });

  it.each(underMentalHealthCare)('s259(1): mha "%s" with mentalDisorder "no" is entitled', (mha) => {
    expect(scotlandAdvocacy({ ...person, mha, mentalDisorder: 'no' }).status).toBe('entitled');
  });

  it('cites only the Scottish Act: s259(1) and s328(1), never the Mental Health Act 1983', () => {
    for (const mha of [...underMentalHealthCare, 'none', 'unsure'] as const)
      for (const mentalDisorder of ['yes', 'no', 'unsure', undefined] as const) {
        for (const reason of scotlandAdvocacy({ ...person, mha, mentalDisorder }).reasons) {
          expect(reason.cite.instrument).toBe('mhcts2003');
          expect(['s259(1)', 's328(1)']).toContain(reason.cite.provision);
          expect(reason.cite.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/asp\/2003\/13\/section\/(259|328)$/);
        }
      }
  });

  it('s259(1): is secured by the local authority and the health board together', () => {
    expect(scotlandAdvocacy({ ...person, mentalDisorder: 'yes' }).arrangedBy).toBe('scotlandAdvocacy.arrangedBy');
  });
});

const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
function* everyFacts(): Generator<Facts> {
  for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const mha of [...underMentalHealthCare, 'none', 'unsure'] as const)
        for (const mentalDisorder of answers) yield { nation, age, mha, mentalDisorder };
}

describe('Scotland rule: every result is explained and worded', () => {
  it('gives at least one reason, each cited and worded for "self" and "helper", for every combination of facts', () => {
    for (const facts of everyFacts()) {
      const result = scotlandAdvocacy(facts);
      expectWellFormed(result, 'scotland-advocacy', /^https:\/\//);
    }
  });

  it('reads an unanswered mentalDisorder as "unsure" (README)', () => {
    for (const facts of everyFacts()) {
      expect(scotlandAdvocacy(facts)).toEqual(scotlandAdvocacy({ ...facts, mentalDisorder: facts.mentalDisorder ?? 'unsure' }));
    }
  });

  it('never says "not entitled" while anything is unsure (caution)', () => {
    for (const facts of everyFacts()) {
      if (facts.nation !== 'scotland' || scotlandAdvocacy(facts).status !== 'not-entitled') continue;
      expect(facts.mentalDisorder).toBe('no');
      expect(facts.mha).toBe('none');
    }
  });
});

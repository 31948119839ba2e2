import { describe, expect, it } from 'vitest';
import { en } from '../../content/locales/en';
import { englishCitation } from '../text';
import type { Answer, Dols, Facts, MhaStatus } from '../types';
import { niImca } from './ni-imca';
import { expectWellFormed } from './test-support';

const adult: Facts = { nation: 'northern-ireland', age: '18-plus', mha: 'none' };
const entitledKeys = ['niImca.deprivationOfLiberty', 'niImca.optOut', 'niImca.trustMustArrange', 'niImca.trustMustInstruct'];

interface Row {
  name: string;
  facts: Partial<Facts>;
  status: string;
  keys: string[];
}

// One row per line of the table in scotland-and-ni.md, in its first-match order.
const table: Row[] = [
  // Row 1: under 16.
  {
    name: 'MCA(NI) 2016 s9(1): an under-16 is outside the Act, even with an authorisation in place',
    facts: { age: 'under-16', dols: 'authorised', lacksCapacity: 'yes' },
    status: 'not-entitled',
    keys: ['niImca.under16'],
  },
  {
    name: 'MCA(NI) 2016 s9(1): age is checked before detention (first match)',
    facts: { age: 'under-16', mha: 'detained' },
    status: 'not-entitled',
    keys: ['niImca.under16'],
  },
  // Row 2: detained under the 1986 Order.
  {
    name: 'SR 2019/163 art 3: a person detained under the 1986 Order is outside the scheme, and there is no statutory IMHA (worked case ni-detained)',
    facts: { mha: 'detained', lacksCapacity: 'no', dols: 'none' },
    status: 'not-entitled',
    keys: ['niImca.detainedUnder1986Order', 'niImca.noStatutoryImha'],
  },
  {
    name: 'SR 2019/163 art 3: detention wins over an authorisation (first match)',
    facts: { mha: 'detained', lacksCapacity: 'yes', dols: 'authorised' },
    status: 'not-entitled',
    keys: ['niImca.detainedUnder1986Order', 'niImca.noStatutoryImha'],
  },
  // Row 3: authorisation sought or in place, lacksCapacity not "no".
  {
    name: 'MCA(NI) 2016 ss35–36: an authorisation being sought for a person lacking capacity gives an opt-out IMCA',
    facts: { dols: 'being-assessed', lacksCapacity: 'yes' },
    status: 'entitled',
    keys: entitledKeys,
  },
  {
    name: 'MCA(NI) 2016 ss35–36: an authorisation in place gives an IMCA whether or not family exist',
    facts: { dols: 'authorised', lacksCapacity: 'yes', someoneToConsult: 'yes' },
    status: 'entitled',
    keys: entitledKeys,
  },
  {
    name: 'MCA(NI) 2016 s35: a 16-year-old is covered',
    facts: { age: '16-17', dols: 'authorised', lacksCapacity: 'yes' },
    status: 'entitled',
    keys: entitledKeys,
  },
  {
    name: 'MCA(NI) 2016 s35: lacksCapacity unsure still counts as "not no"',
    facts: { dols: 'being-assessed', lacksCapacity: 'unsure' },
    status: 'entitled',
    keys: entitledKeys,
  },
  {
    name: 'MCA(NI) 2016 s35: an unanswered lacksCapacity is read as unsure, so still "not no"',
    facts: { dols: 'authorised' },
    status: 'entitled',
    keys: entitledKeys,
  },
  // Row 4: authorisation unsure, lacksCapacity not "no".
  {
    name: 'MCA(NI) 2016 s36(1)(a): unsure about an authorisation, for a person lacking capacity, may be entitled',
    facts: { dols: 'unsure', lacksCapacity: 'yes' },
    status: 'may-be-entitled',
    keys: ['niImca.deprivationOfLibertyUnsure'],
  },
  {
    name: 'MCA(NI) 2016 s36(1)(a), s9(1): unsure about both gives both things to check',
    facts: { dols: 'unsure', lacksCapacity: 'unsure' },
    status: 'may-be-entitled',
    keys: ['niImca.deprivationOfLibertyUnsure', 'niImca.capacityUnsure'],
  },
  {
    name: 'MCA(NI) 2016 s9(1): an unanswered lacksCapacity with an unsure authorisation may be entitled',
    facts: { dols: 'unsure' },
    status: 'may-be-entitled',
    keys: ['niImca.deprivationOfLibertyUnsure', 'niImca.capacityUnsure'],
  },
  // Row 5: otherwise.
  {
    name: 'MCA(NI) 2016 s9(1): a person with capacity has no IMCA even with an authorisation being sought',
    facts: { dols: 'being-assessed', lacksCapacity: 'no' },
    status: 'not-entitled',
    keys: ['niImca.hasCapacity'],
  },
  {
    name: 'MCA(NI) 2016 s9(1): a person with capacity who is unsure about an authorisation is not entitled',
    facts: { dols: 'unsure', lacksCapacity: 'no' },
    status: 'not-entitled',
    keys: ['niImca.hasCapacity'],
  },
  {
    name: 'MCA(NI) 2016 s9(1), s36(1)(a): capacity and no authorisation gives both reasons',
    facts: { dols: 'none', lacksCapacity: 'no' },
    status: 'not-entitled',
    keys: ['niImca.hasCapacity', 'niImca.noDeprivationOfLiberty'],
  },
  {
    name: 'MCA(NI) 2016 s36(1)(a): no authorisation means no IMCA, even for a person lacking capacity',
    facts: { dols: 'none', lacksCapacity: 'yes' },
    status: 'not-entitled',
    keys: ['niImca.noDeprivationOfLiberty'],
  },
  {
    name: 'MCA(NI) 2016 s36(1)(a): an unanswered dols is read as "none" (a situation fact)',
    facts: { lacksCapacity: 'yes' },
    status: 'not-entitled',
    keys: ['niImca.noDeprivationOfLiberty'],
  },
  // 1 December 2026: not sure whether detained makes the right uncertain (SR 2019/163 art 3).
  {
    name: 'SR 2019/163 art 3: an authorisation, but mha "unsure", may be entitled: detained people are outside the scheme, so check first',
    facts: { mha: 'unsure', dols: 'authorised', lacksCapacity: 'yes' },
    status: 'may-be-entitled',
    keys: ['niImca.mhaUnsure', ...entitledKeys],
  },
  {
    name: 'SR 2019/163 art 3: one being arranged, mha "unsure", may be entitled',
    facts: { mha: 'unsure', dols: 'being-assessed' },
    status: 'may-be-entitled',
    keys: ['niImca.mhaUnsure', ...entitledKeys],
  },
];

describe('Northern Ireland IMCA (MCA(NI) 2016 ss35–36, 86, 91; SR 2019/163)', () => {
  it.each(table)('$name', ({ facts, status, keys }) => {
    const result = niImca({ ...adult, ...facts });
    expect(result.kind).toBe('ni-imca');
    expect(result.status).toBe(status);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
  });

  it('cites ss35, 86 and 91 for the opt-out IMCA', () => {
    const result = niImca({ ...adult, dols: 'authorised', lacksCapacity: 'yes' });
    expect(result.reasons.map((r) => r.cite.provision)).toEqual(['s35(2)–(3)', 's35(4)', 's86(1)', 's91']);
    expect(result.reasons.map((r) => r.cite.url)).toEqual([
      'https://www.legislation.gov.uk/nia/2016/18/section/35',
      'https://www.legislation.gov.uk/nia/2016/18/section/35',
      'https://www.legislation.gov.uk/nia/2016/18/section/86',
      'https://www.legislation.gov.uk/nia/2016/18/section/91',
    ]);
  });

  it('cites SR 2019/163 art 3 for the transitional rule and the 1986 Order for the absence of an IMHA', () => {
    const [transitional, noImha] = niImca({ ...adult, mha: 'detained' }).reasons;
    expect(transitional.cite).toEqual({
      instrument: 'mcaniCommencementOrder2019',
      provision: 'art 3',
      url: 'https://www.legislation.gov.uk/nisr/2019/163/article/3',
    });
    expect(noImha?.cite.instrument).toBe('mhNiOrder1986');
    expect(noImha && englishCitation(noImha.cite)).toBe('Mental Health (Northern Ireland) Order 1986');
  });

  it('is arranged by the Health and Social Care trust (s86(1))', () => {
    expect(niImca({ ...adult, dols: 'authorised' }).arrangedBy).toBe('niImca.arrangedBy');
  });
});

const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
const dolsValues: (Dols | undefined)[] = ['being-assessed', 'authorised', 'none', 'unsure', undefined];
const mhaValues: MhaStatus[] = ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'];
function* everyFacts(): Generator<Facts> {
  for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const mha of mhaValues)
        for (const dols of dolsValues) for (const lacksCapacity of answers) yield { nation, age, mha, dols, lacksCapacity };
}

describe('NI IMCA rule: every result is explained and worded', () => {
  it('gives at least one reason, each cited and worded for "self" and "helper", for every combination of facts', () => {
    for (const facts of everyFacts()) {
      const result = niImca(facts);
      expectWellFormed(result, 'ni-imca', /^https:\/\/www\.legislation\.gov\.uk\//);
    }
  });

  it('reads an unanswered dols as "none" and an unanswered lacksCapacity as "unsure" (README)', () => {
    for (const facts of everyFacts()) {
      const read: Facts = { ...facts, dols: facts.dols ?? 'none', lacksCapacity: facts.lacksCapacity ?? 'unsure' };
      expect(niImca(facts)).toEqual(niImca(read));
    }
  });

  it('speaks of "a deprivation of liberty authorisation", never of DoLS (the NI scheme)', () => {
    const wording = JSON.stringify(en.reasons.niImca);
    expect(wording).toContain('deprivation of liberty authorisation');
    expect(wording).not.toMatch(/DoLS|Deprivation of Liberty Safeguards/);
  });

  it('never says "not entitled" where answering "yes" to an unsure fact would make the person entitled (caution)', () => {
    for (const facts of everyFacts()) {
      if (niImca(facts).status !== 'not-entitled') continue;
      if (facts.dols === 'unsure') {
        for (const dols of ['being-assessed', 'authorised'] as const) expect(niImca({ ...facts, dols }).status).not.toBe('entitled');
      }
    }
  });
});

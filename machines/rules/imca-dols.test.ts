import { describe, expect, it } from 'vitest';
import { englishText } from '../text';
import type { Answer, Dols, Facts, MhaStatus, Nation, Representative, Section, Status } from '../types';
import { imcaDols } from './imca-dols';
import type { RuleResult } from './rule';
import { expectWellFormed as sharedExpectWellFormed, reasonCites, reasonKeys } from './test-support';

// Table tests for the DoLS IMCA rule (MCA 2005 ss39A–39D, s40, Sch A1, Sch 1A, s21A), in the
// order of the `imca-dols` table in shared/law/imca.md: the first row that matches decides.

type Place = Extract<Nation, 'england' | 'wales'>;

/** An adult not under the Act, with no attorney; each case adds the DoLS facts it tests. */
const base = (over: Partial<Facts> = {}, nation: Place = 'england'): Facts => ({
  nation,
  age: '18-plus',
  mha: 'none',
  lacksCapacity: 'yes',
  attorneyOrDeputy: 'no',
  ...over,
});

const expectWellFormed = (r: RuleResult) => {
  sharedExpectWellFormed(r, 'imca-dols');
  expect(r.reasons.every((reason) => reason.vars === undefined)).toBe(true); // no placeholders in DoLS wording
};
const keys = reasonKeys;
const cites = reasonCites;

const challengeIfAuthorised = ['imcaDols.courtChallengeIfAuthorised', 'imcaDols.legalAid'];
const challenge = ['imcaDols.courtChallenge', 'imcaDols.legalAid'];

type Row = { name: string; facts: Facts; status: Status; keys: string[]; cites?: string[] };

function runTable(rows: Row[]) {
  it.each(rows)('$name', ({ facts, status, keys: expectedKeys, cites: expectedCites }) => {
    const result = imcaDols(facts);
    expectWellFormed(result);
    expect(result.status).toBe(status);
    expect(keys(result)).toEqual(expectedKeys);
    if (expectedCites) expect(cites(result)).toEqual(expectedCites);
    expect(result.arrangedBy).toBe(`imcaDols.arrangedBy.${facts.nation}`);
  });
}

describe('imca-dols — row 1: DoLS apply from 18 (Sch A1 para 13)', () => {
  runTable([
    {
      name: 'a 17-year-old with a DoLS request and no one to consult is not entitled (Sch A1 para 13)',
      facts: base({ age: '16-17', dols: 'being-assessed', someoneToConsult: 'no' }),
      status: 'not-entitled',
      keys: ['imcaDols.under18'],
      cites: ['mca2005 Sch A1 para 13'],
    },
    {
      name: 'an under-16 is not entitled, even when unsure about DoLS (Sch A1 para 13)',
      facts: base({ age: 'under-16', dols: 'unsure' }),
      status: 'not-entitled',
      keys: ['imcaDols.under18'],
    },
  ]);
});

describe('imca-dols — row 2: no DoLS (ss39A–39D)', () => {
  runTable([
    {
      name: 'dols none is not entitled: every DoLS IMCA duty needs an authorisation sought or given (ss39A–39D)',
      facts: base({ dols: 'none' }),
      status: 'not-entitled',
      keys: ['imcaDols.noDols'],
      cites: ['mca2005 ss39A–39D'],
    },
    {
      name: 'a detained person with no DoLS gets the Sch 1A reason, which the wizard settles without asking about DoLS (Sch 1A, s39A)',
      facts: base({ mha: 'detained', section: '3' }),
      status: 'not-entitled',
      keys: ['imcaDols.detained'],
    },
    {
      name: 'dols undefined reads as none, even with everything else unsure (s39A; law/README.md situation facts)',
      facts: { nation: 'wales', age: '18-plus', mha: 'unsure' },
      status: 'not-entitled',
      keys: ['imcaDols.noDols'],
    },
  ]);
});

describe('imca-dols — row 3: detained under the Mental Health Act (Sch 1A)', () => {
  it.each(['being-assessed', 'authorised', 'unsure'] as Dols[])(
    'a detained person with dols %s is not entitled; the IMHA is the route (Sch 1A)',
    (dols) => {
      const result = imcaDols(base({ mha: 'detained', section: '3', dols, representative: 'none', someoneToConsult: 'no' }));
      expectWellFormed(result);
      expect(result.status).toBe('not-entitled');
      expect(keys(result)).toEqual(['imcaDols.detained']);
      expect(cites(result)).toEqual(['mca2005 Sch 1A']);
    },
  );

  it.each([
    { nation: 'england', section: '3', key: 'imcaDols.detained' },
    { nation: 'wales', section: '5(2)', key: 'imcaDols.detained' },
    { nation: 'england', section: '5(2)', key: 'imcaDols.detainedSeeImha' },
    { nation: 'england', section: '136', key: 'imcaDols.detainedSeeImha' },
    { nation: 'wales', section: '135', key: 'imcaDols.detainedSeeImha' },
    { nation: 'england', section: 'unsure', key: 'imcaDols.detainedSeeImha' },
  ] as { nation: Place; section: Section; key: string }[])(
    'detained in $nation under section $section: the reason promises an IMHA only where the section gives one (Sch 1A; MHA s130C(2)(a), s130I(2)(a))',
    ({ nation, section, key }) => {
      const result = imcaDols(base({ mha: 'detained', section, treatmentDiscussed: 'none' }, nation));
      expect(result.status).toBe('not-entitled');
      expect(keys(result)).toEqual([key]);
      expect(cites(result)).toEqual(['mca2005 Sch 1A']);
    },
  );

  it('detained under section 136 while a section 57 treatment is discussed: the IMHA right comes from the treatment, so it is promised (MHA s130C(3)(a))', () => {
    expect(keys(imcaDols(base({ mha: 'detained', section: '136', treatmentDiscussed: 's57' })))).toEqual(['imcaDols.detained']);
  });

  it.each(['cto', 'guardianship', 'conditional-discharge', 'informal-inpatient'] as MhaStatus[])(
    'mha %s is not the Sch 1A exclusion the table names: with no one to consult, a DoLS request gives the right (s39A)',
    (mha) => {
      expect(imcaDols(base({ mha, dols: 'being-assessed', someoneToConsult: 'no' })).status).toBe('entitled');
    },
  );

  // 1 December 2026: not sure whether detained turns every "entitled" row into "may be" (Sch 1A).
  it.each([
    [{ dols: 'being-assessed', someoneToConsult: 'no' }, 's39A'],
    [{ dols: 'authorised', representative: 'none', someoneToConsult: 'no' }, 's39C'],
    [{ dols: 'authorised', representative: 'unpaid' }, 's39D'],
  ] as const)('mha unsure: %o may be entitled, checking first whether they are detained (Sch 1A; %s)', (facts, duty) => {
    const result = imcaDols(base({ mha: 'unsure', ...facts }));
    expect(result.status).toBe('may-be-entitled');
    expect(result.reasons[0]?.key).toBe('imcaDols.mhaUnsure');
    expect(result.reasons[0]?.cite.provision).toBe('Sch 1A');
    expect(result.open[0]).toBe('mha');
    expect(result.duty?.provision).toBe(duty);
  });

  it('mha unsure leaves "not entitled" rows as they are (a paid representative)', () => {
    expect(imcaDols(base({ mha: 'unsure', dols: 'authorised', representative: 'paid' })).status).toBe('not-entitled');
  });
});

describe('imca-dols — row 4: an attorney, deputy or nominee (s40(1))', () => {
  runTable([
    {
      name: 'being assessed with an attorney: not entitled, and the court challenge is still open (s40(1), s21A)',
      facts: base({ dols: 'being-assessed', attorneyOrDeputy: 'yes', someoneToConsult: 'no' }),
      status: 'not-entitled',
      keys: ['imcaDols.attorneyOrDeputy', ...challengeIfAuthorised],
      cites: ['mca2005 s40(1)', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'authorised with an unpaid representative and an attorney: not entitled (s40(1) before s39D)',
      facts: base({ dols: 'authorised', representative: 'unpaid', attorneyOrDeputy: 'yes' }),
      status: 'not-entitled',
      keys: ['imcaDols.attorneyOrDeputy', ...challenge],
    },
    {
      name: 'dols unsure with an attorney: not entitled (row 4 before row 5)',
      facts: base({ dols: 'unsure', attorneyOrDeputy: 'yes' }),
      status: 'not-entitled',
      keys: ['imcaDols.attorneyOrDeputy'],
    },
  ]);
});

describe('imca-dols — row 5: not sure about DoLS (caution principle)', () => {
  runTable([
    {
      name: 'dols unsure may be entitled; ask the care home or hospital (s39A)',
      facts: base({ dols: 'unsure', someoneToConsult: 'yes' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.dolsUnsure'],
      cites: ['mca2005 s39A'],
    },
    {
      name: 'in Wales, dols unsure may be entitled, and the wording names the health board for a hospital (s39A)',
      facts: base({ dols: 'unsure' }, 'wales'),
      status: 'may-be-entitled',
      keys: ['imcaDols.dolsUnsureWales'],
    },
  ]);
});

describe('imca-dols — row 6: being assessed, family or friend to consult (s39A)', () => {
  runTable([
    {
      name: 'an attorney decides before family to consult, as in the table (s40(1) before s39A)',
      facts: base({ dols: 'being-assessed', attorneyOrDeputy: 'yes', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imcaDols.attorneyOrDeputy', ...challengeIfAuthorised],
    },
    {
      name: 'being assessed with family to consult: not entitled; an RPR is appointed if authorised (s39A, Sch A1 Part 10, s21A)',
      facts: base({ dols: 'being-assessed', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imcaDols.assessedFamily', 'imcaDols.representativeIfAuthorised', ...challengeIfAuthorised],
      cites: ['mca2005 s39A', 'mca2005 Sch A1 Part 10', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'family to consult decides before an unsure attorney (row 6 before row 9)',
      facts: base({ dols: 'being-assessed', someoneToConsult: 'yes', attorneyOrDeputy: 'unsure' }),
      status: 'not-entitled',
      keys: ['imcaDols.assessedFamily', 'imcaDols.representativeIfAuthorised', ...challengeIfAuthorised],
    },
  ]);
});

describe('imca-dols — row 7: a paid representative (s39D(1), Sch A1 Part 10)', () => {
  runTable([
    {
      name: 'authorised with a paid representative: not entitled — a paid RPR is itself independent (s39D(1), s21A)',
      facts: base({ dols: 'authorised', representative: 'paid' }),
      status: 'not-entitled',
      keys: ['imcaDols.paidRepresentative', ...challenge],
      cites: ['mca2005 s39D(1)', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'with a paid representative and an attorney both, the status is the same and the table gives the attorney first (row 4 before row 7)',
      facts: base({ dols: 'authorised', representative: 'paid', attorneyOrDeputy: 'yes' }),
      status: 'not-entitled',
      keys: ['imcaDols.attorneyOrDeputy', ...challenge],
    },
    {
      name: 'a paid representative decides before an unsure attorney (row 7 before row 9)',
      facts: base({ dols: 'authorised', representative: 'paid', attorneyOrDeputy: 'unsure' }),
      status: 'not-entitled',
      keys: ['imcaDols.paidRepresentative', ...challenge],
    },
  ]);
});

describe('imca-dols — row 8: no representative, family or friend to consult (s39C)', () => {
  runTable([
    {
      name: 'authorised, no representative, family to consult: not entitled; they can become the new RPR (s39C, Sch A1 Part 10)',
      facts: base({ dols: 'authorised', representative: 'none', someoneToConsult: 'yes' }, 'wales'),
      status: 'not-entitled',
      keys: ['imcaDols.noRepresentativeFamily', 'imcaDols.newRepresentativeWales', ...challenge],
      cites: ['mca2005 s39C', 'mca2005 Sch A1 Part 10', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
  ]);
});

describe('imca-dols — row 9: something they were unsure of (caution principle)', () => {
  runTable([
    {
      name: 'being assessed, attorney unsure: may be entitled (s40(1))',
      facts: base({ dols: 'being-assessed', attorneyOrDeputy: 'unsure', someoneToConsult: 'no' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.attorneyUnsure', ...challengeIfAuthorised],
      cites: ['mca2005 s40(1)', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'authorised with an unpaid representative, attorney undefined: may be entitled (s40(1))',
      facts: { nation: 'england', age: '18-plus', mha: 'none', dols: 'authorised', representative: 'unpaid' },
      status: 'may-be-entitled',
      keys: ['imcaDols.attorneyUnsure', ...challenge],
    },
    {
      name: 'being assessed, someone to consult unsure: may be entitled (s39A)',
      facts: base({ dols: 'being-assessed', someoneToConsult: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.consultUnsureAssessed', ...challengeIfAuthorised],
      cites: ['mca2005 s39A', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'being assessed, someone to consult undefined: may be entitled (s39A)',
      facts: base({ dols: 'being-assessed' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.consultUnsureAssessed', ...challengeIfAuthorised],
    },
    {
      name: 'authorised, representative unsure: may be entitled (Sch A1 Part 10)',
      facts: base({ dols: 'authorised', representative: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.representativeUnsure', ...challenge],
      cites: ['mca2005 Sch A1 Part 10', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'authorised, representative undefined: may be entitled (Sch A1 Part 10)',
      facts: base({ dols: 'authorised' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.representativeUnsure', ...challenge],
    },
    {
      name: 'authorised, no representative, someone to consult unsure: may be entitled (s39C)',
      facts: base({ dols: 'authorised', representative: 'none', someoneToConsult: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.consultUnsureNoRepresentative', ...challenge],
      cites: ['mca2005 s39C', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'several unsure answers each say what to check (s40(1), s39C)',
      facts: base({ dols: 'authorised', representative: 'none', attorneyOrDeputy: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imcaDols.attorneyUnsure', 'imcaDols.consultUnsureNoRepresentative', ...challenge],
    },
  ]);
});

describe('imca-dols — rows 10–12: the duties (s39A, s39C, s39D)', () => {
  runTable([
    {
      name: 'being assessed, no one to consult: entitled (s39A), with the RPR and court challenge explained',
      facts: base({ dols: 'being-assessed', someoneToConsult: 'no' }),
      status: 'entitled',
      keys: ['imcaDols.s39A', 'imcaDols.representativeIfAuthorised', ...challengeIfAuthorised],
      cites: ['mca2005 s39A', 'mca2005 Sch A1 Part 10', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'in Wales, authorised, no representative, no one to consult: entitled (s39C)',
      facts: base({ dols: 'authorised', representative: 'none', someoneToConsult: 'no' }, 'wales'),
      status: 'entitled',
      keys: ['imcaDols.s39CWales', 'imcaDols.newRepresentativeWales', ...challenge],
      cites: ['mca2005 s39C', 'mca2005 Sch A1 Part 10', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
    {
      name: 'in Wales, being assessed, no one to consult: entitled (s39A), and the wording names the health board for a hospital',
      facts: base({ dols: 'being-assessed', someoneToConsult: 'no' }, 'wales'),
      status: 'entitled',
      keys: ['imcaDols.s39AWales', 'imcaDols.representativeIfAuthorised', ...challengeIfAuthorised],
    },
    {
      name: 'in Wales, authorised with an unpaid representative: entitled on request (s39D)',
      facts: base({ dols: 'authorised', representative: 'unpaid' }, 'wales'),
      status: 'entitled',
      keys: ['imcaDols.s39DWales', ...challenge],
    },
    {
      name: 'authorised with an unpaid representative: entitled on request (s39D), whether or not there is family to consult',
      facts: base({ dols: 'authorised', representative: 'unpaid', someoneToConsult: 'yes' }),
      status: 'entitled',
      keys: ['imcaDols.s39D', ...challenge],
      cites: ['mca2005 s39D', 'mca2005 s21A', 'legalAidFinancialRegs2013 reg 5(1)(g)'],
    },
  ]);
});

describe('imca-dols — every result is well formed', () => {
  const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
  const cases: Facts[] = [];
  for (const nation of ['england', 'wales'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const mha of ['detained', 'cto', 'none', 'unsure'] as MhaStatus[])
        for (const dols of ['being-assessed', 'authorised', 'none', 'unsure', undefined] as (Dols | undefined)[])
          for (const representative of ['unpaid', 'paid', 'none', 'unsure', undefined] as (Representative | undefined)[])
            for (const someoneToConsult of answers)
              for (const attorneyOrDeputy of answers)
                cases.push({ nation, age, mha, dols, representative, someoneToConsult, attorneyOrDeputy } as Facts);

  it(`all ${cases.length} combinations give at least one reason, each with a citation and English wording for "self" and "helper"`, () => {
    for (const f of cases) expectWellFormed(imcaDols(f));
  });

  it('names the supervisory body as the nation has it: never a health board in England; in Wales, the health board for a hospital (MCA Sch A1)', () => {
    for (const f of cases) {
      const texts = imcaDols(f).reasons.map((r) => englishText('reasons', r.key, r.vars));
      const naming = texts.filter((t) => /council/.test(t) && /must (appoint|instruct)|asked the council/.test(t));
      if (f.nation === 'england')
        expect(
          texts.filter((t) => /health board/.test(t)),
          JSON.stringify(f),
        ).toEqual([]);
      else for (const t of naming) expect(t, JSON.stringify(f)).toMatch(/health board/);
    }
  });

  it('whenever DoLS is being assessed or authorised for an adult not detained, the court challenge is explained (s21A)', () => {
    for (const f of cases) {
      if (f.age === '18-plus' && f.mha !== 'detained' && (f.dols === 'being-assessed' || f.dols === 'authorised')) {
        expect(
          imcaDols(f).reasons.some((r) => r.cite.provision === 's21A'),
          JSON.stringify(f),
        ).toBe(true);
      }
    }
  });

  it('never says not entitled only because the attorney, family or representative is unsure (law/README.md, caution)', () => {
    const favourable = { someoneToConsult: 'no', attorneyOrDeputy: 'no' } as const;
    for (const f of cases) {
      const sure = { ...f } as Facts;
      for (const fact of Object.keys(favourable) as (keyof typeof favourable)[]) {
        if (f[fact] === undefined || f[fact] === 'unsure') sure[fact] = favourable[fact];
      }
      for (const representative of ['unpaid', 'none'] as const) {
        const withRep = f.representative === undefined || f.representative === 'unsure' ? { ...sure, representative } : sure;
        if (imcaDols(withRep).status === 'entitled' && imcaDols(f).status === 'not-entitled') expect.fail(JSON.stringify(f));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Age, Facts, MhaStatus, Nation, Section, Status, TreatmentDiscussed } from '../types';
import { hasImhaRight, imha, imhaTeller, imhaTurnsOnTreatment, imhaVisitRequests } from './imha';
import type { RuleResult } from './rule';
import { expectWellFormed as sharedExpectWellFormed, reasonCites, reasonKeys } from './test-support';

// Table tests for the IMHA rule (MHA 1983 ss130C, 130I, 130J), England and Wales.

type Place = Extract<Nation, 'england' | 'wales'>;

const facts = (nation: Place, over: Partial<Facts> = {}): Facts => ({ nation, age: '18-plus', mha: 'none', ...over });

/** The `_self` and `_helper` wording of a reasons key, or undefined when it is missing. */

const expectWellFormed = (r: RuleResult) => {
  sharedExpectWellFormed(r, 'imha', /^https:\/\/www\.legislation\.gov\.uk\/ukpga\/(1983\/20|2025\/33)\//);
};
const keys = reasonKeys;
const cites = reasonCites;
const provisions = (r: RuleResult) => r.reasons.map((reason) => reason.cite.provision);

const qualifyingSections: Section[] = ['2', '3', '35', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49', 'other'];

describe('imha — detained (s130C(2)(a) England, s130I(2)(a) Wales)', () => {
  it.each(
    qualifyingSections.flatMap((section) => [
      { nation: 'england' as const, section, provision: 's130C(2)(a)' },
      { nation: 'wales' as const, section, provision: 's130I(2)(a)' },
    ]),
  )('in $nation, a person detained under section $section is entitled ($provision)', ({ nation, section, provision }) => {
    const result = imha(facts(nation, { mha: 'detained', section }));
    expectWellFormed(result);
    expect(result.status).toBe('entitled');
    expect(provisions(result)).toEqual([provision]);
    expect(result.arrangedBy).toBe(`imha.arrangedBy.${nation}.hospital`);
  });

  it.each([
    { section: '4', nation: 'england', status: 'not-entitled', provision: 's130C(2)(a)' },
    { section: '5(2)', nation: 'england', status: 'not-entitled', provision: 's130C(2)(a)' },
    { section: '5(4)', nation: 'england', status: 'not-entitled', provision: 's130C(2)(a)' },
    { section: '135', nation: 'england', status: 'not-entitled', provision: 's130C(2)(a)' },
    { section: '136', nation: 'england', status: 'not-entitled', provision: 's130C(2)(a)' },
    { section: '4', nation: 'wales', status: 'entitled', provision: 's130I(2)(a)' },
    { section: '5(2)', nation: 'wales', status: 'entitled', provision: 's130I(2)(a)' },
    { section: '5(4)', nation: 'wales', status: 'entitled', provision: 's130I(2)(a)' },
  ] as { section: Section; nation: Place; status: Status; provision: string }[])(
    'in $nation, section $section is $status under $provision (no special treatment discussed)',
    ({ section, nation, status, provision }) => {
      const result = imha(facts(nation, { mha: 'detained', section, treatmentDiscussed: 'none' }));
      expectWellFormed(result);
      expect(result.status).toBe(status);
      expect(result.reasons[0]?.cite.provision).toBe(provision);
      expect(result.reasons[0]?.vars).toEqual({ section });
      // Only a qualifying patient is owed the duty to be told (s130D / s130K).
      expect(result.arrangedBy).toBe(`imha.arrangedBy.${nation}.${status === 'entitled' ? 'hospital' : 'general'}`);
    },
  );

  it('in England, s4 says a second doctor’s recommendation makes it section 2 and gives the right (s4(4))', () => {
    const result = imha(facts('england', { mha: 'detained', section: '4' }));
    expect(keys(result)).toEqual(['imha.excludedShortEngland', 'imha.section4SecondDoctor']);
    expect(result.reasons[1]?.cite.provision).toBe('s4(4)');
    expect(result.reasons[1]?.cite.url).toBe('https://www.legislation.gov.uk/ukpga/1983/20/section/4');
  });

  it.each([
    { nation: 'england', section: '5(2)', first: 'imha.excludedShortEngland' },
    { nation: 'england', section: '5(4)', first: 'imha.excludedShortEngland' },
    { nation: 'england', section: '135', first: 'imha.excludedPlaceOfSafety' },
    { nation: 'england', section: '136', first: 'imha.excludedPlaceOfSafety' },
  ] as { nation: Place; section: Section; first: string }[])(
    'in $nation, section $section says detention under section 2 or 3 would give the right (s130C(2)(a) / s130I(2)(a))',
    ({ nation, section, first }) => {
      expect(keys(imha(facts(nation, { mha: 'detained', section })))).toEqual([first, 'imha.thenDetained']);
    },
  );

  it.each([
    { nation: 'england', section: 'unsure', key: 'imha.sectionUnsureEngland', provision: 's130C(2)(a)' },
    { nation: 'england', section: undefined, key: 'imha.sectionUnsureEngland', provision: 's130C(2)(a)' },
    { nation: 'wales', section: 'unsure', key: 'imha.sectionUnsureWales', provision: 's130I(2)(a)' },
    { nation: 'wales', section: undefined, key: 'imha.sectionUnsureWales', provision: 's130I(2)(a)' },
  ] as { nation: Place; section: Section | undefined; key: string; provision: string }[])(
    'in $nation, a detained person whose section is $section may be entitled and is told to check the section papers ($provision)',
    ({ nation, section, key, provision }) => {
      const result = imha(facts(nation, { mha: 'detained', ...(section ? { section } : {}) }));
      expectWellFormed(result);
      expect(result.status).toBe('may-be-entitled');
      expect(keys(result)).toEqual([key]);
      expect(provisions(result)).toEqual([provision]);
    },
  );

  // 1 December 2026: a s57 treatment, or ECT under 18, gives the right whatever the row (s130C(3), s130I(3)).
  it.each([
    { nation: 'england', treatment: 's57', age: '18-plus', status: 'entitled', keys: ['imha.s57Treatment'] },
    { nation: 'wales', treatment: 'ect', age: '16-17', status: 'entitled', keys: ['imha.ectUnder18'] },
    { nation: 'wales', treatment: 'ect', age: '18-plus', status: 'may-be-entitled', keys: ['imha.sectionUnsureWales'] },
    {
      nation: 'england',
      treatment: 'unsure',
      age: '18-plus',
      status: 'may-be-entitled',
      keys: ['imha.sectionUnsureEngland', 'imha.treatmentUnsure'],
    },
  ] as { nation: Place; treatment: TreatmentDiscussed; age: Age; status: Status; keys: string[] }[])(
    'in $nation, section unsure with $treatment discussed at $age is $status (s130C(3) / s130I(3))',
    ({ nation, treatment, age, status, keys: expected }) => {
      const result = imha(facts(nation, { mha: 'detained', section: 'unsure', age, treatmentDiscussed: treatment }));
      expectWellFormed(result);
      expect(result.status).toBe(status);
      expect(keys(result)).toEqual(expected);
    },
  );
});

describe('imha — Wales, section 135 or 136 (s130I(2)(a), s130J(2)(c))', () => {
  it.each(['135', '136'] as Section[])(
    'section %s in Wales may be entitled: held in a hospital, they may be a Welsh informal patient',
    (section) => {
      const result = imha(facts('wales', { mha: 'detained', section, treatmentDiscussed: 'none' }));
      expectWellFormed(result);
      expect(result.status).toBe('may-be-entitled');
      expect(keys(result)).toEqual(['imha.excludedPlaceOfSafetyWales', 'imha.placeOfSafetyInHospitalWales']);
      expect(cites(result)).toEqual(['mha1983 s130I(2)(a)', 'mha1983 s130J']);
      expect(result.open).toEqual(['placeOfSafety']);
      expect(result.arrangedBy).toBe('imha.arrangedBy.wales.informal');
      expect(result.duty?.provision).toBe('s130L');
    },
  );

  it('a s57 treatment gives the right at once, whatever the place (s130I(3))', () => {
    expect(imha(facts('wales', { mha: 'detained', section: '136', treatmentDiscussed: 's57' })).status).toBe('entitled');
  });
});

describe('imha — the treatment rule for excluded sections, informal (England) and none (s130C(3) / s130I(3))', () => {
  // rowFirst: the row is already "may be" (Wales s135/s136), so its own reasons come first.
  type Row = {
    nation: Place;
    mha: MhaStatus;
    section?: Section;
    age: Age;
    treatment?: TreatmentDiscussed;
    status: Status;
    provision?: string;
    rowFirst?: boolean;
  };
  const rows: Row[] = [
    // England, excluded sections
    { nation: 'england', mha: 'detained', section: '4', age: '18-plus', treatment: 's57', status: 'entitled', provision: 's130C(3)(a)' },
    { nation: 'england', mha: 'detained', section: '5(2)', age: '16-17', treatment: 'ect', status: 'entitled', provision: 's130C(3)(b)' },
    {
      nation: 'england',
      mha: 'detained',
      section: '5(4)',
      age: 'under-16',
      treatment: 'ect',
      status: 'entitled',
      provision: 's130C(3)(b)',
    },
    { nation: 'england', mha: 'detained', section: '136', age: '18-plus', treatment: 'ect', status: 'not-entitled' },
    {
      nation: 'england',
      mha: 'detained',
      section: '135',
      age: '18-plus',
      treatment: 'unsure',
      status: 'may-be-entitled',
      provision: 's130C(3)',
    },
    { nation: 'england', mha: 'detained', section: '136', age: '18-plus', treatment: undefined, status: 'not-entitled' },
    // Wales, excluded sections
    { nation: 'wales', mha: 'detained', section: '136', age: '18-plus', treatment: 's57', status: 'entitled', provision: 's130I(3)' },
    { nation: 'wales', mha: 'detained', section: '135', age: '16-17', treatment: 'ect', status: 'entitled', provision: 's130I(3)' },
    {
      nation: 'wales',
      mha: 'detained',
      section: '136',
      age: '16-17',
      treatment: 'unsure',
      status: 'may-be-entitled',
      provision: 's130I(2)(a)',
      rowFirst: true,
    },
    {
      nation: 'wales',
      mha: 'detained',
      section: '135',
      age: '18-plus',
      treatment: 'ect',
      status: 'may-be-entitled',
      provision: 's130I(2)(a)',
      rowFirst: true,
    },
    // England, informal in-patients
    { nation: 'england', mha: 'informal-inpatient', age: '18-plus', treatment: 's57', status: 'entitled', provision: 's130C(3)(a)' },
    { nation: 'england', mha: 'informal-inpatient', age: '16-17', treatment: 'ect', status: 'entitled', provision: 's130C(3)(b)' },
    { nation: 'england', mha: 'informal-inpatient', age: 'under-16', treatment: 'ect', status: 'entitled', provision: 's130C(3)(b)' },
    { nation: 'england', mha: 'informal-inpatient', age: '18-plus', treatment: 'ect', status: 'not-entitled' },
    { nation: 'england', mha: 'informal-inpatient', age: '18-plus', treatment: 'unsure', status: 'may-be-entitled', provision: 's130C(3)' },
    { nation: 'england', mha: 'informal-inpatient', age: '18-plus', treatment: 'none', status: 'not-entitled' },
    { nation: 'england', mha: 'informal-inpatient', age: '16-17', treatment: undefined, status: 'not-entitled' },
    // none, both nations
    { nation: 'england', mha: 'none', age: '18-plus', treatment: 's57', status: 'entitled', provision: 's130C(3)(a)' },
    { nation: 'england', mha: 'none', age: '16-17', treatment: 'ect', status: 'entitled', provision: 's130C(3)(b)' },
    { nation: 'england', mha: 'none', age: '18-plus', treatment: 'unsure', status: 'may-be-entitled', provision: 's130C(3)' },
    { nation: 'england', mha: 'none', age: '18-plus', treatment: undefined, status: 'not-entitled' },
    { nation: 'wales', mha: 'none', age: '18-plus', treatment: 's57', status: 'entitled', provision: 's130I(3)' },
    { nation: 'wales', mha: 'none', age: 'under-16', treatment: 'ect', status: 'entitled', provision: 's130I(3)' },
    { nation: 'wales', mha: 'none', age: '18-plus', treatment: 'ect', status: 'not-entitled' },
    { nation: 'wales', mha: 'none', age: '16-17', treatment: 'unsure', status: 'may-be-entitled', provision: 's130I(3)' },
    { nation: 'wales', mha: 'none', age: '18-plus', treatment: 'none', status: 'not-entitled' },
  ];

  it.each(rows)(
    'in $nation, mha $mha (section $section), age $age, treatment discussed $treatment: $status $provision',
    ({ nation, mha, section, age, treatment, status, provision, rowFirst }) => {
      const result = imha(
        facts(nation, { mha, age, ...(section ? { section } : {}), ...(treatment ? { treatmentDiscussed: treatment } : {}) }),
      );
      expectWellFormed(result);
      expect(result.status).toBe(status);
      if (status === 'entitled') {
        expect(provisions(result)).toEqual([provision]);
        expect(result.arrangedBy).toBe(`imha.arrangedBy.${nation}.treatment`);
      }
      if (status === 'may-be-entitled' && rowFirst) {
        expect(result.reasons[0]?.key).toBe('imha.excludedPlaceOfSafetyWales');
        expect(result.reasons[0]?.cite.provision).toBe(provision);
      } else if (status === 'may-be-entitled') {
        expect(result.reasons[0]?.key).toBe(age === '18-plus' ? 'imha.treatmentUnsure' : 'imha.treatmentUnsureYoung');
        expect(result.reasons[0]?.cite.provision).toBe(provision);
        expect(result.reasons.length).toBeGreaterThan(1); // and why the status alone gives no right
      }
      if (treatment === 'unsure') expect(result.open).toContain('treatmentDiscussed');
    },
  );

  it('in England, s4 with the treatment unsure says what to ask the doctor and still explains the second recommendation (s130C(3), s4(4))', () => {
    const result = imha(facts('england', { mha: 'detained', section: '4', treatmentDiscussed: 'unsure' }));
    expect(keys(result)).toEqual(['imha.treatmentUnsure', 'imha.excludedShortEngland', 'imha.section4SecondDoctor']);
    expect(result.arrangedBy).toBe('imha.arrangedBy.england.treatment');
  });

  it('an English informal in-patient unsure of the treatment is not told twice about treatments (s130C(3))', () => {
    const result = imha(facts('england', { mha: 'informal-inpatient', age: '16-17', treatmentDiscussed: 'unsure' }));
    expect(keys(result)).toEqual(['imha.treatmentUnsureYoung', 'imha.informalEngland', 'imha.informalEnglandFuture']);
  });

  it('an English informal in-patient who is not entitled is told what the law says now, what would change it, and that the Mental Health Act 2025 will (s130C(2), (3); MHA 2025 s40, Sch 3, not in force)', () => {
    const result = imha(facts('england', { mha: 'informal-inpatient', treatmentDiscussed: 'none' }));
    expect(result.status).toBe('not-entitled');
    expect(keys(result)).toEqual(['imha.informalEngland', 'imha.treatmentWouldChange', 'imha.informalEnglandFuture']);
    expect(cites(result)).toEqual(['mha1983 s130C(2)', 'mha1983 s130C(3)', 'mha2025 s40']);
    expect(result.reasons[2]?.cite.notInForce).toBe(true);
    expect(result.reasons[2]?.cite.url).toBe('https://www.legislation.gov.uk/ukpga/2025/33/section/40');
    expect(result.basis).toBe('informalEngland');
  });

  it('an under-18 not entitled is told that ECT or a s57 treatment would give the right (s130C(3)(b))', () => {
    const result = imha(facts('england', { mha: 'none', age: '16-17' }));
    expect(keys(result)).toEqual(['imha.notUnderAct', 'imha.treatmentWouldChangeYoung']);
  });

  it('in Wales, someone not under the Act is told that any in-patient stay for mental health would give the right (s130J)', () => {
    const result = imha(facts('wales', { mha: 'none' }));
    expect(keys(result)).toEqual(['imha.notUnderAct', 'imha.treatmentWouldChange', 'imha.walesInpatientsQualify']);
    expect(result.reasons[2]?.cite.provision).toBe('s130J');
  });
});

describe('imha — CTO, guardianship, conditional discharge (s130C(2)(c), (b), (a); s130I(2))', () => {
  it.each([
    { nation: 'england', mha: 'cto', provision: 's130C(2)(c)', teller: 'cto' },
    { nation: 'england', mha: 'guardianship', provision: 's130C(2)(b)', teller: 'guardianship' },
    { nation: 'england', mha: 'conditional-discharge', provision: 's130C(2)(a)', teller: 'conditionalDischarge' },
    { nation: 'wales', mha: 'cto', provision: 's130I(2)', teller: 'cto' },
    { nation: 'wales', mha: 'guardianship', provision: 's130I(2)', teller: 'guardianship' },
    { nation: 'wales', mha: 'conditional-discharge', provision: 's130I(2)', teller: 'conditionalDischarge' },
  ] as { nation: Place; mha: MhaStatus; provision: string; teller: string }[])(
    'in $nation, a person with mha $mha is entitled ($provision)',
    ({ nation, mha, provision, teller }) => {
      for (const age of ['under-16', '16-17', '18-plus'] as const) {
        const result = imha(facts(nation, { mha, age }));
        expectWellFormed(result);
        expect(result.status).toBe('entitled');
        expect(provisions(result)).toEqual([provision]);
        expect(result.arrangedBy).toBe(`imha.arrangedBy.${nation}.${teller}`);
      }
    },
  );
});

describe('imha — informal in-patients in Wales (s130J)', () => {
  it.each([
    { age: 'under-16', treatment: undefined },
    { age: '16-17', treatment: 'none' },
    { age: '18-plus', treatment: 'unsure' },
    { age: '18-plus', treatment: 'ect' },
  ] as { age: Age; treatment?: TreatmentDiscussed }[])(
    'every in-patient in a Welsh hospital is entitled, at age $age and whatever treatment is discussed ($treatment)',
    ({ age, treatment }) => {
      const result = imha(facts('wales', { mha: 'informal-inpatient', age, ...(treatment ? { treatmentDiscussed: treatment } : {}) }));
      expectWellFormed(result);
      expect(result.status).toBe('entitled');
      expect(keys(result)).toEqual(['imha.informalWales']);
      expect(provisions(result)).toEqual(['s130J']);
    },
  );
});

describe('imha — not sure whether under the Act (caution principle)', () => {
  it.each([
    { nation: 'england', treatment: undefined, keys: ['imha.mhaUnsure'], provisions: ['s130C(2)'] },
    { nation: 'wales', treatment: 'none', keys: ['imha.mhaUnsure', 'imha.walesInpatientsQualify'], provisions: ['s130I(2)', 's130J'] },
    {
      nation: 'wales',
      treatment: 'unsure',
      keys: ['imha.mhaUnsure', 'imha.walesInpatientsQualify', 'imha.treatmentUnsure'],
      provisions: ['s130I(2)', 's130J', 's130I(3)'],
    },
  ] as { nation: Place; treatment?: TreatmentDiscussed; keys: string[]; provisions: string[] }[])(
    'in $nation, mha unsure (treatment $treatment) may be entitled and says whom to ask ($provisions)',
    ({ nation, treatment, keys: expected, provisions: expectedProvisions }) => {
      const result = imha(facts(nation, { mha: 'unsure', ...(treatment ? { treatmentDiscussed: treatment } : {}) }));
      expectWellFormed(result);
      expect(result.status).toBe('may-be-entitled');
      expect(keys(result)).toEqual(expected);
      expect(provisions(result)).toEqual(expectedProvisions);
      expect(result.arrangedBy).toBe(`imha.arrangedBy.${nation}.general`);
    },
  );
});

describe('imha — not sure whether under the Act, with a s57 treatment discussed (s130C(3)(a))', () => {
  it('is entitled whatever the status: the treatment makes anyone a qualifying patient', () => {
    const result = imha(facts('england', { mha: 'unsure', treatmentDiscussed: 's57' }));
    expect(result.status).toBe('entitled');
    expect(keys(result)).toEqual(['imha.s57Treatment']);
    expect(imhaTeller(result)).toBe('treatment');
  });
});

describe('imha — structured conclusions for the rest of the tool', () => {
  it('names what is still to check, and the duty to tell the person (s130D / s130K, s130L)', () => {
    expect(imha(facts('england', { mha: 'detained', section: 'unsure' })).open).toEqual(['section']);
    expect(imha(facts('england', { mha: 'unsure' })).open).toEqual(['mha']);
    expect(imha(facts('england', { mha: 'none', treatmentDiscussed: 'unsure' })).open).toEqual(['treatmentDiscussed']);
    expect(imha(facts('england', { mha: 'detained', section: '3' })).duty?.provision).toBe('s130D');
    expect(imha(facts('wales', { mha: 'cto' })).duty?.provision).toBe('s130K');
    expect(imha(facts('wales', { mha: 'informal-inpatient' })).duty?.provision).toBe('s130L');
    expect(imha(facts('england', { mha: 'none' })).duty).toBeUndefined();
  });

  it.each([
    [facts('england', { mha: 'detained', section: '3' }), { list: 'england', provision: 's130B(5)' }],
    [facts('wales', { mha: 'cto' }), { list: 'walesCompulsory', provision: 's130H(3)' }],
    [facts('wales', { mha: 'informal-inpatient' }), { list: 'walesInformal', provision: 's130H(4)' }],
    [facts('england', { mha: 'none', treatmentDiscussed: 's57' }), undefined],
    [facts('england', { mha: 'detained', section: '136' }), undefined],
  ] as [Facts, { list: string; provision: string } | undefined][])('who can ask an IMHA to visit: %o', (f, expected) => {
    const visit = imhaVisitRequests(imha(f), f.nation);
    expect(visit ? { list: visit.list, provision: visit.cite.provision } : undefined).toEqual(expected);
  });

  it.each([
    [{ nation: 'england', mha: 'detained', section: '3' }, false],
    [{ nation: 'england', mha: 'detained', section: '136' }, true],
    [{ nation: 'england', mha: 'detained', section: 'unsure' }, true],
    [{ nation: 'england', mha: 'informal-inpatient' }, true],
    [{ nation: 'wales', mha: 'informal-inpatient' }, false],
    [{ nation: 'wales', mha: 'detained', section: '4' }, false],
    [{ nation: 'wales', mha: 'detained', section: '135' }, true],
    [{ nation: 'wales', mha: 'unsure' }, true],
    [{ nation: 'scotland', mha: 'none' }, false],
  ] as [Partial<Facts>, boolean][])('a treatment discussion can change the result for %o: %s', (known, turns) => {
    expect(imhaTurnsOnTreatment({ age: '18-plus', ...known })).toBe(turns);
  });
});

describe('imha — every result is well formed', () => {
  const sections: (Section | undefined)[] = [...qualifyingSections, '4', '5(2)', '5(4)', '135', '136', 'unsure', undefined];
  const statuses: MhaStatus[] = ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'];
  const treatments: (TreatmentDiscussed | undefined)[] = ['s57', 'ect', 'none', 'unsure', undefined];
  const cases = (['england', 'wales'] as const).flatMap((nation) =>
    statuses.flatMap((mha) =>
      (mha === 'detained' ? sections : [undefined]).flatMap((section) =>
        treatments.flatMap((treatment) =>
          (['under-16', '16-17', '18-plus'] as const).map((age) =>
            facts(nation, { mha, age, ...(section ? { section } : {}), ...(treatment ? { treatmentDiscussed: treatment } : {}) }),
          ),
        ),
      ),
    ),
  );

  it(`all ${cases.length} combinations give at least one reason, each with a citation and English wording for "self" and "helper"`, () => {
    for (const f of cases) expectWellFormed(imha(f));
  });

  it('never says not entitled when the person is unsure of their status, section or treatment (law/README.md, caution)', () => {
    for (const f of cases) {
      const unsure =
        f.mha === 'unsure' || (f.mha === 'detained' && (f.section ?? 'unsure') === 'unsure') || f.treatmentDiscussed === 'unsure';
      if (unsure) expect(imha(f).status, JSON.stringify(f)).not.toBe('not-entitled');
    }
  });
});

describe('hasImhaRight — the predicate other rules use to point to the IMHA', () => {
  it.each([
    { nation: 'england', section: '3', right: true },
    { nation: 'england', section: '136', right: false },
    { nation: 'england', section: '5(2)', right: false },
    { nation: 'wales', section: '5(2)', right: true },
    { nation: 'wales', section: '136', right: false },
    { nation: 'england', section: 'unsure', right: false },
  ] as { nation: 'england' | 'wales'; section: Section; right: boolean }[])(
    'a person detained in $nation under section $section has the right only where the section gives it (s130C(2)(a) / s130I(2)(a))',
    ({ nation, section, right }) => {
      expect(hasImhaRight(facts(nation, { mha: 'detained', section, treatmentDiscussed: 'none' }))).toBe(right);
    },
  );

  it('is true exactly when the rule says entitled (s130C, s130I)', () => {
    for (const nation of ['england', 'wales'] as const)
      for (const mha of ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'] as MhaStatus[])
        for (const treatmentDiscussed of ['s57', 'ect', 'none', 'unsure'] as TreatmentDiscussed[]) {
          const f = facts(nation, { mha, section: '136', treatmentDiscussed, age: '16-17' });
          expect(hasImhaRight(f)).toBe(imha(f).status === 'entitled');
        }
  });
});

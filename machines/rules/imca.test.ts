import { describe, expect, it } from 'vitest';
import type { Answer, Decision, Facts, MhaStatus, Nation, Section, Status, TreatmentDiscussed } from '../types';
import { imca, part4Case } from './imca';
import type { RuleResult } from './rule';
import { expectWellFormed as sharedExpectWellFormed, reasonCites, reasonKeys } from './test-support';

// Table tests for the IMCA rule (MCA 2005 ss37–40; SI 2006/2883; SI 2007/852), in the order of
// the decision table in shared/law/imca.md: the first row that matches decides.

type Place = Extract<Nation, 'england' | 'wales'>;

/** Facts on which every condition of the s37 duty is met; each case changes what it tests. */
const base = (over: Partial<Facts> = {}, nation: Place = 'england'): Facts => ({
  nation,
  age: '18-plus',
  mha: 'none',
  decision: 'serious-medical-treatment',
  treatmentFor: 'physical',
  lacksCapacity: 'yes',
  someoneToConsult: 'no',
  attorneyOrDeputy: 'no',
  ...over,
});

const expectWellFormed = (r: RuleResult) => {
  sharedExpectWellFormed(r, 'imca');
};
const keys = reasonKeys;
const cites = reasonCites;

type Row = { name: string; facts: Facts; status: Status; keys: string[]; cites?: string[] };

function runTable(rows: Row[]) {
  it.each(rows)('$name', ({ facts, status, keys: expectedKeys, cites: expectedCites }) => {
    const result = imca(facts);
    expectWellFormed(result);
    expect(result.status).toBe(status);
    expect(keys(result)).toEqual(expectedKeys);
    if (expectedCites) expect(cites(result)).toEqual(expectedCites);
    expect(result.arrangedBy).toBe(`imca.arrangedBy.${facts.nation}`);
  });
}

describe('imca — row 1: under 16 (MCA s2(5))', () => {
  runTable([
    {
      name: 'a 15-year-old is not entitled even when every other condition is met (s2(5))',
      facts: base({ age: 'under-16' }),
      status: 'not-entitled',
      keys: ['imca.under16'],
      cites: ['mca2005 s2(5)'],
    },
    {
      name: 'a 15-year-old facing a safeguarding decision is not offered one either: row 1 comes first (s2(5))',
      facts: base({ age: 'under-16', decision: 'safeguarding' }),
      status: 'not-entitled',
      keys: ['imca.under16'],
    },
  ]);
});

describe('imca — row 2: no decision an IMCA covers (ss37–39)', () => {
  runTable([
    {
      name: 'decision none is not entitled (ss37–39)',
      facts: base({ decision: 'none' }),
      status: 'not-entitled',
      keys: ['imca.noDecision'],
      cites: ['mca2005 ss37–39'],
    },
    {
      name: 'decision undefined reads as none, even with capacity unsure (ss37–39; law/README.md situation facts)',
      facts: { nation: 'england', age: '18-plus', mha: 'none', lacksCapacity: 'unsure' },
      status: 'not-entitled',
      keys: ['imca.noDecision'],
    },
  ]);
});

describe('imca — row 3: can make the decision (ss37(1), 38(1), 39(1); reg 4)', () => {
  runTable([
    {
      name: 'serious medical treatment, has capacity: not entitled (s37(1))',
      facts: base({ lacksCapacity: 'no' }),
      status: 'not-entitled',
      keys: ['imca.hasCapacity'],
      cites: ['mca2005 s37(1)'],
    },
    {
      name: 'accommodation, has capacity: not entitled (ss38(1), 39(1))',
      facts: base({ decision: 'accommodation', lacksCapacity: 'no', longStay: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.hasCapacity'],
      cites: ['mca2005 ss38(1), 39(1)'],
    },
    {
      name: 'safeguarding, has capacity: not entitled — row 3 comes before the safeguarding power (SI 2006/2883 reg 4)',
      facts: base({ decision: 'safeguarding', lacksCapacity: 'no' }),
      status: 'not-entitled',
      keys: ['imca.hasCapacity'],
      cites: ['imcaExpansionRegs2006 reg 4'],
    },
  ]);
});

describe('imca — row 4: safeguarding is a power (SI 2006/2883 reg 4; SI 2007/852 in Wales)', () => {
  runTable([
    {
      name: 'in England, safeguarding may be offered even with family and an attorney (reg 4, reg 5)',
      facts: base({ decision: 'safeguarding', someoneToConsult: 'yes', attorneyOrDeputy: 'yes' }),
      status: 'may-be-offered',
      keys: ['imca.safeguardingPower', 'imca.particularBenefit'],
      cites: ['imcaExpansionRegs2006 reg 4', 'imcaExpansionRegs2006 reg 5'],
    },
    {
      name: 'in Wales, safeguarding may be offered, citing the Welsh Regulations (SI 2007/852)',
      facts: base({ decision: 'safeguarding' }, 'wales'),
      status: 'may-be-offered',
      keys: ['imca.safeguardingPower', 'imca.particularBenefit'],
      cites: ['imcaWalesRegs2007', 'imcaWalesRegs2007'],
    },
    {
      name: 'safeguarding with capacity unsure is still may-be-offered (reg 4)',
      facts: base({ decision: 'safeguarding', lacksCapacity: 'unsure' }),
      status: 'may-be-offered',
      keys: ['imca.safeguardingPower', 'imca.particularBenefit'],
    },
  ]);
});

describe('imca — rows 5 and 6: not sure what is being decided (1 December 2026)', () => {
  runTable([
    {
      name: 'not sure what is being decided, nobody to consult: may be entitled, and says to ask what is decided (ss37–39)',
      facts: base({ decision: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imca.decisionUnsure'],
      cites: ['mca2005 ss37–39'],
    },
    {
      name: 'not sure what is being decided, with family to consult: only the adult-protection power may be offered (reg 4)',
      facts: base({ decision: 'unsure', someoneToConsult: 'yes' }),
      status: 'may-be-offered',
      keys: ['imca.decisionUnsurePower', 'imca.particularBenefit'],
      cites: ['imcaExpansionRegs2006 reg 4', 'imcaExpansionRegs2006 reg 5'],
    },
    {
      name: 'not sure what is being decided, with an attorney: only the adult-protection power may be offered (reg 4)',
      facts: base({ decision: 'unsure', attorneyOrDeputy: 'yes' }),
      status: 'may-be-offered',
      keys: ['imca.decisionUnsurePower', 'imca.particularBenefit'],
    },
    {
      name: 'not sure what is being decided, but able to decide: not entitled (row 3 first)',
      facts: base({ decision: 'unsure', lacksCapacity: 'no' }),
      status: 'not-entitled',
      keys: ['imca.hasCapacity'],
    },
    {
      name: 'not sure what is being decided, nor about capacity, family or attorney: may be entitled, naming each (ss37–39, s40(1))',
      facts: base({ decision: 'unsure', lacksCapacity: 'unsure', someoneToConsult: 'unsure', attorneyOrDeputy: undefined }),
      status: 'may-be-entitled',
      keys: ['imca.decisionUnsure', 'imca.capacityUnsure', 'imca.consultUnsure', 'imca.attorneyUnsure'],
    },
  ]);

  it('names what is still to check, and the duties it may be', () => {
    const result = imca(base({ decision: 'unsure', lacksCapacity: 'unsure' }));
    expect(result.open).toEqual(['decision', 'lacksCapacity']);
    expect(result.duty?.provision).toBe('ss37–39');
  });
});

describe('imca — row 7: an attorney, deputy or nominee (s40(1))', () => {
  runTable([
    {
      name: 'serious medical treatment with an attorney: not entitled (s40(1))',
      facts: base({ attorneyOrDeputy: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
      cites: ['mca2005 s40(1)'],
    },
    {
      name: 'with an attorney and the Part 4 exclusion both, the status is the same and the table gives the attorney first (s40(1) before s37(2))',
      facts: base({ attorneyOrDeputy: 'yes', mha: 'detained', section: '3', treatmentFor: 'mental' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
    },
    {
      name: 'with an attorney and a short stay both, the table gives the attorney first (s40(1) before ss38, 39)',
      facts: base({ attorneyOrDeputy: 'yes', decision: 'accommodation', longStay: 'no' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
    },
    {
      name: 'an attorney decides before family to consult, as in the table (s40(1) before s37(1)(b))',
      facts: base({ attorneyOrDeputy: 'yes', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
    },
    {
      name: 'an attorney decides before the unsure row: not entitled, not may-be (s40(1) before row 11)',
      facts: base({ attorneyOrDeputy: 'yes', lacksCapacity: 'unsure', mha: 'detained', section: 'unsure', treatmentFor: 'mental' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
    },
    {
      name: 'an accommodation review with an attorney: not entitled, not offered (s40(1))',
      facts: base({ decision: 'accommodation-review', attorneyOrDeputy: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.attorneyOrDeputy'],
    },
  ]);
});

describe('imca — row 6: treatment regulated by Part 4 or 4A of the MHA (MCA s37(2); MHA s56)', () => {
  const part4Sections: Section[] = ['2', '3', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49'];
  const excluded = ['imca.part4Excluded', 'imca.imhaInstead'];

  it.each(
    part4Sections.flatMap((section) => [
      { nation: 'england' as const, section, imha: 's130C(2)(a)' },
      { nation: 'wales' as const, section, imha: 's130I(2)(a)' },
    ]),
  )(
    'in $nation, mental health treatment while detained under section $section is not entitled (s37(2), s56(3)); IMHA $imha',
    ({ nation, section, imha }) => {
      const result = imca(base({ mha: 'detained', section, treatmentFor: 'mental' }, nation));
      expectWellFormed(result);
      expect(result.status).toBe('not-entitled');
      expect(keys(result)).toEqual(['imca.part4.detained', ...excluded]);
      expect(cites(result)).toEqual(['mha1983 s56(3)', 'mca2005 s37(2)', `mha1983 ${imha}`]);
      expect(result.reasons[0]?.vars).toEqual({ section });
    },
  );

  runTable([
    {
      name: 'mental health treatment on a CTO is not entitled (s37(2); MHA Part 4A)',
      facts: base({ mha: 'cto', treatmentFor: 'mental' }),
      status: 'not-entitled',
      keys: ['imca.part4.cto', ...excluded],
      cites: ['mha1983 Part 4A', 'mca2005 s37(2)', 'mha1983 s130C(2)(c)'],
    },
    {
      name: 'a s57 treatment is excluded for anyone, even an informal adult (s37(2), MHA s56(2))',
      facts: base({ mha: 'informal-inpatient', treatmentFor: 'mental', treatmentDiscussed: 's57' }),
      status: 'not-entitled',
      keys: ['imca.part4.s57', ...excluded],
      cites: ['mha1983 s56(2)', 'mca2005 s37(2)', 'mha1983 s130C(3)'],
    },
    {
      name: 'in Wales, ECT for a 16-year-old not under the Act is excluded (s37(2), MHA s56(5), s58A)',
      facts: base({ age: '16-17', treatmentFor: 'mental', treatmentDiscussed: 'ect' }, 'wales'),
      status: 'not-entitled',
      keys: ['imca.part4.ectUnder18', ...excluded],
      cites: ['mha1983 s56(5)', 'mca2005 s37(2)', 'mha1983 s130I(3)'],
    },
    {
      name: 'ECT for an adult not under the Act is not excluded: entitled (s37(1); s58A applies to adults only when detained)',
      facts: base({ treatmentFor: 'mental', treatmentDiscussed: 'ect' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'physical treatment of a person detained under section 3 is not excluded: entitled (s37(1), (3))',
      facts: base({ mha: 'detained', section: '3', treatmentFor: 'physical' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
      cites: ['mca2005 s37(1), (3)'],
    },
    {
      name: 'mental health treatment under section 136 is not under Part 4: entitled (s37(1); MHA s56(3))',
      facts: base({ mha: 'detained', section: '136', treatmentFor: 'mental' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'mental health treatment of a guardianship patient is not under Part 4: entitled (s37(1))',
      facts: base({ mha: 'guardianship', treatmentFor: 'mental' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'mental health treatment of a conditionally discharged patient is not under Part 4: entitled (s37(1))',
      facts: base({ mha: 'conditional-discharge', treatmentFor: 'mental' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'a detained person’s section settles the exclusion whatever special treatment is discussed (s56(3) before s56(2))',
      facts: base({ mha: 'detained', section: '2', age: '16-17', treatmentFor: 'mental', treatmentDiscussed: 's57' }),
      status: 'not-entitled',
      keys: ['imca.part4.detained', ...excluded],
    },
    {
      name: 'the Part 4 exclusion decides before family to consult (s37(2) before s37(1)(b))',
      facts: base({ mha: 'cto', treatmentFor: 'mental', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.part4.cto', ...excluded],
    },
  ]);
});

describe('imca — row 7: a short stay (ss38, 39)', () => {
  runTable([
    {
      name: 'accommodation with longStay no: not entitled, and an IMCA is needed if the stay later looks longer (ss38, 39)',
      facts: base({ decision: 'accommodation', longStay: 'no' }),
      status: 'not-entitled',
      keys: ['imca.shortStay'],
      cites: ['mca2005 ss38, 39'],
    },
    {
      name: 'a short stay decides before capacity unsure and family to consult (row 7 before rows 9 and 11)',
      facts: base({ decision: 'accommodation', longStay: 'no', lacksCapacity: 'unsure', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.shortStay'],
    },
  ]);
});

describe('imca — row 8: the place is required by the Mental Health Act (ss38(2), 39(3))', () => {
  it.each(['detained', 'cto', 'guardianship', 'conditional-discharge'] as MhaStatus[])(
    'accommodation required by the MHA while %s: not entitled, an IMHA can help (ss38(2), 39(3))',
    (mha) => {
      const result = imca(
        base({
          decision: 'accommodation',
          longStay: 'yes',
          requiredByMha: 'yes',
          mha,
          ...(mha === 'detained' ? { section: '3' as const } : {}),
        }),
      );
      expectWellFormed(result);
      expect(result.status).toBe('not-entitled');
      expect(keys(result)).toEqual(['imca.requiredByMha', 'imca.imhaInstead']);
      expect(cites(result)).toEqual(['mca2005 ss38(2), 39(3)', 'mha1983 s130C(2)']);
    },
  );

  it.each([
    { nation: 'england', section: '5(2)', key: 'imca.imhaIfEntitled' },
    { nation: 'england', section: '136', key: 'imca.imhaIfEntitled' },
    { nation: 'england', section: 'unsure', key: 'imca.imhaIfEntitled' },
    { nation: 'wales', section: '136', key: 'imca.imhaIfEntitled' },
    { nation: 'wales', section: '5(2)', key: 'imca.imhaInstead' },
    { nation: 'england', section: '37/41', key: 'imca.imhaInstead' },
  ] as { nation: Place; section: Section; key: string }[])(
    'detained in $nation under section $section, the place required by the MHA: the IMHA is promised only where the section gives one (ss38(2), 39(3); MHA s130C(2)(a), s130I(2)(a))',
    ({ nation, section, key }) => {
      const result = imca(
        base(
          { decision: 'accommodation', longStay: 'yes', requiredByMha: 'yes', mha: 'detained', section, treatmentDiscussed: 'none' },
          nation,
        ),
      );
      expect(result.status).toBe('not-entitled');
      expect(keys(result)).toEqual(['imca.requiredByMha', key]);
    },
  );

  runTable([
    {
      name: 'in Wales, the IMHA reason cites s130I(2) (ss38(2), 39(3))',
      facts: base({ decision: 'accommodation', longStay: 'yes', requiredByMha: 'yes', mha: 'guardianship' }, 'wales'),
      status: 'not-entitled',
      keys: ['imca.requiredByMha', 'imca.imhaInstead'],
      cites: ['mca2005 ss38(2), 39(3)', 'mha1983 s130I(2)'],
    },
    {
      name: 'requiredByMha yes does not exclude someone not under the Act: entitled (ss38(3), 39(4))',
      facts: base({ decision: 'accommodation', longStay: 'yes', requiredByMha: 'yes', mha: 'informal-inpatient' }),
      status: 'entitled',
      keys: ['imca.entitledAccommodation'],
      cites: ['mca2005 ss38(3), 39(4)'],
    },
    {
      name: 'an after-care move not required by the Act, for a CTO patient: entitled (s39, s117 accommodation)',
      facts: base({ decision: 'accommodation', longStay: 'yes', requiredByMha: 'no', mha: 'cto' }),
      status: 'entitled',
      keys: ['imca.entitledAccommodation'],
    },
  ]);
});

describe('imca — row 9: a family member or friend to consult (ss37(1)(b), 38(1), 39(1); s4(7))', () => {
  runTable([
    {
      name: 'serious medical treatment with family to consult: not entitled; they should be consulted (s37(1)(b), s4(7)(b))',
      facts: base({ someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.someoneToConsult', 'imca.familyConsulted'],
      cites: ['mca2005 s37(1)(b)', 'mca2005 s4(7)(b)'],
    },
    {
      name: 'accommodation with family to consult: not entitled (ss38(1), 39(1), s4(7)(b))',
      facts: base({ decision: 'accommodation', longStay: 'yes', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.someoneToConsult', 'imca.familyConsulted'],
      cites: ['mca2005 ss38(1), 39(1)', 'mca2005 s4(7)(b)'],
    },
    {
      name: 'accommodation review with family to consult: not offered (SI 2006/2883 reg 3)',
      facts: base({ decision: 'accommodation-review', someoneToConsult: 'yes' }),
      status: 'not-entitled',
      keys: ['imca.someoneToConsult', 'imca.familyConsulted'],
      cites: ['imcaExpansionRegs2006 reg 3', 'mca2005 s4(7)(b)'],
    },
    {
      name: 'family to consult decides before capacity unsure (row 9 before row 11)',
      facts: base({ someoneToConsult: 'yes', lacksCapacity: 'unsure', attorneyOrDeputy: 'unsure' }),
      status: 'not-entitled',
      keys: ['imca.someoneToConsult', 'imca.familyConsulted'],
    },
  ]);
});

describe('imca — row 10: accommodation review is a power (SI 2006/2883 reg 3; SI 2007/852 in Wales)', () => {
  runTable([
    {
      name: 'in England, a review may be offered, and any attorney or deputy — even for money only — rules it out (reg 3, reg 5)',
      facts: base({ decision: 'accommodation-review' }),
      status: 'may-be-offered',
      keys: ['imca.reviewPower', 'imca.reviewAttorney', 'imca.particularBenefit'],
      cites: ['imcaExpansionRegs2006 reg 3', 'imcaExpansionRegs2006 reg 3', 'imcaExpansionRegs2006 reg 5'],
    },
    {
      name: 'in Wales, a review may be offered, citing the Welsh Regulations (SI 2007/852)',
      facts: base({ decision: 'accommodation-review' }, 'wales'),
      status: 'may-be-offered',
      keys: ['imca.reviewPower', 'imca.reviewAttorneyWales', 'imca.particularBenefit'],
      cites: ['imcaWalesRegs2007', 'imcaWalesRegs2007', 'imcaWalesRegs2007'],
    },
    {
      name: 'a review with capacity, family and attorney all unsure is may-be-offered, not may-be-entitled (row 10 before row 11)',
      facts: base({ decision: 'accommodation-review', lacksCapacity: 'unsure', someoneToConsult: 'unsure', attorneyOrDeputy: 'unsure' }),
      status: 'may-be-offered',
      keys: ['imca.reviewPower', 'imca.reviewAttorney', 'imca.particularBenefit'],
    },
  ]);
});

describe('imca — row 11: something they were unsure of (caution principle)', () => {
  const answers: (Answer | undefined)[] = ['unsure', undefined];
  it.each(
    answers.flatMap((answer) => [
      { fact: 'lacksCapacity', answer, key: 'imca.capacityUnsure', cite: 'mca2005 s37(1)' },
      { fact: 'someoneToConsult', answer, key: 'imca.consultUnsure', cite: 'mca2005 s37(1)(b)' },
      { fact: 'attorneyOrDeputy', answer, key: 'imca.attorneyUnsure', cite: 'mca2005 s40(1)' },
    ]),
  )('serious medical treatment with $fact $answer may be entitled ($cite)', ({ fact, answer, key, cite }) => {
    const facts = base();
    if (answer === undefined) delete (facts as unknown as Record<string, unknown>)[fact];
    else (facts as unknown as Record<string, unknown>)[fact] = answer;
    const result = imca(facts);
    expectWellFormed(result);
    expect(result.status).toBe('may-be-entitled');
    expect(keys(result)).toEqual([key]);
    expect(cites(result)).toEqual([cite]);
  });

  runTable([
    {
      name: 'accommodation with longStay unsure may be entitled (ss38, 39)',
      facts: base({ decision: 'accommodation', longStay: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imca.longStayUnsure'],
      cites: ['mca2005 ss38, 39'],
    },
    {
      name: 'accommodation with longStay undefined may be entitled (ss38, 39)',
      facts: base({ decision: 'accommodation' }),
      status: 'may-be-entitled',
      keys: ['imca.longStayUnsure'],
    },
    {
      name: 'accommodation with requiredByMha unsure while on a CTO may be entitled (ss38(2), 39(3))',
      facts: base({ decision: 'accommodation', longStay: 'yes', mha: 'cto', requiredByMha: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imca.requiredByMhaUnsure'],
      cites: ['mca2005 ss38(2), 39(3)'],
    },
    {
      name: 'accommodation with requiredByMha undefined while detained may be entitled (ss38(2), 39(3))',
      facts: base({ decision: 'accommodation', longStay: 'yes', mha: 'detained', section: '3' }),
      status: 'may-be-entitled',
      keys: ['imca.requiredByMhaUnsure'],
    },
    {
      name: 'accommodation with requiredByMha unsure for someone not under the Act is entitled (ss38(1), 39(1))',
      facts: base({ decision: 'accommodation', longStay: 'yes', mha: 'none', requiredByMha: 'unsure' }),
      status: 'entitled',
      keys: ['imca.entitledAccommodation'],
    },
    {
      name: 'mental health treatment while detained under an "other" section may be entitled: not known to be under Part 4 (s37(2))',
      facts: base({ mha: 'detained', section: 'other', treatmentFor: 'mental' }),
      status: 'may-be-entitled',
      keys: ['imca.sectionUnknown'],
      cites: ['mca2005 s37(2)'],
    },
    {
      name: 'mental health treatment while detained, section unsure, may be entitled (s37(2))',
      facts: base({ mha: 'detained', section: 'unsure', treatmentFor: 'mental' }),
      status: 'may-be-entitled',
      keys: ['imca.sectionUnknown'],
    },
    {
      name: 'mental health treatment while detained, section undefined, may be entitled (s37(2))',
      facts: base({ mha: 'detained', treatmentFor: 'mental' }),
      status: 'may-be-entitled',
      keys: ['imca.sectionUnknown'],
    },
    {
      name: 'treatment of unknown kind while detained under section 3 may be entitled: it may be for a mental disorder (s37(2))',
      facts: base({ mha: 'detained', section: '3', treatmentFor: undefined }),
      status: 'may-be-entitled',
      keys: ['imca.treatmentForUnknown'],
      cites: ['mca2005 s37(2)'],
    },
    {
      name: 'treatment of unknown kind on a CTO may be entitled (s37(2))',
      facts: base({ mha: 'cto', treatmentFor: undefined }),
      status: 'may-be-entitled',
      keys: ['imca.treatmentForUnknown'],
    },
    {
      name: 'treatment of unknown kind while a s57 treatment is discussed may be entitled (s37(2), MHA s56(2))',
      facts: base({ treatmentFor: undefined, treatmentDiscussed: 's57' }),
      status: 'may-be-entitled',
      keys: ['imca.treatmentForUnknown'],
    },
    {
      name: 'treatment of unknown kind while held under section 136 is entitled: Part 4 does not apply to s136, so what it is for changes nothing (MHA s56(3))',
      facts: base({ mha: 'detained', section: '136', treatmentFor: undefined }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    ...(['4', '5(2)', '5(4)', '35', '135', '136'] as const).map((section) => ({
      name: `mental health treatment while held under section ${section} is entitled: outside Part 4 (MHA s56(3))`,
      facts: base({ mha: 'detained', section, treatmentFor: 'mental' }),
      status: 'entitled' as const,
      keys: ['imca.entitledTreatment'],
    })),
    {
      name: 'mental health treatment while held under section 4, but a s57 treatment is discussed: Part 4 applies to anyone (MHA s56(2))',
      facts: base({ mha: 'detained', section: '4', treatmentFor: 'mental', treatmentDiscussed: 's57' }),
      status: 'not-entitled',
      keys: ['imca.part4.s57', 'imca.part4Excluded', 'imca.imhaInstead'],
    },
    {
      name: 'ECT for an adult voluntary patient is not under Part 4 (s58A applies to adults only while detained): entitled',
      facts: base({ mha: 'informal-inpatient', treatmentFor: 'mental', treatmentDiscussed: 'ect' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'treatment of unknown kind for someone not under the Act is entitled (s37(1))',
      facts: base({ treatmentFor: undefined }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'several unsure answers each say what to check (s37(1), s37(2), s37(1)(b), s40(1))',
      facts: base({
        mha: 'detained',
        section: 'unsure',
        treatmentFor: 'mental',
        lacksCapacity: 'unsure',
        someoneToConsult: 'unsure',
        attorneyOrDeputy: 'unsure',
      }),
      status: 'may-be-entitled',
      keys: ['imca.capacityUnsure', 'imca.sectionUnknown', 'imca.consultUnsure', 'imca.attorneyUnsure'],
    },
  ]);
});

describe('imca — row 12: otherwise entitled (ss37, 38, 39)', () => {
  runTable([
    {
      name: 'serious medical treatment, no one to consult, no attorney: entitled — the duty is s37(3), where s37(1) applies (s37(1), (3))',
      facts: base(),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
      cites: ['mca2005 s37(1), (3)'],
    },
    {
      name: 'in Wales, a long stay with no one to consult: entitled — the duty is in ss38(3), 39(4)',
      facts: base({ decision: 'accommodation', longStay: 'yes' }, 'wales'),
      status: 'entitled',
      keys: ['imca.entitledAccommodation'],
      cites: ['mca2005 ss38(3), 39(4)'],
    },
    {
      name: 'a 16-year-old facing serious medical treatment with no one to consult: entitled (s2(5): the Act applies from 16)',
      facts: base({ age: '16-17' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'mental health treatment, unsure whether under the Mental Health Act: may be entitled, since Part 4 may regulate it (s37(2))',
      facts: base({ mha: 'unsure', treatmentFor: 'mental' }),
      status: 'may-be-entitled',
      keys: ['imca.mhaStatusUnsure'],
    },
    {
      name: 'physical treatment, unsure whether under the Mental Health Act: entitled, Part 4 is only for mental disorder (s37(2))',
      facts: base({ mha: 'unsure', treatmentFor: 'physical' }),
      status: 'entitled',
      keys: ['imca.entitledTreatment'],
    },
    {
      name: 'mental health treatment, unsure which special treatment is discussed: may be entitled (s37(2), MHA s56(2))',
      facts: base({ treatmentFor: 'mental', treatmentDiscussed: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imca.specialTreatmentUnsure'],
    },
    {
      name: 'accommodation, unsure whether under the Mental Health Act, and whether it requires the place: may be entitled (ss38(2), 39(3))',
      facts: base({ decision: 'accommodation', longStay: 'yes', mha: 'unsure', requiredByMha: 'unsure' }),
      status: 'may-be-entitled',
      keys: ['imca.mhaStatusUnsurePlace'],
    },
    {
      name: 'accommodation, unsure whether under the Mental Health Act, but the place is not one it requires: entitled (ss38(2), 39(3))',
      facts: base({ decision: 'accommodation', longStay: 'yes', mha: 'unsure', requiredByMha: 'no' }),
      status: 'entitled',
      keys: ['imca.entitledAccommodation'],
    },
  ]);
});

describe('imca — Part 4 certain or possible (s37(2), MHA s56)', () => {
  it.each([
    [{ mha: 'cto' }, 'cto', []],
    [{ mha: 'detained', section: '3' }, 'detained', []],
    [{ mha: 'none', treatmentDiscussed: 's57' }, 's57', []],
    [{ mha: 'none', treatmentDiscussed: 'ect', age: '16-17' }, 'ectUnder18', []],
    [{ mha: 'none', treatmentDiscussed: 'ect', age: '18-plus' }, undefined, []],
    [{ mha: 'detained', section: 'other' }, undefined, ['section']],
    [{ mha: 'detained', section: 'unsure' }, undefined, ['section']],
    [{ mha: 'detained', section: '136' }, undefined, []],
    [{ mha: 'unsure', treatmentDiscussed: 'unsure' }, undefined, ['mha', 'treatmentDiscussed']],
  ] as const)('%o: certain %s, doubts %o', (facts, certain, doubts) => {
    expect(part4Case(facts as Partial<Facts>)).toEqual(certain ? { certain, doubts } : { doubts });
  });
});

describe('imca — every result is well formed', () => {
  const decisions: (Decision | undefined)[] = [
    'serious-medical-treatment',
    'accommodation',
    'accommodation-review',
    'safeguarding',
    'none',
    'unsure',
    undefined,
  ];
  const answers: (Answer | undefined)[] = ['yes', 'no', 'unsure', undefined];
  const mhas: { mha: MhaStatus; section?: Section }[] = [
    { mha: 'none' },
    { mha: 'unsure' },
    { mha: 'cto' },
    { mha: 'guardianship' },
    { mha: 'detained', section: '3' },
    { mha: 'detained', section: '136' },
    { mha: 'detained', section: 'other' },
    { mha: 'detained' },
  ];
  const treatments: (TreatmentDiscussed | undefined)[] = ['s57', 'ect', 'unsure', undefined];
  const cases: Facts[] = [];
  for (const nation of ['england', 'wales'] as const)
    for (const age of ['under-16', '16-17', '18-plus'] as const)
      for (const decision of decisions)
        for (const lacksCapacity of answers)
          for (const someoneToConsult of answers)
            for (const attorneyOrDeputy of answers)
              for (const m of mhas)
                for (const treatmentFor of ['physical', 'mental', undefined] as const)
                  for (const treatmentDiscussed of treatments)
                    for (const longStay of ['no', 'unsure'] as const)
                      cases.push({
                        nation,
                        age,
                        ...m,
                        decision,
                        lacksCapacity,
                        someoneToConsult,
                        attorneyOrDeputy,
                        treatmentFor,
                        treatmentDiscussed,
                        longStay,
                        requiredByMha: 'unsure',
                      } as Facts);

  it(`all ${cases.length} combinations give at least one reason, each with a citation and English wording for "self" and "helper"`, () => {
    // Checked once per distinct reason, so that the whole space stays quick to run.
    const seen = new Map<string, RuleResult>();
    for (const f of cases) {
      const result = imca(f);
      const signature = `${result.status}|${result.arrangedBy}|${result.reasons.map((r) => `${r.key}:${r.cite.url}:${r.cite.provision}:${JSON.stringify(r.vars ?? {})}`).join(',')}`;
      if (!seen.has(signature)) seen.set(signature, result);
    }
    for (const result of seen.values()) expectWellFormed(result);
  });

  it('never says not entitled only because capacity, family or attorney is unsure (law/README.md, caution)', () => {
    const favourable = { lacksCapacity: 'yes', someoneToConsult: 'no', attorneyOrDeputy: 'no' } as const;
    for (const f of cases) {
      const sure = { ...f } as Facts;
      for (const fact of Object.keys(favourable) as (keyof typeof favourable)[]) {
        if (f[fact] === undefined || f[fact] === 'unsure') sure[fact] = favourable[fact];
      }
      if (imca(sure).status === 'entitled' && imca(f).status === 'not-entitled') expect.fail(JSON.stringify(f));
    }
  });
});

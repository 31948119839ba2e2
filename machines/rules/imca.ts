// Mental Capacity Act 2005, ss35–41 — Independent Mental Capacity Advocates (IMCA) for decisions
// about serious medical treatment (s37) and where someone lives (ss38–39), with the powers to
// instruct one for accommodation reviews and adult protection (England: IMCA (Expansion of Role)
// Regulations 2006, SI 2006/2883, regs 3–5; Wales: IMCA (Wales) Regulations 2007, SI 2007/852).
// Applies in England and Wales only: `assess` calls this rule for those nations.
// The decision table in shared/law/imca.md is applied in order; the first row that matches decides.
// The statuses are exactly the table's. Row 5 (attorney) is checked after rows 6–8: all four give
// "not entitled", so only the reason given changes (see row 5 below).
// Checked 2026-11-25.
//
// not modelled: urgent treatment may go ahead before an IMCA is involved (s37(4)); the facts do
// not say whether treatment is urgent, and the duty still applies afterwards.
// not modelled: the facts do not separate a health and welfare attorney from one for money only;
// `attorneyOrDeputy` means one with authority over this decision, as s40 requires.

import type { Citation, Facts, Section } from '../types';
import { cite } from './citations';
import { hasImhaRight } from './imha';
import { because, type ReasonSpec, type RuleResult, type Rule } from './rule';

type Reasons = [ReasonSpec, ...ReasonSpec[]];
type Place = 'england' | 'wales';
type ImcaDecision = 'serious-medical-treatment' | 'accommodation' | 'accommodation-review' | 'safeguarding';

const placeOf = (facts: Facts): Place => (facts.nation === 'wales' ? 'wales' : 'england');

// — the law each condition rests on —

// s2(5): no power under the Act is exercisable in relation to a person under 16.
const s2_5_under16 = cite('mca2005', 's2(5)', 'section/2');
// ss37–39: the decisions that bring the IMCA duties into play.
const ss37to39_decisions = cite('mca2005', 'ss37–39', 'section/37');
const s37_1_seriousMedicalTreatment = cite('mca2005', 's37(1)', 'section/37');
// s37(3): the duty itself — the NHS body must instruct an IMCA (s37(1) says when it applies).
const s37_1_3_treatmentDuty = cite('mca2005', 's37(1), (3)', 'section/37');
const s37_1_b_noOneToConsult = cite('mca2005', 's37(1)(b)', 'section/37');
const s37_2_part4Excluded = cite('mca2005', 's37(2)', 'section/37');
const ss38_39_accommodation = cite('mca2005', 'ss38(1), 39(1)', 'section/38');
// s38(3), s39(4): the duty itself — the NHS body or council must instruct an IMCA.
const ss38_3_39_4_accommodationDuty = cite('mca2005', 'ss38(3), 39(4)', 'section/38');
const ss38_39_stayLength = cite('mca2005', 'ss38, 39', 'section/38');
const ss38_2_39_3_requiredByMha = cite('mca2005', 'ss38(2), 39(3)', 'section/38');
const s40_1_attorneyOrDeputy = cite('mca2005', 's40(1)', 'section/40');
// s4(7)(b): whoever decides must take into account the views of anyone caring for the person or
// interested in their welfare — the family member or friend is consulted instead of an IMCA.
const s4_7_consultFamily = cite('mca2005', 's4(7)(b)', 'section/4');

// The powers. England: SI 2006/2883 reg 3 (accommodation review), reg 4 (adult protection).
// Wales: SI 2007/852 makes the same two powers; its regulation numbers could not be confirmed
// when this was checked, so it is cited as a whole.
const reviewPower: Record<Place, Citation> = {
  england: cite('imcaExpansionRegs2006', 'reg 3', 'regulation/3'),
  wales: cite('imcaWalesRegs2007', ''),
};
const safeguardingPower: Record<Place, Citation> = {
  england: cite('imcaExpansionRegs2006', 'reg 4', 'regulation/4'),
  wales: cite('imcaWalesRegs2007', ''),
};
// reg 5: the power is used where an IMCA would be "of particular benefit" to the person.
const particularBenefit: Record<Place, Citation> = {
  england: cite('imcaExpansionRegs2006', 'reg 5', 'regulation/5'),
  wales: cite('imcaWalesRegs2007', ''),
};

// Where an IMHA helps instead (MHA 1983 s130C England, s130I Wales).
const imhaFor: Record<Place, { detained: Citation; cto: Citation; treatment: Citation; underTheAct: Citation }> = {
  england: {
    detained: cite('mha1983', 's130C(2)(a)', 'section/130C'),
    cto: cite('mha1983', 's130C(2)(c)', 'section/130C'),
    treatment: cite('mha1983', 's130C(3)', 'section/130C'),
    underTheAct: cite('mha1983', 's130C(2)', 'section/130C'),
  },
  wales: {
    detained: cite('mha1983', 's130I(2)(a)', 'section/130I'),
    cto: cite('mha1983', 's130I(2)', 'section/130I'),
    treatment: cite('mha1983', 's130I(3)', 'section/130I'),
    underTheAct: cite('mha1983', 's130I(2)', 'section/130I'),
  },
};

// — the Part 4 / 4A exclusion from the serious medical treatment duty (s37(2)) —

// MHA 1983 s56(3): Part 4 applies to these sections. It does not apply to s4 (before a second
// recommendation), s5(2), s5(4), s35, s135, s136 or place-of-safety directions, which a person
// would answer as `other` — so `other` is not known to be excluded.
const part4Sections: readonly Section[] = ['2', '3', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49'];

type Part4Ground = 'detained' | 'cto' | 's57' | 'ectUnder18';

/**
 * Why treatment for a mental disorder would be regulated by Part 4 or 4A of the MHA, "unknown"
 * when a detained person's section is unsure or not listed, or undefined when it would not be.
 */
function part4GroundIfMental(facts: Facts): Part4Ground | 'unknown' | undefined {
  // The person's status first: it settles the question whatever treatment is discussed.
  if (facts.mha === 'cto') return 'cto'; // Part 4A, or Part 4 if recalled
  const section = facts.section ?? 'unsure';
  if (facts.mha === 'detained' && part4Sections.includes(section)) return 'detained';
  if (facts.treatmentDiscussed === 's57') return 's57'; // s56(2): s57 applies to anyone
  if (facts.treatmentDiscussed === 'ect' && facts.age === '16-17') return 'ectUnder18'; // s56(5), s58A
  if (facts.mha === 'detained' && (section === 'other' || section === 'unsure')) return 'unknown';
  return undefined;
}

const part4Why: Record<Part4Ground, Citation> = {
  detained: cite('mha1983', 's56(3)', 'section/56'),
  cto: cite('mha1983', 'Part 4A', 'part/4A'),
  s57: cite('mha1983', 's56(2)', 'section/56'),
  ectUnder18: cite('mha1983', 's56(5)', 'section/56'),
};

/**
 * The IMHA helps instead only if the person has the right to one: not every section gives it
 * (MHA s130C(2)(a) / s130I(2)(a)), and an unsure section may or may not. Otherwise say "if".
 */
const imhaInstead = (facts: Facts, source: Citation): ReasonSpec =>
  because(hasImhaRight(facts) ? 'imca.imhaInstead' : 'imca.imhaIfEntitled', source);

const underTheAct = (facts: Facts) =>
  facts.mha === 'detained' || facts.mha === 'cto' || facts.mha === 'guardianship' || facts.mha === 'conditional-discharge';

// — reasons shared by several rows —

/** The condition on someone to consult, as the provision for this decision words it. */
function consultProvision(decision: ImcaDecision, place: Place): Citation {
  if (decision === 'serious-medical-treatment') return s37_1_b_noOneToConsult;
  if (decision === 'accommodation') return ss38_39_accommodation;
  return decision === 'accommodation-review' ? reviewPower[place] : safeguardingPower[place];
}

function dutyProvision(decision: ImcaDecision, place: Place): Citation {
  if (decision === 'serious-medical-treatment') return s37_1_seriousMedicalTreatment;
  return consultProvision(decision, place);
}

/**
 * Points the table leaves to the person to check, without changing the status: whether they are
 * under the Mental Health Act at all, or whether a s57 treatment is being discussed, can decide
 * whether the Act covers this decision instead (s37(2), ss38(2), 39(3)).
 */
function mhaCaveats(facts: Facts, part4: Part4Ground | 'unknown' | undefined): ReasonSpec[] {
  const caveats: ReasonSpec[] = [];
  const mayBeMental = facts.treatmentFor !== 'physical';
  if (facts.decision === 'serious-medical-treatment' && mayBeMental && part4 === undefined) {
    if (facts.mha === 'unsure') caveats.push(because('imca.mhaStatusUnsure', s37_2_part4Excluded));
    if (facts.treatmentDiscussed === 'unsure') caveats.push(because('imca.specialTreatmentUnsure', s37_2_part4Excluded));
  }
  if (facts.decision === 'accommodation' && facts.mha === 'unsure') {
    caveats.push(because('imca.mhaStatusUnsurePlace', ss38_2_39_3_requiredByMha));
  }
  return caveats;
}

const result = (status: RuleResult['status'], reasons: Reasons, facts: Facts): RuleResult => ({
  kind: 'imca',
  status,
  reasons,
  arrangedBy: `imca.arrangedBy.${placeOf(facts)}`,
});

// — the rule —

export const imca: Rule = (facts) => {
  const place = placeOf(facts);

  // 1. The Mental Capacity Act, and so the IMCA service, apply from 16.
  if (facts.age === 'under-16') return result('not-entitled', [because('imca.under16', s2_5_under16)], facts);

  // 2. No decision of the kind an IMCA covers (`decision` undefined means none).
  const decision = facts.decision ?? 'none';
  if (decision === 'none') return result('not-entitled', [because('imca.noDecision', ss37to39_decisions)], facts);

  // 3. They can make the decision themselves.
  if (facts.lacksCapacity === 'no') {
    return result('not-entitled', [because('imca.hasCapacity', dutyProvision(decision, place))], facts);
  }

  // 4. Adult protection: a power, even with family, friends or an attorney (reg 4).
  if (decision === 'safeguarding') {
    return result(
      'may-be-offered',
      [because('imca.safeguardingPower', safeguardingPower[place]), because('imca.particularBenefit', particularBenefit[place])],
      facts,
    );
  }

  // 6. Treatment for a mental disorder regulated by Part 4 or 4A of the MHA (s37(2)).
  const part4 = part4GroundIfMental(facts);
  if (decision === 'serious-medical-treatment' && facts.treatmentFor === 'mental' && part4 !== undefined && part4 !== 'unknown') {
    const imha = part4 === 'detained' || part4 === 'cto' ? imhaFor[place][part4] : imhaFor[place].treatment;
    return result(
      'not-entitled',
      [
        because(`imca.part4.${part4}`, part4Why[part4], part4 === 'detained' ? { section: facts.section ?? '' } : undefined),
        because('imca.part4Excluded', s37_2_part4Excluded),
        imhaInstead(facts, imha),
      ],
      facts,
    );
  }

  // 7. A short stay: no duty now, but one arises if the stay later looks longer.
  if (decision === 'accommodation' && facts.longStay === 'no') {
    return result('not-entitled', [because('imca.shortStay', ss38_39_stayLength)], facts);
  }

  // 8. The Mental Health Act decides where they must be (s38(2), s39(3)).
  if (decision === 'accommodation' && facts.requiredByMha === 'yes' && underTheAct(facts)) {
    return result(
      'not-entitled',
      [because('imca.requiredByMha', ss38_2_39_3_requiredByMha), imhaInstead(facts, imhaFor[place].underTheAct)],
      facts,
    );
  }

  // 5. An attorney, deputy or nominee speaks for them on this decision (s40). The table puts this
  // row before rows 6–8; all four give "not entitled", so checking it after them changes no status,
  // only which reason is given: the exclusion, which the wizard settles without asking about an
  // attorney, and which points to the IMHA.
  if (facts.attorneyOrDeputy === 'yes') {
    return result('not-entitled', [because('imca.attorneyOrDeputy', s40_1_attorneyOrDeputy)], facts);
  }

  // 9. A family member or friend can be consulted: an IMCA is for people who have no one.
  if (facts.someoneToConsult === 'yes') {
    return result(
      'not-entitled',
      [because('imca.someoneToConsult', consultProvision(decision, place)), because('imca.familyConsulted', s4_7_consultFamily)],
      facts,
    );
  }

  // 10. Accommodation review: a power (reg 3), which any attorney or deputy rules out.
  if (decision === 'accommodation-review') {
    return result(
      'may-be-offered',
      [
        because('imca.reviewPower', reviewPower[place]),
        because(place === 'wales' ? 'imca.reviewAttorneyWales' : 'imca.reviewAttorney', reviewPower[place]),
        because('imca.particularBenefit', particularBenefit[place]),
      ],
      facts,
    );
  }

  // 11. Something they were unsure of decides it (caution: never "not entitled" for that).
  const caveats = mhaCaveats(facts, part4);
  const [firstUnsure, ...moreUnsure] = unsureReasons(facts, decision, place, part4);
  if (firstUnsure) return result('may-be-entitled', [firstUnsure, ...moreUnsure, ...caveats], facts);

  // 12. Every condition of the duty is met: the duty is s37(3) (treatment) or s38(3), s39(4) (accommodation).
  const entitled =
    decision === 'serious-medical-treatment'
      ? because('imca.entitledTreatment', s37_1_3_treatmentDuty)
      : because('imca.entitledAccommodation', ss38_3_39_4_accommodationDuty);
  return result('entitled', [entitled, ...caveats], facts);
};

/** What to check, for each fact the person was unsure of (undefined counts as unsure). */
function unsureReasons(
  facts: Facts,
  decision: 'serious-medical-treatment' | 'accommodation',
  place: Place,
  part4: ReturnType<typeof part4GroundIfMental>,
): ReasonSpec[] {
  const reasons: ReasonSpec[] = [];
  const isUnsure = (answer: Facts['lacksCapacity']) => answer === undefined || answer === 'unsure';

  if (isUnsure(facts.lacksCapacity)) reasons.push(because('imca.capacityUnsure', dutyProvision(decision, place)));
  if (decision === 'accommodation') {
    if (isUnsure(facts.longStay)) reasons.push(because('imca.longStayUnsure', ss38_39_stayLength));
    if (isUnsure(facts.requiredByMha) && underTheAct(facts)) {
      reasons.push(because('imca.requiredByMhaUnsure', ss38_2_39_3_requiredByMha));
    }
  }
  if (decision === 'serious-medical-treatment') {
    // The table: treatment of a detained or CTO patient, not known to be for a physical condition.
    // Beyond it, the same caution where a s57 or under-18 ECT discussion could bring in Part 4.
    const detainedOrCto = facts.mha === 'detained' || facts.mha === 'cto';
    if (facts.treatmentFor === undefined && (detainedOrCto || part4 !== undefined)) {
      reasons.push(because('imca.treatmentForUnknown', s37_2_part4Excluded));
    } else if (facts.treatmentFor === 'mental' && part4 === 'unknown') {
      reasons.push(because('imca.sectionUnknown', s37_2_part4Excluded));
    }
  }
  if (isUnsure(facts.someoneToConsult)) reasons.push(because('imca.consultUnsure', consultProvision(decision, place)));
  if (isUnsure(facts.attorneyOrDeputy)) reasons.push(because('imca.attorneyUnsure', s40_1_attorneyOrDeputy));
  return reasons;
}

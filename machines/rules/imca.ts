// Mental Capacity Act 2005, ss35–41 — Independent Mental Capacity Advocates (IMCA) for decisions
// about serious medical treatment (s37) and where someone lives (ss38–39), with the powers to
// instruct one for accommodation reviews and adult protection (England: IMCA (Expansion of Role)
// Regulations 2006, SI 2006/2883, regs 3–5; Wales: IMCA (Wales) Regulations 2007, SI 2007/852).
// Applies in England and Wales only (kinds.ts). Spec: ../../shared/law/imca.md. Checked 2026-12-01.
//
// The decision table is applied exactly as written: an ordered list of named rows (`table` below),
// the first row whose condition holds decides. Exceptions are rows of their own, so the order the
// law gives them is visible as data.
//
// not modelled: urgent treatment may go ahead before an IMCA is involved (s37(4)); the facts do
// not say whether treatment is urgent, and the duty still applies afterwards.
// not modelled: the facts do not separate a health and welfare attorney from one for money only;
// `attorneyOrDeputy` means one with authority over this decision, as s40 requires. The review
// power is ruled out by any attorney (SI 2006/2883 reg 3(1)(d)): its reason says so.

import type { Answer, Citation, Facts, OpenPoint, Section } from '../types';
import { cite } from './citations';
import { hasImhaRight } from './imha';
import { kindExists } from './kinds';
import { because, firstMatch, isUnsure, type Known, type ReasonSpec, type Reasons, type Rule, type TableRow } from './rule';

type Place = 'england' | 'wales';
type ImcaDecision = 'serious-medical-treatment' | 'accommodation' | 'accommodation-review' | 'safeguarding';

const placeOf = (facts: Known): Place => (facts.nation === 'wales' ? 'wales' : 'england');

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
export const s4_7_consultFamily = cite('mca2005', 's4(7)(b)', 'section/4');

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

// — Part 4 / 4A of the Mental Health Act: the exclusion from the serious medical treatment duty (s37(2)) —

// MHA 1983 s56(3): Part 4 applies to these sections. It does not apply to s4 (before a second
// recommendation), s5(2), s5(4), s35, s135, s136 or place-of-safety directions under s37(4) and
// s45A(5), which a person would answer as `other` — so `other` is not known either way.
const part4Sections: readonly Section[] = ['2', '3', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49'];

/** Why Part 4 or 4A would certainly regulate treatment for a mental disorder. */
export type Part4Ground = 'detained' | 'cto' | 's57' | 'ectUnder18';
/** What, not known, could bring the treatment under Part 4. */
export type Part4Doubt = 'section' | 'mha' | 'treatmentDiscussed';

const part4Why: Record<Part4Ground, Citation> = {
  detained: cite('mha1983', 's56(3)', 'section/56'),
  cto: cite('mha1983', 'Part 4A', 'part/4A'),
  s57: cite('mha1983', 's56(2)', 'section/56'),
  ectUnder18: cite('mha1983', 's56(5)', 'section/56'),
};

/**
 * Whether Part 4 or 4A would regulate treatment for the person's mental disorder (imca.md, "Part 4
 * certain or possible"): the ground that makes it certain, or what could make it so. Neither means
 * Part 4 does not regulate it — e.g. s4, s5, s35, s135 or s136 (s56(3)), a voluntary patient, or an
 * adult for whom ECT is proposed — so the IMCA duty applies even to mental health treatment.
 */
export function part4Case(facts: Known): { certain?: Part4Ground; doubts: Part4Doubt[] } {
  if (facts.mha === 'cto') return { certain: 'cto', doubts: [] }; // Part 4A, or Part 4 if recalled
  const section = facts.section ?? 'unsure';
  if (facts.mha === 'detained' && part4Sections.includes(section)) return { certain: 'detained', doubts: [] };
  if (facts.treatmentDiscussed === 's57') return { certain: 's57', doubts: [] }; // s56(2): s57 applies to anyone
  if (facts.treatmentDiscussed === 'ect' && facts.age === '16-17') return { certain: 'ectUnder18', doubts: [] }; // s56(5), s58A
  const doubts: Part4Doubt[] = [];
  // s4, s5(2), s5(4), s35, s135 and s136 are outside Part 4 (s56(3)); `other` and `unsure` may not be.
  if (facts.mha === 'detained' && (section === 'other' || section === 'unsure')) doubts.push('section');
  if (facts.mha === 'unsure') doubts.push('mha');
  if (facts.treatmentDiscussed === 'unsure') doubts.push('treatmentDiscussed');
  return { doubts };
}

const part4Possible = (facts: Known) => {
  const p = part4Case(facts);
  return p.certain !== undefined || p.doubts.length > 0;
};

const underTheAct = (facts: Known) =>
  facts.mha === 'detained' || facts.mha === 'cto' || facts.mha === 'guardianship' || facts.mha === 'conditional-discharge';

/**
 * The IMHA helps instead only if the person has the right to one: not every section gives it
 * (MHA s130C(2)(a) / s130I(2)(a)), and an unsure section may or may not. Otherwise say "if".
 */
const imhaInstead = (facts: Facts, source: Citation): ReasonSpec =>
  because(hasImhaRight(facts) ? 'imca.imhaInstead' : 'imca.imhaIfEntitled', source);

/** The condition on someone to consult, as the provision for this decision words it. */
function consultProvision(decision: ImcaDecision, place: Place): Citation {
  if (decision === 'serious-medical-treatment') return s37_1_b_noOneToConsult;
  if (decision === 'accommodation') return ss38_39_accommodation;
  return decision === 'accommodation-review' ? reviewPower[place] : safeguardingPower[place];
}

function dutyProvision(decision: ImcaDecision | 'unsure', place: Place): Citation {
  if (decision === 'unsure') return ss37to39_decisions;
  if (decision === 'serious-medical-treatment') return s37_1_seriousMedicalTreatment;
  return consultProvision(decision, place);
}

// — the table —

export type ImcaBasis =
  | 'under16'
  | 'noDecision'
  | 'hasCapacity'
  | 'safeguardingPower'
  | 'decisionUnsurePower'
  | 'decisionUnsure'
  | 'attorneyOrDeputy'
  | 'part4'
  | 'shortStay'
  | 'requiredByMha'
  | 'someoneToConsult'
  | 'reviewPower'
  | 'unsure'
  | 'entitled';

const decisionOf = (facts: Facts) => facts.decision ?? 'none';
/** The decision, once rows 1–6 have ruled out none, unsure and no capacity. */
const decided = (facts: Facts) => decisionOf(facts) as ImcaDecision;

/** The open points of the "unsure" row, each with its reason (undefined counts as unsure). */
function unsurePoints(facts: Facts, place: Place): { open: OpenPoint[]; reasons: ReasonSpec[] } {
  const decision = decided(facts);
  const open: OpenPoint[] = [];
  const reasons: ReasonSpec[] = [];
  const add = (point: OpenPoint, reason: ReasonSpec) => {
    if (!open.includes(point)) open.push(point);
    reasons.push(reason);
  };
  if (isUnsure(facts.lacksCapacity)) add('lacksCapacity', because('imca.capacityUnsure', dutyProvision(decision, place)));
  if (decision === 'accommodation') {
    if (isUnsure(facts.longStay)) add('longStay', because('imca.longStayUnsure', ss38_39_stayLength));
    if (facts.mha === 'unsure' && facts.requiredByMha !== 'no') {
      add('requiredByMha', because('imca.mhaStatusUnsurePlace', ss38_2_39_3_requiredByMha));
    } else if (isUnsure(facts.requiredByMha) && underTheAct(facts)) {
      add('requiredByMha', because('imca.requiredByMhaUnsure', ss38_2_39_3_requiredByMha));
    }
  }
  if (decision === 'serious-medical-treatment' && facts.treatmentFor !== 'physical' && part4Possible(facts)) {
    // Part 4 may regulate it: what the treatment is for, and what else is not known, decide it.
    const { certain, doubts } = part4Case(facts);
    if (facts.treatmentFor === undefined) add('treatmentRegulated', because('imca.treatmentForUnknown', s37_2_part4Excluded));
    if (certain === undefined) {
      if (doubts.includes('section')) add('treatmentRegulated', because('imca.sectionUnknown', s37_2_part4Excluded));
      if (doubts.includes('mha')) add('treatmentRegulated', because('imca.mhaStatusUnsure', s37_2_part4Excluded));
      if (doubts.includes('treatmentDiscussed')) add('treatmentRegulated', because('imca.specialTreatmentUnsure', s37_2_part4Excluded));
    }
  }
  if (isUnsure(facts.someoneToConsult)) add('someoneToConsult', because('imca.consultUnsure', consultProvision(decision, place)));
  if (isUnsure(facts.attorneyOrDeputy)) add('attorneyOrDeputy', because('imca.attorneyUnsure', s40_1_attorneyOrDeputy));
  return { open, reasons };
}

/** Rows 8–10: the duty's exclusions that the facts settle (Part 4, a short stay, a place the MHA requires). */
function exclusion(facts: Known): 'part4' | 'shortStay' | 'requiredByMha' | undefined {
  if (facts.decision === 'serious-medical-treatment' && facts.treatmentFor === 'mental' && part4Case(facts).certain) return 'part4';
  if (facts.decision === 'accommodation' && facts.longStay === 'no') return 'shortStay';
  if (facts.decision === 'accommodation' && facts.requiredByMha === 'yes' && underTheAct(facts)) return 'requiredByMha';
  return undefined;
}

const table: readonly TableRow<ImcaBasis>[] = [
  // 1. The Mental Capacity Act, and so the IMCA service, apply from 16 (s2(5)).
  {
    basis: 'under16',
    when: (f) => f.age === 'under-16',
    then: () => ({ status: 'not-entitled', reasons: [because('imca.under16', s2_5_under16)] }),
  },
  // 2. No decision of the kind an IMCA covers (undefined means none: a situation fact).
  {
    basis: 'noDecision',
    when: (f) => decisionOf(f) === 'none',
    then: () => ({ status: 'not-entitled', reasons: [because('imca.noDecision', ss37to39_decisions)] }),
  },
  // 3. They can make the decision themselves.
  {
    basis: 'hasCapacity',
    when: (f) => f.lacksCapacity === 'no',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [because('imca.hasCapacity', dutyProvision(decisionOf(f) as ImcaDecision | 'unsure', placeOf(f)))],
    }),
  },
  // 4. Adult protection: a power, even with family, friends or an attorney (reg 4).
  {
    basis: 'safeguardingPower',
    when: (f) => decisionOf(f) === 'safeguarding',
    then: (f) => ({
      status: 'may-be-offered',
      reasons: [
        because('imca.safeguardingPower', safeguardingPower[placeOf(f)]),
        because('imca.particularBenefit', particularBenefit[placeOf(f)]),
      ],
      open: isUnsure(f.lacksCapacity) ? ['lacksCapacity'] : [],
      duty: safeguardingPower[placeOf(f)],
      offer: 'power',
    }),
  },
  // 5. Not sure what is being decided, with family or an attorney: only the adult-protection power
  // survives them.
  {
    basis: 'decisionUnsurePower',
    when: (f) => decisionOf(f) === 'unsure' && (f.attorneyOrDeputy === 'yes' || f.someoneToConsult === 'yes'),
    then: (f) => ({
      status: 'may-be-offered',
      reasons: [
        because('imca.decisionUnsurePower', safeguardingPower[placeOf(f)]),
        because('imca.particularBenefit', particularBenefit[placeOf(f)]),
      ],
      open: ['decision', ...(isUnsure(f.lacksCapacity) ? (['lacksCapacity'] as const) : [])],
      duty: safeguardingPower[placeOf(f)],
      offer: 'power',
    }),
  },
  // 6. Not sure what is being decided: ask, because for treatment and long stays it is a right.
  {
    basis: 'decisionUnsure',
    when: (f) => decisionOf(f) === 'unsure',
    then: (f) => {
      const open: OpenPoint[] = ['decision'];
      const reasons: Reasons = [because('imca.decisionUnsure', ss37to39_decisions)];
      if (isUnsure(f.lacksCapacity)) {
        open.push('lacksCapacity');
        reasons.push(because('imca.capacityUnsure', ss37to39_decisions));
      }
      if (isUnsure(f.someoneToConsult)) {
        open.push('someoneToConsult');
        reasons.push(because('imca.consultUnsure', s37_1_b_noOneToConsult));
      }
      if (isUnsure(f.attorneyOrDeputy)) {
        open.push('attorneyOrDeputy');
        reasons.push(because('imca.attorneyUnsure', s40_1_attorneyOrDeputy));
      }
      return { status: 'may-be-entitled', reasons, open, duty: ss37to39_decisions };
    },
  },
  // 7. An attorney, deputy or nominee speaks for them on this decision (s40).
  {
    basis: 'attorneyOrDeputy',
    when: (f) => f.attorneyOrDeputy === 'yes',
    then: () => ({ status: 'not-entitled', reasons: [because('imca.attorneyOrDeputy', s40_1_attorneyOrDeputy)] }),
  },
  // 8. Treatment for a mental disorder regulated by Part 4 or 4A of the MHA (s37(2)).
  {
    basis: 'part4',
    when: (f) => exclusion(f) === 'part4',
    then: (f) => {
      const place = placeOf(f);
      const ground = part4Case(f).certain as Part4Ground;
      const imha = ground === 'detained' || ground === 'cto' ? imhaFor[place][ground] : imhaFor[place].treatment;
      return {
        status: 'not-entitled',
        reasons: [
          because(`imca.part4.${ground}`, part4Why[ground], ground === 'detained' ? { section: f.section ?? '' } : undefined),
          because('imca.part4Excluded', s37_2_part4Excluded),
          imhaInstead(f, imha),
        ],
      };
    },
  },
  // 9. A short stay: no duty now, but one arises if the stay later looks longer.
  {
    basis: 'shortStay',
    when: (f) => exclusion(f) === 'shortStay',
    then: () => ({ status: 'not-entitled', reasons: [because('imca.shortStay', ss38_39_stayLength)] }),
  },
  // 10. The Mental Health Act decides where they must be (s38(2), s39(3)).
  {
    basis: 'requiredByMha',
    when: (f) => exclusion(f) === 'requiredByMha',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [because('imca.requiredByMha', ss38_2_39_3_requiredByMha), imhaInstead(f, imhaFor[placeOf(f)].underTheAct)],
    }),
  },
  // 11. A family member or friend can be consulted: an IMCA is for people who have no one.
  {
    basis: 'someoneToConsult',
    when: (f) => f.someoneToConsult === 'yes',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [
        because('imca.someoneToConsult', consultProvision(decided(f), placeOf(f))),
        because('imca.familyConsulted', s4_7_consultFamily),
      ],
    }),
  },
  // 12. Accommodation review: a power (reg 3), which needs conditions 1–4 and which any attorney or
  // deputy rules out.
  {
    basis: 'reviewPower',
    when: (f) => decisionOf(f) === 'accommodation-review',
    then: (f) => {
      const place = placeOf(f);
      const open: OpenPoint[] = [];
      if (isUnsure(f.lacksCapacity)) open.push('lacksCapacity');
      if (isUnsure(f.someoneToConsult)) open.push('someoneToConsult');
      if (isUnsure(f.attorneyOrDeputy)) open.push('attorneyOrDeputy');
      return {
        status: 'may-be-offered',
        reasons: [
          because('imca.reviewPower', reviewPower[place]),
          because(place === 'wales' ? 'imca.reviewAttorneyWales' : 'imca.reviewAttorney', reviewPower[place]),
          because('imca.particularBenefit', particularBenefit[placeOf(f)]),
        ],
        open,
        duty: reviewPower[place],
        offer: 'power',
      };
    },
  },
  // 13. Something they were unsure of decides it (caution: never "not entitled" for that).
  {
    basis: 'unsure',
    when: (f) => unsurePoints(f, placeOf(f)).open.length > 0,
    then: (f) => {
      const place = placeOf(f);
      const { open, reasons } = unsurePoints(f, place);
      return { status: 'may-be-entitled', reasons: reasons as Reasons, open, duty: dutyOf(f) };
    },
  },
  // 14. Every condition of the duty is met: s37(3) (treatment) or s38(3), s39(4) (accommodation).
  {
    basis: 'entitled',
    when: () => true,
    then: (f) => ({
      status: 'entitled',
      reasons: [
        decided(f) === 'serious-medical-treatment'
          ? because('imca.entitledTreatment', s37_1_3_treatmentDuty)
          : because('imca.entitledAccommodation', ss38_3_39_4_accommodationDuty),
      ],
      duty: dutyOf(f),
    }),
  },
];

const dutyOf = (facts: Facts): Citation =>
  decided(facts) === 'serious-medical-treatment' ? s37_1_3_treatmentDuty : ss38_3_39_4_accommodationDuty;

export const imca: Rule = (facts) => {
  const { basis, status, reasons, open = [], duty, offer } = firstMatch(table, facts);
  return {
    kind: 'imca',
    status,
    reasons,
    arrangedBy: `imca.arrangedBy.${placeOf(facts)}`,
    basis,
    open,
    ...(duty ? { duty } : {}),
    ...(offer ? { offer } : {}),
  };
};

// — how an answer becomes a fact —

/**
 * An answer to "does anyone have legal power to make this decision?" as the fact `attorneyOrDeputy`.
 * A lasting power of attorney for property and financial affairs only gives no authority over care,
 * treatment or where someone lives, so for the duties it is no attorney: s40(1)(b) names "a donee of
 * a lasting power of attorney … authorised to make decisions in relation to that matter". (The review
 * power is ruled out by any attorney: the registry does not offer this answer there.)
 */
export function attorneyOverThisDecision(answer: Answer | 'money-only'): Answer {
  return answer === 'money-only' ? 'no' : answer;
}

/** Whether "any power of attorney, even for money only" is what the question must ask: the review power (SI 2006/2883 reg 3(1)(d)). */
export const attorneyQuestionIsForReview = (k: Known): boolean => k.decision === 'accommodation-review';

// — what the question registry asks of this rule: can a fact still change the result? —

/** The IMCA service exists here and the person is old enough (s2(5)): the decision matters. */
export const imcaCanApply = (k: Known): boolean => kindExists('imca', k.nation) && k.age !== undefined && k.age !== 'under-16';

const imcaDecisionOpen = (k: Known) => imcaCanApply(k) && k.decision !== undefined && k.decision !== 'none';

/** Whether they can make the decision themselves matters (rows 3 onwards). */
export const imcaTurnsOnCapacity = (k: Known): boolean => imcaDecisionOpen(k);

const imcaTreatmentDecision = (k: Known) => imcaDecisionOpen(k) && k.lacksCapacity !== 'no' && k.decision === 'serious-medical-treatment';

/**
 * Whether a s57 or ECT discussion could change the IMCA result: it can bring mental health treatment
 * under Part 4 (s56(2), (5)), unless the person's status already does (s56(3), Part 4A).
 */
export const imcaTurnsOnTreatmentDiscussed = (k: Known): boolean => {
  if (!imcaTreatmentDecision(k)) return false;
  const byStatus = part4Case({ ...k, treatmentDiscussed: 'none' }).certain;
  return byStatus === undefined;
};

/** What the treatment is for matters only where Part 4 may regulate it (s37(2)). */
export const imcaTurnsOnTreatmentFor = (k: Known): boolean => imcaTreatmentDecision(k) && part4Possible(k);

const imcaPlaceDecision = (k: Known) => imcaDecisionOpen(k) && k.lacksCapacity !== 'no' && k.decision === 'accommodation';

/** The length of the stay decides the accommodation duty (ss38, 39). */
export const imcaTurnsOnLongStay = (k: Known): boolean => imcaPlaceDecision(k);

/** Whether the MHA requires them to be there matters for someone who is, or may be, under the Act (s38(2), s39(3)). */
export const imcaTurnsOnRequiredByMha = (k: Known): boolean =>
  imcaPlaceDecision(k) && k.longStay !== 'no' && (underTheAct(k) || k.mha === 'unsure');

/** An attorney or deputy matters unless the result is settled without one (rows 3, 4, 8–10). */
export const imcaTurnsOnAttorney = (k: Known): boolean =>
  imcaDecisionOpen(k) && k.lacksCapacity !== 'no' && k.decision !== 'safeguarding' && exclusion(k) === undefined;

/** Family or friends to consult matter where an attorney has not already settled it (rows 5, 11). */
export const imcaTurnsOnConsult = (k: Known): boolean => imcaTurnsOnAttorney(k) && k.attorneyOrDeputy !== 'yes';

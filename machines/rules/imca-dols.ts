// Mental Capacity Act 2005, ss39A–39D and Schedule A1 — IMCAs under the Deprivation of Liberty
// Safeguards (DoLS): while an authorisation is sought (s39A), while there is no representative
// (s39C), and on request where the representative is unpaid (s39D). Schedule A1 Part 10: every
// standard authorisation has a relevant person's representative (RPR). Schedule 1A: DoLS cannot
// apply to someone detained under the Mental Health Act. s21A: challenge in the Court of Protection.
// Applies in England and Wales only (kinds.ts). Spec: ../../shared/law/imca.md. Checked 2026-12-01.
// The Liberty Protection Safeguards are not in force on that date.
// The `imca-dols` table is applied exactly as written: an ordered list of named rows (`table`), the
// first whose condition holds decides; then, where `mha` is unsure, "entitled" becomes "may be"
// (Schedule 1A: DoLS cannot apply to someone detained under the Mental Health Act).
//
// not modelled: who counts as deprived of liberty ([2026] UKSC 16); the person says whether a
// DoLS authorisation has been sought or given, which is what the advocacy duties turn on.

import type { Citation, Facts, OpenPoint } from '../types';
import { cite } from './citations';
import { hasImhaRight } from './imha';
import { kindExists } from './kinds';
import { because, firstMatch, isUnsure, type Known, type ReasonSpec, type Reasons, type Rule, type TableRow } from './rule';

// — the law each condition rests on —

// Sch A1 para 13: the age requirement is met at 18.
const schA1_para13_ageRequirement = cite('mca2005', 'Sch A1 para 13', 'schedule/A1/paragraph/13');
// Sch 1A: a person detained in hospital under the MHA is ineligible for DoLS.
const sch1A_ineligibleWhileDetained = cite('mca2005', 'Sch 1A', 'schedule/1A');
const s39A_whileAssessed = cite('mca2005', 's39A', 'section/39A');
// ss39A–39D: every DoLS IMCA duty starts from an authorisation sought or given.
const ss39Ato39D_dolsImcaDuties = cite('mca2005', 'ss39A–39D', 'section/39A');
const s39C_noRepresentative = cite('mca2005', 's39C', 'section/39C');
const s39D_unpaidRepresentative = cite('mca2005', 's39D', 'section/39D');
// s39D(1): the right to ask applies only while the representative is not paid under Part 10.
const s39D_1_paidRepresentative = cite('mca2005', 's39D(1)', 'section/39D');
const s40_1_attorneyOrDeputy = cite('mca2005', 's40(1)', 'section/40');
export const schA1_part10_representative = cite('mca2005', 'Sch A1 Part 10', 'schedule/A1/part/10');
export const s21A_courtChallenge = cite('mca2005', 's21A', 'section/21A');
// Legal aid for a s21A challenge is not means-tested.
export const legalAidNotMeansTested = cite('legalAidFinancialRegs2013', 'reg 5(1)(g)', 'regulation/5');

/**
 * The supervisory body differs by nation (shared/law/imca.md, "Arranged by"): in England always the
 * council; in Wales the council, or the health board for a hospital. Reasons that name it have a
 * second wording for Wales (`<key>Wales`).
 */
const namingSupervisoryBody = (key: string, facts: Facts) => (facts.nation === 'wales' ? `${key}Wales` : key);

/** Rights that come with DoLS whatever the IMCA result: challenge in court, with legal aid. */
function challengeRights(dols: Facts['dols']): ReasonSpec[] {
  if (dols !== 'being-assessed' && dols !== 'authorised') return [];
  return [
    because(dols === 'authorised' ? 'imcaDols.courtChallenge' : 'imcaDols.courtChallengeIfAuthorised', s21A_courtChallenge),
    because('imcaDols.legalAid', legalAidNotMeansTested),
  ];
}

export type ImcaDolsBasis =
  | 'under18'
  | 'noDols'
  | 'detained'
  | 'attorneyOrDeputy'
  | 'dolsUnsure'
  | 'assessedFamily'
  | 'paidRepresentative'
  | 'noRepresentativeFamily'
  | 'unsure'
  | 's39A'
  | 's39C'
  | 's39D';

const dolsOf = (facts: Facts) => facts.dols ?? 'none'; // a situation fact: undefined means none
const representativeOf = (facts: Facts) => facts.representative ?? 'unsure';

/** The open points of row 9, each with its reason. */
function unsurePoints(facts: Facts): { open: OpenPoint[]; reasons: ReasonSpec[] } {
  const dols = dolsOf(facts);
  const representative = representativeOf(facts);
  const open: OpenPoint[] = [];
  const reasons: ReasonSpec[] = [];
  if (isUnsure(facts.attorneyOrDeputy)) {
    open.push('attorneyOrDeputy');
    reasons.push(because('imcaDols.attorneyUnsure', s40_1_attorneyOrDeputy));
  }
  if (dols === 'being-assessed' && isUnsure(facts.someoneToConsult)) {
    open.push('someoneToConsult');
    reasons.push(because(namingSupervisoryBody('imcaDols.consultUnsureAssessed', facts), s39A_whileAssessed));
  }
  if (dols === 'authorised' && representative === 'unsure') {
    open.push('representative');
    reasons.push(because('imcaDols.representativeUnsure', schA1_part10_representative));
  }
  if (dols === 'authorised' && representative === 'none' && isUnsure(facts.someoneToConsult)) {
    open.push('someoneToConsult');
    reasons.push(because(namingSupervisoryBody('imcaDols.consultUnsureNoRepresentative', facts), s39C_noRepresentative));
  }
  return { open, reasons };
}

const table: readonly TableRow<ImcaDolsBasis>[] = [
  // 1. DoLS apply from 18 (Sch A1 para 13).
  {
    basis: 'under18',
    when: (f) => f.age !== '18-plus',
    then: () => ({ status: 'not-entitled', reasons: [because('imcaDols.under18', schA1_para13_ageRequirement)] }),
  },
  // 3. Detained under the MHA: DoLS cannot apply (Sch 1A); the IMHA is the route. The wording
  // promises an IMHA only where the section gives one (MHA s130C(2)(a) / s130I(2)(a)). Checked
  // before row 2: both say "not entitled", and the wizard does not ask a detained person about DoLS,
  // so this is the reason that fits.
  {
    basis: 'detained',
    when: (f) => f.mha === 'detained',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [because(hasImhaRight(f) ? 'imcaDols.detained' : 'imcaDols.detainedSeeImha', sch1A_ineligibleWhileDetained)],
    }),
  },
  // 2. No authorisation sought or given.
  {
    basis: 'noDols',
    when: (f) => dolsOf(f) === 'none',
    then: () => ({ status: 'not-entitled', reasons: [because('imcaDols.noDols', ss39Ato39D_dolsImcaDuties)] }),
  },
  // 4. An attorney, deputy or nominee removes the duties (s40).
  {
    basis: 'attorneyOrDeputy',
    when: (f) => f.attorneyOrDeputy === 'yes',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [because('imcaDols.attorneyOrDeputy', s40_1_attorneyOrDeputy), ...challengeRights(f.dols)],
    }),
  },
  // 5. They do not know whether DoLS is in play.
  {
    basis: 'dolsUnsure',
    when: (f) => dolsOf(f) === 'unsure',
    then: (f) => ({
      status: 'may-be-entitled',
      reasons: [because(namingSupervisoryBody('imcaDols.dolsUnsure', f), s39A_whileAssessed)],
      open: ['dols'],
      duty: s39A_whileAssessed,
    }),
  },
  // 6. Being assessed, with family or friends to consult.
  {
    basis: 'assessedFamily',
    when: (f) => dolsOf(f) === 'being-assessed' && f.someoneToConsult === 'yes',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [
        because('imcaDols.assessedFamily', s39A_whileAssessed),
        because('imcaDols.representativeIfAuthorised', schA1_part10_representative),
        ...challengeRights(f.dols),
      ],
    }),
  },
  // 7. A paid representative is itself independent (s39D(1)).
  {
    basis: 'paidRepresentative',
    when: (f) => dolsOf(f) === 'authorised' && f.representative === 'paid',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [because('imcaDols.paidRepresentative', s39D_1_paidRepresentative), ...challengeRights(f.dols)],
    }),
  },
  // 8. No representative, but a family member or friend to consult (and to become the new RPR).
  {
    basis: 'noRepresentativeFamily',
    when: (f) => dolsOf(f) === 'authorised' && f.representative === 'none' && f.someoneToConsult === 'yes',
    then: (f) => ({
      status: 'not-entitled',
      reasons: [
        because('imcaDols.noRepresentativeFamily', s39C_noRepresentative),
        because(namingSupervisoryBody('imcaDols.newRepresentative', f), schA1_part10_representative),
        ...challengeRights(f.dols),
      ],
    }),
  },
  // 9. Something they were unsure of decides it.
  {
    basis: 'unsure',
    when: (f) => unsurePoints(f).open.length > 0,
    then: (f) => {
      const { open, reasons } = unsurePoints(f);
      return { status: 'may-be-entitled', reasons: [...reasons, ...challengeRights(f.dols)] as Reasons, open, duty: dutyFor(f) };
    },
  },
  // 10. Being assessed, no one to consult: the supervisory body must instruct an IMCA (s39A).
  {
    basis: 's39A',
    when: (f) => dolsOf(f) === 'being-assessed',
    then: (f) => ({
      status: 'entitled',
      reasons: [
        because(namingSupervisoryBody('imcaDols.s39A', f), s39A_whileAssessed),
        because('imcaDols.representativeIfAuthorised', schA1_part10_representative),
        ...challengeRights(f.dols),
      ],
      duty: s39A_whileAssessed,
    }),
  },
  // 11. Authorised, no representative and no one to consult: an IMCA fills the gap (s39C).
  {
    basis: 's39C',
    when: (f) => representativeOf(f) === 'none',
    then: (f) => ({
      status: 'entitled',
      reasons: [
        because(namingSupervisoryBody('imcaDols.s39C', f), s39C_noRepresentative),
        because(namingSupervisoryBody('imcaDols.newRepresentative', f), schA1_part10_representative),
        ...challengeRights(f.dols),
      ],
      duty: s39C_noRepresentative,
    }),
  },
  // 12. Authorised with an unpaid representative: the person or the RPR can ask (s39D).
  {
    basis: 's39D',
    when: () => true,
    then: (f) => ({
      status: 'entitled',
      reasons: [because(namingSupervisoryBody('imcaDols.s39D', f), s39D_unpaidRepresentative), ...challengeRights(f.dols)],
      duty: s39D_unpaidRepresentative,
    }),
  },
];

/** The duty the "unsure" row may turn into. */
function dutyFor(facts: Facts): Citation {
  if (dolsOf(facts) === 'being-assessed') return s39A_whileAssessed;
  return representativeOf(facts) === 'none' ? s39C_noRepresentative : s39D_unpaidRepresentative;
}

export const imcaDols: Rule = (facts) => {
  const decided = firstMatch(table, facts);
  const { duty, basis } = decided;
  let { status, reasons } = decided;
  let open = decided.open ?? [];
  // Schedule 1A: someone detained under the Act cannot be under DoLS. Not sure whether they are
  // under it: a right that would apply "may" apply, and the reason says to check that first.
  if (status === 'entitled' && facts.mha === 'unsure') {
    status = 'may-be-entitled';
    reasons = [because('imcaDols.mhaUnsure', sch1A_ineligibleWhileDetained), ...reasons];
    open = ['mha', ...open];
  }
  return {
    kind: 'imca-dols',
    status,
    reasons,
    arrangedBy: `imcaDols.arrangedBy.${facts.nation === 'wales' ? 'wales' : 'england'}`,
    basis,
    open,
    ...(duty ? { duty } : {}),
  };
};

// — what the rest of the tool asks of this rule —

/** DoLS can apply: the kind exists here, the person is 18 or over (Sch A1 para 13) and not detained (Sch 1A). */
export const dolsCanApply = (k: Known): boolean =>
  kindExists('imca-dols', k.nation) && k.age === '18-plus' && k.mha !== undefined && k.mha !== 'detained';

const dolsInPlay = (k: Known) => dolsCanApply(k) && (k.dols === 'being-assessed' || k.dols === 'authorised' || k.dols === 'unsure');

/** Who the representative is matters once an authorisation is in force (s39C, s39D). */
export const dolsTurnsOnRepresentative = (k: Known): boolean => dolsCanApply(k) && k.dols === 'authorised';

/** An attorney or deputy matters (row 4) unless a paid representative has settled it (row 7). */
export const dolsTurnsOnAttorney = (k: Known): boolean => dolsInPlay(k) && !(k.dols === 'authorised' && k.representative === 'paid');

/** Family or friends to consult matter while an authorisation is sought, or when the representative has gone (ss39A, 39C). */
export const dolsTurnsOnConsult = (k: Known): boolean =>
  dolsCanApply(k) &&
  k.attorneyOrDeputy !== 'yes' &&
  (k.dols === 'being-assessed' || (k.dols === 'authorised' && k.representative === 'none'));

/**
 * A DoLS authorisation is in force: every one has a relevant person's representative (Sch A1 Part
 * 10), and it can be challenged in the Court of Protection (s21A), with legal aid not means-tested.
 */
export const authorisationInForce = (facts: Facts): boolean => dolsCanApply(facts) && facts.dols === 'authorised';

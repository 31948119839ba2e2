// Mental Capacity Act 2005, ss39A–39D and Schedule A1 — IMCAs under the Deprivation of Liberty
// Safeguards (DoLS): while an authorisation is sought (s39A), while there is no representative
// (s39C), and on request where the representative is unpaid (s39D). Schedule A1 Part 10: every
// standard authorisation has a relevant person's representative (RPR). Schedule 1A: DoLS cannot
// apply to someone detained under the Mental Health Act. s21A: challenge in the Court of Protection.
// Applies in England and Wales only: `assess` calls this rule for those nations.
// The `imca-dols` table in shared/law/imca.md is applied in order; the first row that matches
// decides. The statuses are exactly the table's. Where two "not entitled" rows both match, rows 3
// and 7 are checked before rows 2 and 4, so that the reason is one the wizard settles (see below).
// Checked 2026-11-25. The Liberty Protection Safeguards are not in force on that date.
//
// not modelled: who counts as deprived of liberty ([2026] UKSC 16); the person says whether a
// DoLS authorisation has been sought or given, which is what the advocacy duties turn on.

import type { Facts } from '../types';
import { cite } from './citations';
import { hasImhaRight } from './imha';
import { because, type ReasonSpec, type RuleResult, type Rule } from './rule';

type Reasons = [ReasonSpec, ...ReasonSpec[]];

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
const schA1_part10_representative = cite('mca2005', 'Sch A1 Part 10', 'schedule/A1/part/10');
const s21A_courtChallenge = cite('mca2005', 's21A', 'section/21A');
// Legal aid for a s21A challenge is not means-tested.
const legalAidNotMeansTested = cite('legalAidFinancialRegs2013', 'reg 5(1)(g)', 'regulation/5');

const result = (status: RuleResult['status'], reasons: Reasons, facts: Facts): RuleResult => ({
  kind: 'imca-dols',
  status,
  reasons,
  arrangedBy: `imcaDols.arrangedBy.${facts.nation === 'wales' ? 'wales' : 'england'}`,
});

const isUnsure = (answer: Facts['someoneToConsult']) => answer === undefined || answer === 'unsure';

/**
 * The supervisory body differs by nation (shared/law/imca.md, "Arranged by"): in England always the
 * council; in Wales the council, or the health board for a hospital. Reasons that name it have a
 * second wording for Wales (`<key>Wales`).
 */
const namingSupervisoryBody = (key: string, facts: Facts) => (facts.nation === 'wales' ? `${key}Wales` : key);

/** Rights that come with DoLS whatever the IMCA result: challenge in court, with legal aid. */
function challengeRights(dols: 'being-assessed' | 'authorised'): ReasonSpec[] {
  return [
    because(dols === 'authorised' ? 'imcaDols.courtChallenge' : 'imcaDols.courtChallengeIfAuthorised', s21A_courtChallenge),
    because('imcaDols.legalAid', legalAidNotMeansTested),
  ];
}

export const imcaDols: Rule = (facts) => {
  // 1. DoLS apply from 18 (Sch A1 para 13).
  if (facts.age !== '18-plus') return result('not-entitled', [because('imcaDols.under18', schA1_para13_ageRequirement)], facts);

  // 3. Detained under the MHA: DoLS cannot apply (Sch 1A); the IMHA is the route. Checked before
  // row 2: both give "not entitled", and the wizard does not ask about DoLS while detained. The
  // wording promises an IMHA only where the section gives one (MHA s130C(2)(a) / s130I(2)(a)).
  if (facts.mha === 'detained') {
    const key = hasImhaRight(facts) ? 'imcaDols.detained' : 'imcaDols.detainedSeeImha';
    return result('not-entitled', [because(key, sch1A_ineligibleWhileDetained)], facts);
  }

  // 2. No authorisation sought or given (`dols` undefined means none).
  const dols = facts.dols ?? 'none';
  if (dols === 'none') return result('not-entitled', [because('imcaDols.noDols', ss39Ato39D_dolsImcaDuties)], facts);

  // 4. An attorney, deputy or nominee removes the duties (s40) — here, where DoLS is unsure.
  if (facts.attorneyOrDeputy === 'yes' && dols === 'unsure') {
    return result('not-entitled', [because('imcaDols.attorneyOrDeputy', s40_1_attorneyOrDeputy)], facts);
  }

  // 5. They do not know whether DoLS is in play.
  if (dols === 'unsure') {
    return result('may-be-entitled', [because(namingSupervisoryBody('imcaDols.dolsUnsure', facts), s39A_whileAssessed)], facts);
  }

  const representative = facts.representative ?? 'unsure';

  // 7. A paid representative is itself independent.
  if (dols === 'authorised' && representative === 'paid') {
    return result('not-entitled', [because('imcaDols.paidRepresentative', s39D_1_paidRepresentative), ...challengeRights(dols)], facts);
  }

  // 4. (continued) Where DoLS is in play, checked after the paid representative (row 7): both give
  // "not entitled", so no status changes, and the wizard settles row 7 without asking about an
  // attorney. Still before row 6 (family to consult), as in the table.
  if (facts.attorneyOrDeputy === 'yes') {
    return result('not-entitled', [because('imcaDols.attorneyOrDeputy', s40_1_attorneyOrDeputy), ...challengeRights(dols)], facts);
  }

  // 6. Being assessed, with family or friends to consult.
  if (dols === 'being-assessed' && facts.someoneToConsult === 'yes') {
    return result(
      'not-entitled',
      [
        because('imcaDols.assessedFamily', s39A_whileAssessed),
        because('imcaDols.representativeIfAuthorised', schA1_part10_representative),
        ...challengeRights(dols),
      ],
      facts,
    );
  }

  // 8. No representative, but a family member or friend to consult (and to become the new RPR).
  if (dols === 'authorised' && representative === 'none' && facts.someoneToConsult === 'yes') {
    return result(
      'not-entitled',
      [
        because('imcaDols.noRepresentativeFamily', s39C_noRepresentative),
        because(namingSupervisoryBody('imcaDols.newRepresentative', facts), schA1_part10_representative),
        ...challengeRights(dols),
      ],
      facts,
    );
  }

  // 9. Something they were unsure of decides it.
  const unsure: ReasonSpec[] = [];
  if (isUnsure(facts.attorneyOrDeputy)) unsure.push(because('imcaDols.attorneyUnsure', s40_1_attorneyOrDeputy));
  if (dols === 'being-assessed' && isUnsure(facts.someoneToConsult)) {
    unsure.push(because(namingSupervisoryBody('imcaDols.consultUnsureAssessed', facts), s39A_whileAssessed));
  }
  if (dols === 'authorised' && representative === 'unsure') {
    unsure.push(because('imcaDols.representativeUnsure', schA1_part10_representative));
  }
  if (dols === 'authorised' && representative === 'none' && isUnsure(facts.someoneToConsult)) {
    unsure.push(because(namingSupervisoryBody('imcaDols.consultUnsureNoRepresentative', facts), s39C_noRepresentative));
  }
  const [firstUnsure, ...moreUnsure] = unsure;
  if (firstUnsure) return result('may-be-entitled', [firstUnsure, ...moreUnsure, ...challengeRights(dols)], facts);

  // 10. Being assessed, no one to consult: the supervisory body must instruct an IMCA (s39A).
  if (dols === 'being-assessed') {
    return result(
      'entitled',
      [
        because(namingSupervisoryBody('imcaDols.s39A', facts), s39A_whileAssessed),
        because('imcaDols.representativeIfAuthorised', schA1_part10_representative),
        ...challengeRights(dols),
      ],
      facts,
    );
  }

  // 11. Authorised, no representative and no one to consult: an IMCA fills the gap (s39C).
  if (representative === 'none') {
    return result(
      'entitled',
      [
        because(namingSupervisoryBody('imcaDols.s39C', facts), s39C_noRepresentative),
        because(namingSupervisoryBody('imcaDols.newRepresentative', facts), schA1_part10_representative),
        ...challengeRights(dols),
      ],
      facts,
    );
  }

  // 12. Authorised with an unpaid representative: the person or the RPR can ask (s39D).
  return result(
    'entitled',
    [because(namingSupervisoryBody('imcaDols.s39D', facts), s39D_unpaidRepresentative), ...challengeRights(dols)],
    facts,
  );
};

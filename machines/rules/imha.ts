// Mental Health Act 1983, Part 10 — Independent Mental Health Advocates (IMHA).
// England: ss130A–130D (inserted by the Mental Health Act 2007, s30).
// Wales: ss130E–130L (inserted by the Mental Health (Wales) Measure 2010, Part 4).
// Who is a "qualifying patient" and so has the right to an IMHA's help.
// Applies in England and Wales only: `assess` calls this rule for those nations.
// Checked 2026-11-25. The Mental Health Act 2025 (s40, Sch 3: informal in-patients in England,
// "opt-out" IMHA) is not in force on that date; the rule applies the law as it stands. What the
// 2025 Act will change is said in the action list (rights.england.informalInpatient), not in a
// reason: a reason cites the provision it rests on, and the 1983 Act does not support it.

import type { Citation, Facts, Section } from '../types';
import { cite } from './citations';
import { because, type ReasonSpec, type RuleResult, type Rule } from './rule';

type Reasons = [ReasonSpec, ...ReasonSpec[]];
type Place = 'england' | 'wales';
/** Who must tell the person about IMHAs (s130D / s130K, s130L); one wording per nation. */
type Teller = 'hospital' | 'informal' | 'cto' | 'guardianship' | 'conditionalDischarge' | 'treatment' | 'general';

/** Where England and Wales differ, the provision each nation relies on. */
interface ImhaLaw {
  place: Place;
  /** Sections that do not make a person a qualifying patient (s130C(2)(a) / s130I(2)(a)). */
  sectionsWithoutImha: readonly Section[];
  liableToBeDetained: Citation;
  guardianship: Citation;
  cto: Citation;
  conditionalDischarge: Citation;
  compulsoryGroups: Citation;
  s57Treatment: Citation;
  ectUnder18: Citation;
  treatmentGroups: Citation;
}

const england: ImhaLaw = {
  place: 'england',
  // s130C(2)(a): "otherwise than by virtue of section 4 or 5(2) or (4) above or section 135 or 136 below".
  sectionsWithoutImha: ['4', '5(2)', '5(4)', '135', '136'],
  liableToBeDetained: cite('mha1983', 's130C(2)(a)', 'section/130C'),
  guardianship: cite('mha1983', 's130C(2)(b)', 'section/130C'),
  cto: cite('mha1983', 's130C(2)(c)', 'section/130C'),
  // A conditionally discharged restricted patient remains liable to be detained.
  conditionalDischarge: cite('mha1983', 's130C(2)(a)', 'section/130C'),
  compulsoryGroups: cite('mha1983', 's130C(2)', 'section/130C'),
  s57Treatment: cite('mha1983', 's130C(3)(a)', 'section/130C'),
  ectUnder18: cite('mha1983', 's130C(3)(b)', 'section/130C'),
  treatmentGroups: cite('mha1983', 's130C(3)', 'section/130C'),
};

const wales: ImhaLaw = {
  place: 'wales',
  // s130I(2)(a): only the police and place-of-safety powers are left out in Wales.
  sectionsWithoutImha: ['135', '136'],
  liableToBeDetained: cite('mha1983', 's130I(2)(a)', 'section/130I'),
  guardianship: cite('mha1983', 's130I(2)', 'section/130I'),
  cto: cite('mha1983', 's130I(2)', 'section/130I'),
  conditionalDischarge: cite('mha1983', 's130I(2)', 'section/130I'),
  compulsoryGroups: cite('mha1983', 's130I(2)', 'section/130I'),
  s57Treatment: cite('mha1983', 's130I(3)', 'section/130I'),
  ectUnder18: cite('mha1983', 's130I(3)', 'section/130I'),
  treatmentGroups: cite('mha1983', 's130I(3)', 'section/130I'),
};

// s130J: every in-patient in a hospital in Wales being assessed or treated for mental disorder.
const s130J_welshInformalPatient = cite('mha1983', 's130J', 'section/130J');
// s4(4): once the second medical recommendation is received, an emergency application has
// effect as an application under s2, so the person is no longer held under s4.
const s4_4_secondRecommendation = cite('mha1983', 's4(4)', 'section/4');

const lawFor = (facts: Facts): ImhaLaw => (facts.nation === 'wales' ? wales : england);

const result = (status: RuleResult['status'], reasons: Reasons, teller: Teller, law: ImhaLaw): RuleResult => ({
  kind: 'imha',
  status,
  reasons,
  arrangedBy: `imha.arrangedBy.${law.place}.${teller}`,
});

const isUnder18 = (facts: Facts) => facts.age !== '18-plus';

// The treatment groups (s130C(3) / s130I(3)): someone not otherwise qualifying who is
// discussing with a doctor or approved clinician a s57 treatment (any age), or ECT or another
// s58A treatment while under 18. `treatmentDiscussed` undefined means none is being discussed.
type TreatmentGround = 's57' | 'ectUnder18' | 'unsure' | 'none';

function treatmentGround(facts: Facts): TreatmentGround {
  const discussed = facts.treatmentDiscussed ?? 'none';
  if (discussed === 's57') return 's57';
  if (discussed === 'ect' && isUnder18(facts)) return 'ectUnder18';
  if (discussed === 'unsure') return 'unsure';
  return 'none';
}

/** Entitled through the treatment groups, or undefined when that route does not give the right. */
function entitledByTreatment(facts: Facts, law: ImhaLaw): RuleResult | undefined {
  switch (treatmentGround(facts)) {
    case 's57':
      return result('entitled', [because('imha.s57Treatment', law.s57Treatment)], 'treatment', law);
    case 'ectUnder18':
      return result('entitled', [because('imha.ectUnder18', law.ectUnder18)], 'treatment', law);
    default:
      return undefined;
  }
}

/**
 * The treatment rule for people the compulsory groups leave out: entitled through a s57 or
 * under-18 ECT discussion; "may be" when they are unsure what treatment is being discussed
 * (caution: a s57 discussion would give the right); otherwise not entitled, for `reasons`, then
 * what would change that (`wouldChange`, and a treatment discussion when `treatmentCouldHelp`).
 * Only a qualifying patient is owed the duty to be told about IMHAs, so a not-entitled result
 * names who arranges the service in general.
 */
function treatmentRule(
  facts: Facts,
  law: ImhaLaw,
  reasons: Reasons,
  wouldChange: ReasonSpec[],
  treatmentCouldHelp: boolean,
): RuleResult {
  const byTreatment = entitledByTreatment(facts, law);
  if (byTreatment) return byTreatment;
  if (treatmentGround(facts) === 'unsure') {
    return result('may-be-entitled', [treatmentUnsure(facts, law), ...reasons, ...wouldChange], 'treatment', law);
  }
  const treatment = treatmentCouldHelp ? [treatmentWouldChange(facts, law)] : [];
  return result('not-entitled', [...reasons, ...treatment, ...wouldChange], 'general', law);
}

const treatmentUnsure = (facts: Facts, law: ImhaLaw): ReasonSpec =>
  because(isUnder18(facts) ? 'imha.treatmentUnsureYoung' : 'imha.treatmentUnsure', law.treatmentGroups);

const treatmentWouldChange = (facts: Facts, law: ImhaLaw): ReasonSpec =>
  because(isUnder18(facts) ? 'imha.treatmentWouldChangeYoung' : 'imha.treatmentWouldChange', law.treatmentGroups);

// — mha: detained —

const placeOfSafetySections: readonly Section[] = ['135', '136'];

function detained(facts: Facts, law: ImhaLaw): RuleResult {
  const section = facts.section ?? 'unsure';
  if (section === 'unsure') {
    const key = law.place === 'wales' ? 'imha.sectionUnsureWales' : 'imha.sectionUnsureEngland';
    // The table's "section unsure" row: may be entitled, whatever treatment is discussed (the
    // wizard does not ask about treatment here; most sections give the right in any case).
    return result('may-be-entitled', [because(key, law.liableToBeDetained)], 'hospital', law);
  }
  if (section === 'other') {
    return result('entitled', [because('imha.detainedOther', law.liableToBeDetained)], 'hospital', law);
  }
  if (!law.sectionsWithoutImha.includes(section)) {
    // Wales: s4, s5(2) and s5(4) qualify, unlike in England.
    const key = law.place === 'wales' && ['4', '5(2)', '5(4)'].includes(section) ? 'imha.detainedShortWales' : 'imha.detainedQualifying';
    return result('entitled', [because(key, law.liableToBeDetained, { section })], 'hospital', law);
  }
  const [excluded, ...wouldChange] = excludedSectionReasons(section, law);
  return treatmentRule(facts, law, [excluded], wouldChange, false);
}

/** Why an excluded section gives no right, and then what would change that. */
function excludedSectionReasons(section: Section, law: ImhaLaw): Reasons {
  const thenDetained = because('imha.thenDetained', law.liableToBeDetained);
  if (placeOfSafetySections.includes(section)) {
    return [because('imha.excludedPlaceOfSafety', law.liableToBeDetained, { section }), thenDetained];
  }
  // England only: s4, s5(2), s5(4).
  const excluded = because('imha.excludedShortEngland', law.liableToBeDetained, { section });
  if (section === '4') return [excluded, because('imha.section4SecondDoctor', s4_4_secondRecommendation)];
  return [excluded, thenDetained];
}

// The Mental Health Act 2025 (Royal Assent 18 December 2025) inserts s130CA, giving English informal
// in-patients an IMHA, through s40 and Schedule 3 — not yet in force (law/imha.md).
const mha2025_s40_informalPatients = cite('mha2025', 's40, Sch 3 (not yet in force)');

// — the rule —

export const imha: Rule = (facts) => {
  const law = lawFor(facts);
  switch (facts.mha) {
    case 'detained':
      return detained(facts, law);
    case 'cto':
      return result('entitled', [because('imha.cto', law.cto)], 'cto', law);
    case 'guardianship':
      return result('entitled', [because('imha.guardianship', law.guardianship)], 'guardianship', law);
    case 'conditional-discharge':
      return result('entitled', [because('imha.conditionalDischarge', law.conditionalDischarge)], 'conditionalDischarge', law);
    case 'informal-inpatient':
      if (law.place === 'wales') {
        return result('entitled', [because('imha.informalWales', s130J_welshInformalPatient)], 'informal', law);
      }
      // England: not a qualifying patient until the Mental Health Act 2025 inserts s130CA.
      return treatmentRule(
        facts,
        law,
        [because('imha.informalEngland', law.compulsoryGroups)],
        [because('imha.informalEnglandFuture', mha2025_s40_informalPatients)],
        true,
      );
    case 'none': {
      const wouldChange = law.place === 'wales' ? [because('imha.walesInpatientsQualify', s130J_welshInformalPatient)] : [];
      return treatmentRule(facts, law, [because('imha.notUnderAct', law.compulsoryGroups)], wouldChange, true);
    }
    case 'unsure': {
      const reasons: Reasons = [because('imha.mhaUnsure', law.compulsoryGroups)];
      if (law.place === 'wales') reasons.push(because('imha.walesInpatientsQualify', s130J_welshInformalPatient));
      return result('may-be-entitled', reasons, 'general', law);
    }
  }
};

/**
 * Whether the facts give the right to an IMHA now (status `entitled`). Other rules use it to point
 * to the IMHA only when it is there: not every section gives one (s130C(2)(a) / s130I(2)(a)).
 */
export const hasImhaRight = (facts: Facts): boolean => imha(facts).status === 'entitled';

// Mental Health Act 1983, Part 10 — Independent Mental Health Advocates (IMHA).
// England: ss130A–130D (inserted by the Mental Health Act 2007, s30).
// Wales: ss130E–130L (inserted by the Mental Health (Wales) Measure 2010, Part 4).
// Who is a "qualifying patient" and so has the right to an IMHA's help.
// Applies in England and Wales only (kinds.ts). Spec: ../../shared/law/imha.md. Checked 2026-12-01.
// The Mental Health Act 2025 (c. 33), s40 (informal in-patients in England, "opt-out" IMHA) is not in
// force on that date; the rule applies the law as it stands and says what s40 would change.
//
// How the table is applied: first the person's status under the Act decides a row (`statusRow`);
// then the treatment rule (s130C(3) / s130I(3)) applies on top — a s57 treatment, or ECT under 18,
// makes anyone a qualifying patient whatever the row.

import type { Citation, Facts, OpenPoint, Section, Status } from '../types';
import { cite, citeNotInForce } from './citations';
import { kindExists } from './kinds';
import { because, type Known, type ReasonSpec, type Reasons, type Rule, type RuleResult } from './rule';

type Place = 'england' | 'wales';

/** Who must tell the person about IMHAs (s130D / s130K, s130L); the arranger's wording names them. */
export type ImhaTeller = 'hospital' | 'informal' | 'cto' | 'guardianship' | 'conditionalDischarge' | 'treatment' | 'general';
const tellers: readonly ImhaTeller[] = ['hospital', 'informal', 'cto', 'guardianship', 'conditionalDischarge', 'treatment', 'general'];

/** The arranger's key names who must tell the person (`imha.arrangedBy.<nation>.<teller>`); read it back. */
export function imhaTeller(result: Pick<RuleResult, 'arrangedBy'>): ImhaTeller {
  const teller = tellers.find((t) => result.arrangedBy.endsWith(`.${t}`));
  if (!teller) throw new Error(`not an IMHA arranger: ${result.arrangedBy}`);
  return teller;
}

/** The row of the table that decided the result. */
export type ImhaBasis =
  | 'detained' // a section that gives the right (England and Wales)
  | 'detainedShortWales' // s4, s5(2), s5(4) in Wales
  | 'placeOfSafetyWales' // s135, s136 in Wales: may be an informal patient if in hospital
  | 'excludedSection' // s4, s5(2), s5(4), s135, s136 in England
  | 'sectionUnsure'
  | 'cto'
  | 'guardianship'
  | 'conditionalDischarge'
  | 'informalWales'
  | 'informalEngland'
  | 'notUnderAct'
  | 'mhaUnsure'
  | 's57' // the treatment rule
  | 'ectUnder18';
// Not sure what treatment is discussed keeps the row's basis and adds `treatmentDiscussed` to `open`.

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
  /** The duty to tell a qualifying patient about IMHA help, orally and in writing. */
  mustTell: Citation;
  /** Who can ask an IMHA to visit, and the IMHA must comply (s130B(5) / s130H). */
  visitRequests: Citation;
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
  mustTell: cite('mha1983', 's130D', 'section/130D'),
  // The nearest relative, responsible clinician or an AMHP can ask an IMHA to visit.
  visitRequests: cite('mha1983', 's130B(5)', 'section/130B'),
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
  mustTell: cite('mha1983', 's130K', 'section/130K'),
  // s130H: the longer list of who can require a visit, for compulsory patients (Explanatory Notes to
  // the Mental Health (Wales) Measure 2010, para 61). The subsection is read from the section's
  // structure ((1) powers, (2) records, then the two lists); the notes were read, not the text itself.
  visitRequests: cite('mha1983', 's130H(3)', 'section/130H'),
};

// s130J: every in-patient in a hospital in Wales being assessed or treated for mental disorder whom
// "no application, order, direction or report renders … liable to be detained" (s130J(2)(c)).
const s130J_welshInformalPatient = cite('mha1983', 's130J', 'section/130J');
// s130L: the duty to tell a Welsh informal patient about IMHA help.
const s130L_tellInformalPatient = cite('mha1983', 's130L', 'section/130L');
// s130H: the shorter list for informal patients — the patient, hospital managers, a carer, their
// attorney or deputy, or a social worker (Explanatory Notes, para 62).
const s130H_4_informalVisitRequests = cite('mha1983', 's130H(4)', 'section/130H');
// s4(4): once the second medical recommendation is received, an emergency application has
// effect as an application under s2, so the person is no longer held under s4.
const s4_4_secondRecommendation = cite('mha1983', 's4(4)', 'section/4');
// The Mental Health Act 2025, s40, inserts s130CA: informal in-patients in England — not in force.
export const mha2025_s40_informalPatients = citeNotInForce('mha2025', 's40', 'section/40');

const lawFor = (facts: Known): ImhaLaw => (facts.nation === 'wales' ? wales : england);

const isUnder18 = (facts: Known) => facts.age !== '18-plus';

const placeOfSafetySections: readonly Section[] = ['135', '136'];

// — the row decided by the person's status under the Act, before the treatment rule —

interface StatusRow {
  basis: ImhaBasis;
  status: Status;
  reasons: Reasons;
  teller: ImhaTeller;
  open: OpenPoint[];
  /** What would change a "not entitled" row (the reasons end with it). */
  wouldChange: ReasonSpec[];
  /** Rows marked * in the table, and the informal and none rows: the treatment rule reaches them. */
  treatmentDecides: boolean;
  duty?: Citation;
}

function row(
  basis: ImhaBasis,
  status: Status,
  reasons: Reasons,
  teller: ImhaTeller,
  more: Partial<Pick<StatusRow, 'open' | 'wouldChange' | 'treatmentDecides' | 'duty'>> = {},
): StatusRow {
  return { basis, status, reasons, teller, open: [], wouldChange: [], treatmentDecides: false, ...more };
}

function detainedRow(facts: Known, law: ImhaLaw): StatusRow {
  const section = facts.section ?? 'unsure';
  if (section === 'unsure') {
    const key = law.place === 'wales' ? 'imha.sectionUnsureWales' : 'imha.sectionUnsureEngland';
    return row('sectionUnsure', 'may-be-entitled', [because(key, law.liableToBeDetained)], 'hospital', {
      open: ['section'],
      duty: law.mustTell,
    });
  }
  if (section === 'other') {
    return row('detained', 'entitled', [because('imha.detainedOther', law.liableToBeDetained)], 'hospital', { duty: law.mustTell });
  }
  if (!law.sectionsWithoutImha.includes(section)) {
    // Wales: s4, s5(2) and s5(4) qualify, unlike in England.
    return law.place === 'wales' && excludedInEngland(section)
      ? row('detainedShortWales', 'entitled', [because('imha.detainedShortWales', law.liableToBeDetained, { section })], 'hospital', {
          duty: law.mustTell,
        })
      : row('detained', 'entitled', [because('imha.detainedQualifying', law.liableToBeDetained, { section })], 'hospital', {
          duty: law.mustTell,
        });
  }
  if (law.place === 'wales') {
    // s135/s136 in Wales: not a compulsory qualifying patient, but the detention is not by
    // "application, order, direction or report", so someone held in a hospital may be a Welsh
    // qualifying informal patient (s130J(2)(c)). The law is not settled: "may be".
    return row(
      'placeOfSafetyWales',
      'may-be-entitled',
      [
        because('imha.excludedPlaceOfSafetyWales', law.liableToBeDetained, { section }),
        because('imha.placeOfSafetyInHospitalWales', s130J_welshInformalPatient),
      ],
      'informal',
      { open: ['placeOfSafety'], treatmentDecides: true, duty: s130L_tellInformalPatient },
    );
  }
  // England: s4, s5(2), s5(4), s135, s136.
  const thenDetained = because('imha.thenDetained', law.liableToBeDetained);
  if (placeOfSafetySections.includes(section)) {
    return row('excludedSection', 'not-entitled', [because('imha.excludedPlaceOfSafety', law.liableToBeDetained, { section })], 'general', {
      wouldChange: [thenDetained],
      treatmentDecides: true,
    });
  }
  return row('excludedSection', 'not-entitled', [because('imha.excludedShortEngland', law.liableToBeDetained, { section })], 'general', {
    wouldChange: [section === '4' ? because('imha.section4SecondDoctor', s4_4_secondRecommendation) : thenDetained],
    treatmentDecides: true,
  });
}

/** England's list of short powers that give no IMHA (s130C(2)(a)); Wales keeps only s135 and s136. */
const excludedInEngland = (section: Section) => england.sectionsWithoutImha.includes(section);

function statusRow(facts: Known, law: ImhaLaw): StatusRow {
  switch (facts.mha ?? 'unsure') {
    case 'detained':
      return detainedRow(facts, law);
    case 'cto':
      return row('cto', 'entitled', [because('imha.cto', law.cto)], 'cto', { duty: law.mustTell });
    case 'guardianship':
      return row('guardianship', 'entitled', [because('imha.guardianship', law.guardianship)], 'guardianship', { duty: law.mustTell });
    case 'conditional-discharge':
      return row(
        'conditionalDischarge',
        'entitled',
        [because('imha.conditionalDischarge', law.conditionalDischarge)],
        'conditionalDischarge',
        {
          duty: law.mustTell,
        },
      );
    case 'informal-inpatient':
      if (law.place === 'wales') {
        return row('informalWales', 'entitled', [because('imha.informalWales', s130J_welshInformalPatient)], 'informal', {
          duty: s130L_tellInformalPatient,
        });
      }
      // England: not a qualifying patient until the Mental Health Act 2025, s40, is in force.
      return row('informalEngland', 'not-entitled', [because('imha.informalEngland', law.compulsoryGroups)], 'general', {
        wouldChange: [because('imha.informalEnglandFuture', mha2025_s40_informalPatients)],
        treatmentDecides: true,
      });
    case 'none':
      return row('notUnderAct', 'not-entitled', [because('imha.notUnderAct', law.compulsoryGroups)], 'general', {
        wouldChange: law.place === 'wales' ? [because('imha.walesInpatientsQualify', s130J_welshInformalPatient)] : [],
        treatmentDecides: true,
      });
    case 'unsure': {
      const reasons: Reasons = [because('imha.mhaUnsure', law.compulsoryGroups)];
      if (law.place === 'wales') reasons.push(because('imha.walesInpatientsQualify', s130J_welshInformalPatient));
      return row('mhaUnsure', 'may-be-entitled', reasons, 'general', { open: ['mha'], duty: law.mustTell });
    }
  }
}

// — the treatment rule (s130C(3) / s130I(3)) —

// Someone discussing with a doctor or approved clinician a s57 treatment (any age), or ECT or
// another s58A treatment while under 18. `treatmentDiscussed` undefined means none is discussed.
type TreatmentGround = 's57' | 'ectUnder18' | 'unsure' | 'none';

function treatmentGround(facts: Known): TreatmentGround {
  const discussed = facts.treatmentDiscussed ?? 'none';
  if (discussed === 's57') return 's57';
  if (discussed === 'ect' && isUnder18(facts)) return 'ectUnder18';
  if (discussed === 'unsure') return 'unsure';
  return 'none';
}

const result = (
  status: Status,
  reasons: Reasons,
  teller: ImhaTeller,
  law: ImhaLaw,
  basis: ImhaBasis,
  open: OpenPoint[],
  duty?: Citation,
): RuleResult => ({
  kind: 'imha',
  status,
  reasons,
  arrangedBy: `imha.arrangedBy.${law.place}.${teller}`,
  basis,
  open,
  ...(duty && status !== 'not-entitled' ? { duty } : {}),
});

export const imha: Rule = (facts) => {
  const law = lawFor(facts);
  const r = statusRow(facts, law);
  if (r.status === 'entitled') return result('entitled', r.reasons, r.teller, law, r.basis, [], r.duty);

  // A s57 treatment, or ECT under 18, makes anyone a qualifying patient, whatever the row.
  const ground = treatmentGround(facts);
  if (ground === 's57')
    return result('entitled', [because('imha.s57Treatment', law.s57Treatment)], 'treatment', law, 's57', [], law.mustTell);
  if (ground === 'ectUnder18') {
    return result('entitled', [because('imha.ectUnder18', law.ectUnder18)], 'treatment', law, 'ectUnder18', [], law.mustTell);
  }

  const treatmentUnsure = because(isUnder18(facts) ? 'imha.treatmentUnsureYoung' : 'imha.treatmentUnsure', law.treatmentGroups);
  if (ground === 'unsure') {
    // Caution: a s57 discussion would give the right. A row already "may be" stays as it is.
    if (r.status === 'may-be-entitled') {
      return result('may-be-entitled', [...r.reasons, treatmentUnsure], r.teller, law, r.basis, [...r.open, 'treatmentDiscussed'], r.duty);
    }
    return result(
      'may-be-entitled',
      [treatmentUnsure, ...r.reasons, ...r.wouldChange],
      'treatment',
      law,
      r.basis,
      ['treatmentDiscussed'],
      law.mustTell,
    );
  }
  if (r.status === 'may-be-entitled') return result('may-be-entitled', r.reasons, r.teller, law, r.basis, r.open, r.duty);

  // Not entitled: say what would change it — being detained, or (England, any age for s57; under
  // 18 also ECT) a treatment discussion, where the wizard asked about treatment.
  const treatment =
    r.treatmentDecides && r.basis !== 'excludedSection'
      ? [because(isUnder18(facts) ? 'imha.treatmentWouldChangeYoung' : 'imha.treatmentWouldChange', law.treatmentGroups)]
      : [];
  return result('not-entitled', [...r.reasons, ...treatment, ...r.wouldChange], r.teller, law, r.basis, []);
};

// — what the rest of the tool asks of this rule —

/** Whether the facts give the right to an IMHA now. Other rules point to the IMHA only when it is there. */
export const hasImhaRight = (facts: Facts): boolean => imha(facts).status === 'entitled';

/** Whether the Act's sections matter: an IMHA exists here and the person is detained (s130C(2)(a) / s130I(2)(a)). */
export const imhaTurnsOnSection = (k: Known): boolean => kindExists('imha', k.nation) && k.mha === 'detained';

/**
 * Whether a s57 or under-18 ECT discussion could change the IMHA result: the person's status under
 * the Act does not already give the right (s130C(3) / s130I(3) apply "whatever the row").
 */
export const imhaTurnsOnTreatment = (k: Known): boolean =>
  kindExists('imha', k.nation) && k.mha !== undefined && statusRow(k, lawFor(k)).status !== 'entitled';

/**
 * Who else can ask an IMHA to visit an entitled person, and the provision: England s130B(5); Wales
 * s130H, with a shorter list for informal patients. None when the right comes only from a treatment
 * discussion (there is no responsible clinician or section to name).
 */
export function imhaVisitRequests(
  result: Pick<RuleResult, 'status' | 'basis'>,
  nation: Facts['nation'],
): { list: 'england' | 'walesCompulsory' | 'walesInformal'; cite: Citation } | undefined {
  if (result.status !== 'entitled' || result.basis === 's57' || result.basis === 'ectUnder18') return undefined;
  if (nation !== 'wales') return { list: 'england', cite: england.visitRequests };
  return result.basis === 'informalWales'
    ? { list: 'walesInformal', cite: s130H_4_informalVisitRequests }
    : { list: 'walesCompulsory', cite: wales.visitRequests };
}

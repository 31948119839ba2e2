// The contract of `assess`, as ../shared/law/README.md states it. Names and values are verbatim;
// the only additions are fields that let the UI render a reason or action in Welsh and for
// "you" or "the person you are helping" (see `Reason`, `Action`).

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
export type Answer = 'yes' | 'no' | 'unsure';
export type Age = 'under-16' | '16-17' | '18-plus';
export type MhaStatus =
  | 'detained' // includes being held by the police in a place of safety (s135, s136)
  | 'cto'
  | 'guardianship'
  | 'conditional-discharge'
  | 'informal-inpatient'
  | 'none'
  | 'unsure';
/** Every section the contract names (the one list: the question offers them in this order). */
export const sections = [
  '2',
  '3',
  '4',
  '5(2)',
  '5(4)',
  '135',
  '136',
  '35',
  '36',
  '37',
  '37/41',
  '38',
  '45A',
  '47',
  '47/49',
  '48',
  '48/49',
  'other',
  'unsure',
] as const;
export type Section = (typeof sections)[number];
export type TreatmentDiscussed = 's57' | 'ect' | 'none' | 'unsure';
export type Decision = 'serious-medical-treatment' | 'accommodation' | 'accommodation-review' | 'safeguarding' | 'none' | 'unsure';
export type TreatmentFor = 'physical' | 'mental';
export type Dols = 'being-assessed' | 'authorised' | 'none' | 'unsure';
export type Representative = 'unpaid' | 'paid' | 'none' | 'unsure';
export type CareProcess =
  'needs-assessment' | 'carers-assessment' | 'care-plan' | 'review' | 'safeguarding' | 'transition' | 'none' | 'unsure';
export type ChildrensServices = 'looked-after' | 'child-in-need' | 'care-leaver' | 'none' | 'unsure';

export interface Facts {
  nation: Nation; // where the care, treatment or hospital is
  age: Age;

  // Mental Health Act 1983 (England and Wales)
  mha: MhaStatus;
  section?: Section; // when detained
  treatmentDiscussed?: TreatmentDiscussed; // s57 neurosurgery/hormone implant, or ECT

  // Mental Capacity Act 2005 (and NI 2016 Act)
  lacksCapacity?: Answer; // to make the decision below
  decision?: Decision;
  treatmentFor?: TreatmentFor; // with serious-medical-treatment
  longStay?: Answer; // accommodation: hospital 28+ days, or care home / council accommodation 8+ weeks
  requiredByMha?: Answer; // accommodation: the place is one the MHA requires them to be in
  someoneToConsult?: Answer; // an unpaid family member or friend it is right to consult
  attorneyOrDeputy?: Answer; // attorney (LPA) or deputy for this decision, or an MCA s40 nominee
  dols?: Dols;
  representative?: Representative; // relevant person's representative

  // Care and support (Care Act 2014, England; SSWBA 2014, Wales)
  careProcess?: CareProcess;
  substantialDifficulty?: Answer;
  appropriateIndividual?: Answer;
  nhsPlacementLikely?: Answer;
  disagreement?: Answer;

  // Scotland
  mentalDisorder?: Answer;

  // Children's services (England and Wales)
  childrensServices?: ChildrensServices; // looked after, child in need, care leaver (a situation fact)
  childrensComplaint?: Answer; // wants to complain or make representations about those services

  // Complaints and refusals
  nhsComplaint?: Answer;
  refused?: Answer;
}

export type AdvocateKind =
  'imha' | 'imca' | 'imca-dols' | 'care-act' | 'wales-ipa' | 'scotland-advocacy' | 'ni-imca' | 'nhs-complaints' | 'children';

export type Status =
  | 'entitled' // a legal duty to provide one applies on these facts
  | 'may-be-entitled' // it would apply if something they were unsure of is so
  | 'may-be-offered' // a power (not a duty), or a duty that turns on the body's judgment
  | 'not-entitled';

/** One statutory instrument; its display name is content (`instruments` in the catalogue). */
export type InstrumentId =
  | 'mha1983'
  | 'mhWalesMeasure2010'
  | 'imhaWalesRegs2011'
  | 'hsca2012'
  | 'mca2005'
  | 'imcaGeneralRegs2006'
  | 'imcaExpansionRegs2006'
  | 'imcaWalesRegs2007'
  | 'careAct2014'
  | 'careAdvocacyRegs2014'
  | 'careStatutoryGuidance'
  | 'sswba2014'
  | 'sswbaPart10Code'
  | 'mhcts2003'
  | 'mhScotland2015'
  | 'socialSecurityScotland2018'
  | 'mcani2016'
  | 'mcaniCommencementOrder2019'
  | 'mhNiOrder1986'
  | 'lgpih2007'
  | 'nhsWales2006'
  | 'hscqeWales2020'
  | 'puttingThingsRightRegs2011'
  | 'legalAidFinancialRegs2013'
  | 'childrenAct1989'
  | 'advocacyRepresentationsRegs2004'
  | 'childrensHearingsScotland2011'
  | 'patientRightsScotland2011'
  | 'hscReformNi2009'
  | 'pccRegsNi2009'
  | 'mha2025';

/** Where a reason comes from in law: instrument, provision and the page on legislation.gov.uk. */
export interface Citation {
  instrument: InstrumentId;
  provision: string; // e.g. "s130C(2)(a)"; empty for an instrument as a whole
  url: string;
  notInForce?: true; // passed but not commenced: shown as "(not in force)"
}

/** Values a reason or action interpolates into its wording (e.g. the section number). */
export type MessageVars = Record<string, string>;

/**
 * The contract's `Reason { text; citation }`, plus what the UI needs to render the same reason
 * in another language or for another audience: `key` names the wording in content/locales,
 * `vars` fills it, `source` is the structured citation behind `citation`.
 */
export interface Reason {
  text: string; // English, addressed to the person ("you")
  citation: string; // never empty, e.g. "Mental Health Act 1983, s130C(2)(a)"
  key: string;
  vars?: MessageVars;
  source: Citation;
}

/**
 * Something the person was not sure of that decides an advocate's result: what they should check,
 * and whom to ask (the action list words each one). Most are facts; `treatmentRegulated` is whether
 * Part 4 of the Mental Health Act regulates a treatment, and `placeOfSafety` whether a person held
 * under section 135 or 136 in Wales is in a hospital.
 */
export type OpenPoint =
  | 'mha'
  | 'section'
  | 'placeOfSafety'
  | 'treatmentDiscussed'
  | 'treatmentRegulated'
  | 'decision'
  | 'lacksCapacity'
  | 'longStay'
  | 'requiredByMha'
  | 'someoneToConsult'
  | 'attorneyOrDeputy'
  | 'dols'
  | 'representative'
  | 'careProcess'
  | 'substantialDifficulty'
  | 'appropriateIndividual'
  | 'mentalDisorder'
  | 'childrensServices'
  | 'childrensComplaint';

/**
 * What a "may be offered" result is (the status alone does not say, and the wording must agree):
 * `power` — the body may arrange one, but no law says it must; `bodyDecides` — a duty that turns on
 * the body's own judgment (e.g. the council's view of the person's best interests); `ifYouComplain` —
 * a duty that starts when the person decides to complain.
 */
export type Offer = 'power' | 'bodyDecides' | 'ifYouComplain';

export interface AdvocateResult {
  kind: AdvocateKind;
  status: Status;
  reasons: Reason[]; // at least one; why this status, in the person's own terms
  arrangedBy: string; // who must or may arrange it, in English (e.g. "the hospital managers")
  arrangedByKey: string; // the same, as a content key for other languages and audiences
  // Structured conclusions of the rule, for the action list and letters (machines/rules/rule.ts):
  basis: string; // the row of the law's decision table that decided it
  open: OpenPoint[]; // what the person still needs to check
  duty?: Citation; // the provision under which the body must (or may) arrange the advocate
  offer?: Offer; // with "may-be-offered" only: what kind of offer it is
  outside?: true; // the person's situation is not one this advocate is for at all (no decision, no care process…)
}

export type ActionGroup =
  | 'legal-help' // complaints and solicitors: first when legalAdvice
  | 'ask' // how to ask for an advocate the person is or may be entitled to
  | 'rights' // other rights that come with their situation (tribunal, RPR, Court of Protection)
  | 'questions' // the questions to ask an advocate
  | 'non-statutory' // advocacy and help where there is no legal right
  | 'self-advocacy';

/** One personalised next step; its wording is content, keyed by `key`. */
export interface Action {
  id: string; // stable and unique within one assessment
  group: ActionGroup;
  key: string; // content key of the step's wording
  vars?: MessageVars;
  kind?: AdvocateKind; // the advocate this step is about, if any
  contacts: string[]; // ids of organisations in content/organisations
  source?: Citation; // where the step rests on a legal duty
  partOf?: string; // the id of the step this one continues (shown with it, e.g. when to apply to a tribunal)
  deadline?: true; // a time limit the law sets is already running (e.g. a section 2 tribunal application)
}

export interface Assessment {
  nation: Nation;
  advocates: AdvocateResult[]; // one per kind that exists in this nation
  route: 'statutory' | 'check' | 'non-statutory';
  legalAdvice: boolean;
  actions: Action[]; // ordered, personalised next steps
}

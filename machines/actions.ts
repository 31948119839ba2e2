// The personalised action list: what to do next, in order, for one assessment.
// Sources: ../shared/law/README.md (ordering, legalAdvice), complaints-and-legal-help.md (refusals,
// complaints, tribunals, legal aid), imha.md / imca.md / care-and-support.md / scotland-and-ni.md
// (who to ask, who must arrange), non-statutory.md (other help, questions to ask an advocate).
// Law as at 25 November 2026; checked 2026-11-25.
//
// Wording is content: each step names a key in the `actions` namespace (with `_self`/`_helper`
// forms where it addresses the person) and the organisations (content/organisations) to show.
// This module decides only which steps apply and in what order; the advocate statuses come
// from the rules, and this module never changes them.

import { cite } from './rules/citations';
import type {
  Action,
  ActionGroup,
  AdvocateKind,
  AdvocateResult,
  Answer,
  Assessment,
  Citation,
  Facts,
  Nation,
  Section,
} from './types';

// ---------------------------------------------------------------------------------------------
// Ordering

/** The groups in the order they appear: legal help leads when a right may have been refused. */
export function actionGroupOrder(legalAdvice: boolean): readonly ActionGroup[] {
  return legalAdvice
    ? ['legal-help', 'ask', 'rights', 'questions', 'non-statutory', 'self-advocacy']
    : ['ask', 'rights', 'legal-help', 'questions', 'non-statutory', 'self-advocacy'];
}

/** Checklist items (keys in `actions`) shown under the step whose key is the map's key. */
export const actionItems: Readonly<Record<string, readonly string[]>> = {
  'questions.intro': [
    'questions.items.contact',
    'questions.items.scope',
    'questions.items.meetings',
    'questions.items.setting',
    'questions.items.records',
    'questions.items.confidentiality',
    'questions.items.complaints',
  ],
  'selfAdvocacy.tips.intro': [
    'selfAdvocacy.tips.items.writeDown',
    'selfAdvocacy.tips.items.inWriting',
    'selfAdvocacy.tips.items.takeSomeone',
    'selfAdvocacy.tips.items.timeToThink',
    'selfAdvocacy.tips.items.keepNotes',
    'selfAdvocacy.tips.items.knowRights',
  ],
};

// ---------------------------------------------------------------------------------------------
// Facts the steps turn on

const isEnglandOrWales = (nation: Nation): boolean => nation === 'england' || nation === 'wales';

/** Optional facts other than the situation facts: undefined means the person was not sure. */
const unknown = (answer: Answer | undefined): boolean => answer === undefined || answer === 'unsure';

const mayHaveRight = (a: AdvocateResult): boolean => a.status !== 'not-entitled';

const isUnderAct = (facts: Facts): boolean =>
  facts.mha === 'detained' || facts.mha === 'cto' || facts.mha === 'guardianship' || facts.mha === 'conditional-discharge';

/**
 * Sections whose patients can apply to the First-tier Tribunal (Mental Health) or the Mental
 * Health Review Tribunal for Wales (complaints-and-legal-help.md "Tribunals"). Not s4 (before a
 * second recommendation makes it s2), s5(2), s5(4), s35, s36, s38, s135 or s136; "other" and
 * "unsure" are not known to qualify.
 */
const tribunalSections: ReadonlySet<Section> = new Set<Section>(['2', '3', '37', '37/41', '45A', '47', '47/49', '48', '48/49']);

/** MHA s66 (and s69–s70, s75(2)): whether the person can apply to a tribunal to be discharged. */
export function canApplyToTribunal(facts: Facts): boolean {
  if (!isEnglandOrWales(facts.nation)) return false;
  switch (facts.mha) {
    case 'detained':
      return facts.section !== undefined && tribunalSections.has(facts.section);
    case 'cto': // s66(1): community patients may apply
    case 'guardianship': // s66(1)(c)
    case 'conditional-discharge': // s75(2)
      return true;
    default: // informal, none, unsure; an IMHA right from a s57/ECT discussion alone gives no tribunal
      return false;
  }
}

/**
 * DoLS apply to adults in England and Wales (MCA Sch A1), never to someone detained under the
 * Mental Health Act (Sch 1A); only an authorisation brings an RPR and the s21A challenge.
 */
export function isDolsAuthorised(facts: Facts): boolean {
  return isEnglandOrWales(facts.nation) && facts.age === '18-plus' && facts.mha !== 'detained' && facts.dols === 'authorised';
}

/**
 * The IMCA rule ruled an IMCA out because a family member or friend can be consulted (MCA
 * s4(7)): read from the rule's own reason, so the exclusions are not written twice.
 */
const familyConsultedInstead = (advocates: AdvocateResult[]): boolean =>
  advocates.some((a) => a.kind === 'imca' && a.status === 'not-entitled' && a.reasons.some((r) => r.key === 'imca.someoneToConsult'));

// ---------------------------------------------------------------------------------------------
// Building steps

interface StepOptions {
  kind?: AdvocateKind;
  source?: Citation;
}

function step(id: string, group: ActionGroup, key: string, contacts: string[] = [], options: StepOptions = {}): Action {
  return {
    id,
    group,
    key,
    contacts,
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.source ? { source: options.source } : {}),
  };
}

/** The provision the advocate's status rests on: the rule's first reason. */
const ruleSource = (a: AdvocateResult): Citation | undefined => a.reasons[0]?.source;

function withSource(a: AdvocateResult, source = ruleSource(a)): StepOptions {
  return source ? { kind: a.kind, source } : { kind: a.kind };
}

// ---------------------------------------------------------------------------------------------
// 'ask' — how to ask for each advocate the person has or may have, and who must arrange it

function askImha(a: AdvocateResult, facts: Facts): Action[] {
  const wales = facts.nation === 'wales';
  if (a.status !== 'entitled') {
    // may-be-entitled: what to check and whom to ask.
    const key =
      facts.mha === 'unsure'
        ? 'ask.imha.checkStatus'
        : facts.mha === 'detained' && (facts.section === undefined || facts.section === 'unsure')
          ? 'ask.imha.checkSection'
          : 'ask.imha.checkTreatment';
    return [step('ask-imha', 'ask', key, [], withSource(a))];
  }

  const key = imhaEntitledKey(a);
  // s130J: the Welsh informal in-patient's right; otherwise who must tell them (s130D; s130K).
  const source =
    key === 'ask.imha.informalWales'
      ? cite('mha1983', 's130J', 'section/130J')
      : wales
        ? cite('mha1983', 's130K', 'section/130K')
        : cite('mha1983', 's130D', 'section/130D');
  const ask = step('ask-imha', 'ask', key, [], { kind: 'imha', source });
  // Who else can ask for a visit follows from the person's status under the Act; a right that
  // comes only from a treatment discussion has no responsible clinician to name.
  if (key === 'ask.imha.treatment') return [ask];
  const visit = wales
    ? step('ask-imha-visit', 'ask', 'ask.imha.visitWales', [], { kind: 'imha', source: cite('mha1983', 's130H(3)–(4)', 'section/130H') })
    : step('ask-imha-visit', 'ask', 'ask.imha.visitEngland', [], { kind: 'imha', source: cite('mha1983', 's130B(5)', 'section/130B') });
  return [ask, visit];
}

/**
 * Who must tell an entitled person about IMHA help (s130D / s130K–L) follows from what gave them
 * the right, which the IMHA rule has already decided and named in its arranger
 * (`imha.arrangedBy.<nation>.<who>`): read it there rather than decide it again.
 */
const imhaStepByTeller: Record<string, string> = {
  hospital: 'ask.imha.detained',
  cto: 'ask.imha.cto',
  guardianship: 'ask.imha.guardianship',
  conditionalDischarge: 'ask.imha.conditionalDischarge',
  informal: 'ask.imha.informalWales',
  treatment: 'ask.imha.treatment', // the right comes from a s57 (or, under 18, ECT) discussion
};

function imhaEntitledKey(a: AdvocateResult): string {
  return imhaStepByTeller[a.arrangedByKey.split('.').pop() ?? ''] ?? 'ask.imha.treatment';
}

// Shared "what to check" steps (imca.md, care-and-support.md). The same check is shown once even
// when two kinds turn on it, so their ids do not name the kind. Where the law asks something
// different of the same fact (the review power, reg 3), the check has a wording, and an id, of its own.
function check(fact: string, a: AdvocateResult, wording = fact): Action {
  return step(`ask-check-${wording}`, 'ask', `ask.check.${wording}`, [], { kind: a.kind });
}

/**
 * The DoLS supervisory body (imca.md): in England always the council; in Wales the council, or
 * the health board for a hospital. Steps that name it have a second wording for Wales.
 */
const namingSupervisoryBody = (key: string, nation: Nation): string => (nation === 'wales' ? `${key}Wales` : key);

function askImca(a: AdvocateResult, facts: Facts): Action[] {
  const wales = facts.nation === 'wales';
  if (a.status === 'entitled') {
    return facts.decision === 'serious-medical-treatment'
      ? [step('ask-imca', 'ask', 'ask.imca.seriousMedicalTreatment', [], withSource(a, cite('mca2005', 's37', 'section/37')))]
      : [step('ask-imca', 'ask', 'ask.imca.accommodation', [], withSource(a, cite('mca2005', 'ss38–39', 'section/38')))];
  }

  if (a.status === 'may-be-offered') {
    // Powers, not duties: England SI 2006/2883 reg 3 (review), reg 4 (adult protection); Wales SI 2007/852.
    const safeguarding = facts.decision === 'safeguarding';
    const source = wales
      ? cite('imcaWalesRegs2007', '')
      : safeguarding
        ? cite('imcaExpansionRegs2006', 'reg 4', 'regulation/4')
        : cite('imcaExpansionRegs2006', 'reg 3', 'regulation/3');
    // The review step says an attorney rules the power out; in Wales that could not be confirmed (imca.ts).
    const key = safeguarding ? 'ask.imca.safeguarding' : wales ? 'ask.imca.reviewWales' : 'ask.imca.review';
    const steps = [step('ask-imca', 'ask', key, [], withSource(a, source))];
    if (unknown(facts.lacksCapacity)) steps.push(check('lacksCapacity', a));
    if (!safeguarding) {
      // The review power needs conditions 1–4 of the duty (reg 3); the adult-protection power does
      // not. It is a power, so nobody "must" instruct; and any attorney or deputy, even one for
      // money only, rules it out (reg 3(1)(d)).
      if (unknown(facts.someoneToConsult)) steps.push(check('someoneToConsult', a, 'someoneToConsultReview'));
      if (unknown(facts.attorneyOrDeputy)) {
        steps.push(check('attorneyOrDeputy', a, wales ? 'attorneyOrDeputyReviewWales' : 'attorneyOrDeputyReview'));
      }
    }
    return steps;
  }

  // may-be-entitled: name each fact that is still open (imca.md decision table, "unsure" row).
  const steps = [step('ask-imca', 'ask', 'ask.imca.checkWho', [], withSource(a))];
  if (unknown(facts.lacksCapacity)) steps.push(check('lacksCapacity', a));
  if (unknown(facts.someoneToConsult)) steps.push(check('someoneToConsult', a));
  if (unknown(facts.attorneyOrDeputy)) steps.push(check('attorneyOrDeputy', a));
  if (facts.decision === 'accommodation') {
    if (unknown(facts.longStay)) steps.push(check('longStay', a));
    if (isUnderAct(facts) && unknown(facts.requiredByMha)) steps.push(check('requiredByMha', a));
  }
  if (facts.decision === 'serious-medical-treatment' && (facts.mha === 'detained' || facts.mha === 'cto')) {
    const sectionOpen = facts.section === undefined || facts.section === 'unsure' || facts.section === 'other';
    if (facts.treatmentFor === undefined || (facts.treatmentFor === 'mental' && facts.mha === 'detained' && sectionOpen)) {
      steps.push(check('treatmentRegulated', a));
    }
  }
  return steps;
}

function askImcaDols(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status === 'entitled') {
    const ask = (key: string, source: Citation) =>
      [step('ask-imca-dols', 'ask', namingSupervisoryBody(key, facts.nation), [], withSource(a, source))];
    if (facts.dols === 'being-assessed') return ask('ask.imcaDols.beingAssessed', cite('mca2005', 's39A', 'section/39A'));
    if (facts.representative === 'unpaid') return ask('ask.imcaDols.unpaidRepresentative', cite('mca2005', 's39D', 'section/39D'));
    return ask('ask.imcaDols.representativeGone', cite('mca2005', 's39C', 'section/39C'));
  }
  // may-be-entitled (imca.md, imca-dols table).
  const steps: Action[] = [];
  if (facts.dols === 'unsure') steps.push(step('ask-imca-dols', 'ask', 'ask.imcaDols.checkDols', [], withSource(a)));
  if (facts.dols === 'authorised' && (facts.representative === undefined || facts.representative === 'unsure')) {
    steps.push(step('ask-imca-dols', 'ask', 'ask.imcaDols.checkRepresentative', [], withSource(a)));
  }
  const consultMatters = facts.dols === 'being-assessed' || (facts.dols === 'authorised' && facts.representative === 'none');
  if (consultMatters && unknown(facts.someoneToConsult)) steps.push(check('someoneToConsult', a));
  if (unknown(facts.attorneyOrDeputy)) steps.push(check('attorneyOrDeputy', a));
  return steps;
}

function askCareAct(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status === 'entitled') return [step('ask-care-act', 'ask', 'ask.careAct.entitled', [], withSource(a))];
  if (a.status === 'may-be-offered') {
    // SI 2014/2889 reg 4: a duty that turns on the council's view of best interests.
    return [step('ask-care-act', 'ask', 'ask.careAct.judgment', [], withSource(a, cite('careAdvocacyRegs2014', 'reg 4', 'regulation/4')))];
  }
  return careProcessChecks(a, facts);
}

function askWalesIpa(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status === 'entitled') return [step('ask-wales-ipa', 'ask', 'ask.walesIpa.entitled', [], withSource(a))];
  return careProcessChecks(a, facts);
}

function careProcessChecks(a: AdvocateResult, facts: Facts): Action[] {
  const steps: Action[] = [];
  if (unknown(facts.substantialDifficulty)) steps.push(check('substantialDifficulty', a));
  if (unknown(facts.appropriateIndividual)) steps.push(check('appropriateIndividual', a));
  return steps;
}

function askScotland(a: AdvocateResult): Action[] {
  const key = a.status === 'entitled' ? 'ask.scotlandAdvocacy.entitled' : 'ask.scotlandAdvocacy.check';
  return [step('ask-scotland-advocacy', 'ask', key, ['siaa'], withSource(a, cite('mhcts2003', 's259', 'section/259')))];
}

function askNiImca(a: AdvocateResult): Action[] {
  const key = a.status === 'entitled' ? 'ask.niImca.entitled' : 'ask.niImca.check';
  return [step('ask-ni-imca', 'ask', key, [], withSource(a))];
}

function askNhsComplaints(a: AdvocateResult, facts: Facts): Action[] {
  const wales = facts.nation === 'wales';
  const decided = a.status === 'entitled';
  const key = wales
    ? decided ? 'ask.nhsComplaints.wales' : 'ask.nhsComplaints.ifYouComplainWales'
    : decided ? 'ask.nhsComplaints.england' : 'ask.nhsComplaints.ifYouComplainEngland';
  const contacts = wales ? ['llais'] : ['pals', 'voiceability', 'pohwer'];
  return [step('ask-nhs-complaints', 'ask', key, contacts, withSource(a))];
}

function askSteps(a: AdvocateResult, facts: Facts): Action[] {
  switch (a.kind) {
    case 'imha':
      return askImha(a, facts);
    case 'imca':
      return askImca(a, facts);
    case 'imca-dols':
      return askImcaDols(a, facts);
    case 'care-act':
      return askCareAct(a, facts);
    case 'wales-ipa':
      return askWalesIpa(a, facts);
    case 'scotland-advocacy':
      return askScotland(a);
    case 'ni-imca':
      return askNiImca(a);
    case 'nhs-complaints':
      return askNhsComplaints(a, facts);
  }
}

// ---------------------------------------------------------------------------------------------
// 'rights' — rights and help that come with the situation, beyond the advocate itself

function rightsSteps(facts: Facts, advocates: AdvocateResult[]): Action[] {
  const steps: Action[] = [];
  const { nation } = facts;

  if (canApplyToTribunal(facts)) {
    const source = facts.mha === 'conditional-discharge' ? cite('mha1983', 's75(2)', 'section/75') : cite('mha1983', 's66', 'section/66');
    steps.push(
      nation === 'wales'
        ? step('rights-tribunal', 'rights', 'rights.tribunal.wales', ['mhrt-wales', 'law-society-mental-health-accreditation'], { source })
        : step('rights-tribunal', 'rights', 'rights.tribunal.england', ['first-tier-tribunal-mental-health', 'law-society-mental-health-accreditation'], { source }),
    );
  }

  if (isDolsAuthorised(facts)) {
    steps.push(
      step('rights-dols-representative', 'rights', namingSupervisoryBody('rights.dols.representative', nation), [], {
        kind: 'imca-dols',
        source: cite('mca2005', 'Sch A1 Part 10', 'schedule/A1/part/10'),
      }),
      step('rights-dols-court-of-protection', 'rights', 'rights.dols.courtOfProtection', ['law-society-find-a-solicitor'], {
        kind: 'imca-dols',
        source: cite('mca2005', 's21A', 'section/21A'),
      }),
    );
  }

  if (familyConsultedInstead(advocates)) {
    steps.push(
      step('rights-family-consulted', 'rights', 'rights.familyConsulted', ['law-society-find-a-solicitor'], {
        kind: 'imca',
        source: cite('mca2005', 's4(7)', 'section/4'),
      }),
    );
  }

  // Children's advocacy (care-and-support.md, "Children"): next steps for under-18s, not a kind.
  if (facts.age !== '18-plus') {
    if (nation === 'england') {
      steps.push(step('rights-children', 'rights', 'rights.children.england', ['nyas'], { source: cite('childrenAct1989', 's26A', 'section/26A') }));
    } else if (nation === 'wales') {
      steps.push(step('rights-children', 'rights', 'rights.children.wales', ['tgp-cymru', 'nyas'], { source: cite('sswba2014', 's178', 'section/178') }));
    }
  }

  if (nation === 'scotland') {
    steps.push(
      step('rights-scotland-social-security', 'rights', 'rights.scotland.socialSecurity', [], {
        source: cite('socialSecurityScotland2018', 's10', 'section/10'),
      }),
      step('rights-scotland-pass', 'rights', 'rights.scotland.pass', ['pass-scotland']),
      step('rights-scotland-spso', 'rights', 'rights.scotland.spso', ['spso']),
      step('rights-scotland-mental-welfare-commission', 'rights', 'rights.scotland.mentalWelfareCommission', ['mental-welfare-commission']),
    );
  }

  // No statutory IMHA under the Mental Health (Northern Ireland) Order 1986 (scotland-and-ni.md).
  if (nation === 'northern-ireland' && facts.mha === 'detained') {
    steps.push(step('rights-ni-no-imha', 'rights', 'rights.northernIreland.noImha', ['patient-and-client-council']));
  }

  // England informal in-patients: MHA 2025 s40, Sch 3 (new s130CA) not yet in force.
  const imha = advocates.find((a) => a.kind === 'imha');
  if (nation === 'england' && facts.mha === 'informal-inpatient' && imha?.status !== 'entitled') {
    steps.push(step('rights-england-informal-inpatient', 'rights', 'rights.england.informalInpatient'));
  }

  return steps;
}

// ---------------------------------------------------------------------------------------------
// 'legal-help' — when a right may have been refused (complaints-and-legal-help.md)

function askInWritingKey(a: AdvocateResult, nation: Nation): string {
  switch (a.kind) {
    case 'imha':
      return 'legal.askInWriting.imha';
    case 'imca':
      return a.status === 'may-be-offered' ? 'legal.askInWriting.imcaPower' : 'legal.askInWriting.imca';
    case 'imca-dols':
      return namingSupervisoryBody('legal.askInWriting.imcaDols', nation);
    case 'care-act':
      return a.status === 'may-be-offered' ? 'legal.askInWriting.careActJudgment' : 'legal.askInWriting.careAct';
    case 'wales-ipa':
      return 'legal.askInWriting.walesIpa';
    case 'scotland-advocacy':
      return 'legal.askInWriting.scotlandAdvocacy';
    case 'ni-imca':
      return 'legal.askInWriting.niImca';
    case 'nhs-complaints':
      return nation === 'wales' ? 'legal.askInWriting.nhsComplaintsWales' : 'legal.askInWriting.nhsComplaintsEngland';
  }
}

function complaintSteps(nation: Nation, open: AdvocateResult[]): Action[] {
  const imhaOpen = open.some((a) => a.kind === 'imha');
  switch (nation) {
    case 'england': {
      const steps: Action[] = [];
      if (imhaOpen) {
        steps.push(
          step('legal-complain-imha', 'legal-help', 'legal.complain.englandImha', ['pals', 'lgsco', 'phso']),
          step('legal-complain-cqc', 'legal-help', 'legal.complain.cqc', ['cqc-mha-complaints'], { source: cite('mha1983', 's120', 'section/120') }),
        );
      }
      if (open.some((a) => a.kind !== 'imha')) {
        steps.push(step('legal-complain-council-or-nhs', 'legal-help', 'legal.complain.englandCouncilOrNhs', ['lgsco', 'phso']));
      }
      return steps;
    }
    case 'wales': {
      const steps = [
        step('legal-complain', 'legal-help', 'legal.complain.wales', ['llais', 'psow'], { source: cite('puttingThingsRightRegs2011', '') }),
      ];
      if (imhaOpen) steps.push(step('legal-complain-hiw', 'legal-help', 'legal.complain.walesHiw', ['hiw']));
      return steps;
    }
    case 'scotland':
      return [
        step('legal-complain', 'legal-help', 'legal.complain.scotland', ['mental-welfare-commission', 'pass-scotland', 'spso'], {
          source: cite('mhcts2003', 's259A', 'section/259A'),
        }),
      ];
    case 'northern-ireland':
      return [step('legal-complain', 'legal-help', 'legal.complain.northernIreland', ['patient-and-client-council'])];
  }
}

function legalAdviceSteps(facts: Facts): Action[] {
  switch (facts.nation) {
    case 'scotland':
      return [step('legal-solicitor', 'legal-help', 'legal.solicitorScotland', ['law-society-scotland'])];
    case 'northern-ireland':
      return [step('legal-solicitor', 'legal-help', 'legal.solicitorNorthernIreland')];
    case 'england':
    case 'wales': {
      // SI 2013/480 applies to England and Wales: tribunal and s21A cases are not means-tested.
      const tribunal = canApplyToTribunal(facts);
      const dols = isDolsAuthorised(facts);
      // The Law Society's Mental Health Accreditation is for tribunal work: only for those who can apply.
      const steps = [
        tribunal
          ? step('legal-solicitor', 'legal-help', 'legal.solicitorTribunal', ['law-society-find-a-solicitor', 'law-society-mental-health-accreditation'])
          : step('legal-solicitor', 'legal-help', 'legal.solicitor', ['law-society-find-a-solicitor']),
      ];
      if (tribunal) {
        steps.push(step('legal-aid-tribunal', 'legal-help', 'legal.legalAid.tribunal', [], { source: cite('legalAidFinancialRegs2013', 'reg 5(1)(f)', 'regulation/5') }));
      }
      if (dols) {
        steps.push(step('legal-aid-dols', 'legal-help', 'legal.legalAid.dols', [], { source: cite('legalAidFinancialRegs2013', 'reg 5(1)(g)', 'regulation/5') }));
      }
      steps.push(
        step('legal-aid-means-tested', 'legal-help', tribunal || dols ? 'legal.legalAid.meansTestedOther' : 'legal.legalAid.meansTested', [
          'gov-uk-check-legal-aid',
          'civil-legal-advice',
        ]),
        step('legal-citizens-advice', 'legal-help', 'legal.citizensAdvice', [facts.nation === 'wales' ? 'advicelink-cymru' : 'citizens-advice-england']),
      );
      return steps;
    }
  }
}

function legalHelpSteps(facts: Facts, open: AdvocateResult[]): Action[] {
  const steps: Action[] = [];
  // The seed's point: someone entitled cannot lawfully be told there is no service.
  if (open.some((a) => a.status === 'entitled' || a.status === 'may-be-entitled')) {
    steps.push(step('legal-no-service-is-unlawful', 'legal-help', 'legal.noServiceIsUnlawful'));
  }
  for (const a of open) {
    steps.push(step(`legal-ask-in-writing-${a.kind}`, 'legal-help', askInWritingKey(a, facts.nation), [], withSource(a)));
  }
  return [...steps, ...complaintSteps(facts.nation, open), ...legalAdviceSteps(facts)];
}

// Where nobody has said no (yet): one step pointing to the same routes.
const ifRefusedContacts: Record<Nation, string[]> = {
  england: ['pals', 'lgsco', 'law-society-find-a-solicitor'],
  wales: ['llais', 'psow', 'law-society-find-a-solicitor'],
  scotland: ['mental-welfare-commission', 'spso'],
  'northern-ireland': ['patient-and-client-council'],
};

// ---------------------------------------------------------------------------------------------
// 'questions', 'non-statutory', 'self-advocacy' (non-statutory.md)

const questionsStep = (): Action => step('questions', 'questions', 'questions.intro');

function nonStatutorySteps(nation: Nation): Action[] {
  const g: ActionGroup = 'non-statutory';
  const mind = [
    step('non-statutory-mind-infoline', g, 'nonStatutory.mindInfoline', ['mind-infoline']),
    step('non-statutory-local-mind', g, 'nonStatutory.localMind', ['local-minds', 'mind-infoline']),
  ];
  const carers = step('non-statutory-more-advice', g, 'nonStatutory.moreAdviceCarers', ['carers-uk']);
  switch (nation) {
    case 'england':
      return [
        ...mind,
        step('non-statutory-rethink', g, 'nonStatutory.rethink', ['rethink-mental-illness']),
        step('non-statutory-advocacy-providers', g, 'nonStatutory.advocacyProviders', ['voiceability', 'pohwer']),
        step('non-statutory-more-advice', g, 'nonStatutory.moreAdviceEngland', ['carers-uk', 'age-uk', 'mencap']),
      ];
    case 'wales':
      return [
        ...mind,
        step('non-statutory-advocacy-support-cymru', g, 'nonStatutory.advocacySupportCymru', ['advocacy-support-cymru']),
        step('non-statutory-llais', g, 'nonStatutory.llais', ['llais']),
        carers,
      ];
    case 'scotland':
      return [step('non-statutory-siaa', g, 'nonStatutory.siaa', ['siaa']), carers];
    case 'northern-ireland':
      return [
        step('non-statutory-trust-advocacy', g, 'nonStatutory.trustAdvocacy', ['disability-action', 'south-eastern-trust-peer-advocacy']),
        step('non-statutory-patient-client-council', g, 'nonStatutory.patientClientCouncil', ['patient-and-client-council']),
        carers,
      ];
  }
}

function selfAdvocacySteps(nation: Nation): Action[] {
  const g: ActionGroup = 'self-advocacy';
  // Mind names Rethink Mental Illness and VoiceAbility as helping to set up groups (England).
  const groupHelp = nation === 'england' ? ['rethink-mental-illness', 'voiceability'] : [];
  const guide = isEnglandOrWales(nation) ? ['mind-advocacy-guide'] : [];
  return [
    step('self-advocacy-group', g, 'selfAdvocacy.group', groupHelp),
    step('self-advocacy-informal', g, 'selfAdvocacy.informal'),
    step('self-advocacy-tips', g, 'selfAdvocacy.tips.intro', guide),
  ];
}

// ---------------------------------------------------------------------------------------------

function uniqueById(steps: Action[]): Action[] {
  const seen = new Set<string>();
  return steps.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/**
 * The ordered next steps for one assessment. With `legalAdvice` (a right may have been refused),
 * complaints and legal help come first; the questions to ask an advocate and the non-statutory
 * routes always follow the statutory steps.
 */
export function planActions(
  facts: Facts,
  advocates: AdvocateResult[],
  route: Assessment['route'],
  legalAdvice: boolean,
): Action[] {
  const open = advocates.filter(mayHaveRight);
  const ask = open.flatMap((a) => askSteps(a, facts));
  const rights = rightsSteps(facts, advocates);
  const statutory = legalAdvice
    ? [...legalHelpSteps(facts, open), ...ask, ...rights]
    : [
        ...ask,
        ...rights,
        ...(route !== 'non-statutory'
          ? [step('legal-if-refused', 'legal-help', 'legal.ifRefused', ifRefusedContacts[facts.nation])]
          : []),
      ];
  return uniqueById([...statutory, questionsStep(), ...nonStatutorySteps(facts.nation), ...selfAdvocacySteps(facts.nation)]);
}

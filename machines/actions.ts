// The personalised action list: what to do next, in order, for one assessment.
// It decides only which steps to show and in what order. Every legal conclusion a step rests on —
// a status, the row that decided it (`basis`), what is still to check (`open`), the provision a body
// acts under (`duty`), who can go to a tribunal and when, the routes of complaint — comes from the
// rules (machines/rules/); the planner never decides the law again, and holds no citation.
// Wording is content: each step names a key in the `actions` namespace (with `_self`/`_helper`
// forms where it addresses the person) and the organisations (content/organisations) to show.

import { authorisationInForce, legalAidNotMeansTested, s21A_courtChallenge, schA1_part10_representative } from './rules/imca-dols';
import { s4_7_consultFamily } from './rules/imca';
import { imhaTeller, imhaVisitRequests, mha2025_s40_informalPatients } from './rules/imha';
import {
  childrensHelpElsewhere,
  s10_socialSecurityAdvocacy,
  s11_mwcInvestigates,
  s120_mhaPowersReviewed,
  s122_childrensHearingAdvocacy,
} from './rules/redress';
import { puttingThingsRight } from './rules/nhs-complaints';
import { detainedWithoutStatutoryImha } from './rules/ni-imca';
import { reg4_bestInterests } from './rules/care-act';
import { tribunalLegalAid, tribunalRight, tribunalWindowClosing } from './rules/tribunal';
import type { Action, ActionGroup, AdvocateKind, AdvocateResult, Assessment, Citation, Facts, Nation, OpenPoint } from './types';

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
  // complaint routes, as numbered steps in the order a person takes them
  'legal.complain.englandImha': [
    'legal.complain.steps.hospital',
    'legal.complain.steps.councilImha',
    'legal.complain.steps.ombudsmenEngland',
  ],
  'legal.complain.englandCouncilOrNhs': ['legal.complain.steps.councilOrNhs', 'legal.complain.steps.ombudsmenEngland'],
  'legal.complain.englandChildren': [
    'legal.complain.steps.councilChildren',
    'legal.complain.steps.lgsco',
    'legal.complain.steps.childrensCommissioner',
  ],
  'legal.complain.wales': ['legal.complain.steps.walesBody', 'legal.complain.steps.psow'],
  'legal.complain.scotland': ['legal.complain.steps.scotlandBody', 'legal.complain.steps.spso'],
  'legal.complain.northernIreland': ['legal.complain.steps.trust', 'legal.complain.steps.nipso'],
  'selfAdvocacy.tips.intro': [
    'selfAdvocacy.tips.items.writeDown',
    'selfAdvocacy.tips.items.inWriting',
    'selfAdvocacy.tips.items.takeSomeone',
    'selfAdvocacy.tips.items.timeToThink',
    'selfAdvocacy.tips.items.keepNotes',
    'selfAdvocacy.tips.items.knowRights',
  ],
};

/** Items that are steps to take in order (a complaint route), shown numbered; other items are a plain list. */
export const orderedItems: ReadonlySet<string> = new Set(Object.keys(actionItems).filter((key) => key.startsWith('legal.complain.')));

// ---------------------------------------------------------------------------------------------
// Building steps

interface StepOptions {
  kind?: AdvocateKind;
  source?: Citation;
  partOf?: string;
  deadline?: boolean;
}

function step(id: string, group: ActionGroup, key: string, contacts: string[] = [], options: StepOptions = {}): Action {
  return {
    id,
    group,
    key,
    contacts,
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.source ? { source: options.source } : {}),
    ...(options.partOf ? { partOf: options.partOf } : {}),
    ...(options.deadline ? { deadline: true as const } : {}),
  };
}

/** The steps, each continuing `parent` (shown with it as one step). */
const continuing = (parent: string, steps: Action[]): Action[] => steps.map((s) => ({ ...s, partOf: parent }));

/** The step rests on the duty (or power) the rule named, or on another provision the rules export. */
const about = (a: AdvocateResult, source: Citation | undefined = a.duty): StepOptions =>
  source ? { kind: a.kind, source } : { kind: a.kind };

const byNation = <T>(nation: Nation, values: Record<'england' | 'wales', T>): T => (nation === 'wales' ? values.wales : values.england);

// ---------------------------------------------------------------------------------------------
// 'ask' — how to ask for each advocate the person has or may have, and what is still to check

/**
 * The wording of a "what to check" step for each open point the rules report. A point shared by two
 * kinds (e.g. whether there is family to consult) is one step, shown once; where the law asks
 * something different of the same point, the step has a wording, and an id, of its own.
 */
function checkKey(point: OpenPoint, a: AdvocateResult, nation: Nation): string {
  switch (a.kind) {
    case 'imha':
      if (point === 'mha') return 'ask.imha.checkStatus';
      if (point === 'section') return 'ask.imha.checkSection';
      if (point === 'placeOfSafety') return 'ask.imha.checkPlaceOfSafety';
      if (point === 'treatmentDiscussed') return 'ask.imha.checkTreatment';
      break;
    case 'imca':
      // The review power needs conditions 1–4 of the duty, and any attorney, even for money, rules it out.
      if (a.basis === 'reviewPower' && point === 'someoneToConsult') return 'ask.check.someoneToConsultReview';
      if (a.basis === 'reviewPower' && point === 'attorneyOrDeputy')
        return byNation(nation, { england: 'ask.check.attorneyOrDeputyReview', wales: 'ask.check.attorneyOrDeputyReviewWales' });
      break;
    case 'imca-dols':
      if (point === 'dols') return 'ask.imcaDols.checkDols';
      if (point === 'representative') return 'ask.imcaDols.checkRepresentative';
      if (point === 'mha') return 'ask.imcaDols.checkDetained';
      break;
    case 'ni-imca':
      if (point === 'dols') return 'ask.niImca.check';
      if (point === 'mha') return 'ask.niImca.checkDetained';
      break;
    case 'scotland-advocacy':
      return 'ask.scotlandAdvocacy.check';
    default:
      break;
  }
  return `ask.check.${point}`;
}

function checks(a: AdvocateResult, nation: Nation): Action[] {
  return a.open.map((point) => {
    const key = checkKey(point, a, nation);
    return step(key.replaceAll('.', '-'), 'ask', key, [], { kind: a.kind });
  });
}

/** How to ask for an IMHA: who must tell them about it (the rule's teller), and who else can ask for a visit. */
function askImha(a: AdvocateResult, nation: Nation): Action[] {
  if (a.status !== 'entitled') return checks(a, nation);
  const steps = [step('ask-imha', 'ask', `ask.imha.${imhaTeller({ arrangedBy: a.arrangedByKey })}`, [], about(a))];
  const visit = imhaVisitRequests(a, nation);
  if (visit) steps.push(step('ask-imha-visit', 'ask', `ask.imha.visit.${visit.list}`, [], { ...about(a, visit.cite), partOf: 'ask-imha' }));
  return steps;
}

const imcaPowerKey: Partial<Record<string, string>> = {
  safeguardingPower: 'ask.imca.safeguarding',
  decisionUnsurePower: 'ask.imca.decisionUnsurePower',
  reviewPower: 'ask.imca.review',
};

function askImca(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status === 'entitled') {
    const key = facts.decision === 'serious-medical-treatment' ? 'ask.imca.seriousMedicalTreatment' : 'ask.imca.accommodation';
    return [step('ask-imca', 'ask', key, [], about(a))];
  }
  if (a.status === 'may-be-offered') {
    // Powers, not duties: nobody "must" arrange one.
    const key = imcaPowerKey[a.basis] ?? 'ask.imca.safeguarding';
    const wales = facts.nation === 'wales' && a.basis === 'reviewPower' ? 'Wales' : '';
    return [step('ask-imca', 'ask', `${key}${wales}`, [], about(a)), ...continuing('ask-imca', checks(a, facts.nation))];
  }
  // may-be-entitled: each point that is still open, under a step that says they decide it.
  return [step('ask-imca', 'ask', 'ask.imca.checkWho', [], about(a)), ...continuing('ask-imca', checks(a, facts.nation))];
}

function askImcaDols(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status !== 'entitled') return checks(a, facts.nation);
  const key =
    a.basis === 's39A'
      ? 'ask.imcaDols.beingAssessed'
      : a.basis === 's39D'
        ? 'ask.imcaDols.unpaidRepresentative'
        : 'ask.imcaDols.representativeGone';
  return [step('ask-imca-dols', 'ask', byNation(facts.nation, { england: key, wales: `${key}Wales` }), [], about(a))];
}

function askCare(a: AdvocateResult, facts: Facts): Action[] {
  const prefix = a.kind === 'care-act' ? 'ask.careAct' : 'ask.walesIpa';
  if (a.status === 'entitled') return [step(`ask-${a.kind}`, 'ask', `${prefix}.entitled`, [], about(a))];
  // SI 2014/2889 reg 4: a duty that turns on the council's view of best interests.
  if (a.status === 'may-be-offered') return [step(`ask-${a.kind}`, 'ask', 'ask.careAct.judgment', [], about(a, reg4_bestInterests))];
  return checks(a, facts.nation);
}

function askChildren(a: AdvocateResult, facts: Facts): Action[] {
  if (a.status === 'entitled') {
    const key = facts.childrensServices === 'care-leaver' ? 'ask.children.entitledCareLeaver' : 'ask.children.entitled';
    return [step('ask-children', 'ask', key, [], about(a))];
  }
  if (a.status === 'may-be-offered') return [step('ask-children', 'ask', 'ask.children.ifYouComplain', [], about(a))];
  return checks(a, facts.nation);
}

const complaintsHelp: Record<Nation, { key: string; contacts: string[] }> = {
  england: { key: 'England', contacts: ['pals', 'voiceability', 'pohwer'] },
  wales: { key: 'Wales', contacts: ['llais'] },
  scotland: { key: 'Scotland', contacts: ['pass-scotland'] },
  'northern-ireland': { key: 'NorthernIreland', contacts: ['patient-and-client-council'] },
};

function askNhsComplaints(a: AdvocateResult, nation: Nation): Action[] {
  const { key, contacts } = complaintsHelp[nation];
  const wording = a.status === 'entitled' ? `ask.nhsComplaints.complain${key}` : `ask.nhsComplaints.ifYouComplain${key}`;
  return [step('ask-nhs-complaints', 'ask', wording, contacts, about(a))];
}

function askSteps(a: AdvocateResult, facts: Facts): Action[] {
  switch (a.kind) {
    case 'imha':
      return askImha(a, facts.nation);
    case 'imca':
      return askImca(a, facts);
    case 'imca-dols':
      return askImcaDols(a, facts);
    case 'care-act':
    case 'wales-ipa':
      return askCare(a, facts);
    case 'children':
      return askChildren(a, facts);
    case 'scotland-advocacy':
      return a.status === 'entitled'
        ? [step('ask-scotland-advocacy', 'ask', 'ask.scotlandAdvocacy.entitled', ['siaa'], about(a))]
        : checks(a, facts.nation).map((s) => ({ ...s, contacts: ['siaa'], ...(a.duty ? { source: a.duty } : {}) }));
    case 'ni-imca':
      return a.status === 'entitled' ? [step('ask-ni-imca', 'ask', 'ask.niImca.entitled', [], about(a))] : checks(a, facts.nation);
    case 'nhs-complaints':
      return askNhsComplaints(a, facts.nation);
  }
}

// ---------------------------------------------------------------------------------------------
// 'rights' — rights and help that come with the situation, beyond the advocate itself

function rightsSteps(facts: Facts, advocates: AdvocateResult[]): Action[] {
  const steps: Action[] = [];
  const { nation } = facts;
  const result = (kind: AdvocateKind) => advocates.find((a) => a.kind === kind);

  const tribunal = tribunalRight(facts);
  if (tribunal) {
    steps.push(
      byNation(nation, {
        // with the IMHA: the same status under the Act gives both, and an IMHA can help with the application
        england: step(
          'rights-tribunal',
          'rights',
          'rights.tribunal.england',
          ['first-tier-tribunal-mental-health', 'law-society-mental-health-accreditation'],
          {
            kind: 'imha',
            source: tribunal.cite,
          },
        ),
        wales: step('rights-tribunal', 'rights', 'rights.tribunal.wales', ['mhrt-wales', 'law-society-mental-health-accreditation'], {
          kind: 'imha',
          source: tribunal.cite,
        }),
      }),
      step('rights-tribunal-when', 'rights', `rights.tribunalWhen.${tribunal.timing}`, [], {
        kind: 'imha',
        source: tribunal.cite,
        partOf: 'rights-tribunal',
        deadline: tribunalWindowClosing(tribunal.timing),
      }),
    );
  }

  if (authorisationInForce(facts)) {
    steps.push(
      step(
        'rights-dols-representative',
        'rights',
        byNation(nation, { england: 'rights.dols.representative', wales: 'rights.dols.representativeWales' }),
        [],
        {
          kind: 'imca-dols',
          source: schA1_part10_representative,
        },
      ),
      step('rights-dols-court-of-protection', 'rights', 'rights.dols.courtOfProtection', ['law-society-find-a-solicitor'], {
        kind: 'imca-dols',
        source: s21A_courtChallenge,
        partOf: 'rights-dols-representative',
      }),
    );
  }

  // The IMCA rule ruled an IMCA out because a family member or friend can be consulted (MCA s4(7)).
  if (result('imca')?.basis === 'someoneToConsult') {
    steps.push(
      step('rights-family-consulted', 'rights', 'rights.familyConsulted', ['law-society-find-a-solicitor'], {
        kind: 'imca',
        source: s4_7_consultFamily,
      }),
    );
  }

  // Children's advocacy: the Children's Commissioner in England and Wales; elsewhere, other routes.
  const children = result('children');
  if (children && children.status !== 'not-entitled') {
    steps.push(
      byNation(nation, {
        england: step('rights-children-commissioner', 'rights', 'rights.children.commissionerEngland', ['childrens-commissioner-england'], {
          kind: 'children',
        }),
        wales: step('rights-children-commissioner', 'rights', 'rights.children.commissionerWales', ['childrens-commissioner-wales'], {
          kind: 'children',
        }),
      }),
    );
  }
  if (childrensHelpElsewhere(facts)) {
    steps.push(
      nation === 'scotland'
        ? step('rights-children', 'rights', 'rights.children.scotland', ['childrens-hearings-advocacy-scotland'], {
            source: s122_childrensHearingAdvocacy,
          })
        : step('rights-children', 'rights', 'rights.children.northernIreland', ['niccy', 'voypic']),
    );
  }

  if (nation === 'scotland') {
    steps.push(
      step('rights-scotland-social-security', 'rights', 'rights.scotland.socialSecurity', [], { source: s10_socialSecurityAdvocacy }),
      step('rights-scotland-spso', 'rights', 'rights.scotland.spso', ['spso']),
      step('rights-scotland-mental-welfare-commission', 'rights', 'rights.scotland.mentalWelfareCommission', ['mental-welfare-commission']),
    );
  }

  // No statutory IMHA under the Mental Health (Northern Ireland) Order 1986.
  if (detainedWithoutStatutoryImha(facts)) {
    steps.push(step('rights-ni-no-imha', 'rights', 'rights.northernIreland.noImha', ['patient-and-client-council'], { kind: 'ni-imca' }));
  }

  // English informal in-patients: the Mental Health Act 2025, s40, is not in force.
  if (result('imha')?.basis === 'informalEngland') {
    steps.push(
      step('rights-england-informal-inpatient', 'rights', 'rights.england.informalInpatient', [], {
        kind: 'imha',
        source: mha2025_s40_informalPatients,
      }),
    );
  }

  return steps;
}

// ---------------------------------------------------------------------------------------------
// 'legal-help' — when a right may have been refused (complaints-and-legal-help.md)

function askInWritingKey(a: AdvocateResult, nation: Nation): string {
  const power = a.status === 'may-be-offered';
  switch (a.kind) {
    case 'imha':
      // the council that is responsible for the guardianship, otherwise the hospital managers (s130D)
      return imhaTeller({ arrangedBy: a.arrangedByKey }) === 'guardianship'
        ? 'legal.askInWriting.imhaGuardianship'
        : 'legal.askInWriting.imha';
    case 'imca':
      return power ? 'legal.askInWriting.imcaPower' : 'legal.askInWriting.imca';
    case 'imca-dols':
      return byNation(nation, { england: 'legal.askInWriting.imcaDols', wales: 'legal.askInWriting.imcaDolsWales' });
    case 'care-act':
      return power ? 'legal.askInWriting.careActJudgment' : 'legal.askInWriting.careAct';
    case 'wales-ipa':
      return 'legal.askInWriting.walesIpa';
    case 'children':
      return byNation(nation, { england: 'legal.askInWriting.children', wales: 'legal.askInWriting.childrenWales' });
    case 'scotland-advocacy':
      return 'legal.askInWriting.scotlandAdvocacy';
    case 'ni-imca':
      return 'legal.askInWriting.niImca';
    case 'nhs-complaints':
      return `legal.askInWriting.nhsComplaints${complaintsHelp[nation].key}`;
  }
}

function complaintSteps(nation: Nation, open: AdvocateResult[]): Action[] {
  const has = (kind: AdvocateKind) => open.some((a) => a.kind === kind);
  const steps: Action[] = [];
  switch (nation) {
    case 'england':
      if (has('imha')) {
        steps.push(
          step('legal-complain-imha', 'legal-help', 'legal.complain.englandImha', ['pals', 'lgsco', 'phso']),
          step('legal-complain-cqc', 'legal-help', 'legal.complain.cqc', ['cqc-mha-complaints'], { source: s120_mhaPowersReviewed }),
        );
      }
      if (has('children')) steps.push(step('legal-complain-children', 'legal-help', 'legal.complain.englandChildren', ['lgsco']));
      if (open.some((a) => a.kind !== 'imha' && a.kind !== 'children')) {
        steps.push(step('legal-complain-council-or-nhs', 'legal-help', 'legal.complain.englandCouncilOrNhs', ['lgsco', 'phso']));
      }
      return steps;
    case 'wales':
      steps.push(step('legal-complain', 'legal-help', 'legal.complain.wales', ['llais', 'psow'], { source: puttingThingsRight }));
      if (has('imha'))
        steps.push(step('legal-complain-hiw', 'legal-help', 'legal.complain.walesHiw', ['hiw'], { source: s120_mhaPowersReviewed }));
      return steps;
    case 'scotland':
      return [
        step('legal-complain', 'legal-help', 'legal.complain.scotland', ['pass-scotland', 'spso']),
        step(
          'legal-complain-mental-welfare-commission',
          'legal-help',
          'legal.complain.scotlandMentalWelfareCommission',
          ['mental-welfare-commission'],
          {
            source: s11_mwcInvestigates,
          },
        ),
      ];
    case 'northern-ireland':
      return [step('legal-complain', 'legal-help', 'legal.complain.northernIreland', ['patient-and-client-council', 'nipso'])];
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
      const tribunal = tribunalRight(facts) !== undefined;
      const dols = authorisationInForce(facts);
      // The Law Society's Mental Health Accreditation is for tribunal work: only for those who can apply.
      const steps = [
        tribunal
          ? step('legal-solicitor', 'legal-help', 'legal.solicitorTribunal', [
              'law-society-find-a-solicitor',
              'law-society-mental-health-accreditation',
            ])
          : step('legal-solicitor', 'legal-help', 'legal.solicitor', ['law-society-find-a-solicitor']),
      ];
      if (tribunal) steps.push(step('legal-aid-tribunal', 'legal-help', 'legal.legalAid.tribunal', [], { source: tribunalLegalAid }));
      if (dols) steps.push(step('legal-aid-dols', 'legal-help', 'legal.legalAid.dols', [], { source: legalAidNotMeansTested }));
      steps.push(
        step('legal-aid-means-tested', 'legal-help', tribunal || dols ? 'legal.legalAid.meansTestedOther' : 'legal.legalAid.meansTested', [
          'gov-uk-check-legal-aid',
          'civil-legal-advice',
        ]),
        step('legal-citizens-advice', 'legal-help', 'legal.citizensAdvice', [
          facts.nation === 'wales' ? 'advicelink-cymru' : 'citizens-advice-england',
        ]),
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
  for (const a of open) steps.push(step(`legal-ask-in-writing-${a.kind}`, 'legal-help', askInWritingKey(a, facts.nation), [], about(a)));
  return [...steps, ...complaintSteps(facts.nation, open), ...legalAdviceSteps(facts)];
}

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
  const guide = nation === 'england' || nation === 'wales' ? ['mind-advocacy-guide'] : [];
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
export function planActions(facts: Facts, advocates: AdvocateResult[], route: Assessment['route'], legalAdvice: boolean): Action[] {
  const open = advocates.filter((a) => a.status !== 'not-entitled');
  const ask = open.flatMap((a) => askSteps(a, facts));
  const rights = [...whenItChanges(advocates), ...rightsSteps(facts, advocates)];
  // Where a right may exist, the steps for when it is refused are always planned: first when it has
  // been (after a pointer to them that the result page shows among the next steps), otherwise after
  // the statutory steps, behind the same pointer.
  const legal = route === 'non-statutory' ? [] : legalHelpSteps(facts, open);
  const statutory = legalAdvice
    ? [...legal, step('legal-if-refused', 'legal-help', 'legal.ifStillRefused'), ...ask, ...rights]
    : [...ask, ...rights, ...(route !== 'non-statutory' ? [step('legal-if-refused', 'legal-help', 'legal.ifRefused'), ...legal] : [])];
  return uniqueById([...statutory, questionsStep(), ...nonStatutorySteps(facts.nation), ...selfAdvocacySteps(facts.nation)]);
}

/**
 * Where a short power rules the IMHA out (England: s4, s5(2), s5(4), s135, s136), the rule says what
 * would change it (being detained under a section that gives the right): the step is to ask then.
 */
function whenItChanges(advocates: AdvocateResult[]): Action[] {
  const imha = advocates.find((a) => a.kind === 'imha');
  return imha?.status === 'not-entitled' && imha.basis === 'excludedSection'
    ? [step('rights-imha-if-detained-later', 'rights', 'ask.imha.ifDetainedLater', [], { kind: 'imha' })]
    : [];
}

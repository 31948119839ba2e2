// Care Act 2014, ss67–68, with the Care and Support (Independent Advocacy Support) (No. 2)
// Regulations 2014 (SI 2014/2889), reg 4.
// A council must arrange an independent advocate for someone it is assessing, planning or
// reviewing care and support with (s67), or making a safeguarding enquiry about (s68), who would
// have substantial difficulty taking part and has no appropriate individual to support them.
// Where there is an appropriate individual, reg 4 still requires one in two cases (not for
// safeguarding). Lacking mental capacity is not a condition.
// Applies in England only (kinds.ts). Spec: ../../shared/law/care-and-support.md. Checked 2026-12-01.
// The table is applied exactly as written, first match deciding.

import type { Answer, CareProcess, Citation, Offer, OpenPoint, Status } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { because, type Known, type ReasonSpec, type Reasons, type Rule, type RuleResult } from './rule';

type Process = Exclude<CareProcess, 'none' | 'unsure'>;

// The provision each process rests on, cited so the person can see what the council is doing.
const processLaw: Record<Process, { key: string; cite: Citation }> = {
  'needs-assessment': { key: 'careAct.process.needsAssessment', cite: cite('careAct2014', 's9', 'section/9') },
  'carers-assessment': { key: 'careAct.process.carersAssessment', cite: cite('careAct2014', 's10', 'section/10') },
  'care-plan': { key: 'careAct.process.carePlan', cite: cite('careAct2014', 's25', 'section/25') },
  review: { key: 'careAct.process.review', cite: cite('careAct2014', 's27', 'section/27') },
  transition: { key: 'careAct.process.transition', cite: cite('careAct2014', 'ss58–64', 'section/58') },
  // s42 enquiries and s44 Safeguarding Adults Reviews: the wizard asks about both together.
  safeguarding: { key: 'careAct.process.safeguarding', cite: cite('careAct2014', 'ss42, 44', 'section/42') },
};

// s67 (assessment and planning) and s68 (safeguarding) state the same three conditions in
// parallel subsections; which section applies depends only on the process.
interface AdvocacyDuty {
  scope: Citation; // which processes the duty covers
  duty: Citation; // the council must arrange an independent advocate
  substantialDifficulty: Citation; // the condition
  appropriateIndividual: Citation; // the exception
}

const s67_assessmentAndPlanning: AdvocacyDuty = {
  scope: cite('careAct2014', 's67(3)', 'section/67'),
  duty: cite('careAct2014', 's67(2)', 'section/67'),
  substantialDifficulty: cite('careAct2014', 's67(4)', 'section/67'),
  appropriateIndividual: cite('careAct2014', 's67(5)–(6)', 'section/67'),
};

const s68_safeguarding: AdvocacyDuty = {
  scope: cite('careAct2014', 's68(1)', 'section/68'),
  duty: cite('careAct2014', 's68(2)', 'section/68'),
  substantialDifficulty: cite('careAct2014', 's68(3)', 'section/68'),
  appropriateIndividual: cite('careAct2014', 's68(4)–(5)', 'section/68'),
};

// When the person is not sure what the council is doing, cite both duties.
const ss67_68_eitherDuty = cite('careAct2014', 'ss67–68', 'section/67');

export const reg4_bestInterests = cite('careAdvocacyRegs2014', 'reg 4', 'regulation/4');

const ARRANGED_BY = 'careAct.arrangedBy';

// Undefined answers are "unsure" (../../shared/law/README.md): the wizard should have asked.
const answer = (value: Answer | undefined): Answer => value ?? 'unsure';

const processOf = (facts: Known): CareProcess => facts.careProcess ?? 'none'; // a situation fact
const dutyOf = (process: CareProcess): AdvocacyDuty => (process === 'safeguarding' ? s68_safeguarding : s67_assessmentAndPlanning);

// Only adults, except in transition assessments (ss58–64), which are for children and young carers
// approaching 18 and for the carers of children. A process the person is not sure of may be one.
const outsideCareAct = (facts: Known) => facts.age !== '18-plus' && processOf(facts) !== 'transition' && processOf(facts) !== 'unsure';

// reg 4: the cases in which an appropriate individual does not remove the duty. "Unsure" counts,
// because a different answer would make the duty apply.
function reg4Cases(facts: Known): ReasonSpec[] {
  const cases: ReasonSpec[] = [];
  if (answer(facts.nhsPlacementLikely) !== 'no') cases.push(because('careAct.reg4NhsPlacement', reg4_bestInterests));
  if (answer(facts.disagreement) !== 'no') cases.push(because('careAct.reg4Disagreement', reg4_bestInterests));
  return cases;
}

export type CareActBasis =
  'noCareProcess' | 'under18' | 'noSubstantialDifficulty' | 'reg4' | 'appropriateIndividual' | 'unsure' | 'entitled';

function result(status: Status, reasons: Reasons, basis: CareActBasis, open: OpenPoint[] = [], duty?: Citation, offer?: Offer): RuleResult {
  return {
    kind: 'care-act',
    status,
    reasons,
    arrangedBy: ARRANGED_BY,
    basis,
    open,
    ...(duty ? { duty } : {}),
    ...(offer ? { offer } : {}),
  };
}

export const careAct: Rule = (facts) => {
  const process = processOf(facts);

  // 1. The council is not doing any of the things the duty covers.
  if (process === 'none') {
    return result(
      'not-entitled',
      [because('careAct.noCareProcess', s67_assessmentAndPlanning.scope), because('careAct.noSafeguardingEnquiry', s68_safeguarding.scope)],
      'noCareProcess',
    );
  }

  const law = dutyOf(process);
  const processReason =
    process === 'unsure'
      ? because('careAct.processUnsure', ss67_68_eitherDuty)
      : because(processLaw[process].key, processLaw[process].cite);

  // 2. Under 18 outside a transition assessment: children's services advocacy applies instead.
  if (outsideCareAct(facts)) return result('not-entitled', [because('careAct.under18', law.scope)], 'under18');

  // 3. s67(4) / s68(3): substantial difficulty in understanding, retaining, using or weighing
  // information, or communicating views. Capacity is not asked: it is not a condition.
  const substantialDifficulty = answer(facts.substantialDifficulty);
  if (substantialDifficulty === 'no') {
    return result('not-entitled', [because('careAct.noSubstantialDifficulty', law.substantialDifficulty)], 'noSubstantialDifficulty');
  }
  const difficultyReason =
    substantialDifficulty === 'yes'
      ? because('careAct.substantialDifficulty', law.substantialDifficulty)
      : because('careAct.substantialDifficultyUnsure', law.substantialDifficulty);

  // s67(5)–(6) / s68(4)–(5): an appropriate individual (unpaid, able and willing, agreed to or in
  // their best interests) removes the duty…
  const appropriateIndividual = answer(facts.appropriateIndividual);
  if (appropriateIndividual === 'yes') {
    // 4. …except, for assessment and planning only, in the reg 4 cases. The council must also be
    // satisfied an advocate is in the person's best interests, so the most we can say is "may".
    const [firstCase, ...otherCases] = process === 'safeguarding' ? [] : reg4Cases(facts);
    if (firstCase) {
      return result(
        'may-be-offered',
        [
          processReason,
          difficultyReason,
          because('careAct.appropriateIndividualUsually', law.appropriateIndividual),
          firstCase,
          ...otherCases,
        ],
        'reg4',
        [],
        reg4_bestInterests,
        'bodyDecides', // the council must, if it decides an advocate is in their best interests
      );
    }
    // 5. s68 has no reg 4 exception.
    return result(
      'not-entitled',
      process === 'safeguarding'
        ? [because('careAct.hasAppropriateIndividualSafeguarding', law.appropriateIndividual)]
        : [because('careAct.hasAppropriateIndividual', law.appropriateIndividual), because('careAct.reg4Later', reg4_bestInterests)],
      'appropriateIndividual',
    );
  }
  const individualReason =
    appropriateIndividual === 'no'
      ? because('careAct.noAppropriateIndividual', law.appropriateIndividual)
      : because('careAct.appropriateIndividualUnsure', law.appropriateIndividual);

  // 6. Something they were not sure of decides it.
  const open: OpenPoint[] = [];
  if (process === 'unsure') open.push('careProcess');
  if (substantialDifficulty === 'unsure') open.push('substantialDifficulty');
  if (appropriateIndividual === 'unsure') open.push('appropriateIndividual');
  if (open.length > 0) {
    return result(
      'may-be-entitled',
      [processReason, difficultyReason, individualReason],
      'unsure',
      open,
      process === 'unsure' ? ss67_68_eitherDuty : law.duty,
    );
  }

  // 7. Every condition is met.
  return result(
    'entitled',
    [because('careAct.mustArrange', law.duty), processReason, difficultyReason, individualReason],
    'entitled',
    [],
    law.duty,
  );
};

// — what the question registry asks of this rule —

const careActInPlay = (k: Known) => kindExists('care-act', k.nation) && processOf(k) !== 'none' && !outsideCareAct(k);

/** Substantial difficulty matters once the council is (or may be) doing something the duty covers. */
export const careActTurnsOnDifficulty = (k: Known): boolean => careActInPlay(k);

/** Whether there is an appropriate individual matters unless difficulty has been ruled out (row 3). */
export const careActTurnsOnAppropriateIndividual = (k: Known): boolean => careActInPlay(k) && k.substantialDifficulty !== 'no';

/** reg 4 is in play: an appropriate individual, outside safeguarding (row 4). */
const reg4InPlay = (k: Known) =>
  careActTurnsOnAppropriateIndividual(k) && k.appropriateIndividual === 'yes' && processOf(k) !== 'safeguarding';

/** A likely long NHS placement matters in the reg 4 case. */
export const careActTurnsOnNhsPlacement = (k: Known): boolean => reg4InPlay(k);

/** A disagreement matters in the reg 4 case when a placement has been ruled out (either is enough). */
export const careActTurnsOnDisagreement = (k: Known): boolean => reg4InPlay(k) && k.nhsPlacementLikely === 'no';

// not modelled: Safeguarding Adults Reviews (s44, covered by s68(1)(b)) are treated as part of
// "safeguarding"; the wizard asks about enquiries and reviews together.
// not modelled: carer's assessment for an under-18 outside transition (s10 is for adult carers;
// young carers are assessed under s63, which is "transition" here).

// Mental Health (Care and Treatment) (Scotland) Act 2003, s259 — right of access to independent
// advocacy. Every person with a mental disorder (s328: mental illness, personality disorder or
// learning disability, however caused or manifested) has the right; each local authority and
// health board must secure the service. No detention or diagnosis is needed; children are included.
// Applies in Scotland only (kinds.ts). Spec: ../../shared/law/scotland-and-ni.md. Checked 2026-12-01.
// Scottish law only: nothing here refers to the Mental Health Act 1983 or its sections.

import type { Answer, OpenPoint, Status } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { because, type Known, type Reasons, type Rule, type RuleResult } from './rule';

export const s259_1_rightOfAccess = cite('mhcts2003', 's259(1)', 'section/259');
const s328_1_mentalDisorder = cite('mhcts2003', 's328(1)', 'section/328');

const ARRANGED_BY = 'scotlandAdvocacy.arrangedBy';

// Anyone detained, on an order, or in hospital for their mental health has a mental disorder for
// this purpose; "none" and "unsure" tell us nothing.
const isUnderMentalHealthCare = (facts: Known) => facts.mha !== undefined && facts.mha !== 'none' && facts.mha !== 'unsure';

// Undefined answers are "unsure" (../../shared/law/README.md): the wizard should have asked.
const answer = (value: Answer | undefined): Answer => value ?? 'unsure';

export type ScotlandAdvocacyBasis = 'mentalDisorder' | 'underMentalHealthCare' | 'unsure' | 'noMentalDisorder';

function result(status: Status, reasons: Reasons, basis: ScotlandAdvocacyBasis, open: OpenPoint[] = []): RuleResult {
  return {
    kind: 'scotland-advocacy',
    status,
    reasons,
    arrangedBy: ARRANGED_BY,
    basis,
    open,
    ...(status !== 'not-entitled' ? { duty: s259_1_rightOfAccess } : {}),
  };
}

export const scotlandAdvocacy: Rule = (facts) => {
  const mentalDisorder = answer(facts.mentalDisorder);

  if (mentalDisorder === 'yes') {
    return result(
      'entitled',
      [because('scotlandAdvocacy.rightOfAccess', s259_1_rightOfAccess), because('scotlandAdvocacy.mentalDisorder', s328_1_mentalDisorder)],
      'mentalDisorder',
    );
  }
  if (isUnderMentalHealthCare(facts)) {
    return result(
      'entitled',
      [
        because('scotlandAdvocacy.rightOfAccess', s259_1_rightOfAccess),
        because('scotlandAdvocacy.underMentalHealthCare', s259_1_rightOfAccess),
      ],
      'underMentalHealthCare',
    );
  }

  if (mentalDisorder === 'unsure' || facts.mha === 'unsure') {
    const reasons: Reasons = [because('scotlandAdvocacy.rightOfAccess', s259_1_rightOfAccess)];
    const open: OpenPoint[] = [];
    if (mentalDisorder === 'unsure') {
      reasons.push(because('scotlandAdvocacy.mentalDisorderUnsure', s328_1_mentalDisorder));
      open.push('mentalDisorder');
    }
    if (facts.mha === 'unsure') {
      reasons.push(because('scotlandAdvocacy.mhaUnsure', s259_1_rightOfAccess));
      open.push('mha');
    }
    return result('may-be-entitled', reasons, 'unsure', open);
  }

  // The statutory right covers mental disorder only; other independent advocacy exists (SIAA).
  return result('not-entitled', [because('scotlandAdvocacy.noMentalDisorder', s259_1_rightOfAccess)], 'noMentalDisorder');
};

// — what the question registry asks of this rule —

/** Whether they have a mental disorder matters unless their mental health care already shows it (s259, s328). */
export const scotlandTurnsOnMentalDisorder = (k: Known): boolean =>
  kindExists('scotland-advocacy', k.nation) && k.mha !== undefined && !isUnderMentalHealthCare(k);

// not modelled: the right to advocacy for disabled people dealing with Social Security Scotland
// (Social Security (Scotland) Act 2018 s10), PASS, the SPSO and the Mental Welfare Commission —
// these are next steps in the action list, not separate kinds.

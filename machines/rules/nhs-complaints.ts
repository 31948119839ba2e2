// Independent advocacy for people making, or intending to make, a complaint about NHS care.
// England: Local Government and Public Involvement in Health Act 2007, s223A (inserted by the
// Health and Social Care Act 2012, s185) — each local authority must arrange it.
// Wales: National Health Service (Wales) Act 2006, s187 — the Welsh Ministers must arrange it;
// Llais provides it (Health and Social Care (Quality and Engagement) (Wales) Act 2020, s16).
// Complaints in Wales follow "Putting Things Right" (National Health Service (Concerns,
// Complaints and Redress Arrangements) (Wales) Regulations 2011).
// Applies in England and Wales. Spec: ../../shared/law/complaints-and-legal-help.md. Checked 2026-11-25.

import type { Facts } from '../types';
import { cite } from './citations';
import { because, type ReasonSpec, type Rule, type RuleResult } from './rule';

const s223A_englishCouncilsArrange = cite('lgpih2007', 's223A', 'section/223A');
const s187_welshMinistersArrange = cite('nhsWales2006', 's187', 'section/187');
const s16_llaisProvides = cite('hscqeWales2020', 's16', 'section/16');
const puttingThingsRight = cite('puttingThingsRightRegs2011', '');

type Reasons = [ReasonSpec, ...ReasonSpec[]];

// The reasons each nation gives, by what the person said about complaining.
interface ComplaintsLaw {
  complaining: Reasons;
  mayComplain: Reasons;
  notComplaining: Reasons;
  arrangedBy: string;
}

const england: ComplaintsLaw = {
  complaining: [because('nhsComplaints.england.duty', s223A_englishCouncilsArrange)],
  mayComplain: [because('nhsComplaints.england.ifYouComplain', s223A_englishCouncilsArrange)],
  notComplaining: [because('nhsComplaints.notComplaining', s223A_englishCouncilsArrange)],
  arrangedBy: 'nhsComplaints.arrangedBy.england',
};

// Wales cites both the duty (s187) and the body that carries it out (s16).
const wales: ComplaintsLaw = {
  complaining: [
    because('nhsComplaints.wales.duty', s187_welshMinistersArrange),
    because('nhsComplaints.wales.llais', s16_llaisProvides),
    because('nhsComplaints.wales.puttingThingsRight', puttingThingsRight),
  ],
  mayComplain: [
    because('nhsComplaints.wales.ifYouComplain', s187_welshMinistersArrange),
    because('nhsComplaints.wales.llais', s16_llaisProvides),
    because('nhsComplaints.wales.puttingThingsRight', puttingThingsRight),
  ],
  notComplaining: [
    because('nhsComplaints.notComplaining', s187_welshMinistersArrange),
    because('nhsComplaints.wales.llais', s16_llaisProvides),
  ],
  arrangedBy: 'nhsComplaints.arrangedBy.wales',
};

function result(status: RuleResult['status'], reasons: Reasons, law: ComplaintsLaw): RuleResult {
  return { kind: 'nhs-complaints', status, reasons, arrangedBy: law.arrangedBy };
}

export const nhsComplaints: Rule = (facts: Facts) => {
  // Scotland (PASS) and Northern Ireland (Patient and Client Council) have their own routes,
  // given in the action list; this statutory service is England's and Wales's.
  if (facts.nation !== 'england' && facts.nation !== 'wales') {
    return result('not-entitled', [because('nhsComplaints.englandAndWalesOnly', s223A_englishCouncilsArrange)], england);
  }
  const law = facts.nation === 'wales' ? wales : england;

  // A situation fact: unanswered means the person does not want to complain now.
  switch (facts.nhsComplaint ?? 'no') {
    case 'yes':
      return result('entitled', law.complaining, law);
    case 'unsure':
      // Available the moment they decide to complain.
      return result('may-be-offered', law.mayComplain, law);
    case 'no':
      return result('not-entitled', law.notComplaining, law);
  }
};

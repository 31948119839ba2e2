// Help to make a complaint about NHS care (in Northern Ireland, health and social care), in all
// four nations. Each nation's law gives it in its own way:
// England: Local Government and Public Involvement in Health Act 2007, s223A (inserted by the
//   Health and Social Care Act 2012, s185) — each local authority must arrange independent advocacy.
// Wales: National Health Service (Wales) Act 2006, s187 — the Welsh Ministers must arrange it;
//   Llais provides it (Health and Social Care (Quality and Engagement) (Wales) Act 2020, s16).
//   Complaints follow "Putting Things Right" (NHS (Concerns, Complaints and Redress Arrangements)
//   (Wales) Regulations 2011).
// Scotland: Patient Rights (Scotland) Act 2011, ss17–18 — each health board must secure the Patient
//   Advice and Support Service (PASS): a statutory advice and support service, not an advocate, and
//   worded as what it is.
// Northern Ireland: Health and Social Care (Reform) Act (Northern Ireland) 2009, s17(1)(c), (4) —
//   the Patient and Client Council must arrange assistance "by way of representation or otherwise"
//   for complaints about health and social care (prescribed by SR 2009/98).
// The same table applies in all four. Spec: ../../shared/law/complaints-and-legal-help.md. Checked 2026-12-01.

import type { Citation, Nation, Status } from '../types';
import { cite } from './citations';
import { because, type Reasons, type Rule, type RuleResult } from './rule';

const s223A_englishCouncilsArrange = cite('lgpih2007', 's223A', 'section/223A');
const s187_welshMinistersArrange = cite('nhsWales2006', 's187', 'section/187');
const s16_llaisProvides = cite('hscqeWales2020', 's16', 'section/16');
export const puttingThingsRight = cite('puttingThingsRightRegs2011', '');
const ss17_18_pass = cite('patientRightsScotland2011', 'ss17–18', 'section/17');
const s17_1_c_4_pccAssistance = cite('hscReformNi2009', 's17(1)(c), (4)', 'section/17');
const pccComplaintsPrescribed = cite('pccRegsNi2009', '');

// The reasons each nation gives, by what the person said about complaining.
interface ComplaintsLaw {
  complaining: Reasons;
  mayComplain: Reasons;
  notComplaining: Reasons;
  arrangedBy: string;
  duty: Citation;
}

const lawByNation: Record<Nation, ComplaintsLaw> = {
  england: {
    complaining: [because('nhsComplaints.england.duty', s223A_englishCouncilsArrange)],
    mayComplain: [because('nhsComplaints.england.ifYouComplain', s223A_englishCouncilsArrange)],
    notComplaining: [because('nhsComplaints.notComplaining', s223A_englishCouncilsArrange)],
    arrangedBy: 'nhsComplaints.arrangedBy.england',
    duty: s223A_englishCouncilsArrange,
  },
  // Wales cites both the duty (s187) and the body that carries it out (s16).
  wales: {
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
    duty: s187_welshMinistersArrange,
  },
  scotland: {
    complaining: [because('nhsComplaints.scotland.pass', ss17_18_pass)],
    mayComplain: [because('nhsComplaints.scotland.ifYouComplain', ss17_18_pass)],
    notComplaining: [because('nhsComplaints.scotland.notComplaining', ss17_18_pass)],
    arrangedBy: 'nhsComplaints.arrangedBy.scotland',
    duty: ss17_18_pass,
  },
  'northern-ireland': {
    complaining: [
      because('nhsComplaints.northernIreland.pcc', s17_1_c_4_pccAssistance),
      because('nhsComplaints.northernIreland.whichComplaints', pccComplaintsPrescribed),
    ],
    mayComplain: [because('nhsComplaints.northernIreland.ifYouComplain', s17_1_c_4_pccAssistance)],
    notComplaining: [because('nhsComplaints.northernIreland.notComplaining', s17_1_c_4_pccAssistance)],
    arrangedBy: 'nhsComplaints.arrangedBy.northernIreland',
    duty: s17_1_c_4_pccAssistance,
  },
};

export type NhsComplaintsBasis = 'complaining' | 'mayComplain' | 'notComplaining';

function result(status: Status, law: ComplaintsLaw, basis: NhsComplaintsBasis): RuleResult {
  return {
    kind: 'nhs-complaints',
    status,
    reasons: law[basis],
    arrangedBy: law.arrangedBy,
    basis,
    open: [],
    ...(status !== 'not-entitled' ? { duty: law.duty } : {}),
  };
}

export const nhsComplaints: Rule = (facts) => {
  const law = lawByNation[facts.nation];
  // A situation fact: unanswered means the person does not want to complain now.
  switch (facts.nhsComplaint ?? 'no') {
    case 'yes':
      return result('entitled', law, 'complaining');
    case 'unsure':
      // Available the moment they decide to complain.
      return { ...result('may-be-offered', law, 'mayComplain'), offer: 'ifYouComplain' };
    case 'no':
      return result('not-entitled', law, 'notComplaining');
  }
};

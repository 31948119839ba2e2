// Which rows of each decision table say that the person's situation is not one the advocate is for
// at all — no decision is being made, the council is doing nothing, nobody has asked for DoLS, they
// are not complaining — as opposed to rows that weigh the person's situation and rule the advocate
// out (a short section, a family member to consult, a paid representative). The result page leads
// with a reason from the second kind when there is no right: it is the one about the person.

import type { AdvocateKind } from '../types';
import type { CareActBasis } from './care-act';
import type { ChildrenBasis } from './children';
import type { ImcaBasis } from './imca';
import type { ImcaDolsBasis } from './imca-dols';
import type { ImhaBasis } from './imha';
import type { NhsComplaintsBasis } from './nhs-complaints';
import type { NiImcaBasis } from './ni-imca';
import type { ScotlandAdvocacyBasis } from './scotland-advocacy';
import type { WalesIpaBasis } from './wales-ipa';

interface OutsideRows {
  imha: readonly ImhaBasis[];
  imca: readonly ImcaBasis[];
  'imca-dols': readonly ImcaDolsBasis[];
  'care-act': readonly CareActBasis[];
  'wales-ipa': readonly WalesIpaBasis[];
  'scotland-advocacy': readonly ScotlandAdvocacyBasis[];
  'ni-imca': readonly NiImcaBasis[];
  'nhs-complaints': readonly NhsComplaintsBasis[];
  children: readonly ChildrenBasis[];
}

const outsideRows: OutsideRows = {
  imha: ['notUnderAct'], // not detained, on a CTO, under guardianship or conditionally discharged
  imca: ['under16', 'noDecision'], // s2(5); none of the decisions in ss37–39
  // Sch A1 para 13; no authorisation asked for; Sch 1A (a detained person's rights come from the MHA)
  'imca-dols': ['under18', 'noDols', 'detained'],
  'care-act': ['noCareProcess'],
  'wales-ipa': ['noCareProcess'],
  'scotland-advocacy': [], // "no mental disorder" is the reason itself, and is said
  'ni-imca': ['under16', 'notDeprived'],
  'nhs-complaints': ['notComplaining'],
  children: ['noServices', 'adult'],
};

/** Whether this row of `kind`'s table says the person's situation is outside what the advocate is for. */
export function isOutside(kind: AdvocateKind, basis: string): boolean {
  return (outsideRows[kind] as readonly string[]).includes(basis);
}

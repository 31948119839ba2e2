// Where to complain when a right is refused, and the other routes the action list names, with the
// provision each rests on. Spec: ../../shared/law/complaints-and-legal-help.md ("When a right is
// refused"), scotland-and-ni.md, children.md. Checked 2026-12-01.
// The bodies themselves (and how sure we are of their contact details) are content:
// content/organisations.json.

import type { AdvocateKind, Citation, Facts, Nation } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { puttingThingsRight } from './nhs-complaints';

// England: the Care Quality Commission keeps under review, and takes complaints about, how Mental
// Health Act powers and duties are used (MHA s120). Wales: the Welsh Ministers do, through
// Healthcare Inspectorate Wales.
export const s120_mhaPowersReviewed = cite('mha1983', 's120', 'section/120');

// Scotland: the Mental Welfare Commission can investigate possible ill-treatment, neglect or other
// deficiency in care or treatment (MH(CT)(S)A 2003 s11); it is not a complaints body. Councils and
// health boards report to it on the advocacy they secure (s259A).
export const s11_mwcInvestigates = cite('mhcts2003', 's11', 'section/11');

// Scotland: disabled people dealing with Social Security Scotland have a right to advocacy (s10).
export const s10_socialSecurityAdvocacy = cite('socialSecurityScotland2018', 's10', 'section/10');

// Scotland: a children's hearing must tell the child about children's advocacy services (s122).
export const s122_childrensHearingAdvocacy = cite('childrensHearingsScotland2011', 's122', 'section/122');

/**
 * Children's advocacy outside England and Wales, where the `children` kind does not exist: the action
 * list points children (under 18) to Scotland's children's hearing advocacy, or in Northern Ireland
 * to the Commissioner for Children and Young People and VOYPIC (no statutory right is claimed there).
 */
export const childrensHelpElsewhere = (facts: Facts): boolean => !kindExists('children', facts.nation) && facts.age !== '18-plus';

// — Asking again and complaining, for the letters (machines/letters.ts) —

/**
 * Where a complaint about a refused advocate goes after the body's own complaints process
 * (complaints-and-legal-help.md, "When a right is refused", step 2): each nation's route, and for
 * England the route differs for the IMHA (the hospital, then the council that pays for the
 * service), for children's services, and for the rest (council or NHS body).
 */
export type ComplaintRoute =
  'englandImha' | 'englandChildren' | 'englandCouncilOrNhs' | 'walesImha' | 'wales' | 'scotland' | 'northernIreland';

export interface Escalation {
  route: ComplaintRoute;
  /** The bodies a complaint can go to next, in order (ombudsmen): ids in content/organisations. */
  bodies: readonly string[];
  /** Bodies that review how the law is used and can be told, but are not the complaint route. */
  alsoTell: readonly string[];
  /** The provisions the complaint route and those bodies rest on, where the rules cite one. */
  cites: readonly Citation[];
}

export function escalationFor(nation: Nation, kind: AdvocateKind): Escalation {
  switch (nation) {
    case 'england':
      if (kind === 'imha')
        return { route: 'englandImha', bodies: ['lgsco', 'phso'], alsoTell: ['cqc-mha-complaints'], cites: [s120_mhaPowersReviewed] };
      if (kind === 'children') return { route: 'englandChildren', bodies: ['lgsco'], alsoTell: [], cites: [] };
      return { route: 'englandCouncilOrNhs', bodies: ['lgsco', 'phso'], alsoTell: [], cites: [] };
    case 'wales':
      // Putting Things Right is the NHS Wales complaints process; councils have their own.
      if (kind === 'imha')
        return { route: 'walesImha', bodies: ['psow'], alsoTell: ['hiw'], cites: [puttingThingsRight, s120_mhaPowersReviewed] };
      return { route: 'wales', bodies: ['psow'], alsoTell: [], cites: [puttingThingsRight] };
    case 'scotland':
      // The Mental Welfare Commission investigates poor care; it does not handle complaints.
      return { route: 'scotland', bodies: ['spso'], alsoTell: ['mental-welfare-commission'], cites: [s11_mwcInvestigates] };
    case 'northern-ireland':
      return { route: 'northernIreland', bodies: ['nipso'], alsoTell: [], cites: [] };
  }
}

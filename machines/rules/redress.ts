// Where to complain when a right is refused, and the other routes the action list names, with the
// provision each rests on. Spec: ../../shared/law/complaints-and-legal-help.md ("When a right is
// refused"), scotland-and-ni.md, children.md. Checked 2026-12-01.
// The bodies themselves (and how sure we are of their contact details) are content:
// content/organisations.json.

import type { Facts } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';

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

// Advocacy for looked-after children, children in need and care leavers who make, or intend to
// make, a complaint or representations to the council about its children's or leaving-care services.
// England: Children Act 1989, s26A — every local authority must arrange assistance ("by way of
//   representation or otherwise") for (a) people making representations under s24D (care leavers and
//   others owed leaving-care support, to 25) and (b) children making representations under s26
//   (looked-after children, and children in need: s26(3)); Advocacy Services and Representations
//   Procedure (Children) (Amendment) Regulations 2004, SI 2004/719.
// Wales: Social Services and Well-being (Wales) Act 2014, s178 (the same duty), with the Part 10 Code
//   of Practice (Advocacy)'s "active offer" of an Independent Professional Advocate when a child
//   becomes looked after or is subject to child protection enquiries.
// Applies in England and Wales only (kinds.ts). Spec: ../../shared/law/children.md. Checked 2026-12-01.
// The table is applied exactly as written, first match deciding.
//
// not modelled: the age limit of leaving-care support (s23C, s24: to 25) is not a fact; the wizard
// asks about leaving care only of people under 25, and "care-leaver" means one still owed support.

import type { Age, ChildrensServices, Citation, OpenPoint, Status } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';
import { part10Code } from './wales-ipa';
import { because, isUnsure, type Known, type Reasons, type Rule, type RuleResult } from './rule';

type Place = 'england' | 'wales';

interface ChildrenLaw {
  /** The duty to arrange advocacy, as it applies to this person. */
  duty: (services: ChildrensServices) => Citation;
  arrangedBy: string;
}

const s26A_1_a_careLeavers = cite('childrenAct1989', 's26A(1)(a)', 'section/26A');
const s26A_1_b_children = cite('childrenAct1989', 's26A(1)(b)', 'section/26A');
const s26A_1_advocacy = cite('childrenAct1989', 's26A(1)', 'section/26A');
const s178_advocacy = cite('sswba2014', 's178', 'section/178');

const lawFor: Record<Place, ChildrenLaw> = {
  england: {
    duty: (services) =>
      services === 'care-leaver'
        ? s26A_1_a_careLeavers
        : services === 'looked-after' || services === 'child-in-need'
          ? s26A_1_b_children
          : s26A_1_advocacy,
    arrangedBy: 'children.arrangedBy.england',
  },
  wales: { duty: () => s178_advocacy, arrangedBy: 'children.arrangedBy.wales' },
};

export type ChildrenBasis = 'noServices' | 'adult' | 'notComplaining' | 'unsure' | 'entitled';

/** Looked after and children in need are children: support from children's services ends at 18. */
const isChildOnly = (services: ChildrensServices) => services === 'looked-after' || services === 'child-in-need';

/** The person's situation, worded for a reason (the child's or young person's own terms). */
const situationKey: Record<ChildrensServices, string | undefined> = {
  'looked-after': 'children.lookedAfter',
  'child-in-need': 'children.childInNeed',
  'care-leaver': 'children.careLeaver',
  none: undefined,
  unsure: undefined,
};

export const children: Rule = (facts) => {
  const place: Place = facts.nation === 'wales' ? 'wales' : 'england';
  const law = lawFor[place];
  const services = facts.childrensServices ?? 'none'; // a situation fact
  const duty = law.duty(services);
  const result = (status: Status, reasons: Reasons, basis: ChildrenBasis, open: OpenPoint[] = []): RuleResult => ({
    kind: 'children',
    status,
    reasons,
    arrangedBy: law.arrangedBy,
    basis,
    open,
    ...(status !== 'not-entitled' ? { duty } : {}),
  });

  // 1. Not looked after, not a child in need, not a care leaver.
  if (services === 'none') return result('not-entitled', [because('children.noServices', duty)], 'noServices');

  // 2. Children's services end at 18; a care leaver is `care-leaver`.
  if (facts.age === '18-plus' && isChildOnly(services))
    return result('not-entitled', [because('children.adult', s26A_1_a_careLeavers)], 'adult');

  const situation = situationKey[services];
  const about = situation ? [because(situation, duty)] : [];
  // Wales: looked-after children and children in child protection are actively offered an advocate.
  const activeOffer = place === 'wales' && isChildOnly(services) ? [because('children.activeOfferWales', part10Code)] : [];

  // 3. Not wanting to complain now: the council must provide one if they decide to.
  if (facts.childrensComplaint === 'no') {
    return {
      ...result('may-be-offered', [because('children.ifYouComplain', duty), ...about, ...activeOffer], 'notComplaining'),
      offer: 'ifYouComplain',
    };
  }

  // 4. Something they were not sure of decides it.
  const open: OpenPoint[] = [];
  const unsure: Reasons = [because('children.howToAsk', duty)];
  if (services === 'unsure') {
    open.push('childrensServices');
    unsure.unshift(because('children.servicesUnsure', duty));
  }
  if (isUnsure(facts.childrensComplaint)) {
    open.push('childrensComplaint');
    unsure.unshift(because('children.complaintUnsure', duty));
  }
  if (open.length > 0) return result('may-be-entitled', [...unsure, ...about, ...activeOffer] as Reasons, 'unsure', open);

  // 5. A right to an advocate to help make the complaint or representations.
  return result('entitled', [because('children.entitled', duty), ...about, because('children.howToAsk', duty), ...activeOffer], 'entitled');
};

// — what the question registry asks of this rule —

/**
 * Which situations with children's services are possible at an age: looked after and in need are
 * for children (under 18); a care leaver was looked after at 16 or 17, so is 16 or over, and is owed
 * support until 25 (`underLeavingCareLimit`).
 */
export function childrensServicesAt(age: Age, underLeavingCareLimit: boolean): readonly ChildrensServices[] {
  if (age === 'under-16') return ['looked-after', 'child-in-need', 'none', 'unsure'];
  if (age === '16-17') return ['looked-after', 'child-in-need', 'care-leaver', 'none', 'unsure'];
  return underLeavingCareLimit ? ['care-leaver', 'none', 'unsure'] : ['none'];
}

/**
 * Whether children's services advocacy can apply: the kind exists here, and the person is a child,
 * or an adult young enough to be a care leaver still owed support (`underLeavingCareLimit`: under 25).
 */
export const childrenCanApply = (k: Known, underLeavingCareLimit: boolean): boolean =>
  kindExists('children', k.nation) && k.age !== undefined && (k.age !== '18-plus' || underLeavingCareLimit);

/** Whether they want to complain matters once children's services are, or may be, involved (rows 3–5). */
export const childrenTurnsOnComplaint = (k: Known): boolean =>
  kindExists('children', k.nation) &&
  k.childrensServices !== undefined &&
  k.childrensServices !== 'none' &&
  !(k.age === '18-plus' && isChildOnly(k.childrensServices));

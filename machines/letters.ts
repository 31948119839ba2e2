// What a person can do with the result: the letters they can send, and the referral summary a
// professional can give an advocacy service. Which letters there are, whom each is addressed to and
// which law each cites are read from the assessment (the rules' `status`, `arrangedBy`, `reasons`
// and `duty`) and from the rules' exports (who can be reached directly, where a complaint goes).
// Nothing here decides the law again. The wording is content: the `letters` namespace.

import { serviceTakesDirectRequests } from './rules/access';
import { kindsByNation } from './rules/kinds';
import { escalationFor, type Escalation } from './rules/redress';
import type { AdvocateKind, AdvocateResult, Assessment, Citation, Nation, Status } from './types';

/** Statuses that offer a letter: a right, a possible right, or a power the person can ask the body to use. */
export type LetterStatus = Exclude<Status, 'not-entitled'>;

/** A letter asking for the advocate, or one asking again and complaining after a refusal. */
export type LetterPurpose = 'request' | 'complaint';

export type LetterId = AdvocateKind | `${AdvocateKind}-complaint`;

const allKinds: readonly AdvocateKind[] = [...new Set(Object.values(kindsByNation).flat())];

/** Every letter the tool can draft, whatever the answers. */
export const letterIds: readonly LetterId[] = allKinds.flatMap((kind) => [kind, `${kind}-complaint` as const]);

export const isLetterId = (value: string): value is LetterId => (letterIds as readonly string[]).includes(value);

export interface Letter {
  id: LetterId;
  kind: AdvocateKind;
  purpose: LetterPurpose;
  status: LetterStatus;
  nation: Nation;
  /** The body the rules name (`AdvocateResult.arrangedByKey`); its name in a letter is `letters:to.<key>`. */
  to: string;
  /** Every provision the assessment's reasons cite, then the duty, each once, in that order. */
  citations: Citation[];
  /** The provision under which the body must (or may) arrange the advocate. */
  duty?: Citation;
  /** The person may also go to the advocacy service directly (machines/rules/access.ts). */
  direct: boolean;
  /** A complaint letter: where the complaint goes next in this nation, and the law on it (machines/rules/redress.ts). */
  escalation?: Escalation;
  /**
   * Whether the letter names the decision the person typed: every complaint (the refusal), and a
   * request for an advocate whose duty turns on a decision or process (not an IMHA, whose right
   * comes with the person's status, nor Scotland's right of access).
   */
  aboutDecision: boolean;
}

const rightWithoutDecision: readonly AdvocateKind[] = ['imha', 'scotland-advocacy'];

const sameCitation = (a: Citation, b: Citation) => a.instrument === b.instrument && a.provision === b.provision && a.url === b.url;

/** The provisions an advocate's result rests on: every reason's, then the duty's, each once. */
export function citationsOf(advocate: AdvocateResult): Citation[] {
  const all = [...advocate.reasons.map((r) => r.source), ...(advocate.duty ? [advocate.duty] : [])];
  return all.filter((c, i) => all.findIndex((d) => sameCitation(c, d)) === i);
}

function letter(advocate: AdvocateResult, nation: Nation, purpose: LetterPurpose): Letter {
  const status = advocate.status as LetterStatus;
  const citations = citationsOf(advocate);
  const escalation = purpose === 'complaint' ? escalationFor(nation, advocate.kind) : undefined;
  return {
    id: purpose === 'complaint' ? `${advocate.kind}-complaint` : advocate.kind,
    kind: advocate.kind,
    purpose,
    status,
    nation,
    to: advocate.arrangedByKey,
    citations,
    ...(advocate.duty ? { duty: advocate.duty } : {}),
    direct: serviceTakesDirectRequests(advocate.kind, nation),
    ...(escalation ? { escalation } : {}),
    aboutDecision: purpose === 'complaint' || !rightWithoutDecision.includes(advocate.kind),
  };
}

/**
 * The letters this assessment offers: one asking for each advocate that is, may be, or may be
 * offered; and, when a right may have been refused (`legalAdvice`), one asking again and
 * complaining, first (as the action list puts complaints first).
 */
export function lettersFor(assessment: Assessment): Letter[] {
  const open = assessment.advocates.filter((a) => a.status !== 'not-entitled');
  const complaints = assessment.legalAdvice ? open.map((a) => letter(a, assessment.nation, 'complaint')) : [];
  return [...complaints, ...open.map((a) => letter(a, assessment.nation, 'request'))];
}

export function letterFor(assessment: Assessment, id: LetterId): Letter | undefined {
  return lettersFor(assessment).find((l) => l.id === id);
}

// ---------------------------------------------------------------------------------------------
// The referral summary for professionals

/**
 * What an advocacy service's referral form asks beyond the person and the decision, by kind: the
 * conditions of each duty that the referrer is asked to show (IMCA: MCA 2005 ss37–39 — the person
 * lacks capacity, and there is no one appropriate to consult other than paid carers, and no attorney
 * or deputy for the decision; DoLS IMCA: ss39A–39D; Northern Ireland IMCA: capacity;
 * Care Act: ss67–68 — substantial difficulty and no appropriate individual; Wales: the Part 10 Code).
 */
export type ReferralTopic = 'capacity' | 'noOneToConsult' | 'attorneyOrDeputy' | 'noAppropriateIndividual' | 'mentalHealthAct';

const topicsByKind: Record<AdvocateKind, readonly ReferralTopic[]> = {
  imha: ['mentalHealthAct'],
  imca: ['capacity', 'noOneToConsult', 'attorneyOrDeputy'],
  'imca-dols': ['capacity', 'noOneToConsult', 'attorneyOrDeputy'],
  'ni-imca': ['capacity'],
  'care-act': ['noAppropriateIndividual'],
  'wales-ipa': ['noAppropriateIndividual'],
  'scotland-advocacy': [],
  children: [],
  'nhs-complaints': [],
};

export interface ReferralAdvocate {
  kind: AdvocateKind;
  status: LetterStatus;
  /** Who must (or may) arrange or instruct it: `AdvocateResult.arrangedByKey`. */
  arrangedBy: string;
  duty?: Citation;
  citations: Citation[];
}

export interface Referral {
  nation: Nation;
  advocates: ReferralAdvocate[];
  /** The extra topics the forms for these advocates ask about, in a fixed order, each once. */
  topics: ReferralTopic[];
}

const topicOrder: readonly ReferralTopic[] = [
  'mentalHealthAct',
  'capacity',
  'noOneToConsult',
  'attorneyOrDeputy',
  'noAppropriateIndividual',
];

/** The referral summary for the advocates this assessment offers, or none when it offers none. */
export function referralFor(assessment: Assessment): Referral | undefined {
  const open = assessment.advocates.filter((a) => a.status !== 'not-entitled');
  if (open.length === 0) return undefined;
  const topics = new Set(open.flatMap((a) => topicsByKind[a.kind]));
  return {
    nation: assessment.nation,
    advocates: open.map((a) => ({
      kind: a.kind,
      status: a.status as LetterStatus,
      arrangedBy: a.arrangedByKey,
      ...(a.duty ? { duty: a.duty } : {}),
      citations: citationsOf(a),
    })),
    topics: topicOrder.filter((t) => topics.has(t)),
  };
}

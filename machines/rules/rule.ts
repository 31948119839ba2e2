import type { AdvocateKind, Citation, Facts, MessageVars, Offer, OpenPoint, Status } from '../types';

/** A reason as a rule gives it: wording by key (the `reasons` namespace in content/locales), with its citation. */
export interface ReasonSpec {
  key: string; // e.g. "imha.detainedQualifying" — a key in the `reasons` namespace
  cite: Citation;
  vars?: MessageVars;
}

export type Reasons = [ReasonSpec, ...ReasonSpec[]];

/**
 * What one advocate rule decides; `assess` turns it into the contract's `AdvocateResult`. Beside the
 * status and reasons, the structured conclusions the rest of the tool needs, so that nothing outside
 * the rules has to decide the law again: which row of the decision table decided it (`basis`), which
 * facts the person was not sure of still decide it (`open`), and the provision under which the body
 * must (or may) arrange the advocate (`duty`).
 */
export interface RuleResult {
  kind: AdvocateKind;
  status: Status;
  reasons: Reasons; // at least one
  arrangedBy: string; // key in the `reasons` namespace, e.g. "imha.arrangedBy.england.hospital"
  basis: string; // the row that decided it, e.g. "cto" (see each rule's `Basis` type)
  open: OpenPoint[]; // what is still to check; never empty when the status is "may-be-entitled"
  duty?: Citation; // absent when no duty or power applies
  offer?: Offer; // with "may-be-offered" only: a power, a duty that turns on the body's judgment, or one that starts with a complaint
}

export type Rule = (facts: Facts) => RuleResult;

/** What one row of a decision table concludes. */
export interface Decided {
  status: Status;
  reasons: Reasons;
  open?: OpenPoint[];
  duty?: Citation;
  offer?: Offer;
}

/**
 * One row of a first-match decision table, named as in the law's table: where the law says "apply in
 * order; the first row that matches decides", the order is data a reader can see.
 */
export interface TableRow<Basis extends string> {
  basis: Basis;
  when: (facts: Facts) => boolean;
  then: (facts: Facts) => Decided;
}

/** The first row of `table` whose condition holds (the last row of a table always holds). */
export function firstMatch<Basis extends string>(table: readonly TableRow<Basis>[], facts: Facts): Decided & { basis: Basis } {
  const row = table.find((r) => r.when(facts)) ?? table[table.length - 1]!;
  return { basis: row.basis, ...row.then(facts) };
}

/**
 * What is known so far while the wizard is asking: the facts answered on the path. Predicates the
 * question registry asks of a rule ("can this fact still change the result?") take this; a fact not
 * yet asked is undefined.
 */
export type Known = Partial<Facts>;

export function because(key: string, cite: Citation, vars?: MessageVars): ReasonSpec {
  return vars ? { key, cite, vars } : { key, cite };
}

/** Optional facts that are not situation facts: undefined means the person was not sure (law/README.md). */
export const isUnsure = (answer: string | undefined): boolean => answer === undefined || answer === 'unsure';

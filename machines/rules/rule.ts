import type { AdvocateKind, Citation, Facts, MessageVars, Status } from '../types';

/** A reason as a rule gives it: wording by key (the `reasons` namespace in content/locales), with its citation. */
export interface ReasonSpec {
  key: string; // e.g. "imha.detainedQualifying" — a key in the `reasons` namespace
  cite: Citation;
  vars?: MessageVars;
}

/** What one advocate rule decides; `assess` turns it into the contract's `AdvocateResult`. */
export interface RuleResult {
  kind: AdvocateKind;
  status: Status;
  reasons: [ReasonSpec, ...ReasonSpec[]]; // at least one
  arrangedBy: string; // key in the `reasons` namespace under `arrangedBy.`, e.g. "arrangedBy.hospitalManagers"
}

export type Rule = (facts: Facts) => RuleResult;

export function because(key: string, cite: Citation, vars?: MessageVars): ReasonSpec {
  return vars ? { key, cite, vars } : { key, cite };
}

import { planActions } from './actions';
import { careAct } from './rules/care-act';
import { children } from './rules/children';
import { imca } from './rules/imca';
import { imcaDols } from './rules/imca-dols';
import { imha } from './rules/imha';
import { kindsByNation } from './rules/kinds';
import { nhsComplaints } from './rules/nhs-complaints';
import { niImca } from './rules/ni-imca';
import type { Rule, RuleResult } from './rules/rule';
import { isOutside } from './rules/scope';
import { scotlandAdvocacy } from './rules/scotland-advocacy';
import { walesIpa } from './rules/wales-ipa';
import { englishCitation, englishText } from './text';
import type { AdvocateKind, AdvocateResult, Assessment, Facts } from './types';

const rules: Record<AdvocateKind, Rule> = {
  imha,
  imca,
  'imca-dols': imcaDols,
  'care-act': careAct,
  'wales-ipa': walesIpa,
  'scotland-advocacy': scotlandAdvocacy,
  'ni-imca': niImca,
  'nhs-complaints': nhsComplaints,
  children,
};

function toAdvocateResult(result: RuleResult): AdvocateResult {
  return {
    kind: result.kind,
    status: result.status,
    reasons: result.reasons.map((r) => ({
      text: englishText('reasons', r.key, r.vars),
      citation: englishCitation(r.cite),
      key: r.key,
      ...(r.vars ? { vars: r.vars } : {}),
      source: r.cite,
    })),
    arrangedBy: englishText('reasons', result.arrangedBy),
    arrangedByKey: result.arrangedBy,
    basis: result.basis,
    open: result.open,
    ...(result.duty ? { duty: result.duty } : {}),
    ...(result.offer && result.status === 'may-be-offered' ? { offer: result.offer } : {}),
    ...(result.status === 'not-entitled' && isOutside(result.kind, result.basis) ? { outside: true as const } : {}),
  };
}

function routeOf(advocates: readonly Pick<AdvocateResult, 'status'>[]): Assessment['route'] {
  if (advocates.some((a) => a.status === 'entitled')) return 'statutory';
  if (advocates.some((a) => a.status === 'may-be-entitled' || a.status === 'may-be-offered')) return 'check';
  return 'non-statutory';
}

/** The route alone, without wording or actions: cheap enough for the wizard to ask while routing. */
export function routeFor(facts: Facts): Assessment['route'] {
  return routeOf(kindsByNation[facts.nation].map((kind) => rules[kind](facts)));
}

/**
 * Which statutory advocates the facts give a right to, why, and what to do next.
 * Pure and total: any `Facts` gives an `Assessment`.
 */
export function assess(facts: Facts): Assessment {
  const advocates = kindsByNation[facts.nation].map((kind) => toAdvocateResult(rules[kind](facts)));
  const route = routeOf(advocates);
  // A person who may hold a right and was refused it needs complaint and legal routes first.
  const legalAdvice = facts.refused === 'yes' && route !== 'non-statutory';
  return {
    nation: facts.nation,
    advocates,
    route,
    legalAdvice,
    actions: planActions(facts, advocates, route, legalAdvice),
  };
}

import { planActions } from './actions';
import { careAct } from './rules/care-act';
import { imca } from './rules/imca';
import { imcaDols } from './rules/imca-dols';
import { imha } from './rules/imha';
import { nhsComplaints } from './rules/nhs-complaints';
import { niImca } from './rules/ni-imca';
import type { Rule, RuleResult } from './rules/rule';
import { scotlandAdvocacy } from './rules/scotland-advocacy';
import { walesIpa } from './rules/wales-ipa';
import { englishCitation, englishText } from './text';
import type { AdvocateKind, AdvocateResult, Assessment, Facts, Nation } from './types';

/** The kinds of statutory advocate that exist in each nation (../shared/law/README.md), in the order shown. */
export const kindsByNation: Record<Nation, readonly AdvocateKind[]> = {
  england: ['imha', 'imca', 'imca-dols', 'care-act', 'nhs-complaints'],
  wales: ['imha', 'imca', 'imca-dols', 'wales-ipa', 'nhs-complaints'],
  scotland: ['scotland-advocacy'],
  'northern-ireland': ['ni-imca'],
};

const rules: Record<AdvocateKind, Rule> = {
  imha,
  imca,
  'imca-dols': imcaDols,
  'care-act': careAct,
  'wales-ipa': walesIpa,
  'scotland-advocacy': scotlandAdvocacy,
  'ni-imca': niImca,
  'nhs-complaints': nhsComplaints,
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

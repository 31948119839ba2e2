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

// The contract's English `text`, `citation` and `arrangedBy` are rendered when they are first read
// (getters that remember the rendering): the tool's own pages word everything from the keys, in the
// person's language and for "you" or "the person you're helping", so the result is not held up by
// rendering English it does not show. To anything that reads them — the tests, JSON — they are
// plain properties.
function toAdvocateResult(result: RuleResult): AdvocateResult {
  let arrangedBy: string | undefined;
  return {
    kind: result.kind,
    status: result.status,
    reasons: result.reasons.map((r) => {
      let text: string | undefined;
      let citation: string | undefined;
      return {
        get text() {
          return (text ??= englishText('reasons', r.key, r.vars));
        },
        get citation() {
          return (citation ??= englishCitation(r.cite));
        },
        key: r.key,
        ...(r.vars ? { vars: r.vars } : {}),
        source: r.cite,
      };
    }),
    get arrangedBy() {
      return (arrangedBy ??= englishText('reasons', result.arrangedBy));
    },
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

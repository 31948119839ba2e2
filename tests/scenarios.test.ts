import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type AdvocateKind, type Assessment, type Facts, type Status } from '../machines';

// The worked cases in ../shared/scenarios/public.json, loaded as they are and checked as its
// README says: every status, the route and legalAdvice, and a cited reason for every advocate.
interface Scenario {
  id: string;
  story: string;
  facts: Facts;
  expected: { statuses: Partial<Record<AdvocateKind, Status>>; route: Assessment['route']; legalAdvice: boolean };
}

// shared/ sits beside the checkout, locally and in CI.
const file = join(process.cwd(), '..', 'shared', 'scenarios', 'public.json');
const scenarios = JSON.parse(readFileSync(file, 'utf8')) as Scenario[];

describe('the public worked cases', () => {
  it('are all loaded', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(24);
  });

  it.each(scenarios.map((s) => [`${s.id}: ${s.story}`, s] as const))('%s', (_, { facts, expected }) => {
    const result = assess(facts);
    expect(Object.fromEntries(result.advocates.map((a) => [a.kind, a.status]))).toEqual(expected.statuses);
    expect(result.route).toBe(expected.route);
    expect(result.legalAdvice).toBe(expected.legalAdvice);
    for (const advocate of result.advocates) {
      expect(advocate.reasons.length, advocate.kind).toBeGreaterThan(0);
      for (const reason of advocate.reasons) {
        expect(reason.text.trim(), advocate.kind).not.toBe('');
        expect(reason.citation.trim(), advocate.kind).not.toBe('');
      }
      expect(advocate.arrangedBy.trim(), advocate.kind).not.toBe('');
    }
  });
});

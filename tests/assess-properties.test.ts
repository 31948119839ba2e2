import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, kindsByNation, type Facts } from '../machines';
import { arbitraryFacts, undefinedMeansUnsure, unsureFacts } from './support/facts';

const runs = { numRuns: 3000 };

describe('assess, over generated facts', () => {
  it('is total: any Facts gives an Assessment without throwing', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => void assess(facts)),
      runs,
    );
  });

  it('lists exactly the kinds of advocate that exist in the nation, each once, in order', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        expect(assess(facts).advocates.map((a) => a.kind)).toEqual(kindsByNation[facts.nation]);
      }),
      runs,
    );
  });

  it('gives every conclusion at least one reason with wording and a citation, and someone who arranges it', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        for (const a of assess(facts).advocates) {
          expect(a.reasons.length).toBeGreaterThan(0);
          for (const r of a.reasons) {
            expect(r.text.trim()).not.toBe('');
            expect(r.citation.trim()).not.toBe('');
            expect(r.source.url).toMatch(/^https:\/\//);
          }
          expect(a.arrangedBy.trim()).not.toBe('');
        }
      }),
      runs,
    );
  });

  it('derives route and legalAdvice from the statuses as law/README.md says', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const { advocates, route, legalAdvice } = assess(facts);
        const statuses = advocates.map((a) => a.status);
        const expected = statuses.includes('entitled')
          ? 'statutory'
          : statuses.some((s) => s === 'may-be-entitled' || s === 'may-be-offered')
            ? 'check'
            : 'non-statutory';
        expect(route).toBe(expected);
        expect(legalAdvice).toBe(facts.refused === 'yes' && route !== 'non-statutory');
      }),
      runs,
    );
  });

  it('keeps the caution principle: "not sure" never gives not-entitled where a definite answer would give entitled', () => {
    const unsureFact = fc.constantFrom(...Object.keys(unsureFacts));
    fc.assert(
      fc.property(arbitraryFacts, unsureFact, fc.boolean(), (facts, fact, leaveOut) => {
        const unsure: Facts = { ...facts, [fact]: 'unsure' };
        // for the facts that read a missing answer as "unsure", leaving it out must be just as cautious
        if (leaveOut && (undefinedMeansUnsure as readonly string[]).includes(fact))
          delete (unsure as unknown as Record<string, unknown>)[fact];
        const whenUnsure = assess(unsure).advocates;
        for (const value of unsureFacts[fact]!) {
          const definite = assess({ ...facts, [fact]: value } as Facts).advocates;
          definite.forEach((a, i) => {
            if (a.status === 'entitled') {
              expect(whenUnsure[i]!.status, `${a.kind}: ${fact}=${value} entitles, "unsure" must not rule it out`).not.toBe('not-entitled');
            }
          });
        }
      }),
      runs,
    );
  });

  it('puts legal help first, and always ends with the questions to ask and the non-statutory routes', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const { actions, legalAdvice } = assess(facts);
        const groups = actions.map((a) => a.group);
        if (legalAdvice) expect(groups[0]).toBe('legal-help');
        expect(groups).toContain('questions');
        expect(groups).toContain('non-statutory');
        const firstGeneral = groups.findIndex((g) => g === 'questions' || g === 'non-statutory' || g === 'self-advocacy');
        expect(groups.slice(firstGeneral).every((g) => g === 'questions' || g === 'non-statutory' || g === 'self-advocacy')).toBe(true);
        expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
      }),
      runs,
    );
  });
});

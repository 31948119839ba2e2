import { expect } from 'vitest';
import { en } from '../../content/locales/en';
import { englishCitation } from '../text';
import type { AdvocateKind } from '../types';
import type { RuleResult } from './rule';

// What every rule's table test asks of every result, written once: a cited reason worded for
// "self" and "helper", every placeholder filled, and someone who arranges the advocate.

/** The English wording of a `reasons` key: its "self", "helper" and audience-neutral forms. */
export function reasonWording(key: string): { self: unknown; helper: unknown; neutral: unknown } {
  const path = key.split('.');
  const last = path.pop() ?? '';
  let node: unknown = en.reasons;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const parent = node as Record<string, unknown> | undefined;
  return { self: parent?.[`${last}_self`], helper: parent?.[`${last}_helper`], neutral: parent?.[last] };
}

export function expectWellFormed(result: RuleResult, kind: AdvocateKind, url: RegExp = /^https:\/\/www\.legislation\.gov\.uk\//) {
  expect(result.kind).toBe(kind);
  expect(result.reasons.length).toBeGreaterThanOrEqual(1);
  for (const reason of result.reasons) {
    expect(englishCitation(reason.cite)).not.toBe('');
    expect(reason.cite.url).toMatch(url);
    const { self, helper } = reasonWording(reason.key);
    expect(typeof self, `${reason.key}_self`).toBe('string');
    expect(typeof helper, `${reason.key}_helper`).toBe('string');
    for (const text of [self, helper] as string[]) {
      for (const [, name] of text.matchAll(/{{(\w+)}}/g)) expect(reason.vars?.[name ?? ''], `${reason.key}: ${name}`).toBeTruthy();
    }
  }
  expect(typeof reasonWording(result.arrangedBy).neutral, result.arrangedBy).toBe('string');
}

export const reasonKeys = (r: RuleResult) => r.reasons.map((reason) => reason.key);
export const reasonCites = (r: RuleResult) => r.reasons.map((reason) => `${reason.cite.instrument} ${reason.cite.provision}`.trim());

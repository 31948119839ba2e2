import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import organisationsData from './organisations.json';
import provenanceData from './provenance.json';

// Content freshness: every legal statement and every contact says when it was last checked and
// where it comes from, so `npm run content:report` can list what is due for checking again.
// Legal statements are the `reasons` and `actions` namespaces and each advocate's "about" text
// (result.json `kinds.<kind>.about`); entries are keyed "namespace:key" without _self/_helper.

interface Provenance {
  checked: string;
  source: string;
}

const provenance = provenanceData as Record<string, Partial<Provenance>>;

const flatKeys = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null && !Array.isArray(node)
    ? Object.entries(node).flatMap(([k, v]) => flatKeys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

const withoutAudience = (key: string) => key.replace(/_(self|helper)$/, '');

function legalStatementKeys(): string[] {
  const keys = new Set<string>();
  for (const ns of ['reasons', 'actions'] as const) for (const key of flatKeys(en[ns])) keys.add(`${ns}:${withoutAudience(key)}`);
  for (const key of flatKeys(en.result.kinds)) {
    const [kind, field] = withoutAudience(key).split('.');
    if (field === 'about') keys.add(`result:kinds.${kind}.about`);
  }
  return [...keys].sort();
}

const isIsoDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

// "law/imha.md", optionally followed by "; <provision> | <provision>".
const lawSource = /^law\/[A-Za-z-]+\.md(; .+)?$/;

describe('content/provenance.json', () => {
  it('gives every legal statement in the catalogue a checked date and a source', () => {
    const keys = legalStatementKeys();
    expect(keys.length).toBeGreaterThan(100);
    const missing = keys.filter((key) => !isIsoDate(provenance[key]?.checked) || !provenance[key]?.source);
    expect(missing, 'run `npm run content:provenance` to add them, then check each source').toEqual([]);
  });

  it('names its sources as a shared/law file, then the provisions the rules cite', () => {
    const bad = Object.entries(provenance).filter(([, p]) => !lawSource.test(p.source ?? ''));
    expect(bad.map(([key, p]) => `${key}: ${p.source}`)).toEqual([]);
  });

  it('names no statement that is not in the English catalogue', () => {
    const known = new Set(legalStatementKeys());
    expect(Object.keys(provenance).filter((key) => !known.has(key))).toEqual([]);
  });

  it('gives the reasons for each advocate a source that cites a provision (an IMHA reason cites the Mental Health Act 1983)', () => {
    expect(provenance['reasons:imha.detainedQualifying']?.source).toMatch(/^law\/imha\.md; Mental Health Act 1983, s130C\(2\)\(a\)/);
    expect(provenance['result:kinds.wales-ipa.about']?.source).toMatch(/^law\/care-and-support\.md; /);
  });
});

describe('content/organisations.json freshness', () => {
  it('gives every contact a checked date and a source', () => {
    const orgs = organisationsData as { id: string; checked?: unknown; source?: unknown }[];
    const missing = orgs.filter((o) => !isIsoDate(o.checked) || typeof o.source !== 'string' || o.source.length === 0);
    expect(missing.map((o) => o.id)).toEqual([]);
  });
});

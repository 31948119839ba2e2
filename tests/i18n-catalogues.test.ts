import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cy } from '../content/locales/cy';
import welshMeta from '../content/locales/cy/meta.json';
import { en } from '../content/locales/en';
import { namespaces } from '../src/i18n';
import { englishOnlyFragments, flatten, placeholders, pluralBase, pluralCategories, untranslated } from './support/catalogues';

// The Welsh catalogue (content/locales/cy) must say everything the English one says: the same
// namespaces, files and keys, and the same {{placeholders}} in each string. The last group (every
// plural form Welsh grammar needs, without which i18next quietly falls back to English; no Welsh
// string an untranslated copy of the English) fails until the translation is finished.

const ns = [...namespaces];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)).map((f) => `${e.name}/${f}`) : e.name.endsWith('.json') ? [e.name] : [],
  );

describe('the Welsh catalogue matches the English one', () => {
  it('has the same namespaces, and a Welsh file for every English file', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).sort()).toEqual([...ns].sort());
    const english = filesUnder('content/locales/en').sort();
    const welsh = filesUnder('content/locales/cy')
      .filter((f) => f !== 'meta.json')
      .sort();
    expect(welsh).toEqual(english);
  });

  it.each(ns)('has exactly the same keys in %s (plural forms aside)', (name) => {
    const keysOf = (catalogue: object) => new Set([...flatten(catalogue).keys()].map((key) => pluralBase(key) ?? key));
    const english = keysOf(en[name]);
    const welsh = keysOf(cy[name]);
    expect({ missingInWelsh: [...english].filter((k) => !welsh.has(k)), onlyInWelsh: [...welsh].filter((k) => !english.has(k)) }).toEqual({
      missingInWelsh: [],
      onlyInWelsh: [],
    });
  });

  it.each(ns)('keeps the same {{placeholders}} in every string in %s', (name) => {
    const english = flatten(en[name]);
    const welsh = flatten(cy[name]);
    const differences: string[] = [];
    for (const [key, value] of welsh) {
      const base = pluralBase(key);
      if (base !== undefined) {
        // a Welsh plural form may leave out {{count}} ("unwaith"), but brings no placeholder of its own
        const allowed = new Set([...english].filter(([k]) => pluralBase(k) === base).flatMap(([, v]) => placeholders(v)));
        const extra = placeholders(value).filter((p) => !allowed.has(p));
        if (extra.length > 0) differences.push(`${key}: ${extra.join(', ')} not in English`);
        continue;
      }
      const source = english.get(key);
      if (source === undefined) continue; // reported by the keys test
      const [want, got] = [placeholders(source), placeholders(value)];
      if (want.join() !== got.join()) differences.push(`${key}: English {{${want.join('}}, {{')}}}, Welsh {{${got.join('}}, {{')}}}`);
    }
    expect(differences).toEqual([]);
  });

  it('names legislation by its official Welsh title, or the customary Welsh rendering of a UK Act', () => {
    expect(cy.instruments.mhWalesMeasure2010).toBe('Mesur Iechyd Meddwl (Cymru) 2010');
    expect(cy.instruments.mha1983).toBe('Deddf Iechyd Meddwl 1983');
    expect(cy.instruments.mca2005).toBe('Deddf Galluedd Meddyliol 2005');
    expect(cy.instruments.sswba2014).toBe('Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014');
  });

  it('is marked as a draft that needs review by a fluent Welsh speaker', () => {
    expect(welshMeta).toMatchObject({ language: 'cy', status: 'draft', needsReview: true });
    expect(welshMeta.reviewNote).toMatch(/fluent Welsh speaker/);
  });

  it('can tell English-only wording from Welsh (the check the rendering test relies on)', () => {
    const fragments = englishOnlyFragments(
      { a: { b: 'Check your answers now', c: 'Call Samaritans free' }, d: { e: 'Samaritans' } },
      { a: { b: 'Gwirio eich atebion nawr', c: 'Ffoniwch Samaritans am ddim' }, d: { e: 'Samaritans' } },
    );
    expect(fragments).toEqual(['Check your answers now', 'Call Samaritans free']);
  });
});

describe('the Welsh catalogue is translated (fails until the translators finish)', () => {
  // i18next picks the form by Welsh grammar (2 is "two"); a missing form falls back to English.
  it.each(ns)('has every Welsh plural form (zero, one, two, few, many, other) for the plural strings in %s', (name) => {
    const welsh = flatten(cy[name]);
    const bases = new Set([...flatten(en[name]).keys()].map(pluralBase).filter((b): b is string => b !== undefined));
    const missing = [...bases].flatMap((base) =>
      pluralCategories('cy')
        .map((c) => `${base}_${c}`)
        .filter((k) => !welsh.has(k)),
    );
    expect(missing).toEqual([]);
  });

  it.each(ns)('has no English string copied unchanged into %s, except proper names, numbers and addresses', (name) => {
    expect(untranslated(name, en[name], cy[name])).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../content/locales/en';
import { kindsByNation, type Offer, type Status } from '../machines';

// The UI's own wording (common.json, result.json) is complete: every key the components name,
// and every variant the result page can ask for, in both the "self" and the "helper" form.

type Tree = { [key: string]: string | string[] | Tree };

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

/** Whether the catalogue has `key`, as plain, context (_self/_helper) or plural (_one/_other) forms. */
function has(tree: Tree, key: string): boolean {
  return ['', '_self', '_helper', '_one', '_other'].some((suffix) => lookup(tree, key + suffix) !== undefined);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.tsx') || path.endsWith('.ts') ? [path] : [];
  });
}

const result = en.result as unknown as Tree;
const contexts = ['self', 'helper'] as const;

describe('the UI wording', () => {
  it('has every literal key the components use, in the namespace they use it from', () => {
    const catalogue = en as unknown as Record<string, Tree>;
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const source = readFileSync(file, 'utf8');
      // the file's default namespace: the first one it asks useTranslation for ('common' otherwise)
      const defaultNs = /useTranslation\(\s*\[?\s*'([a-z]+)'/.exec(source)?.[1] ?? 'common';
      for (const [, raw] of source.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const [ns, key] = raw!.includes(':') ? raw!.split(':') : [defaultNs, raw!];
        if (!has(catalogue[ns!] ?? {}, key!)) missing.push(`${file}: ${ns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every advocate kind, with an article, a short headline form and what it does for self and helper', () => {
    const kinds = new Set(Object.values(kindsByNation).flat());
    for (const kind of kinds) {
      for (const field of ['name', 'withArticle', 'headline', 'about_self', 'about_helper']) {
        expect(lookup(result, `kinds.${kind}.${field}`), `${kind}.${field}`).toEqual(expect.any(String));
      }
    }
  });

  it('has a headline for every route and every kind of "may", and a label for every status and kind of offer, for self and helper', () => {
    const statuses: Status[] = ['entitled', 'may-be-entitled', 'may-be-offered', 'not-entitled'];
    const offers: Offer[] = ['power', 'bodyDecides', 'ifYouComplain'];
    for (const context of contexts) {
      expect(lookup(result, `headline.statutory_${context}`)).toEqual(expect.any(String));
      expect(lookup(result, `headline.non-statutory_${context}`)).toEqual(expect.any(String));
      for (const which of ['may-be-entitled', ...offers])
        expect(lookup(result, `headline.check.${which}_${context}`), which).toEqual(expect.any(String));
      for (const status of statuses) expect(lookup(result, `status.${status}_${context}`)).toEqual(expect.any(String));
      for (const offer of offers) expect(lookup(result, `offer.${offer}_${context}`)).toEqual(expect.any(String));
      for (const page of ['ifRefused', 'gettingReady', 'moreHelp'])
        expect(lookup(result, `pages.${page}.title_${context}`), page).toEqual(expect.any(String));
    }
  });

  it('says on every result that it is based on the answers, and to check again if something changes', () => {
    expect(lookup(result, 'caption')).toMatch(/based on your answers/i);
    for (const context of contexts) expect(lookup(result, `checkAgain_${context}`)).toMatch(/check again/);
  });

  it('says on the result page that it is information, not legal advice, with the date the law was checked', () => {
    expect(lookup(result, 'disclaimer')).toMatch(/not legal advice.*1 December 2026/);
  });
});

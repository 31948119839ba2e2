import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../content/locales/en';
import { kindsByNation, type ActionGroup, type Assessment, type Status } from '../machines';

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

  it('names every advocate kind, with an article for the headline and what it does for self and helper', () => {
    const kinds = new Set(Object.values(kindsByNation).flat());
    for (const kind of kinds) {
      for (const field of ['name', 'withArticle', 'about_self', 'about_helper']) {
        expect(lookup(result, `kinds.${kind}.${field}`), `${kind}.${field}`).toEqual(expect.any(String));
      }
    }
  });

  it('has a headline and lead for every route, and a label for every status and action group, for self and helper', () => {
    const routes: Assessment['route'][] = ['statutory', 'check', 'non-statutory'];
    const statuses: Status[] = ['entitled', 'may-be-entitled', 'may-be-offered', 'not-entitled'];
    const groups: ActionGroup[] = ['legal-help', 'ask', 'rights', 'questions', 'non-statutory', 'self-advocacy'];
    for (const context of contexts) {
      for (const route of routes) {
        expect(lookup(result, `headline.${route}_${context}`)).toEqual(expect.any(String));
        expect(lookup(result, `lead.${route}_${context}`)).toEqual(expect.any(String));
      }
      for (const status of statuses) expect(lookup(result, `status.${status}_${context}`)).toEqual(expect.any(String));
      for (const group of groups) expect(lookup(result, `groups.${group}_${context}`)).toEqual(expect.any(String));
    }
  });

  it('says on the result page that it is information, not legal advice, with the date the law was checked', () => {
    expect(lookup(result, 'disclaimer')).toMatch(/not legal advice.*1 December 2026/);
  });
});

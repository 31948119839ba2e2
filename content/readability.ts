// How long the sentences of the wording are: GOV.UK aims at a reading age of 9, and sentence
// length is the measure a writer can act on (content/README.md, "Rules for wording"). Used by
// content/readability.test.ts over the `reasons` and `actions` catalogues, in English and Welsh.

/** Every string in a catalogue namespace, by dotted key. */
export function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * The sentences of a string: a sentence ends at ".", "!" or "?" (and any closing quote or bracket)
 * followed by a space and a capital letter, an opening quote or a bracket. A `{{placeholder}}` is one
 * word. The wording uses no abbreviations with full stops ("for example", not "e.g."), so a full stop
 * always ends a sentence; a list introduced by a colon is one sentence.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/{{\s*[^}]+}}/g, 'X')
    .split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}"“‘(])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The words of a sentence: runs of characters with at least one letter or digit. */
export function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface Readability {
  sentences: number;
  /** Words per sentence, on average. */
  average: number;
  /** The longest sentence, and where it is. */
  longest: { words: number; key: string; sentence: string };
  /** Sentences over `limit` words, with their keys. */
  over: (limit: number) => { key: string; words: number; sentence: string }[];
}

export function readability(entries: readonly [string, string][]): Readability {
  const all = entries.flatMap(([key, text]) => sentences(text).map((sentence) => ({ key, sentence, words: words(sentence) })));
  const total = all.reduce((n, s) => n + s.words, 0);
  const longest = all.reduce((a, b) => (b.words > a.words ? b : a), { key: '', sentence: '', words: 0 });
  return {
    sentences: all.length,
    average: all.length === 0 ? 0 : total / all.length,
    longest,
    over: (limit) => all.filter((s) => s.words > limit),
  };
}

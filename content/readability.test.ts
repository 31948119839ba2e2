import { describe, expect, it } from 'vitest';
import { cy } from './locales/cy';
import { en } from './locales/en';
import { readability, sentences, strings, words } from './readability';

// Reasons and actions are what a frightened person reads first: GOV.UK aims at a reading age of 9.
// The check is on sentence length, which a writer can act on: on average under 20 words, and no
// sentence over 35 (issue 11). It runs on both languages: a Welsh sentence split in English is split
// in Welsh too.

const maxAverage = 20;
const maxSentence = 35;
/**
 * The first sentence of a reason is shown alone, as the one-line reason on the result page. Welsh
 * takes about a fifth more words for the same sentence ("y person rydych chi'n ei helpu" is six words
 * to "the person you're helping"'s four), so its limit is a fifth higher.
 */
const maxFirstSentence = { en: 25, cy: 30 } as const;

const catalogues = { en, cy } as const;

describe.each(Object.keys(catalogues) as (keyof typeof catalogues)[])('the %s reasons and actions', (language) => {
  const catalogue = catalogues[language];

  it.each(['reasons', 'actions'] as const)('%s: average sentence under 20 words, none over 35', (ns) => {
    const r = readability(strings(catalogue[ns]));
    expect(r.sentences).toBeGreaterThan(100);
    expect(r.average, `average ${r.average.toFixed(1)} words a sentence`).toBeLessThan(maxAverage);
    expect(r.over(maxSentence).map((s) => `${s.key} (${s.words} words): ${s.sentence}`)).toEqual([]);
  });

  it('reasons: the first sentence, shown alone as the one-line reason, is short', () => {
    const long = strings(catalogue.reasons)
      .filter(([key]) => !key.includes('.arrangedBy'))
      .map(([key, text]) => ({ key, words: words(sentences(text)[0] ?? '') }))
      .filter((s) => s.words > maxFirstSentence[language]);
    expect(long).toEqual([]);
  });
});

describe('plain words in the English reasons and actions', () => {
  it('says "arrange", not "instruct", and "where they live", not "accommodation"', () => {
    const texts = [...strings(en.reasons), ...strings(en.actions)];
    expect(texts.filter(([, text]) => /\binstruct/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(texts.filter(([, text]) => /\baccommodation\b/i.test(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('the sentence counter', () => {
  it('splits at a full stop before a capital, keeps a placeholder as one word, and does not split at a provision', () => {
    expect(sentences('You are held under section {{section}}. It does not give you the right to an IMHA.')).toEqual([
      'You are held under section X.',
      'It does not give you the right to an IMHA.',
    ]);
    expect(sentences('Under s130C(2)(a) the right applies.')).toHaveLength(1);
    expect(words('Ask the ward staff — or the office.')).toBe(7);
  });

  it('fails a catalogue with a long sentence', () => {
    const long = `${'word '.repeat(40).trim()}.`;
    expect(readability([['a', long]]).over(maxSentence)).toHaveLength(1);
    expect(readability([['a', 'One two three. Four five.']]).average).toBe(2.5);
  });
});

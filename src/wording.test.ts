import { describe, expect, it } from 'vitest';
import { andList, firstSentence } from './wording';

describe('andList', () => {
  it('joins in British English, with no comma before "and"', () => {
    expect(andList(['an IMHA', 'an IMCA'], 'en')).toBe('an IMHA and an IMCA');
    expect(andList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(andList(['an IMHA'], 'en')).toBe('an IMHA');
  });
  it('takes "ac" before a vowel and "a" before a consonant in Welsh', () => {
    expect(andList(['Eiriolwr Iechyd Meddwl Annibynnol (IMHA)', 'eiriolwr cwynion y GIG'], 'cy')).toBe(
      'Eiriolwr Iechyd Meddwl Annibynnol (IMHA) ac eiriolwr cwynion y GIG',
    );
    expect(andList(['A', 'B', 'cymorth'], 'cy')).toBe('A, B a cymorth');
    expect(andList(['IMHA'], 'cy')).toBe('IMHA');
  });
});

describe('firstSentence', () => {
  it('takes a reason up to its first full stop followed by a new sentence', () => {
    expect(firstSentence('You are held under section 136. It does not give you the right to an IMHA.')).toBe(
      'You are held under section 136.',
    );
    expect(firstSentence('Rydych chi wedi eich cadw o dan adran 136. Nid yw hyn yn rhoi hawl i chi.')).toBe(
      'Rydych chi wedi eich cadw o dan adran 136.',
    );
  });
  it('keeps a one-sentence reason, and does not stop at a provision or a number', () => {
    expect(firstSentence('You are detained under section 3 of the Mental Health Act.')).toBe(
      'You are detained under section 3 of the Mental Health Act.',
    );
    expect(firstSentence('Under s130C(2)(a) the right applies. More text.')).toBe('Under s130C(2)(a) the right applies.');
    expect(firstSentence('It costs 2.5 pounds. More.')).toBe('It costs 2.5 pounds.');
  });
});

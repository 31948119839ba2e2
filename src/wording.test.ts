import { describe, expect, it } from 'vitest';
import { andList } from './wording';

describe('andList', () => {
  it('joins in English with the browser list format', () => {
    expect(andList(['an IMHA', 'an IMCA'], 'en')).toBe('an IMHA and an IMCA');
  });
  it('takes "ac" before a vowel and "a" before a consonant in Welsh', () => {
    expect(andList(['Eiriolwr Iechyd Meddwl Annibynnol (IMHA)', 'eiriolwr cwynion y GIG'], 'cy')).toBe(
      'Eiriolwr Iechyd Meddwl Annibynnol (IMHA) ac eiriolwr cwynion y GIG',
    );
    expect(andList(['A', 'B', 'cymorth'], 'cy')).toBe('A, B a cymorth');
    expect(andList(['IMHA'], 'cy')).toBe('IMHA');
  });
});

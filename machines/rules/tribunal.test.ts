import { describe, expect, it } from 'vitest';
import type { Facts, MhaStatus, Section } from '../types';
import { tribunalRight } from './tribunal';

// Who can apply to the First-tier Tribunal (Mental Health) or the Mental Health Review Tribunal for
// Wales, and when (MHA 1983 ss66, 69, 70, 75(2), 45B; complaints-and-legal-help.md "Tribunals").

const detained = (section: Section | undefined, nation: 'england' | 'wales' = 'england'): Facts => ({
  nation,
  age: '18-plus',
  mha: 'detained',
  ...(section ? { section } : {}),
});

describe('tribunalRight', () => {
  it.each([
    ['2', 'first14Days', 's66(1)(a), (2)(a)'],
    ['3', 'oncePerPeriod', 's66(1)(b), (2)(b)'],
    ['37', 'afterSixMonths', 's66(1)(f)'],
    ['37/41', 'afterSixMonths', 's70'],
    ['45A', 'afterSixMonths', 's45B, s70'],
    ['47', 'firstSixMonths', 's69(2)(b)'],
    ['47/49', 'firstSixMonths', 's69(2)(b)'],
    ['48', 'firstSixMonths', 's69(2)(b)'],
    ['48/49', 'firstSixMonths', 's69(2)(b)'],
  ] as [Section, string, string][])('section %s: %s (MHA %s)', (section, timing, provision) => {
    for (const nation of ['england', 'wales'] as const) {
      const right = tribunalRight(detained(section, nation));
      expect(right?.timing).toBe(timing);
      expect(right?.cite.provision).toBe(provision);
    }
  });

  it.each(['4', '5(2)', '5(4)', '35', '36', '38', '135', '136', 'other', 'unsure', undefined] as (Section | undefined)[])(
    'section %s: cannot apply (or not known to)',
    (section) => {
      expect(tribunalRight(detained(section))).toBeUndefined();
    },
  );

  it.each([
    ['cto', 'oncePerPeriod', 's66(1)(ca)'],
    ['guardianship', 'oncePerPeriod', 's66(1)(c)'],
    ['conditional-discharge', 'conditionalDischarge', 's75(2)'],
  ] as [MhaStatus, string, string][])('%s: %s (MHA %s)', (mha, timing, provision) => {
    const right = tribunalRight({ nation: 'wales', age: '18-plus', mha });
    expect(right?.timing).toBe(timing);
    expect(right?.cite.provision).toBe(provision);
  });

  it.each(['informal-inpatient', 'none', 'unsure'] as MhaStatus[])('%s: cannot apply, whatever treatment is discussed', (mha) => {
    expect(tribunalRight({ nation: 'england', age: '16-17', mha, treatmentDiscussed: 'ect' })).toBeUndefined();
  });

  it('is for England and Wales only: Scotland and Northern Ireland have their own tribunals', () => {
    expect(tribunalRight({ ...detained('3'), nation: 'scotland' })).toBeUndefined();
    expect(tribunalRight({ ...detained('3'), nation: 'northern-ireland' })).toBeUndefined();
  });
});

// Mental Health Act 1983, Part 5 — applying to a tribunal to be discharged: the First-tier Tribunal
// (Mental Health) in England, the Mental Health Review Tribunal for Wales. Who can apply, and when.
// Spec: ../../shared/law/complaints-and-legal-help.md, "Tribunals". Checked 2026-12-01.
// Only those who can apply are told about it: not s4 (before a second recommendation makes it s2),
// s5(2), s5(4), s35, s36, s38, s135, s136, informal patients, or people whose IMHA right comes only
// from a s57/ECT discussion; "other" and "unsure" sections are not known to qualify.

import type { Citation, Facts, Section } from '../types';
import { cite } from './citations';
import { kindExists } from './kinds';

/** When the person can apply: the wording must never tell someone on a hospital order they can apply now. */
export type TribunalTiming =
  | 'first14Days' // s2: within 14 days of admission (s66(1)(a), (2)(a))
  | 'oncePerPeriod' // s3, a CTO, guardianship: once in each period of detention (s66(1)(b), (c), (ca))
  | 'firstSixMonths' // s47, s47/49, s48, s48/49: within the first six months (s69(2)(b))
  | 'afterSixMonths' // s37, s37/41, s45A: only after the first six months (s66(1)(f), s70; s45B)
  | 'conditionalDischarge'; // a conditionally discharged restricted patient (s75(2))

export interface TribunalRight {
  timing: TribunalTiming;
  cite: Citation;
}

/**
 * Whether the time to apply is a window that is already closing: s2, within 14 days of admission
 * (s66(2)(a)); a transferred prisoner, within the first six months (s69(2)(b)). The result page puts
 * such a step first. The other timings recur (once in each period), or have not begun.
 */
export const tribunalWindowClosing = (timing: TribunalTiming): boolean => timing === 'first14Days' || timing === 'firstSixMonths';

const s = (provision: string, path: string) => cite('mha1983', provision, path);

const bySection: Partial<Record<Section, TribunalRight>> = {
  '2': { timing: 'first14Days', cite: s('s66(1)(a), (2)(a)', 'section/66') },
  '3': { timing: 'oncePerPeriod', cite: s('s66(1)(b), (2)(b)', 'section/66') },
  // A hospital order: the first chance is when the order is renewed at six months (s20, s66(1)(f)).
  '37': { timing: 'afterSixMonths', cite: s('s66(1)(f)', 'section/66') },
  // A restricted patient: between six and twelve months after the order, then once a year (s70).
  '37/41': { timing: 'afterSixMonths', cite: s('s70', 'section/70') },
  // A hospital and limitation direction: treated as a restricted patient (s45B), so s70 applies.
  '45A': { timing: 'afterSixMonths', cite: s('s45B, s70', 'section/45B') },
  '47': { timing: 'firstSixMonths', cite: s('s69(2)(b)', 'section/69') },
  '47/49': { timing: 'firstSixMonths', cite: s('s69(2)(b)', 'section/69') },
  '48': { timing: 'firstSixMonths', cite: s('s69(2)(b)', 'section/69') },
  '48/49': { timing: 'firstSixMonths', cite: s('s69(2)(b)', 'section/69') },
};

/** Whether, and when, the person can apply to a tribunal to be discharged; undefined if they cannot. */
export function tribunalRight(facts: Facts): TribunalRight | undefined {
  // Part 5 of the 1983 Act applies where Part 10 (the IMHA) does: England and Wales.
  if (!kindExists('imha', facts.nation)) return undefined;
  switch (facts.mha) {
    case 'detained':
      return facts.section === undefined ? undefined : bySection[facts.section];
    case 'cto':
      return { timing: 'oncePerPeriod', cite: s('s66(1)(ca)', 'section/66') };
    case 'guardianship':
      return { timing: 'oncePerPeriod', cite: s('s66(1)(c)', 'section/66') };
    case 'conditional-discharge':
      return { timing: 'conditionalDischarge', cite: s('s75(2)', 'section/75') };
    default: // informal, none, unsure
      return undefined;
  }
}

/** Legal aid for a Mental Health Tribunal case is not means-tested. */
export const tribunalLegalAid = cite('legalAidFinancialRegs2013', 'reg 5(1)(f)', 'regulation/5');

import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { scanScreen } from './axe';
import { describeViolations, readLedger } from './axe-ledger';
import { openStart as openStartAt, screenKey, tour, type ScreenKey } from './drive';
import type { QuestionId } from '../../../machines';
import type { Persona } from './personas';

// The journey driver (drive.ts) inside Vitest: the server's origin comes from the global setup,
// and each distinct screen can be checked with axe on the way.

export * from './drive';

export const origin = (): string => inject('origin');

export const openStart = (page: Page) => openStartAt(page, origin());

export async function expectNoViolations(page: Page, key: ScreenKey = {}): Promise<void> {
  const { key: name, violations } = await scanScreen(page, key);
  expect(violations, describeViolations(name, violations)).toEqual([]);
}

/** Whether this run's axe ledger already has the screen. */
export function alreadyScanned(page: Page, key: ScreenKey): boolean {
  return screenKey(page, key) in readLedger(inject('axeLedger')).screens;
}

export interface WalkOptions {
  /** axe-scan each distinct screen reached, each question's error state and the result's print view. */
  scan?: boolean;
  /** A check of its own for each screen reached (e.g. no sideways scrolling). */
  onScreen?: (page: Page, key: ScreenKey) => Promise<void>;
  stopAt?: QuestionId;
}

/** A persona's whole journey, from the start page to the result (or to `stopAt`). */
export async function walk(page: Page, persona: Persona, options: WalkOptions = {}): Promise<void> {
  await tour(page, origin(), persona, {
    ...(options.stopAt ? { stopAt: options.stopAt } : {}),
    print: options.scan ?? false,
    showErrorOn: (p) => (options.scan ?? false) && !alreadyScanned(p, { error: true }),
    onScreen: async (p, key) => {
      if (options.scan) await expectNoViolations(p, key);
      if (options.onScreen) await options.onScreen(p, key);
    },
  });
}

/** After each step the new page's h1 has focus (an expect-style wrapper for tests). */
export { headingFocused as expectHeadingFocused } from './drive';

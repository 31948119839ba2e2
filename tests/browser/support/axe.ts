import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { readLedger, writeLedger, type ViolationRecord } from './axe-ledger';
import { screenKey, type ScreenKey } from './drive';

// An axe-core scan of the screen the page is showing, against WCAG 2.2 A and AA. Each distinct
// screen (path, error state, result variant, media, width) is scanned once per run.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the current screen unless this run already has; returns the key and any violations. */
export async function scanScreen(page: Page, key: ScreenKey = {}): Promise<{ key: string; violations: ViolationRecord[] }> {
  const name = screenKey(page, key);
  const file = inject('axeLedger');
  const ledger = readLedger(file);
  const seen = ledger.screens[name];
  if (seen) return { key: name, violations: seen };

  // Evaluated through the DevTools protocol, not added as an inline <script> (which the page's
  // Content-Security-Policy rightly refuses).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;undefined`);
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[] }[];
    }
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, tags);

  ledger.screens[name] = violations;
  writeLedger(file, ledger);
  return { key: name, violations };
}

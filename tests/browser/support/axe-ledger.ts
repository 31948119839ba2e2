import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// Which screens axe has scanned in this run, kept in a file so the count spans every browser test
// file (they run one after another) and a screen reached by several journeys is scanned once.

export interface ViolationRecord {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface AxeLedger {
  screens: Record<string, ViolationRecord[]>;
}

export function readLedger(file: string): AxeLedger {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AxeLedger) : { screens: {} };
}

export function writeLedger(file: string, ledger: AxeLedger): void {
  writeFileSync(file, JSON.stringify(ledger, null, 2));
}

export function countViolations(ledger: AxeLedger): number {
  return Object.values(ledger.screens).reduce((sum, violations) => sum + violations.length, 0);
}

export function summariseAxe(ledger: AxeLedger): string {
  const screens = Object.keys(ledger.screens).length;
  const lines = [`axe: scanned ${screens} screens, ${countViolations(ledger)} violations`];
  for (const [key, violations] of Object.entries(ledger.screens)) {
    for (const v of violations) lines.push(`  ${key}: ${v.id} — ${v.help} [${v.targets.join(', ')}]`);
  }
  return lines.join('\n');
}

export function describeViolations(key: string, violations: readonly ViolationRecord[]): string {
  return [
    `axe found ${violations.length} violation(s) on ${key}:`,
    ...violations.map((v) => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} ${v.helpUrl}\n    ${v.targets.join('\n    ')}`),
  ].join('\n');
}

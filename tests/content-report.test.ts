import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run content:report`: what in content/ is due for checking again (scripts/content-report.mjs).

const run = (...args: string[]) => execFileSync(process.execPath, ['scripts/content-report.mjs', ...args], { encoding: 'utf8' });

describe('the content report', () => {
  it('lists nothing as stale on the day everything was checked', () => {
    expect(run('--today', '2026-11-25')).toContain('Checked more than 12 months ago (before 2025-11-25): 0');
  });

  it('lists statements and contacts checked more than 12 months before the given day', () => {
    const out = run('--today', '2027-12-01');
    expect(out).toMatch(/Checked more than 12 months ago \(before 2026-12-01\): [1-9]\d*/);
    expect(out).toMatch(/2026-11-25\s+statement\s+reasons:imha\.detainedOther\s+law\/imha\.md/);
    expect(out).toMatch(/2026-11-25\s+contact\s+samaritans\s/);
  });

  it('lists contact details below "probable" in a table, such as unverified emails', () => {
    const out = run('--today', '2026-11-25');
    expect(out).toMatch(/Organisation\s+Channel\s+Detail\s+Confidence\s+Checked/);
    expect(out).toMatch(/pohwer\s+email\s+pohwer@pohwer\.net\s+unverified/);
    expect(out).not.toMatch(/samaritans\s+phone/); // both Samaritans numbers are at least probable
  });

  it('says the Welsh catalogue still needs review', () => {
    expect(run('--today', '2026-11-25')).toMatch(/Welsh \(cy\) catalogue: status draft, needs review/);
  });
});

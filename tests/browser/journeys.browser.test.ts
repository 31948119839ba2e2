import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { summariseAxe } from './support/axe-ledger';
import { readLedger } from './support/axe-ledger';
import { launchChromium, openSession, type Session } from './support/browser';
import {
  common,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  openStart,
  pathname,
  slugOf,
  waitForPath,
  walk,
} from './support/journey';
import { allPersonas, personas } from './support/personas';

// Every persona from the start page to their result in the production build, with an axe scan
// (WCAG 2.2 A and AA) of every distinct screen on the way: each question, its error state, check
// your answers, each result variant on screen and in print, and Get help now.

let browser: Browser;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  await session?.context.close();
  session = undefined;
});
afterAll(async () => {
  await browser?.close();
  console.log(summariseAxe(readLedger(inject('axeLedger'))));
});

async function fresh(): Promise<Session> {
  session = await openSession(browser);
  return session;
}

describe('journeys, each screen checked with axe', () => {
  it.each(allPersonas.map((p) => [p.story, p] as const))('%s', async (_, persona) => {
    const { page, errors } = await fresh();
    await walk(page, persona, { scan: true });
    expect(pathname(page)).toBe('/result');
    expect(errors).toEqual([]);
  });

  it('Get help now opens from the header on any page, passes axe, and Back returns to the question', async () => {
    const { page, errors } = await fresh();
    await openStart(page);
    await page.getByRole('link', { name: exactly(common('getHelp.link')) }).click();
    await waitForPath(page, '/get-help');
    await expectHeadingFocused(page);
    await expectNoViolations(page);

    await walk(page, personas.detainedScotland, { stopAt: 'mha' });
    await page.getByRole('link', { name: exactly(common('getHelp.link')) }).click();
    await waitForPath(page, '/get-help');
    await expectNoViolations(page, { variant: 'nation-known' });
    await page.getByRole('link', { name: exactly(common('back')) }).click();
    await waitForPath(page, slugOf('mha'));
    expect(errors).toEqual([]);
  });
});

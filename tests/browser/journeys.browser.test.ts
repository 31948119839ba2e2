import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../content/locales/en';
import { answersOnPath, assess, toFacts, type Answers } from '../../machines';
import { readLedger, summariseAxe } from './support/axe-ledger';
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
import { useChromium } from './support/session';

// Every persona from the start page to their result in the production build, with an axe scan
// (WCAG 2.2 A and AA) of every distinct screen on the way: each question, its error state, check
// your answers, each result variant on screen and in print, and Get help now.

const { fresh } = useChromium();

/** The result page says what assess() says: the route's headline, and a section for each advocate that applies. */
async function expectResultFor(page: Page, answers: Answers): Promise<void> {
  const assessment = assess(toFacts(answersOnPath(answers))!);
  const context = answers.audience === 'myself' ? 'self' : 'helper';
  const headline = (en.result.headline as Record<string, string>)[`${assessment.route}_${context}`]!;
  expect(await page.locator('h1').textContent()).toContain(headline.split('{{')[0]!.trim());
  for (const advocate of assessment.advocates) {
    const shown = await page.locator(`#advocate-${advocate.kind}`).count();
    expect(shown, `${advocate.kind} (${advocate.status}) has a section of its own`).toBe(advocate.status === 'not-entitled' ? 0 : 1);
  }
}

afterAll(() => {
  console.log(summariseAxe(readLedger(inject('axeLedger'))));
});

describe('journeys, each screen checked with axe', () => {
  it.each(allPersonas.map((p) => [p.story, p] as const))('%s', async (_, persona) => {
    const { page, errors } = await fresh();
    await walk(page, persona, { scan: true });
    expect(pathname(page)).toBe('/result');
    await expectResultFor(page, persona.answers);
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

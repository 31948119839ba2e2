import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../content/locales/en';
import { answersOnPath, assess, planResult, toFacts, type Answers } from '../../machines';
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

/**
 * The result page says what assess() says, shaped by the result plan: the headline for the route
 * (based on the answers), what to do now, and every other advocate checked, each once.
 */
async function expectResultFor(page: Page, answers: Answers): Promise<void> {
  const plan = planResult(assess(toFacts(answersOnPath(answers))!));
  const context = answers.audience === 'myself' ? 'self' : 'helper';
  const { headline } = plan;
  const templates = en.result.headline as unknown as Record<string, string> & { check: Record<string, string> };
  const template =
    headline.route === 'check'
      ? templates.check[`${headline.status === 'may-be-offered' && headline.offer ? headline.offer : headline.status}_${context}`]!
      : templates[`${headline.route}_${context}`]!;
  const h1 = (await page.locator('h1').textContent()) ?? '';
  expect(h1).toContain(en.result.caption);
  expect(h1).toContain(template.split('{{')[0]!.trim());
  expect(await page.locator('#result-now').count()).toBe(1);
  expect(await page.locator('[aria-labelledby="result-others"] .govuk-summary-list__row').count()).toBe(plan.others.length);
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

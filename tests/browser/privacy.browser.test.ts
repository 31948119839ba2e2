import { describe, expect, it } from 'vitest';
import {
  answer,
  appReady,
  common,
  exactly,
  openStart,
  origin,
  pathname,
  pressStart,
  questionsFor,
  sessionState,
  slugOf,
} from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// What the person tells the tool stays in their browser tab: no request leaves the tool's own
// origin, no cookie is set, nothing goes to localStorage, and the answers live in sessionStorage
// only (so a reload keeps them and closing the tab forgets them).

const { fresh } = useChromium();

const ownOrInline = (url: string) =>
  url.startsWith(origin() + '/') || url === origin() || url.startsWith('data:') || url.startsWith('blob:');

describe('privacy during a whole journey', () => {
  it('asks nothing of any other origin, sets no cookie, uses no localStorage, and keeps the answers in sessionStorage', async () => {
    const persona = personas.daughterCareHomeNoOne;
    const { page, context, requests, errors } = await fresh();
    await openStart(page);
    await pressStart(page);
    const given: Record<string, string> = {};
    for (const id of questionsFor(persona)) {
      const value = persona.answers[id]!;
      await answer(page, id, value);
      given[id] = value;
      // each answer is in sessionStorage as soon as it is given, with the step the person is on
      const saved = await sessionState(page);
      expect(saved?.answers).toEqual(given);
      expect(saved?.step === 'checkAnswers' ? '/check-answers' : slugOf(saved!.step as never)).toBe(pathname(page));
    }
    await page.getByRole('button', { name: exactly(common('checkAnswers.confirm')) }).click();
    await page.waitForURL((url) => url.pathname === '/result');
    await page.getByRole('link', { name: exactly(common('getHelp.link')) }).click();
    await page.waitForURL((url) => url.pathname === '/get-help');

    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((url) => !ownOrInline(url)),
      'requests to other origins',
    ).toEqual([]);
    expect(await context.cookies(), 'cookies in the browser context').toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => localStorage.length), 'localStorage entries').toBe(0);
    expect(await page.evaluate(() => Object.keys(sessionStorage)), 'sessionStorage holds one entry, the journey').toEqual([
      'advocacy-check',
    ]);
    expect((await sessionState(page))?.answers).toEqual(persona.answers);
    expect(errors).toEqual([]);
  });

  it('keeps the answers to the one tab: another tab starts afresh (sessionStorage is per tab)', async () => {
    const { page, context } = await fresh();
    await openStart(page);
    await pressStart(page);
    await answer(page, 'audience', 'myself');
    expect((await sessionState(page))?.answers).toEqual({ audience: 'myself' });
    const other = await context.newPage();
    await other.goto(origin() + slugOf('nation'));
    await appReady(other); // not the pre-rendered page shown while the app is on its way
    await other.locator('h1').first().waitFor();
    expect(pathname(other)).toBe('/');
    expect(await sessionState(other)).toBeNull();
  });
});

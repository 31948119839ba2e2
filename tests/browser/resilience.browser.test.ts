import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { narrow } from './support/browser';
import {
  answer,
  appReady,
  common,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  openStart,
  origin,
  pathname,
  pressStart,
  sessionState,
  showError,
  slugOf,
  waitForPath,
  walk,
} from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// The journey survives what browsers and people do to it: reloads, Back and Forward, storage
// that was tampered with, leaving in a hurry, and a very narrow screen.

const { fresh } = useChromium();

const checkedValue = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('main fieldset input[type="radio"]:checked')?.value ?? null);

/** Start page → audience, nation, age answered; leaves the page on the Mental Health Act question. */
async function firstThreeAnswers(page: Page): Promise<void> {
  await openStart(page);
  await pressStart(page);
  await answer(page, 'audience', 'myself');
  await answer(page, 'nation', 'england');
  await answer(page, 'age', '25-plus');
  expect(pathname(page)).toBe(slugOf('mha'));
}

describe('reload', () => {
  it('keeps the answers: the same question comes back with its answer still chosen', async () => {
    const { page, errors } = await fresh();
    await firstThreeAnswers(page);
    await page.goBack();
    await waitForPath(page, slugOf('age'));
    await page.reload();
    await waitForPath(page, slugOf('age'));
    expect(await checkedValue(page)).toBe('25-plus');
    await page.goBack();
    await waitForPath(page, slugOf('nation'));
    expect(await checkedValue(page)).toBe('england');
    expect(errors).toEqual([]);
  });

  it('keeps check your answers and the result', async () => {
    const { page, errors } = await fresh();
    await walk(page, personas.detainedScotland);
    const heading = await page.locator('h1').textContent();
    await page.reload();
    await waitForPath(page, '/result');
    expect(await page.locator('h1').textContent()).toBe(heading);
    await page.goBack();
    await waitForPath(page, '/check-answers');
    await page.reload();
    await waitForPath(page, '/check-answers');
    expect(await page.locator('.govuk-summary-list__row').count()).toBe(Object.keys(personas.detainedScotland.answers).length);
    expect(errors).toEqual([]);
  });
});

describe('browser Back and Forward', () => {
  it('move between the questions, keeping what was chosen, and focus the heading', async () => {
    const { page, errors } = await fresh();
    await firstThreeAnswers(page);
    await page.goBack();
    await waitForPath(page, slugOf('age'));
    await expectHeadingFocused(page);
    expect(await checkedValue(page)).toBe('25-plus');
    await page.goBack();
    await waitForPath(page, slugOf('nation'));
    expect(await checkedValue(page)).toBe('england');
    await page.goForward();
    await waitForPath(page, slugOf('age'));
    await expectHeadingFocused(page);
    await page.goForward();
    await waitForPath(page, slugOf('mha'));
    expect(await checkedValue(page)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('cannot jump ahead of the answers: Forward after changing an answer stays on the path', async () => {
    const { page, errors } = await fresh();
    await firstThreeAnswers(page);
    await answer(page, 'mha', 'detained');
    expect(pathname(page)).toBe(slugOf('section'));
    // back to where, change to Scotland: the section question is no longer on the path
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await waitForPath(page, slugOf('nation'));
    await answer(page, 'nation', 'scotland');
    await page.goto(origin() + slugOf('section'));
    await appReady(page);
    await page.locator('h1').first().waitFor();
    expect(pathname(page)).not.toBe(slugOf('section'));
    expect(errors).toEqual([]);
  });

  it('the Back link goes to the previous question', async () => {
    const { page } = await fresh();
    await firstThreeAnswers(page);
    await page.getByRole('link', { name: exactly(common('back')) }).click();
    await waitForPath(page, slugOf('age'));
    await expectHeadingFocused(page);
    expect(await checkedValue(page)).toBe('25-plus');
  });
});

describe('saved answers that cannot be trusted', () => {
  const cases: [string, string][] = [
    ['garbage that is not JSON', '{"version":1,"answers":{'],
    ['JSON that is not an object', '42'],
    ['null', 'null'],
    ['a different version', JSON.stringify({ version: 99, answers: { audience: 'myself' }, step: 'nation' })],
    ['an answer that is not an option', JSON.stringify({ version: 1, answers: { audience: 'myself', nation: 'mars' }, step: 'age' })],
    ['a question that does not exist', JSON.stringify({ version: 1, answers: { favouriteColour: 'blue' }, step: 'start' })],
    ['a step the answers do not allow', JSON.stringify({ version: 1, answers: { audience: 'myself' }, step: 'result' })],
    ['a step that does not exist', JSON.stringify({ version: 1, answers: {}, step: 'admin' })],
    ['an answer of the wrong type', JSON.stringify({ version: 1, answers: { audience: ['myself'] }, step: 'nation' })],
  ];

  it.each(cases)('%s: a clean restart at the start page with a message, never a blank page', async (_, saved) => {
    const { page, errors } = await fresh();
    await openStart(page);
    await page.evaluate((value) => sessionStorage.setItem('advocacy-check', value), saved);
    for (const path of ['/result', slugOf('age'), '/']) {
      await page.goto(origin() + path);
      await waitForPath(page, '/');
      expect(await page.locator('h1').textContent()).toBe(common('start.title'));
      expect(await page.getByText(common('notifications.couldNotRestore')).isVisible()).toBe(true);
      await page.evaluate((value) => sessionStorage.setItem('advocacy-check', value), saved);
    }
    await expectNoViolations(page, { variant: 'could-not-restore' }); // the message is a screen of its own
    // and the tool works from there
    await pressStart(page);
    expect(await page.getByText(common('notifications.couldNotRestore')).count()).toBe(0);
    await answer(page, 'audience', 'myself');
    expect((await sessionState(page))?.answers).toEqual({ audience: 'myself' });
    expect(errors).toEqual([]);
  });

  it('a valid saved journey is restored without a message', async () => {
    const { page, errors } = await fresh();
    await openStart(page);
    await page.evaluate(() =>
      sessionStorage.setItem(
        'advocacy-check',
        JSON.stringify({ version: 1, answers: { audience: 'myself', nation: 'wales' }, step: 'age' }),
      ),
    );
    await page.goto(origin() + slugOf('age'));
    await waitForPath(page, slugOf('age'));
    expect(await checkedValue(page)).toBeNull();
    await page.getByRole('link', { name: exactly(common('back')) }).click();
    await waitForPath(page, slugOf('nation'));
    expect(await checkedValue(page)).toBe('wales');
    expect(await page.getByText(common('notifications.couldNotRestore')).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('Exit this page', () => {
  const stub = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>';
  const journeyPath = (path: string) => path !== '/';

  /** Leaves with `leave`, then walks all the way back through history: no journey page, no answers. */
  async function exitAndLookBack(leave: (page: Page) => Promise<void>) {
    const { page, context } = await fresh();
    const outside: string[] = [];
    await context.route('https://www.bbc.co.uk/**', (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stub });
    });
    await firstThreeAnswers(page);
    await answer(page, 'mha', 'detained');
    expect((await sessionState(page))?.answers).toMatchObject({ mha: 'detained' });
    await leave(page);
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
    expect(outside.length).toBeGreaterThan(0);

    // The tab's whole history, back and forward, as the browser keeps it (with each entry's title,
    // which a long press on Back lists): the only entry of ours may be the start page.
    const cdp = await context.newCDPSession(page);
    const history = await cdp.send('Page.getNavigationHistory');
    const report = history.entries.map((e, i) => `${i === history.currentIndex ? '→' : ' '} ${e.url} "${e.title}"`).join('\n  ');
    const ours = history.entries.filter((e) => e.url.startsWith(origin()));
    expect(
      ours.filter((e) => journeyPath(new URL(e.url).pathname)),
      `after Exit the tab's history still holds journey pages (history.length ${history.entries.length}):\n  ${report}`,
    ).toEqual([]);

    // And Back from the neutral site shows nothing of the journey, with nothing saved.
    await page.goBack();
    await page.waitForLoadState('load');
    if (page.url().startsWith(origin())) {
      await page.locator('h1').first().waitFor();
      expect(await page.locator('h1').first().textContent(), `Back after Exit shows ${page.url()}`).toBe(common('start.title'));
      expect(await sessionState(page), `answers left in sessionStorage after Exit, seen from Back (${page.url()})`).toBeNull();
    }
  }

  it('the button leaves for a neutral site and leaves no journey page in history', async () => {
    await exitAndLookBack((page) => page.getByRole('button', { name: new RegExp(common('exitThisPage.label')) }).click());
  });

  it('pressing Shift three times does the same', async () => {
    await exitAndLookBack(async (page) => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
  });
});

describe('reflow at 320 CSS pixels (WCAG 1.4.10: 1280px at 400% zoom)', () => {
  async function noHorizontalScroll(page: Page): Promise<void> {
    const size = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      widest: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    }));
    expect(size.scroll, `${pathname(page)} scrolls sideways at 320px: ${size.widest.join('; ')}`).toBeLessThanOrEqual(size.client);
  }

  it('no screen of the longest journey scrolls sideways, error states and Get help now included', async () => {
    const { page, errors } = await fresh({ viewport: narrow });
    const checked: string[] = [];
    await walk(page, personas.daughterCareHomeNoOne, {
      onScreen: async (p) => {
        checked.push(pathname(p));
        await noHorizontalScroll(p);
        if (p.url().endsWith(slugOf('lacksCapacity'))) {
          await showError(p);
          await noHorizontalScroll(p);
        }
      },
    });
    await page.emulateMedia({ media: 'print' });
    await noHorizontalScroll(page);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: exactly(common('getHelp.link')) }).click();
    await waitForPath(page, '/get-help');
    await noHorizontalScroll(page);
    expect(checked).toContain('/result');
    expect(errors).toEqual([]);
  });

  it('nor does the result for legal advice first, or the Northern Ireland and Scotland journeys', async () => {
    for (const persona of [personas.refusedImha, personas.northernIreland, personas.detainedScotland, personas.careActNoOneToHelp]) {
      const { page, context, errors } = await fresh({ viewport: narrow });
      await walk(page, persona, { onScreen: (p) => noHorizontalScroll(p) });
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

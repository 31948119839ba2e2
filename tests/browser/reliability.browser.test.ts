import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cy } from '../../content/locales/cy';
import { canVisit, pathOf, questionIds, type Answers, type QuestionId } from '../../machines';
import { narrow } from './support/browser';
import {
  answer,
  appReady,
  common,
  confirmAnswers,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  openStart,
  origin,
  pathname,
  pressStart,
  questionsFor,
  radio,
  sessionState,
  slugOf,
  waitForPath,
} from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// What adversarial testing found (../shared/reviews/reliability-2026-12.md, defects 1 and 3–10),
// each checked the way it was found: keys and clicks as a person makes them, the tab's session
// history as the browser keeps it, a slow network as a cheap phone has it, storage that is full.

const { fresh } = useChromium();

const neutralSite = 'https://www.bbc.co.uk/**';
const stub = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>';

/** Answers a neutral site's requests with a stub page; returns the URLs asked for. */
async function stubNeutralSite(context: BrowserContext): Promise<string[]> {
  const asked: string[] = [];
  await context.route(neutralSite, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stub });
  });
  return asked;
}

const exitButton = (page: Page) => page.locator('.govuk-exit-this-page__button');

/** Start page → audience, nation, age answered; leaves the page on the Mental Health Act question. */
async function firstThreeAnswers(page: Page): Promise<void> {
  await openStart(page);
  await pressStart(page);
  await answer(page, 'audience', 'myself');
  await answer(page, 'nation', 'england');
  await answer(page, 'age', '25-plus');
  expect(pathname(page)).toBe(slugOf('mha'));
}

/** The page has not left: still ours, on `path`, with the answers saved. Waits past Exit's own timer. */
async function expectStillHere(page: Page, path: string, outside: string[]): Promise<void> {
  await page.waitForTimeout(700);
  expect(outside, 'Exit this page fired').toEqual([]);
  expect(page.url().startsWith(origin()), `the page left for ${page.url()}`).toBe(true);
  expect(pathname(page)).toBe(path);
  expect((await sessionState(page))?.answers).toMatchObject({ audience: 'myself', nation: 'england', age: '25-plus' });
  expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
}

describe('Exit this page counts Shift pressed on its own (defect 1)', () => {
  it('Shift+Tab three times, as a keyboard user moving back through the page, keeps the page and the answers', async () => {
    const { page, context, errors } = await fresh();
    const outside = await stubNeutralSite(context);
    await firstThreeAnswers(page);
    await page.getByRole('button', { name: exactly(common('continue')) }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    await expectStillHere(page, slugOf('mha'), outside);
    expect(errors).toEqual([]);
  });

  it('three Shift+clicks, and typing capitals, keep the page', async () => {
    const { page, context } = await fresh();
    const outside = await stubNeutralSite(context);
    await firstThreeAnswers(page);
    for (let i = 0; i < 3; i++)
      await page
        .locator('h1')
        .first()
        .click({ modifiers: ['Shift'] });
    await expectStillHere(page, slugOf('mha'), outside);
    await page.keyboard.type('ABC');
    await expectStillHere(page, slugOf('mha'), outside);
  });

  it('any other key between Shift presses starts the count again', async () => {
    const { page, context } = await fresh();
    const outside = await stubNeutralSite(context);
    await firstThreeAnswers(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Control');
    await page.keyboard.press('Shift');
    await expectStillHere(page, slugOf('mha'), outside);
    // and three on their own still leave
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
  });
});

describe('history titles (defect 4)', () => {
  /** The tab's session history as Chromium keeps it: each entry's address and title. */
  async function sessionHistory(page: Page): Promise<{ url: string; title: string }[]> {
    const cdp = await page.context().newCDPSession(page);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    await cdp.detach();
    return entries.map(({ url, title }) => ({ url, title }));
  }

  it('every entry is titled with its own page, not the next one', async () => {
    const { page } = await fresh();
    const titles = new Map<string, string>();
    const note = async () => titles.set(pathname(page), await page.title());
    await openStart(page);
    await note();
    await pressStart(page);
    for (const [id, value] of [
      ['audience', 'myself'],
      ['nation', 'england'],
      ['age', '25-plus'],
    ] as const) {
      await note();
      await answer(page, id, value);
    }
    await note();
    const ours = (await sessionHistory(page)).filter((e) => e.url.startsWith(origin()));
    expect(ours.map((e) => new URL(e.url).pathname)).toEqual([...titles.keys()]);
    for (const entry of ours) expect(entry.title, `the entry for ${entry.url}`).toBe(titles.get(new URL(entry.url).pathname));
  });

  it.each([
    ['from the page that made them', false],
    ['from a copy loaded again by a reload', true],
  ])('after Exit %s, no entry of ours is titled with what was asked: the service name at most', async (_, reload) => {
    const { page, context } = await fresh();
    await stubNeutralSite(context);
    await firstThreeAnswers(page);
    if (reload) {
      await page.reload();
      await appReady(page);
    }
    await answer(page, 'mha', 'detained');
    await exitButton(page).click();
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
    const ours = (await sessionHistory(page)).filter((e) => e.url.startsWith(origin()));
    expect(ours.length).toBeGreaterThan(0);
    for (const entry of ours) expect(entry.title, `the entry left behind for ${entry.url}`).toBe(common('serviceName'));
  });
});

describe('the exit address (defect 5)', () => {
  const notes: [string, string][] = [
    ['another site', 'https://example.org/elsewhere'],
    ['a script', 'javascript:void(window.__ran=1)'],
  ];

  it.each(notes)('an exit note naming %s only finishes the exit, to the tool’s own neutral site', async (_, value) => {
    const { page, context } = await fresh();
    const outside = await stubNeutralSite(context);
    const elsewhere: string[] = [];
    await context.route('https://example.org/**', (route) => {
      elsewhere.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stub });
    });
    await openStart(page);
    await page.evaluate((note) => sessionStorage.setItem('advocacy-check-exit', note), value);
    await page.goto(origin() + '/');
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk', { timeout: 5_000 });
    expect(elsewhere).toEqual([]);
    expect(outside.length).toBeGreaterThan(0);
  });
});

describe('a slow first visit (defect 3)', () => {
  /** Holds back the app chunk (src/boot.tsx) for as long as the test runs, as a very slow signal would. */
  async function holdTheApp(context: BrowserContext): Promise<void> {
    await context.route(/\/assets\/boot-[^/]+\.js$/, () => new Promise<void>(() => undefined));
  }

  const welshCommon = cy.common as unknown as { start: { title: string }; exitThisPage: { label: string }; getHelp: { link: string } };

  async function readableAtOnce(page: Page, heading: string, exitLabel: string, getHelp: string): Promise<void> {
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(heading);
    expect(await exitButton(page).isVisible()).toBe(true);
    expect(await exitButton(page).textContent()).toContain(exitLabel);
    expect(
      await page
        .getByRole('link', { name: exactly(getHelp) })
        .first()
        .isVisible(),
    ).toBe(true);
  }

  it('Get help now shows its contacts and Exit this page while the app is still on its way', async () => {
    const { page, context } = await fresh({ serviceWorkers: 'block' });
    await holdTheApp(context);
    await page.goto(origin() + '/get-help');
    await readableAtOnce(page, common('getHelp.title'), common('exitThisPage.label'), common('getHelp.link'));
    expect(
      await page
        .getByText(/116 123/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.title()).toContain(common('getHelp.title'));
    await expectNoViolations(page, { variant: 'before-the-app' });
  });

  it('?lang=cy shows the start page in Welsh while the app is still on its way', async () => {
    const { page, context } = await fresh({ serviceWorkers: 'block' });
    await holdTheApp(context);
    await page.goto(origin() + '/?lang=cy');
    await readableAtOnce(page, welshCommon.start.title, welshCommon.exitThisPage.label, welshCommon.getHelp.link);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await expectNoViolations(page, { variant: 'before-the-app-cy' });
  });

  it('any other deep link shows a short page saying it is loading, with Get help now and Exit', async () => {
    const { page, context } = await fresh({ serviceWorkers: 'block' });
    await holdTheApp(context);
    await page.goto(origin() + '/check-answers');
    await readableAtOnce(page, common('loading.title'), common('exitThisPage.label'), common('getHelp.link'));
    await expectNoViolations(page, { variant: 'before-the-app' });
  });

  it('at 1.5 Mbit/s and 400 ms, /get-help and /?lang=cy show a heading and Exit within 2.5 s', async () => {
    const figures: string[] = [];
    for (const [path, heading] of [
      ['/get-help', common('getHelp.title')],
      ['/?lang=cy', welshCommon.start.title],
    ] as const) {
      const { page, context } = await fresh({ serviceWorkers: 'block' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (1.5 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(origin() + path, { waitUntil: 'commit' });
      // In the page: the first frame (from the start of the navigation) with the heading and Exit both visible.
      const shownAt = await page.waitForFunction(
        (text) => {
          const seen = (el: Element | null) => !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
          const h1 = document.querySelector('h1');
          return seen(h1) && h1?.textContent === text && seen(document.querySelector('.govuk-exit-this-page__button'))
            ? performance.now()
            : false;
        },
        heading,
        { polling: 'raf', timeout: 20_000 },
      );
      const ms = Math.round((await shownAt.jsonValue()) as number);
      figures.push(`${path} ${ms} ms`);
      expect(ms, `${path} showed its heading and Exit after ${ms} ms`).toBeLessThanOrEqual(2500);
      await context.close();
    }
    console.log(`first visit at 1.5 Mbit/s, 400 ms: ${figures.join(', ')}`);
  });
});

describe('Back after Change (defect 6)', () => {
  it('after changing where from England to Scotland, browser Back steps through the pages seen, skipping questions no longer asked', async () => {
    const { page, errors } = await fresh();
    const persona = personas.detainedS3England;
    await openStart(page);
    await pressStart(page);
    const englandPath = questionsFor(persona);
    for (const id of englandPath) await answer(page, id, persona.answers[id]!);
    await waitForPath(page, '/check-answers');
    await page.locator(`.govuk-summary-list a[href="${slugOf('nation')}"]`).click();
    await waitForPath(page, slugOf('nation'));
    await radio(page, 'scotland').check();
    await page.getByRole('button', { name: exactly(common('continue')) }).click();
    const now: Answers = { ...persona.answers, nation: 'scotland' };
    const asked: string[] = [];
    // every question the change left unanswered, then check your answers
    for (let id = unanswered(now); id; id = unanswered(now)) {
      await waitForPath(page, slugOf(id));
      const value = personas.detainedScotland.answers[id]!;
      now[id] = value as never;
      asked.push(slugOf(id));
      await answer(page, id, value);
    }
    await waitForPath(page, '/check-answers');

    // The entries, oldest first: start, England's questions, check answers, where (changed), Scotland's new questions, check answers.
    const entries = ['/', ...englandPath.map(slugOf), '/check-answers', slugOf('nation'), ...asked];
    const expected = entries.filter((path) => path === '/' || path === '/check-answers' || canVisit(now, stepAt(path))).reverse();
    const seen: string[] = [];
    for (const path of expected) {
      await page.goBack();
      await waitForPath(page, path);
      await page.waitForTimeout(100); // no further hop: the page stays where it landed
      expect(pathname(page), `Back after ${seen.join(' → ')}`).toBe(path);
      seen.push(path);
    }
    // and Forward the same way back, to check your answers as it is now
    for (const path of [...expected.reverse().slice(1), '/check-answers']) {
      await page.goForward();
      await waitForPath(page, path);
      await page.waitForTimeout(100);
      expect(pathname(page), `Forward after ${seen.join(' → ')}`).toBe(path);
      seen.push(path);
    }
    expect(errors).toEqual([]);
  });

  function unanswered(answers: Answers): QuestionId | undefined {
    return pathOf(answers).find((id) => answers[id] === undefined);
  }
  function stepAt(path: string): QuestionId {
    return questionIds.find((id) => slugOf(id) === path)!;
  }
});

describe('modified clicks open links in a new tab (defect 8)', () => {
  async function opensInNewTab(page: Page, click: () => Promise<void>, path: string): Promise<void> {
    const here = pathname(page);
    const heading = await page.locator('h1').first().textContent();
    const [tab] = await Promise.all([page.context().waitForEvent('page', { timeout: 3_000 }), click()]);
    await tab.waitForURL((url) => url.pathname === path);
    await tab.close();
    await page.waitForTimeout(200);
    expect(pathname(page), 'the page the link was on stays where it was').toBe(here);
    expect(await page.locator('h1').first().textContent()).toBe(heading);
  }

  it('Ctrl-click and Shift-click on Get help now, Back and Change', async () => {
    const { page } = await fresh();
    await firstThreeAnswers(page);
    const getHelp = page.getByRole('link', { name: exactly(common('getHelp.link')) });
    await opensInNewTab(page, () => getHelp.click({ modifiers: ['ControlOrMeta'] }), '/get-help');
    await opensInNewTab(page, () => getHelp.click({ modifiers: ['Shift'] }), '/get-help');
    const back = page.getByRole('link', { name: exactly(common('back')) });
    await opensInNewTab(page, () => back.click({ modifiers: ['ControlOrMeta'] }), slugOf('age'));

    const persona = personas.detainedS3England; // the first three answers are this persona's
    for (const id of questionsFor(persona).slice(3)) await answer(page, id, persona.answers[id]!);
    await waitForPath(page, '/check-answers');
    const change = page.locator(`.govuk-summary-list a[href="${slugOf('age')}"]`);
    await opensInNewTab(page, () => change.click({ modifiers: ['ControlOrMeta'] }), slugOf('age'));
    // and a plain click still changes the answer in place
    await change.click();
    await waitForPath(page, slugOf('age'));
    await expectHeadingFocused(page);
  });
});

describe('what the tool says when it cannot do what was asked (defect 9)', () => {
  const couldNotRestore = () => common('notifications.couldNotRestore');

  it('an unusable saved state is removed once its message has been shown: a second reload is a clean start', async () => {
    const { page, errors } = await fresh();
    await openStart(page);
    await page.evaluate(() => sessionStorage.setItem('advocacy-check', '{"version":1,"answers":{'));
    await page.reload();
    await appReady(page);
    expect(await page.getByText(couldNotRestore()).isVisible()).toBe(true);
    await page.reload();
    await appReady(page);
    expect(await page.locator('h1').first().textContent()).toBe(common('start.title'));
    expect(await page.getByText(couldNotRestore()).count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('advocacy-check'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('a page that needs earlier answers, opened with none, says why the start page is shown', async () => {
    const { page, errors } = await fresh();
    await page.goto(origin() + '/check-answers');
    await appReady(page);
    await waitForPath(page, '/');
    expect(await page.getByText(common('notifications.needsEarlierAnswers')).isVisible()).toBe(true);
    await expectNoViolations(page, { variant: 'needs-earlier-answers' });
    await pressStart(page);
    expect(await page.getByText(common('notifications.needsEarlierAnswers')).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('an address the tool does not have says so', async () => {
    const { page, errors } = await fresh();
    await page.goto(origin() + '/no-such-page');
    await appReady(page);
    await waitForPath(page, '/');
    expect(await page.getByText(common('notifications.notFound')).isVisible()).toBe(true);
    await expectNoViolations(page, { variant: 'not-found' });
    // the address itself is answered 404 (deploy/nginx.ts), as it should be: nothing else failed
    const thePageItself = (error: string) => /\/no-such-page\)?$/.test(error) && /404/.test(error);
    expect(errors.filter((error) => !thePageItself(error))).toEqual([]);
  });
});

describe('a save that fails (defect 10)', () => {
  const notSaved = () => common('notifications.notSaved');

  it('with sessionStorage full: says the answers will not survive a reload, and leaves no older answers to come back', async () => {
    const { page, errors } = await fresh();
    await openStart(page);
    await pressStart(page);
    await answer(page, 'audience', 'myself');
    expect((await sessionState(page))?.answers).toEqual({ audience: 'myself' });
    await page.evaluate(() => {
      // fill what is left of this origin's sessionStorage, down to the last character
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            sessionStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    await answer(page, 'nation', 'england');
    expect(await page.getByText(notSaved()).isVisible()).toBe(true);
    await expectNoViolations(page, { variant: 'not-saved' });
    expect(await sessionState(page), 'the answers from before the failed save are still there to come back on a reload').toBeNull();
    // once there is room again, the next save works and the message goes
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('filler-')) sessionStorage.removeItem(key);
    });
    await answer(page, 'age', '25-plus');
    expect(await page.getByText(notSaved()).count()).toBe(0);
    expect((await sessionState(page))?.answers).toEqual({ audience: 'myself', nation: 'england', age: '25-plus' });
    expect(errors).toEqual([]);
  });

  it('with sessionStorage blocked (private mode): says so at the first answer', async () => {
    const { page, errors } = await fresh();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openStart(page);
    expect(await page.getByText(notSaved()).count()).toBe(0);
    await pressStart(page);
    await answer(page, 'audience', 'myself');
    expect(await page.getByText(notSaved()).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('focus is never hidden under the sticky Exit button (defect 7)', () => {
  it('at 320 × 640, Shift+Tab from the bottom of the result page to the top', async () => {
    const { page, errors } = await fresh({ viewport: narrow });
    const persona = personas.detainedS3England;
    await openStart(page);
    await pressStart(page);
    for (const id of questionsFor(persona)) await answer(page, id, persona.answers[id]!);
    await waitForPath(page, '/check-answers');
    await confirmAnswers(page);
    // (focus() scrolls at once; the End key would start a smooth scroll still running during the first presses)
    await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')];
      all[all.length - 1]?.focus();
    });
    const covered: string[] = [];
    let stops = 0;
    for (let i = 0; i < 400; i++) {
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { done: true, covered: '' };
        const button = document.querySelector('.govuk-exit-this-page__button');
        if (!button || button.contains(el) || el.closest('.govuk-exit-this-page')) return { done: false, covered: '' };
        const b = button.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const x = Math.min(r.right, b.right) - Math.max(r.left, b.left);
        const y = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" (${Math.round(y)}px of ${Math.round(r.height)}px)`;
        return { done: false, covered: x > 0 && y > 0 ? label : '' };
      });
      if (stop.done) break;
      stops++;
      if (stop.covered) covered.push(stop.covered);
      if (await page.evaluate(() => document.activeElement?.classList.contains('govuk-skip-link'))) break;
      await page.keyboard.press('Shift+Tab');
    }
    expect(stops).toBeGreaterThan(10);
    expect(covered, `${covered.length} of ${stops} focus stops partly under the Exit button`).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appReady, common, exactly, origin, pathname, slugOf } from './support/journey';
import { useChromium } from './support/session';

// The start page is rendered into index.html at build time (vite-plugins/prerender.ts): it is on
// screen before any script has run, it works as plain HTML until the app arrives, and the app
// then adopts it without redrawing it. Any other address shows at once the pre-rendered page that
// suits it (src/first-screen.ts) until the app renders the page itself.

const { fresh } = useChromium();

/** Holds back the app chunk (src/boot.tsx) until `release` is called, as a slow signal would. */
async function holdTheApp(context: BrowserContext): Promise<{ release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  await context.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

const startButton = (page: Page) => page.getByRole('button', { name: exactly(common('start.button')) });

describe('the first screen', () => {
  it('is the start page with no JavaScript at all, with its title and a message saying the tool needs JavaScript', async () => {
    const { page, errors } = await fresh({ javaScriptEnabled: false });
    await page.goto(origin() + '/');
    expect(await page.locator('h1').first().textContent()).toBe(common('start.title'));
    expect(await page.title()).toContain(common('start.title'));
    expect(await startButton(page).isVisible()).toBe(true);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('is adopted by the app as it is: the same heading node, no layout shift', async () => {
    const { page, context, errors } = await fresh({ serviceWorkers: 'block' });
    const app = await holdTheApp(context);
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(origin() + '/');
    await page
      .locator('h1')
      .first()
      .evaluate((h1) => ((h1 as unknown as { __prerendered: boolean }).__prerendered = true));
    app.release();
    await appReady(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.hasAttribute('tabindex'))).toBe(true);
    expect(
      await page
        .locator('h1')
        .first()
        .evaluate((h1) => (h1 as unknown as { __prerendered?: boolean }).__prerendered),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
    await startButton(page).click();
    await page.waitForURL((url) => url.pathname === slugOf('audience'));
    expect(errors).toEqual([]);
  });

  it('before the app has arrived, Start still leads to the first question', async () => {
    const { page, context, errors } = await fresh({ serviceWorkers: 'block' });
    const app = await holdTheApp(context);
    await page.goto(origin() + '/');
    await startButton(page).click(); // a plain form submission: the page is loaded again at /who-for
    await page.waitForURL((url) => url.pathname === slugOf('audience'));
    app.release();
    await appReady(page);
    expect(pathname(page)).toBe(slugOf('audience'));
    expect(await page.locator('main fieldset input[type="radio"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('before the app has arrived, Exit this page still leaves at once', async () => {
    const { page, context } = await fresh({ serviceWorkers: 'block' });
    await holdTheApp(context);
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
      }),
    );
    await page.goto(origin() + '/');
    await page.getByRole('button', { name: new RegExp(common('exitThisPage.label')) }).click();
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
  });

  it('a deep link shows a short page saying it is loading (never the start page) while the app is on its way, then the question', async () => {
    const { page, context, errors } = await fresh({ serviceWorkers: 'block' });
    const app = await holdTheApp(context);
    await page.goto(origin() + slugOf('audience'));
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(common('loading.title'));
    expect(await page.getByText(common('start.title')).count()).toBe(0);
    expect(await page.title()).toContain(common('loading.title'));
    app.release();
    await appReady(page);
    await page.locator('main fieldset input[type="radio"]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('app-pending'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('Get help now, opened by its address, is shown at once and adopted by the app as it is', async () => {
    const { page, context, errors } = await fresh({ serviceWorkers: 'block' });
    const app = await holdTheApp(context);
    await page.goto(origin() + '/get-help');
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(common('getHelp.title'));
    await page
      .locator('h1')
      .first()
      .evaluate((h1) => ((h1 as unknown as { __prerendered: boolean }).__prerendered = true));
    app.release();
    await appReady(page);
    expect(
      await page
        .locator('h1')
        .first()
        .evaluate((h1) => (h1 as unknown as { __prerendered?: boolean }).__prerendered),
    ).toBe(true);
    await page.getByRole('link', { name: exactly(common('back')) }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(errors).toEqual([]);
  });

  it('before the app has arrived, Shift pressed three times on its own leaves at once, and Shift+Tab does not', async () => {
    const { page, context } = await fresh({ serviceWorkers: 'block' });
    await holdTheApp(context);
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
      }),
    );
    await page.goto(origin() + '/get-help');
    await page.locator('h1').first().waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(500);
    expect(pathname(page)).toBe('/get-help');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appReady, origin, pathname, slugOf, tour } from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// After the first visit the tool works with no signal: the service worker (/sw.js, built by
// vite-plugins/service-worker.ts) keeps every file of the build, and the tool's own addresses
// open index.html from that copy.

const { fresh } = useChromium();

/** Waits until the service worker has made its copy and controls the page. */
async function offlineCopyReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready; // active: everything is in its cache
    if (!navigator.serviceWorker.controller) {
      await new Promise((controlled) => navigator.serviceWorker.addEventListener('controllerchange', controlled, { once: true }));
    }
  });
}

describe('with the network off after the first visit', () => {
  it('a reload still shows the tool, and a whole journey reaches the result', async () => {
    const persona = personas.daughterCareHomeNoOne;
    const { page, context, errors, requests } = await fresh();
    await page.goto(origin() + '/');
    await appReady(page);
    await offlineCopyReady(page);

    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    expect(pathname(page)).toBe('/');
    expect(await page.locator('h1').first().isVisible()).toBe(true);

    await tour(page, origin(), persona);
    expect(pathname(page)).toBe('/result');
    expect(await page.locator('main h1').first().textContent()).not.toBe('');
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin()) && !url.startsWith('data:'))).toEqual([]);
  });

  it('a question opened by its address, and the Welsh catalogue, come from the offline copy too', async () => {
    const { page, context, errors } = await fresh();
    await page.goto(origin() + '/');
    await appReady(page);
    await offlineCopyReady(page);

    await context.setOffline(true);
    await page.goto(origin() + slugOf('audience'));
    await appReady(page);
    expect(pathname(page)).toBe(slugOf('audience'));
    expect(await page.locator('main fieldset input[type="radio"]').count()).toBeGreaterThan(0);

    await page.goto(origin() + '/?lang=cy');
    await appReady(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(errors).toEqual([]);
  });
});

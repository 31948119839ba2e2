import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/session';

// The harness itself: the production build is served as a single-page app, and Chromium loads it.

const origin = inject('origin');

describe('the test server', () => {
  it('serves index.html for the start page and for any journey path (the app routes on the client)', async () => {
    for (const path of ['/', '/where', '/check-answers', '/result', '/get-help', '/no-such-page']) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toMatch(/<div id="root"/);
    }
  });

  it('serves the built scripts and styles with their content types, and 404s a missing asset', async () => {
    const html = await (await fetch(origin + '/')).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(origin + script!);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const stylesheet = /<link[^>]+href="([^"]+\.css)"/.exec(html)?.[1];
    if (stylesheet) expect((await fetch(origin + stylesheet)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(origin + '/assets/missing.js')).status).toBe(404);
    expect((await fetch(origin + '/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(500);
  });
});

describe('Chromium', () => {
  const { fresh } = useChromium();

  it('loads the production build without errors', async () => {
    const { page, errors } = await fresh();
    await page.goto(origin + '/');
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

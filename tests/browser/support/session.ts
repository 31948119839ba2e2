import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { launchChromium, openSession, type Session } from './browser';

/**
 * One Chromium per test file, started by the first test that needs it (so that without Chromium
 * every test FAILS with the install hint, rather than being skipped after a failed beforeAll),
 * and a fresh context (its own cookies and storage) per test, closed after it.
 */
export function useChromium(): { fresh: (options?: BrowserContextOptions) => Promise<Session> } {
  let browser: Promise<Browser> | undefined;
  const open: Session[] = [];
  afterEach(async () => {
    const sessions = open.splice(0);
    await Promise.all(sessions.map((s) => s.context.close().catch(() => undefined)));
    // Every page the suite opens runs under the production Content-Security-Policy (nginx, and the
    // meta tag): anything it refused fails the test that caused it.
    expect(
      sessions.flatMap((s) => s.cspViolations),
      'Content-Security-Policy violations',
    ).toEqual([]);
  });
  afterAll(async () => {
    await (await browser?.catch(() => undefined))?.close();
  });
  return {
    fresh: async (options = {}) => {
      browser ??= launchChromium();
      const session = await openSession(await browser, options);
      open.push(session);
      return session;
    },
  };
}

import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchForMeasuring } from '../../bench/chromium';
import { chromiumsOwnUi, launchChromium } from './support/browser';

// The Chromium the tests and the bench drive. Chromium keeps only the last --disable-features on
// its command line, and ours (support/browser.ts) comes after Playwright's own: it must carry every
// feature Playwright turns off, or adding Chromium's address-bar page to the list would quietly turn
// Playwright's back on.

/** Each --disable-features on the running browser's command line, as chrome://version shows it. */
async function disableFeatureSwitches(browser: Browser): Promise<string[][]> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    return [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((match) => match[1]!.split(','));
  } finally {
    await page.close();
  }
}

describe.each([
  ['the browser tests', launchChromium],
  ['the bench', () => launchForMeasuring()],
])('the Chromium %s drive', (_, launch) => {
  it("keeps every feature Playwright turns off, and turns off Chromium's own address-bar page", async () => {
    const browser = await launch();
    try {
      const switches = await disableFeatureSwitches(browser);
      expect(switches.length, 'a --disable-features on the command line').toBeGreaterThan(0);
      const applied = switches.at(-1)!; // the one Chromium keeps
      for (const earlier of switches.slice(0, -1))
        expect(
          earlier.filter((feature) => !applied.includes(feature)),
          'features an earlier --disable-features turns off that the last one drops: add them to playwrightsDisabledFeatures',
        ).toEqual([]);
      expect(applied).toEqual(expect.arrayContaining([...chromiumsOwnUi]));
    } finally {
      await browser.close();
    }
  });
});

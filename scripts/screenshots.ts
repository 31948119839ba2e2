import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { desktop, launchChromium, narrow } from '../tests/browser/support/browser';
import { buildForProduction, projectRoot } from '../tests/browser/support/build';
import {
  appReady,
  footerPages,
  openFooterPage,
  openGetHelp,
  openStart,
  pathname,
  tour,
  variantFor,
  type ScreenKey,
} from '../tests/browser/support/drive';
import { pagePaths } from '../src/routes';
import { allPersonas } from '../tests/browser/support/personas';
import { serveStatic } from '../tests/browser/support/server';

// `npm run screenshots`: a PNG of every distinct screen of the production build — each question
// and its error state, check your answers, each result variant on screen and in print and the pages
// it links to, Get help
// now, the pages every footer links to (in English and Welsh), and the start page without
// JavaScript — at desktop width (1280) and at 320 CSS pixels, into screenshots/<width>/ (git-ignored).
// It follows the same personas as the browser tests.

const outRoot = join(projectRoot, 'screenshots');

/** The pages a result links to (machines/result-plan.ts); a reload keeps the answers in the tab. */
const resultPagePaths = [pagePaths.ifRefused, pagePaths.gettingReady, pagePaths.moreHelp];

function fileName(page: Page, key: ScreenKey): string {
  const path = pathname(page) === '/' ? 'start' : pathname(page).slice(1).replace(/\//g, '-');
  return [path, key.error ? 'error' : '', key.variant ?? '', key.media === 'print' ? 'print' : '']
    .filter(Boolean)
    .join('--')
    .replace(/[^a-z0-9+-]+/gi, '-');
}

async function shoot(browser: Browser, origin: string, viewport: { width: number; height: number }): Promise<number> {
  const dir = join(outRoot, `${viewport.width}`);
  mkdirSync(dir, { recursive: true });
  const taken = new Set<string>();
  const capture = async (page: Page, key: ScreenKey) => {
    const name = fileName(page, key);
    if (taken.has(name)) return;
    taken.add(name);
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  };

  for (const persona of allPersonas) {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    await tour(page, origin, persona, {
      onScreen: capture,
      showErrorOn: (p) => !taken.has(fileName(p, { error: true })),
      print: true,
    });
    // the pages the result links to, for each result variant
    const variant = variantFor(persona.answers);
    for (const path of resultPagePaths) {
      if (taken.has(`${path.slice(1)}--${variant}`.replace(/[^a-z0-9+-]+/gi, '-'))) continue;
      await page.goto(origin + path);
      await appReady(page);
      await page.locator('h1').first().waitFor();
      await capture(page, { variant });
    }
    await context.close();
  }

  for (const nationKnown of [false, true]) {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    if (nationKnown) await tour(page, origin, allPersonas[0]!, {});
    else await openStart(page, origin);
    await openGetHelp(page);
    await capture(page, nationKnown ? { variant: 'nation-known' } : {});
    await context.close();
  }

  // the pages every footer links to, in English (followed from the footer) and in Welsh (opened at their address)
  for (const which of footerPages) {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    await openStart(page, origin);
    await openFooterPage(page, which);
    await capture(page, {});
    await page.goto(`${origin}${which.path}?lang=cy`);
    await appReady(page);
    await capture(page, { variant: 'cy' });
    await context.close();
  }

  // the pre-rendered start page as it is before (or without) any JavaScript
  const noScript = await browser.newContext({ viewport, locale: 'en-GB', javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(origin + '/');
  await capture(page, { variant: 'no-js' });
  await noScript.close();
  return taken.size;
}

export default async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'advocacy-check-screenshots-'));
  const browser = await launchChromium();
  try {
    buildForProduction(join(work, 'dist'));
    const server = await serveStatic(join(work, 'dist'));
    try {
      rmSync(outRoot, { recursive: true, force: true });
      for (const viewport of [desktop, narrow]) {
        const count = await shoot(browser, server.origin, viewport);
        console.log(`screenshots: ${count} screens at ${viewport.width}px in screenshots/${viewport.width}/`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

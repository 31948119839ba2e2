import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cy } from '../../content/locales/cy';
import { en } from '../../content/locales/en';
import { englishOnlyFragments, untranslatedFragments } from '../support/catalogues';
import {
  appReady,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  origin,
  pathname,
  questionsFor,
  radio,
  sessionState,
  slugOf,
  variantFor,
  waitForPath,
  type ScreenKey,
} from './support/journey';
import { personas, type Persona } from './support/personas';
import { useChromium } from './support/session';

// Whole journeys in Welsh in the production build: every screen has <html lang="cy">, no English
// wording, and no axe violations (WCAG 2.2 A and AA; Welsh screens are scanned apart from the
// English ones). One journey opens with ?lang=cy, the other switches with the header's language
// select; switching keeps the page and the answers. The Welsh catalogue is fetched only when
// Welsh is chosen. These pass once the Welsh translation is complete.

const { fresh } = useChromium();

/** A string from the Welsh `common` catalogue by dotted key; a missing key fails loudly. */
function cyCommon(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], cy.common);
  if (typeof value !== 'string') throw new Error(`common.${key} is not in the Welsh catalogue`);
  return value;
}

// English that leaked through (a fallback, wording in code), and English not yet translated.
const englishOnly = englishOnlyFragments(en, cy);
const notYetTranslated = untranslatedFragments(en, cy);

const careAndSupportWales: Persona = {
  id: 'wales-ipa-needs-assessment',
  story: 'A friend helps someone in Wales through a needs assessment; they find it very hard to take part and no one else can help',
  answers: {
    audience: 'someone-else',
    nation: 'wales',
    age: '25-plus',
    mha: 'none',
    dols: 'none',
    decision: 'none',
    treatmentDiscussed: 'none',
    careProcess: 'needs-assessment',
    substantialDifficulty: 'yes',
    appropriateIndividual: 'no',
    nhsComplaint: 'no',
    refused: 'no',
  },
};

/** The screen is Welsh through and through, and passes axe (scanned as a Welsh screen). */
async function expectWelshScreen(page: Page, key: ScreenKey = {}): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang), `<html lang> on ${pathname(page)}`).toBe('cy');
  const shown = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  expect(
    englishOnly.filter((fragment) => shown.includes(fragment)),
    `English wording on ${pathname(page)}`,
  ).toEqual([]);
  expect(
    notYetTranslated.filter((fragment) => shown.includes(fragment)),
    `untranslated wording on ${pathname(page)}`,
  ).toEqual([]);
  await expectNoViolations(page, { ...key, variant: key.variant ? `cy+${key.variant}` : 'cy' });
}

const continueButton = (page: Page) => page.getByRole('button', { name: exactly(cyCommon('continue')) });

/** From the Welsh start page to the result: each question, one error state, check answers, the result on screen and in print. */
async function walkInWelsh(page: Page, persona: Persona): Promise<void> {
  await expectWelshScreen(page);
  await page.getByRole('button', { name: exactly(cyCommon('start.button')) }).click();
  await waitForPath(page, slugOf('audience'));
  await expectHeadingFocused(page);
  for (const [i, id] of questionsFor(persona).entries()) {
    expect(pathname(page), `${persona.id}: the ${id} question`).toBe(slugOf(id));
    await expectWelshScreen(page);
    if (i === 0) {
      await continueButton(page).click();
      await page.locator('.govuk-error-summary').waitFor();
      await expectWelshScreen(page, { error: true });
    }
    await radio(page, persona.answers[id]!).check();
    await continueButton(page).click();
    await page.waitForURL((url) => url.pathname !== slugOf(id));
    await expectHeadingFocused(page);
  }
  await waitForPath(page, '/check-answers');
  await expectWelshScreen(page);
  await page.getByRole('button', { name: exactly(cyCommon('checkAnswers.confirm')) }).click();
  await waitForPath(page, '/result');
  await expectHeadingFocused(page);
  const variant = variantFor(persona.answers);
  await expectWelshScreen(page, { variant });
  await page.emulateMedia({ media: 'print' });
  await expectWelshScreen(page, { variant, media: 'print' });
  await page.emulateMedia({ media: 'screen' });
}

/**
 * The text of every script the page itself has loaded so far (its resource timings: not what the
 * service worker fetches in the background to keep an offline copy).
 */
async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.startsWith(location.origin) && /\.m?js(\?|$)/.test(url) && !url.endsWith('/sw.js'));
    return Promise.all([...new Set(urls)].map(async (url) => (await fetch(url)).text()));
  });
}

describe('the whole tool in Welsh', () => {
  it('an informal in-patient in Wales, opening the tool with ?lang=cy', async () => {
    const { page, errors } = await fresh();
    await page.goto(`${origin()}/?lang=cy`);
    await appReady(page); // the Welsh start page is pre-rendered: wait for the app to take it over
    await page.locator('h1').first().waitFor();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(cyCommon('start.title'));
    await walkInWelsh(page, personas.informalWales);
    expect(await page.locator('h1').first().textContent()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('a friend helping with a care and support needs assessment in Wales, switching to Cymraeg from the header', async () => {
    const { page, errors } = await fresh();
    await page.goto(`${origin()}/`);
    await page.locator('h1').first().waitFor();
    const marker = cyCommon('serviceName');
    expect(marker).not.toBe(en.common.serviceName);
    await page.waitForLoadState('networkidle'); // the app has loaded, not only the pre-rendered page
    const firstLoad = await loadedScripts(page);
    expect(
      firstLoad.some((js) => js.includes(en.common.start.lead)),
      'the English catalogue in the first-load scripts',
    ).toBe(true);
    expect(
      firstLoad.some((js) => js.includes(marker)),
      'Welsh in the first-load scripts',
    ).toBe(false);

    const select = page.getByRole('navigation', { name: 'Choose a language' });
    const link = select.getByRole('link', { name: 'Cymraeg' });
    expect(await link.getAttribute('lang')).toBe('cy');
    expect(await link.getAttribute('hreflang')).toBe('cy');
    await link.click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(cyCommon('start.title'));
    expect(pathname(page)).toBe('/');
    expect(
      (await loadedScripts(page)).some((js) => js.includes(marker)),
      'Welsh fetched once chosen',
    ).toBe(true);

    await walkInWelsh(page, careAndSupportWales);
    expect(await page.title()).toContain(marker);
    expect(errors).toEqual([]);
  });

  // Law v2 (1 December 2026): the new results, each in Welsh from start to print.
  it.each(
    [personas.lookedAfterComplaint, personas.careLeaver, personas.complaintNorthernIreland, personas.heldS136Wales].map(
      (p) => [p.story, p] as const,
    ),
  )('in Welsh: %s', async (_, persona) => {
    const { page, errors } = await fresh();
    await page.goto(`${origin()}/?lang=cy`);
    // The Welsh start page is pre-rendered; the journey is the app's, so wait for it to take over.
    await appReady(page);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(cyCommon('start.title'));
    await walkInWelsh(page, persona);
    expect(errors).toEqual([]);
  });

  it('switching language mid-journey keeps the page and the answers, survives a reload, and Get help now is in Welsh', async () => {
    const { page, errors } = await fresh();
    await page.goto(`${origin()}/`);
    await page.getByRole('button', { name: exactly(en.common.start.button) }).click();
    await waitForPath(page, slugOf('audience'));
    await radio(page, 'myself').check();
    await page.getByRole('button', { name: exactly(en.common.continue) }).click();
    await waitForPath(page, slugOf('nation'));
    await radio(page, 'wales').check();
    await page.getByRole('button', { name: exactly(en.common.continue) }).click();
    await waitForPath(page, slugOf('age'));
    const before = await sessionState(page);

    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(pathname(page)).toBe(slugOf('age'));
    expect(await sessionState(page)).toEqual(before);
    await expectHeadingFocused(page);

    await page.reload();
    await appReady(page);
    await page.locator('h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(pathname(page)).toBe(slugOf('age'));

    await page.getByRole('link', { name: exactly(cyCommon('getHelp.link')) }).click();
    await waitForPath(page, '/get-help');
    expect(await page.locator('h1').first().textContent()).toBe(cyCommon('getHelp.title'));
    await expectWelshScreen(page, { variant: 'nation-known' });

    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(pathname(page)).toBe('/get-help');
    expect(await page.evaluate(() => sessionStorage.getItem('advocacy-check-language'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

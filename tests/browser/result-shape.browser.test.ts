import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../content/locales/en';
import { answersOnPath, assess, planResult, toFacts, type ResultPageId } from '../../machines';
import { narrow } from './support/browser';
import { expectNoViolations, origin, pathname, variantFor, waitForPath, walk } from './support/journey';
import { personas, type Persona } from './support/personas';
import { useChromium } from './support/session';

// Issue 11, "done when": on a phone (320 × 640 CSS px), for a detained section 3 patient, the same
// patient refused, a person not sure of their section and a person the police took to a place of
// safety under section 136, the result is at most 3,200 px tall with its folds closed, "What to do
// now" starts within the first 960 px (a screen and a half), no organisation's heading appears
// twice on it or on the pages it links to, and axe finds nothing on screen, in print and at 640 px
// (1280 px at 200% zoom, WCAG 1.4.10). The printout carries the answers, the date, the reasons and
// the law (the folds print open), and the tool's address.

const { fresh } = useChromium();

const maxHeight = 3200;
const nowWithin = 960;

const cases: [string, Persona][] = [
  ['detained under section 3', personas.detainedS3England],
  ['the same patient, refused', personas.refusedImha],
  ['not sure of their section', personas.sectionUnsure],
  ['taken to a place of safety under section 136', personas.placeOfSafety136],
];

/** The text of the organisations' headings on the page (GOV.UK's contact pattern, src/components/ContactDetails.tsx). */
const organisationHeadings = (page: Page) => page.locator('main .app-contact :is(h2, h3, h4, h5)').allTextContents();

async function layout(page: Page) {
  return page.evaluate(() => {
    const now = document.querySelector('#result-now');
    return {
      height: document.documentElement.scrollHeight,
      nowTop: now ? now.getBoundingClientRect().top + window.scrollY : Number.POSITIVE_INFINITY,
      foldsClosed: [...document.querySelectorAll('details')].every((d) => !d.open),
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

describe('the result on a phone', () => {
  it.each(cases)(
    '%s: short, what to do now on the first screens, each organisation once, axe-clean on screen, in print and at 640 px (200 per cent zoom)',
    async (_, persona) => {
      const { page, errors } = await fresh({ viewport: narrow });
      await walk(page, persona);
      expect(pathname(page)).toBe('/result');
      const variant = variantFor(persona.answers);

      const shape = await layout(page);
      expect(shape.foldsClosed).toBe(true);
      expect(shape.height, `the result is ${shape.height} px tall at 320 px`).toBeLessThanOrEqual(maxHeight);
      expect(shape.nowTop, `"What to do now" starts at ${shape.nowTop} px`).toBeLessThanOrEqual(nowWithin);
      expect(shape.sideways).toBe(false);
      const headings = await organisationHeadings(page);
      expect(headings.length).toBeLessThanOrEqual(3);
      expect(new Set(headings).size, headings.join(', ')).toBe(headings.length);
      await expectNoViolations(page, { variant });

      // print: the folds open, the answers, the date and the tool's address
      await page.emulateMedia({ media: 'print' });
      for (const fold of await page.locator('details.app-fold .govuk-details__text').all()) expect(await fold.isVisible()).toBe(true);
      const printed = (await page.locator('.app-print-only').textContent()) ?? '';
      expect(printed).toContain(`${origin()}/`);
      expect(printed).toMatch(/\d{4}/);
      expect(await page.locator('.app-citation').first().isVisible()).toBe(true);
      await expectNoViolations(page, { variant, media: 'print' });
      await page.emulateMedia({ media: 'screen' });

      // 1280 px at 200% zoom
      await page.setViewportSize({ width: 640, height: 640 });
      expect((await layout(page)).sideways).toBe(false);
      await expectNoViolations(page, { variant });
      expect(errors).toEqual([]);
    },
  );

  it.each(cases)('%s: the pages the result links to have each organisation once, and pass axe', async (_, persona) => {
    const { page, errors } = await fresh({ viewport: narrow });
    await walk(page, persona);
    const plan = planResult(assess(toFacts(answersOnPath(persona.answers))!));
    const pages: [ResultPageId, string][] = [
      ...(plan.pages.ifRefused ? [['ifRefused', '/if-you-are-refused'] as [ResultPageId, string]] : []),
      ['gettingReady', '/getting-ready'],
      ['moreHelp', '/more-places-to-get-help'],
    ];
    for (const [id, path] of pages) {
      const title = (en.result.pages[id] as Record<string, string>)['title_self']!;
      const link = id === 'ifRefused' ? (en.result.pages.ifRefused as Record<string, string>)['link_self']! : title;
      await page.getByRole('link', { name: link }).first().click();
      await waitForPath(page, path);
      expect(await page.locator('h1').textContent()).toBe(title);
      const headings = await organisationHeadings(page);
      expect(new Set(headings).size, `${path}: ${headings.join(', ')}`).toBe(headings.length);
      await expectNoViolations(page, { variant: `${variantFor(persona.answers)} ${persona.id}` });
      await page.goBack();
      await waitForPath(page, '/result');
    }
    expect(errors).toEqual([]);
  });
});

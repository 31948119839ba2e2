import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cy } from '../../content/locales/cy';
import { en } from '../../content/locales/en';
import { englishOnlyFragments, untranslatedFragments } from '../support/catalogues';
import { narrow } from './support/browser';
import {
  appReady,
  common,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  footerPages,
  openFooterPage,
  openStart,
  origin,
  pagesText,
  pathname,
  pressStart,
  showError,
  slugOf,
  walk,
} from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// The pages a UK public service publishes, linked from every footer (accessibility statement,
// privacy notice, leave no trace, contact and feedback), in the production build: each reached
// from the footer and at its own address, titled, its heading focused, axe-clean (WCAG 2.2 A and
// AA) in English and Welsh, at 320 and 640 pixels wide. And what the accessibility statement says
// was tested: reflow at 200% zoom (640 px) and forced colours (Windows high contrast).

const { fresh } = useChromium();

const englishOnly = englishOnlyFragments(en, cy);
const notYetTranslated = untranslatedFragments(en, cy);

const mid = { width: 640, height: 800 } as const; // 1280 px at 200% zoom

async function noHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    widest: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
  }));
  const width = page.viewportSize()?.width;
  expect(size.scroll, `${pathname(page)} scrolls sideways at ${width}px: ${size.widest.join('; ')}`).toBeLessThanOrEqual(size.client);
}

describe('the pages every footer links to', () => {
  it.each(footerPages)('$path: reached from the footer, titled, heading focused, axe-clean, and Back returns', async (which) => {
    const { page, errors } = await fresh();
    await openStart(page);
    await pressStart(page);
    await openFooterPage(page, which);
    const title = pagesText(`${which.key}.title`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} – ${common('serviceName')}`);
    await expectNoViolations(page);
    // links in the page are real links with addresses
    for (const href of await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href, `a link on ${which.path} has no address`).toMatch(/^(\/|https:\/\/|mailto:|tel:)/);
    }
    await page.getByRole('link', { name: exactly(common('back')) }).click();
    await page.waitForURL((url) => url.pathname === slugOf('audience'));
    await expectHeadingFocused(page);
    expect(errors).toEqual([]);
  });

  it.each(footerPages)('$path in Welsh: <html lang="cy">, no English wording, axe-clean', async (which) => {
    const { page, errors } = await fresh();
    await page.goto(`${origin()}${which.path}?lang=cy`);
    await appReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe((cy.pages[which.key] as { title: string }).title);
    const shown = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
    expect(
      englishOnly.filter((fragment) => shown.includes(fragment)),
      `English wording on ${which.path}`,
    ).toEqual([]);
    expect(
      notYetTranslated.filter((fragment) => shown.includes(fragment)),
      `untranslated wording on ${which.path}`,
    ).toEqual([]);
    await expectNoViolations(page, { variant: 'cy' });
    expect(errors).toEqual([]);
  });

  it('the phase banner leads to the feedback route, and Get help now is marked as the page shown', async () => {
    const { page, errors } = await fresh();
    await openStart(page);
    await page.locator('.govuk-phase-banner').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/contact');
    await expectHeadingFocused(page);
    // the contact page links to Get help now too: this is the header's link
    const headerLink = page.getByRole('banner').getByRole('link', { name: exactly(common('getHelp.link')) });
    expect(await headerLink.getAttribute('aria-current')).toBeNull();
    await headerLink.click();
    await page.waitForURL((url) => url.pathname === '/get-help');
    expect(await headerLink.getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  it.each([mid, narrow])('at $width px, the footer pages do not scroll sideways and pass axe', async (viewport) => {
    const { page, errors } = await fresh({ viewport });
    for (const which of footerPages) {
      await page.goto(origin() + which.path);
      await appReady(page);
      await noHorizontalScroll(page);
      await expectNoViolations(page);
    }
    expect(errors).toEqual([]);
  });

  it('at 640 px (200% zoom), no screen of a whole journey scrolls sideways, error state and print included', async () => {
    const { page, errors } = await fresh({ viewport: mid });
    let errorShown = false;
    await walk(page, personas.refusedImha, {
      onScreen: async (p) => {
        await noHorizontalScroll(p);
        if (!errorShown && pathname(p) === slugOf('mha')) {
          errorShown = true;
          await showError(p);
          await noHorizontalScroll(p);
        }
      },
    });
    expect(errorShown).toBe(true);
    await expectNoViolations(page, { variant: 'refused' });
    await page.emulateMedia({ media: 'print' });
    await noHorizontalScroll(page);
    expect(errors).toEqual([]);
  });
});

/** The focused element's outline, the one focus indicator forced colours keep (backgrounds and shadows go). */
async function focusOutline(page: Page): Promise<{ what: string; outline: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const radioLabel = el instanceof HTMLInputElement ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null;
    const s = radioLabel ? getComputedStyle(radioLabel, '::before') : getComputedStyle(el);
    const transparent = s.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(s.outlineColor);
    return {
      what: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent,
    };
  });
}

describe('forced colours (Windows high contrast)', () => {
  it('every control on the start page and a question shows focus, radios and buttons keep their edges, and axe passes', async () => {
    const { page, errors } = await fresh({ forcedColors: 'active' });
    await openStart(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const seen: string[] = [];
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      const focus = await focusOutline(page);
      seen.push(focus.what);
      expect(focus.visible, `no visible focus on ${focus.what} in forced colours: outline ${focus.outline}`).toBe(true);
      if (focus.what.includes(common('start.button'))) break;
    }
    expect(
      seen.some((what) => what.includes(common('start.button'))),
      `Tab never reached Start: ${seen.join(', ')}`,
    ).toBe(true);
    await expectNoViolations(page, { variant: 'forced-colours' });

    await pressStart(page);
    const edges = await page.evaluate(() => {
      const border = (el: Element, pseudo?: string) => {
        const s = getComputedStyle(el, pseudo);
        return s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0 && s.borderTopColor !== 'rgba(0, 0, 0, 0)';
      };
      return {
        radios: [...document.querySelectorAll('.govuk-radios__label')].every((label) => border(label, '::before')),
        buttons: [...document.querySelectorAll('main .govuk-button, .govuk-exit-this-page__button')].every((b) => border(b)),
      };
    });
    expect(edges).toEqual({ radios: true, buttons: true });
    await page.locator('main fieldset input[type="radio"]').first().focus();
    const radio = await focusOutline(page);
    expect(radio.visible, `no visible focus on the radio in forced colours: outline ${radio.outline}`).toBe(true);
    await expectNoViolations(page, { variant: 'forced-colours' });
    expect(errors).toEqual([]);
  });
});

describe('the start page without JavaScript', () => {
  it("is styled by GOV.UK Frontend's stylesheet, with the footer's links and the phase banner", async () => {
    const { page, errors } = await fresh({ javaScriptEnabled: false });
    await page.goto(origin() + '/');
    const start = page.getByRole('button', { name: exactly(common('start.button')) });
    expect(await start.isVisible()).toBe(true);
    // GOV.UK's green start button, not an unstyled one
    expect(await start.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 122, 82)');
    expect(await page.locator('footer a').allTextContents()).toEqual(footerPages.map((p) => pagesText(`footer.${p.key}`)));
    expect(await page.locator('.govuk-phase-banner').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

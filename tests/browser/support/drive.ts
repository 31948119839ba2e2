import type { Page } from 'playwright-core';
import { en } from '../../../content/locales/en';
import { answersOnPath, assess, isComplete, pathOf, questionById, toFacts, type Answers, type QuestionId } from '../../../machines';
import type { Persona } from './personas';

// Drives the wizard the way a person does, with no test framework (so the screenshot script can
// use it too): radios are picked by their option value (stable ids, not wording), buttons and
// links by their accessible name in the English catalogue. Every wait fails with a message that
// says what the page should have done.

/** A string from the English `common` catalogue by dotted key; a missing key fails loudly. */
export function common(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.common);
  if (typeof value !== 'string') throw new Error(`common.${key} is not in the English catalogue`);
  return value;
}

/** Matches the whole accessible name, so "Continue" does not also match "Continue later". */
export const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

export const slugOf = (id: QuestionId) => `/${questionById(id).slug}`;

export const pathname = (page: Page) => new URL(page.url()).pathname;

/** The questions this persona is asked, in order; throws if the persona's data is not exactly one whole path. */
export function questionsFor(persona: Persona): QuestionId[] {
  const kept = answersOnPath(persona.answers);
  const path = pathOf(kept);
  const unused = Object.keys(persona.answers).filter((id) => !(id in kept));
  if (unused.length > 0) throw new Error(`${persona.id} answers questions that are not on their path: ${unused.join(', ')}`);
  if (!isComplete(kept)) {
    throw new Error(`${persona.id} leaves questions unanswered: ${path.filter((id) => !(id in kept)).join(', ')}`);
  }
  return path;
}

/** The result variant the persona should reach: the route, and whether legal help comes first. */
export function variantFor(answers: Answers): string {
  const assessment = assess(toFacts(answersOnPath(answers))!);
  return `${assessment.route}${assessment.legalAdvice ? '+legal-advice' : ''}`;
}

/** What makes one screen different from another, for axe and screenshots. */
export interface ScreenKey {
  error?: boolean;
  /** The result's variant (route, legal advice first), or another way a page can differ. */
  variant?: string;
  media?: 'screen' | 'print';
}

export function screenKey(page: Page, key: ScreenKey = {}): string {
  const width = page.viewportSize()?.width ?? 0;
  return [pathname(page), key.error ? 'error' : 'ok', key.variant ?? '-', key.media ?? 'screen', `${width}px`].join(' | ');
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}` : 'nothing';
  });
}

/** After each step the new page's h1 has focus, so screen readers start at the heading. */
export async function headingFocused(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5_000 });
  } catch {
    throw new Error(`the h1 of ${pathname(page)} should have focus after the step, but focus is on ${await describeFocus(page)}`);
  }
}

export async function waitForPath(page: Page, path: string): Promise<void> {
  try {
    await page.waitForURL((url) => url.pathname === path);
  } catch {
    throw new Error(`expected to reach ${path}, but the page is on ${pathname(page)}`);
  }
  // After a load, a pre-rendered page (the start page, Get help now, "this page is loading") is on
  // screen before the app: wait for the app's own page.
  await appReady(page);
  await page.locator('h1').first().waitFor();
}

export async function openStart(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await page.locator('h1').first().waitFor();
  await appReady(page);
}

/**
 * The start page is in index.html before any script runs (pre-rendered at build time), so an h1
 * on screen does not mean the app is running: wait until it has taken the page over
 * (src/first-screen.ts), or a click could beat it and reload the page instead.
 */
export async function appReady(page: Page): Promise<void> {
  try {
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  } catch {
    throw new Error(`the app never took over ${pathname(page)} (no data-app="ready" on <html>)`);
  }
}

export async function pressStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: exactly(common('start.button')) }).click();
  await waitForPath(page, slugOf('audience'));
  await headingFocused(page);
}

export const radio = (page: Page, value: string) => page.locator(`main fieldset input[type="radio"][value="${value}"]`);

export const continueButton = (page: Page) => page.getByRole('button', { name: exactly(common('continue')) });

/** Shows the question's error state by pressing Continue with nothing chosen. */
export async function showError(page: Page): Promise<void> {
  if ((await page.locator('main fieldset input[type="radio"]:checked').count()) > 0) {
    throw new Error(`${pathname(page)} already has an answer chosen, so it cannot show its error`);
  }
  await continueButton(page).click();
  await page.locator('.govuk-error-summary').waitFor();
  try {
    await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'), undefined, {
      timeout: 5_000,
    });
  } catch {
    throw new Error(`the error summary on ${pathname(page)} should take focus, but focus is on ${await describeFocus(page)}`);
  }
  if (!(await page.locator('.govuk-error-message').isVisible())) {
    throw new Error(`${pathname(page)} shows no error message by the question`);
  }
}

/** Chooses `value` for question `id` (the page must be showing it) and presses Continue. */
export async function answer(page: Page, id: QuestionId, value: string): Promise<void> {
  if (pathname(page) !== slugOf(id)) throw new Error(`expected the ${id} question at ${slugOf(id)}, but on ${pathname(page)}`);
  await radio(page, value).check();
  await continueButton(page).click();
  await page.waitForURL((url) => url.pathname !== slugOf(id));
  await headingFocused(page);
}

export async function confirmAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: exactly(common('checkAnswers.confirm')) }).click();
  await waitForPath(page, '/result');
  await headingFocused(page);
}

/** A string from the English `pages` catalogue (the footer's pages, the phase banner) by dotted key. */
export function pagesText(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.pages);
  if (typeof value !== 'string') throw new Error(`pages.${key} is not in the English catalogue`);
  return value;
}

/** The pages every footer links to, by their key in the `pages` catalogue's footer and their address. */
export const footerPages = [
  { key: 'accessibility', path: '/accessibility' },
  { key: 'privacy', path: '/privacy' },
  { key: 'leaveNoTrace', path: '/leave-no-trace' },
  { key: 'contact', path: '/contact' },
] as const;

/** Follows a footer link (English) to its page, whose heading then has focus. */
export async function openFooterPage(page: Page, which: (typeof footerPages)[number]): Promise<void> {
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: exactly(pagesText(`footer.${which.key}`)) })
    .click();
  await waitForPath(page, which.path);
  await headingFocused(page);
}

export async function openGetHelp(page: Page): Promise<void> {
  await page.getByRole('link', { name: exactly(common('getHelp.link')) }).click();
  await waitForPath(page, '/get-help');
  await headingFocused(page);
}

export interface TourOptions {
  /** Called on each screen reached: start, each question, check answers, the result (and its print view). */
  onScreen?: (page: Page, key: ScreenKey) => Promise<void>;
  /** Whether to show (and visit) this question's error state first. */
  showErrorOn?: (page: Page) => boolean;
  /** Also visit the result in print media. */
  print?: boolean;
  /** Stop before answering this question (leave the page on it). */
  stopAt?: QuestionId;
}

/**
 * From the start page to the result, answering as the persona would and checking that each
 * question comes at the address the registry gives it. Leaves the page on the result.
 */
export async function tour(page: Page, origin: string, persona: Persona, options: TourOptions = {}): Promise<void> {
  const visit = async (key: ScreenKey) => options.onScreen?.(page, key);
  const path = questionsFor(persona);
  await openStart(page, origin);
  await visit({});
  await pressStart(page);
  for (const id of path) {
    if (pathname(page) !== slugOf(id)) {
      throw new Error(`${persona.id}: expected the ${id} question at ${slugOf(id)}, but on ${pathname(page)}`);
    }
    if (id === options.stopAt) return;
    await visit({});
    if (options.showErrorOn?.(page)) {
      await showError(page);
      await visit({ error: true });
    }
    await answer(page, id, persona.answers[id]!);
  }
  await waitForPath(page, '/check-answers');
  await visit({});
  await confirmAnswers(page);
  const variant = variantFor(persona.answers);
  await visit({ variant });
  if (options.print) {
    await page.emulateMedia({ media: 'print' });
    await visit({ variant, media: 'print' });
    await page.emulateMedia({ media: 'screen' });
  }
}

export async function sessionState(page: Page): Promise<{ version: number; answers: Answers; step: string } | null> {
  return page.evaluate(() => {
    const raw = sessionStorage.getItem('advocacy-check');
    return raw === null ? null : (JSON.parse(raw) as { version: number; answers: Answers; step: string });
  });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../content/locales/en';
import type { Answers } from '../../machines';
import {
  answer,
  exactly,
  expectHeadingFocused,
  expectNoViolations,
  openStart,
  origin,
  pathname,
  pressStart,
  questionsFor,
  sessionState,
  tour,
  waitForPath,
} from './support/journey';
import { personas, type Persona } from './support/personas';
import { useChromium } from './support/session';

// Acting on the result (issue 10), with the keyboard only on every new screen: a letter drafted on
// the device, downloaded as a Word file, copied and printed; a referral summary for a professional;
// answers saved to a file in one browser and opened in another; a tampered or foreign file refused
// with nothing changed. Nothing leaves the tool's origin, and nothing goes to cookies or localStorage.

const { fresh } = useChromium();

const L = en.letters;
const ownOrInline = (url: string) =>
  url.startsWith(origin() + '/') || url === origin() || url.startsWith('data:') || url.startsWith('blob:');

/** What has focus: its tag, its text, and for a form control its label. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
    return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(), label: label.trim() };
  });
}

/** Presses Tab until the control named `name` (its text, or its label) has focus. */
async function tabTo(page: Page, name: string, maxPresses = 120): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.text === name || now.label === name) return;
  }
  throw new Error(`Tab never reached "${name}" on ${pathname(page)}`);
}

/** Goes through the journey (as the other suites do) and leaves the page on the result. */
async function toResult(page: Page, persona: Persona): Promise<void> {
  await tour(page, origin(), persona);
  await waitForPath(page, '/result');
}

const letterText = (page: Page) => page.locator('article.app-letter').innerText();

/** The result as the person sees it: the headline and each advocate's heading and status. */
const resultShown = (page: Page) =>
  page.evaluate(() => ({
    headline: document.querySelector('h1')?.textContent ?? '',
    advocates: [...document.querySelectorAll('.app-advocate')].map((s) => s.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120)),
  }));

const professionalCareAct: Persona = {
  id: 'professional-care-act',
  story: 'A social worker supports a woman having a needs assessment who would find it very hard to take part and has no one to help',
  answers: {
    audience: 'professional',
    nation: 'england',
    age: '25-plus',
    mha: 'none',
    treatmentDiscussed: 'none',
    dols: 'none',
    decision: 'none',
    careProcess: 'needs-assessment',
    substantialDifficulty: 'yes',
    appropriateIndividual: 'no',
    nhsComplaint: 'no',
    refused: 'no',
  },
} as Persona;

describe('a letter to the body that owes the duty', () => {
  it('a refused s3 patient types their name, downloads the letter as Word, copies it and prints the letter alone', async () => {
    const { page, context, requests, errors } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    const persona = personas.refusedImha;
    await toResult(page, persona);

    // From the result, with the keyboard: the letter that asks again and complains, with the step
    // in "What to do now" that says to ask again in writing.
    await tabTo(page, L.act.inStep.complaint, 400);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/letters/imha-complaint');
    await expectHeadingFocused(page);
    await expectNoViolations(page);
    const before = await letterText(page);
    expect(before).toContain('To: The hospital managers');
    expect(before).toContain('[your name]');
    expect(before).toContain('Mental Health Act 1983, s130C(2)(a)');
    expect(before).toContain('Mental Health Act 1983, s130D');
    expect(before).toContain('the Local Government and Social Care Ombudsman');

    await tabTo(page, L.fields.personName_self);
    await page.keyboard.type('Jane Example');
    await tabTo(page, L.fields.place_self);
    await page.keyboard.type('Ward 4, Example Hospital');
    await expect.poll(() => letterText(page)).toContain('My name is Jane Example.');
    expect(await letterText(page)).not.toContain('[your name]');
    // kept for the tab only, under the tool's storage prefix
    expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('advocacy-check-details') ?? '{}'))).toMatchObject({
      personName: 'Jane Example',
    });

    // Download as Word: the library is fetched only now.
    const scriptsBefore = requests.filter((url) => url.endsWith('.js')).length;
    await tabTo(page, L.page.download);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^letter-complaint-imha-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);
    const dir = mkdtempSync(join(tmpdir(), 'letter-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Jane Example');
    expect(xml).toContain('s130C(2)(a)');

    // Copy to the clipboard.
    await tabTo(page, L.page.copy);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="status"]').last().innerText()).toBe(L.page.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('My name is Jane Example.');
    expect(copied).toContain('- Mental Health Act 1983, s130C(2)(a)');

    // Print (or Save as PDF): the print view is the letter alone.
    await tabTo(page, L.page.print);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed.trim()).toBe((await letterText(page)).trim());
    expect(await page.locator('h1').isVisible()).toBe(false);
    await expectNoViolations(page, { media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    // Start again forgets what was typed with the answers.
    await page.goBack();
    await waitForPath(page, '/result');
    await page.getByRole('link', { name: exactly(en.common.startAgain) }).click();
    await waitForPath(page, '/');
    expect(await page.evaluate(() => sessionStorage.getItem('advocacy-check-details'))).toBeNull();

    expect(
      requests.filter((url) => !ownOrInline(url)),
      'requests to other origins',
    ).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a professional gets a Care Act referral summary with the duty, its citation and who must arrange it', async () => {
    const { page, context, requests, errors } = await fresh();
    expect(questionsFor(professionalCareAct).length).toBeGreaterThan(5);
    await toResult(page, professionalCareAct);
    await tabTo(page, L.act.referral, 400);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/referral-summary');
    await expectHeadingFocused(page);
    await expectNoViolations(page);

    await tabTo(page, L.referral.fields.personName);
    await page.keyboard.type('Ann Person');
    await tabTo(page, L.referral.fields.whyNoAppropriateIndividual);
    await page.keyboard.type('Her only relative lives abroad');
    await tabTo(page, L.referral.personKnowsOptions.yes);
    await page.keyboard.press('Space');

    const summary = page.locator('section.app-referral');
    await expect.poll(() => summary.innerText()).toContain('Ann Person');
    const text = await summary.innerText();
    expect(text).toContain(en.result.kinds['care-act'].name);
    expect(text).toContain('Care Act 2014, s67(2)'); // the duty (needs assessment)
    expect(text).toContain("The local council's adult social care team");
    expect(text).toContain(L.referral.note['care-act']);
    expect(text).toContain('Her only relative lives abroad');
    expect(text).toContain(L.referral.fields.whyNoAppropriateIndividual);
    const knows = page.locator('section.app-referral .govuk-summary-list__row', { hasText: L.referral.fields.personKnows });
    expect(await knows.locator('dd').innerText()).toBe(L.referral.personKnowsOptions.yes);
    expect(text).toContain(L.gaps.notGiven); // what was not typed is a gap to fill in by hand

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    await expectNoViolations(page, { media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    expect(requests.filter((url) => !ownOrInline(url))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('answers a person can keep', () => {
  /** Saves the answers from the result with the keyboard; returns the file's path and contents. */
  async function saveAnswers(page: Page): Promise<{ file: string; contents: string }> {
    await tabTo(page, L.act.save, 400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^advocacy-check-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'answers-')), download.suggestedFilename());
    await download.saveAs(file);
    return { file, contents: readFileSync(file, 'utf8') };
  }

  /** From the start page, with the keyboard, to the file upload page. */
  async function openContinue(page: Page): Promise<void> {
    await openStart(page);
    await tabTo(page, L.saved.continueLink);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/saved-answers');
    await expectHeadingFocused(page);
  }

  async function upload(page: Page, file: string): Promise<void> {
    await page.setInputFiles('#saved-answers-file', file); // a file chooser is the system's own dialogue
    await tabTo(page, L.saved.continue);
    await page.keyboard.press('Enter');
  }

  it('answers saved in one browser open in a fresh one to the same result', async () => {
    const first = await fresh();
    const persona = personas.careActNoOneToHelp;
    await toResult(first.page, persona);
    const shown = await resultShown(first.page);
    const { file, contents } = await saveAnswers(first.page);
    const saved = JSON.parse(contents) as { format: string; version: number; answers: Answers };
    expect(saved.format).toBe('advocacy-check-answers');
    expect(saved.version).toBe(1);
    expect(saved.answers).toEqual(persona.answers);
    expect(contents).not.toMatch(/name|dateOfBirth/);

    const second = await fresh(); // another browser context: its own storage
    await openContinue(second.page);
    await expectNoViolations(second.page);
    await upload(second.page, file);
    await waitForPath(second.page, '/check-answers');
    await expectHeadingFocused(second.page);
    await expect.poll(() => second.page.locator('.govuk-notification-banner').innerText()).toContain(L.saved.loaded);
    await expectNoViolations(second.page, { variant: 'opened from a file' });
    await tabTo(second.page, en.common.checkAnswers.confirm);
    await second.page.keyboard.press('Enter');
    await waitForPath(second.page, '/result');
    expect(await resultShown(second.page)).toEqual(shown);
    expect((await sessionState(second.page))?.answers).toEqual(persona.answers);

    for (const s of [first, second]) {
      expect(s.requests.filter((url) => !ownOrInline(url))).toEqual([]);
      expect(await s.context.cookies()).toEqual([]);
      expect(await s.page.evaluate(() => localStorage.length)).toBe(0);
      expect(s.errors).toEqual([]);
    }
  });

  it('a tampered or foreign file shows an error summary, and nothing changes', async () => {
    const { page, errors } = await fresh();
    await toResult(page, personas.refusedImha);
    const { contents } = await saveAnswers(page);
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    const tampered = join(dir, 'advocacy-check-answers-tampered.json');
    writeFileSync(tampered, contents.replace('"section": "3"', '"section": "2"'));
    const foreign = join(dir, 'holiday.json');
    writeFileSync(foreign, '{"destination":"Tenby"}');

    // Someone part-way through another journey opens the page by its address.
    await openStart(page);
    await pressStart(page);
    await answer(page, 'audience', 'someone-else');
    const before = await sessionState(page);
    await page.goto(origin() + '/saved-answers');
    await page.locator('h1').waitFor();

    for (const [file, message] of [
      [tampered, L.saved.errors.changed],
      [foreign, L.saved.errors.notOurs],
    ] as const) {
      await upload(page, file);
      await page.locator('.govuk-error-summary').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('govuk-error-summary');
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(message);
      expect(await page.locator('#saved-answers-file-error').innerText()).toContain(message);
      // the title is set once the page is painted (src/page.ts), so it may follow the error summary
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      await expectNoViolations(page, { error: true, variant: message });
      expect(pathname(page)).toBe('/saved-answers');
      expect((await sessionState(page))?.answers).toEqual(before?.answers);
    }
    expect(errors).toEqual([]);
  });
});

describe('where the person starts', () => {
  it('offers Continue from saved answers on the start page before any answers, and Get help now too', async () => {
    const { page } = await fresh();
    await openStart(page);
    expect(await page.getByRole('link', { name: exactly(L.saved.continueLink) }).count()).toBe(1);
    await page.getByRole('link', { name: exactly(en.common.getHelp.link) }).click();
    await waitForPath(page, '/get-help');
    expect(await page.getByRole('link', { name: exactly(L.saved.continueLink) }).count()).toBe(1);
    await openStart(page);
    await pressStart(page);
    await page.getByRole('link', { name: exactly(en.common.getHelp.link) }).click();
    await waitForPath(page, '/get-help');
    // once answering has begun, Get help now is about help now
    expect(await page.getByRole('link', { name: exactly(L.saved.continueLink) }).count()).toBe(0);
  });
});

describe('offline', () => {
  it('after the first visit, with no signal, a letter opens and its Word file is made from the offline copy', async () => {
    const { page, context, errors, requests } = await fresh();
    await page.goto(origin() + '/');
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((controlled) => navigator.serviceWorker.addEventListener('controllerchange', controlled, { once: true }));
      }
    });
    await context.setOffline(true);
    await toResult(page, personas.detainedS3England);
    await tabTo(page, L.act.inStep.request, 400);
    await page.keyboard.press('Enter');
    await waitForPath(page, '/letters/imha');
    expect(await letterText(page)).toContain('Mental Health Act 1983, s130C(2)(a)');
    await tabTo(page, L.page.download);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^letter-asking-for-imha-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(requests.filter((url) => !ownOrInline(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

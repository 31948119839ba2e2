import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cy } from '../content/locales/cy';
import { en } from '../content/locales/en';
import type { Answers } from '../machines';
import type { Environment } from '../src/App';
import { createI18n } from '../src/i18n';
import { detailsKey } from '../src/letters/details';
import { startInChosenLanguage } from '../src/language';
import { storageKey } from '../src/persistence';
import { Root } from '../src/Root';
import { writeAnswersFile } from '../src/saved-answers';
import { englishOnlyFragments } from './support/catalogues';

// The pages for acting on the result, rendered whole in jsdom: a letter in Welsh with no English on
// the page; a file with an answer the questions no longer have, opened with a note of what was
// dropped; what was typed for a letter forgotten by Exit this page and by Start again.

const s3Refused: Answers = {
  audience: 'myself',
  nation: 'england',
  age: '25-plus',
  mha: 'detained',
  section: '3',
  decision: 'none',
  careProcess: 'none',
  nhsComplaint: 'no',
  refused: 'yes',
};

function renderAt(path: string, i18n: I18n, saved?: { answers: Answers; step: string }) {
  if (saved) window.sessionStorage.setItem(storageKey, JSON.stringify({ version: 1, ...saved }));
  window.history.replaceState(null, '', path);
  const env: Environment = { storage: window.sessionStorage, leave: vi.fn(), print: vi.fn() };
  const user = userEvent.setup();
  render(<Root i18n={i18n} env={env} strict={false} />);
  return { user, env };
}

const h1 = () => screen.findByRole('heading', { level: 1 });

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
});
afterEach(cleanup);

describe('a letter page', () => {
  it('is all Welsh when Welsh is chosen: addressee, law, gaps and buttons', async () => {
    const i18n = createI18n();
    await startInChosenLanguage(i18n, window.sessionStorage, '?lang=cy');
    renderAt('/letters/imha-complaint', i18n, { answers: s3Refused, step: 'letter-imha-complaint' });
    expect((await h1()).textContent).toBe(cy.letters.act.complaint.replace('{{advocate}}', cy.result.kinds.imha.withArticle));
    const letter = document.querySelector('article.app-letter')!;
    expect(letter.getAttribute('lang')).toBe('cy');
    expect(letter.textContent).toContain('At: Rheolwyr yr ysbyty');
    expect(letter.textContent).toContain('Deddf Iechyd Meddwl 1983, s130C(2)(a)');
    expect(letter.textContent).toContain('[eich enw]');
    expect(screen.getByRole('button', { name: cy.letters.page.download })).toBeTruthy();
    const shown = `${document.title}\n${document.body.textContent ?? ''}`;
    expect(englishOnlyFragments(en, cy).filter((f) => shown.includes(f))).toEqual([]);
  });

  it('forgets what was typed on Exit this page, and on Start again', async () => {
    const { user, env } = renderAt('/letters/imha', createI18n(), { answers: s3Refused, step: 'letter-imha' });
    await h1();
    await user.type(screen.getByLabelText(en.letters.fields.personName_self), 'Jane Example');
    expect(document.querySelector('article.app-letter')!.textContent).toContain('My name is Jane Example.');
    expect(window.sessionStorage.getItem(detailsKey)).toContain('Jane Example');
    await user.click(screen.getByRole('button', { name: new RegExp(en.common.exitThisPage.label) }));
    expect(env.leave).toHaveBeenCalled();
    expect(window.sessionStorage.getItem(detailsKey)).toBeNull();
    cleanup();

    const again = renderAt('/letters/imha', createI18n(), { answers: s3Refused, step: 'letter-imha' });
    await h1();
    await again.user.type(screen.getByLabelText(en.letters.fields.personName_self), 'Jane Example');
    await again.user.click(screen.getByRole('link', { name: en.common.back }));
    await waitFor(() => expect(window.location.pathname).toBe('/result'));
    await again.user.click(screen.getByRole('link', { name: en.common.startAgain }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(window.sessionStorage.getItem(detailsKey)).toBeNull();
  });
});

describe('the summary to print', () => {
  it("has the result page's headline, also for a result that may give a right", async () => {
    const unsure: Answers = { ...s3Refused, section: 'unsure', treatmentDiscussed: 'none', refused: 'no' };
    renderAt('/summary', createI18n(), { answers: unsure, step: 'summary' });
    expect((await h1()).textContent).toBe(en.letters.summary.title_self);
    const headline = en.result.headline.check['may-be-entitled_self'].replace('{{advocate}}', en.result.kinds.imha.headline);
    expect(document.querySelector('main')!.textContent).toContain(headline);
  });
});

describe('continue from saved answers', () => {
  it('opens a file from an older version of the questions, keeping what is valid and saying what it dropped', async () => {
    const { user } = renderAt('/', createI18n());
    await user.click(await screen.findByRole('link', { name: en.letters.saved.continueLink }));
    expect((await h1()).textContent).toBe(en.letters.saved.title);
    const { section: _old, ...rest } = s3Refused;
    const file = writeAnswersFile({ ...(rest as Record<string, string>), section: 'three', wardType: 'acute' }, 1, '2026-01-05');
    await user.upload(
      screen.getByLabelText(en.letters.saved.fileLabel),
      new File([file], 'advocacy-check-answers-2026-01-05.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: en.letters.saved.continue }));
    // the section was dropped, so the person answers it again
    await waitFor(() => expect(window.location.pathname).toBe('/section'));
    const banner = document.querySelector('.govuk-notification-banner')!;
    expect(banner.textContent).toContain(en.letters.saved.loaded);
    expect(banner.textContent).toContain('These answers could not be used:');
    expect(banner.textContent).toContain(en.letters.saved.unknownQuestion);
  });

  it('refuses a file with nothing chosen, or an empty one, with an error summary', async () => {
    const { user } = renderAt('/saved-answers', createI18n(), { answers: { audience: 'myself' }, step: 'savedAnswers' });
    const before = window.sessionStorage.getItem(storageKey);
    await h1();
    await user.click(screen.getByRole('button', { name: en.letters.saved.continue }));
    expect(document.querySelector('.govuk-error-summary')!.textContent).toContain(en.letters.saved.errors.noFile);
    await user.upload(screen.getByLabelText(en.letters.saved.fileLabel), new File([''], 'empty.json'));
    await user.click(screen.getByRole('button', { name: en.letters.saved.continue }));
    await waitFor(() => expect(document.querySelector('.govuk-error-summary')!.textContent).toContain(en.letters.saved.errors.empty));
    expect(window.location.pathname).toBe('/saved-answers');
    expect(window.sessionStorage.getItem(storageKey)).toBe(before);
    expect(JSON.parse(before!).answers).toEqual({ audience: 'myself' });
  });
});

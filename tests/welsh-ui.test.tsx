import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n, TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cy } from '../content/locales/cy';
import { en } from '../content/locales/en';
import { organisations } from '../content/organisations';
import { answersOnPath, assess, questionById, questions, toFacts, type Answers, type QuestionId } from '../machines';
import type { Environment } from '../src/App';
import { runPendingNow } from '../src/after-paint';
import { createI18n } from '../src/i18n';
import { languageKey, startInChosenLanguage } from '../src/language';
import { storageKey } from '../src/persistence';
import { Root } from '../src/Root';
import { englishOnlyFragments } from './support/catalogues';
import { paintingBetween } from './support/ui';

// The whole tool in Welsh, in jsdom: each key screen (start, a question, its error state, check
// your answers, a result with its reasons for someone helping another person, Get help now) is
// shown in Welsh with no English fallback, and <html lang> is "cy". The language select in the
// header switches in place, keeping the page and the answers.

type User = ReturnType<typeof userEvent.setup>;

// Someone helping a person in Wales through a council needs assessment, who finds it very hard to
// take part and has no one to help: an Independent Professional Advocate (SSWBA 2014 Part 10 Code).
const helperWalesIpa: Answers = {
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
};

// English wording that Welsh translates differently: none of it may show on a Welsh page.
const englishOnly = englishOnlyFragments(en, cy);

interface Welsh {
  i18n: I18n;
  t: TFunction;
  /** Keys that had no Welsh and would have fallen back to English ("ns:key"). */
  fallbacks: string[];
}

/**
 * The app's i18n instance, started as `?lang=cy` starts it, with fallback to English turned off
 * so that any key missing in Welsh is reported rather than quietly shown in English.
 */
async function welsh(search = '?lang=cy'): Promise<Welsh> {
  const i18n = createI18n();
  await startInChosenLanguage(i18n, window.sessionStorage, search);
  const fallbacks: string[] = [];
  i18n.options.fallbackLng = false;
  i18n.options.saveMissing = true;
  i18n.options.missingKeyHandler = (_lngs, ns, key, _value, _update, options) => {
    const context = (options as { context?: string } | undefined)?.context;
    if (i18n.exists(key, { lng: 'en', ns, ...(context ? { context } : {}) })) fallbacks.push(`${ns}:${key}`);
  };
  return { i18n, t: i18n.getFixedT('cy'), fallbacks };
}

function renderWith(i18n: I18n) {
  const env: Environment = { storage: window.sessionStorage, leave: vi.fn(), print: vi.fn() };
  const user = paintingBetween(userEvent.setup());
  render(<Root i18n={i18n} env={env} strict={false} />);
  runPendingNow(); // the first page's title
  return { user, env };
}

/** The page is Welsh: <html lang>, and no English wording in the page or its title. */
function expectWelshPage(w: Welsh): void {
  expect(document.documentElement.lang).toBe('cy');
  expect(w.fallbacks, 'keys with no Welsh, shown in English').toEqual([]);
  const shown = `${document.title}\n${document.body.textContent ?? ''}`;
  expect(
    englishOnly.filter((fragment) => shown.includes(fragment)),
    'English wording on a Welsh page',
  ).toEqual([]);
}

const heading = () => screen.getByRole('heading', { level: 1 });
const contextOf = (answers: Answers) => (answers.audience === undefined || answers.audience === 'myself' ? 'self' : 'helper');
const currentQuestion = (): QuestionId | undefined => questions.find((q) => window.location.pathname === `/${q.slug}`)?.id;

function keysFor(id: QuestionId, answers: Answers, field: string): string[] {
  const variant = questionById(id).variant?.(answersOnPath(answers));
  return variant ? [`${id}.${variant}.${field}`, `${id}.${field}`] : [`${id}.${field}`];
}

async function press(user: User, w: Welsh, key: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: w.t(key) }));
}

/** Answers every question the tool asks, choosing each option by its Welsh label. */
async function answerAll(user: User, w: Welsh, answers: Answers): Promise<void> {
  const given: Answers = {};
  for (let id = currentQuestion(); id !== undefined; id = currentQuestion()) {
    const value = answers[id];
    expect(value, `no answer for "${id}"`).toBeDefined();
    const label = w.t(keysFor(id, given, `options.${value}`), { ns: 'questions', context: contextOf(given) });
    await user.click(screen.getByRole('radio', { name: label }));
    await press(user, w, 'continue');
    (given as Record<string, string>)[id] = value!;
  }
  expect(window.location.pathname).toBe('/check-answers');
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
  document.documentElement.lang = 'en';
});
afterEach(cleanup);

describe('the tool in Welsh', () => {
  it('would notice a string that has no Welsh (the check the screens below rely on)', async () => {
    const w = await welsh();
    w.i18n.addResource('en', 'common', 'onlyInEnglish', 'Only in English');
    w.i18n.t('onlyInEnglish');
    w.i18n.t('start.title');
    expect(w.fallbacks).toEqual(['common:onlyInEnglish']);
  });

  it('opens in Welsh with ?lang=cy, remembers it for the tab, and sets <html lang="cy">', async () => {
    window.history.replaceState(null, '', '/?lang=cy');
    const w = await welsh(window.location.search);
    renderWith(w.i18n);
    expect(heading().textContent).toBe(w.t('start.title'));
    expect(document.title).toBe(w.t('pageTitle', { page: w.t('start.title') }));
    expect(window.sessionStorage.getItem(languageKey)).toBe('cy');
    expectWelshPage(w);
  });

  it('shows a question and its error state in Welsh', async () => {
    const w = await welsh();
    const { user } = renderWith(w.i18n);
    await press(user, w, 'start.button');
    expect(heading().textContent).toBe(w.t('audience.title', { ns: 'questions', context: 'self' }));
    expectWelshPage(w);

    await press(user, w, 'continue');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(w.t('errorSummaryTitle'))).toBeTruthy();
    const message = w.t('audience.error', { ns: 'questions', context: 'self' });
    expect(screen.getAllByText(message).length).toBeGreaterThan(0);
    expect(document.title.startsWith(w.t('errorTitle', { title: '' }))).toBe(true);
    expectWelshPage(w);
  });

  it('shows check your answers, then a result whose reasons are worded for the person being helped, in Welsh', async () => {
    const w = await welsh();
    const { user } = renderWith(w.i18n);
    await press(user, w, 'start.button');
    await answerAll(user, w, helperWalesIpa);
    expect(heading().textContent).toBe(w.t('checkAnswers.title'));
    expectWelshPage(w);

    await press(user, w, 'checkAnswers.confirm');
    expect(window.location.pathname).toBe('/result');
    const assessment = assess(toFacts(answersOnPath(helperWalesIpa))!);
    const ipa = assessment.advocates.find((a) => a.kind === 'wales-ipa')!;
    expect(ipa.status).toBe('entitled');
    const section = screen.getByRole('region', { name: w.t('kinds.wales-ipa.name', { ns: 'result' }) });
    const reasons = [...section.querySelectorAll('.app-reasons li')].map((li) => li.textContent ?? '');
    expect(reasons).toHaveLength(ipa.reasons.length);
    ipa.reasons.forEach((reason, i) => {
      // the helper's wording, not the English `text` the contract carries
      expect(reasons[i]).toContain(w.t(reason.key, { ns: 'reasons', context: 'helper', ...reason.vars }));
      expect(reasons[i]).toContain(w.t(reason.source.instrument, { ns: 'instruments' }));
    });
    expect(section.textContent).toContain(w.t('status.entitled', { ns: 'result', context: 'helper' }));
    expectWelshPage(w);
  });

  it('shows Get help now in Welsh, with the Welsh-language Samaritans line first for someone in Wales', async () => {
    window.sessionStorage.setItem(
      storageKey,
      JSON.stringify({ version: 1, answers: { audience: 'myself', nation: 'wales' }, step: 'age' }),
    );
    window.history.replaceState(null, '', '/get-help');
    const w = await welsh();
    renderWith(w.i18n);
    expect(heading().textContent).toBe(w.t('getHelp.title'));
    const samaritans = screen.getByRole('heading', { level: 2, name: w.t('samaritans.name', { ns: 'organisations' }) }).parentElement!;
    const numbers = within(samaritans)
      .getAllByRole('link')
      .map((a) => a.textContent);
    const welshLine = organisations['samaritans']!.phones!.find((p) => p.lang === 'cy')!.number;
    expect(numbers[0]).toBe(welshLine);
    expect(samaritans.textContent).toContain(w.t('contact.welshLanguage', { ns: 'organisations' }));
    expectWelshPage(w);
  });
});

describe('the language select in the header', () => {
  it('offers Cymraeg as a link with lang and hreflang, and English as plain text, on an English page', async () => {
    renderWith(createI18n());
    const select = screen.getByRole('navigation', { name: 'Choose a language' });
    expect(within(select).getByText('English').getAttribute('aria-current')).toBe('true');
    const link = within(select).getByRole('link', { name: 'Cymraeg' });
    expect(link.getAttribute('lang')).toBe('cy');
    expect(link.getAttribute('hreflang')).toBe('cy');
    expect(link.getAttribute('href')).toBe('?lang=cy');
  });

  it('switches to Welsh in place, keeping the page and the answers, and back again', async () => {
    const i18n = createI18n();
    const { user } = renderWith(i18n);
    await user.click(screen.getByRole('button', { name: en.common.start.button }));
    await user.click(screen.getByRole('radio', { name: en.questions.audience.options['someone-else'] as string }));
    await user.click(screen.getByRole('button', { name: en.common.continue }));
    const path = window.location.pathname;
    const saved = window.sessionStorage.getItem(storageKey);
    expect(path).toBe(`/${questionById('nation').slug}`);

    await user.click(screen.getByRole('link', { name: 'Cymraeg' }));
    const t = i18n.getFixedT('cy');
    const title = t(keysFor('nation', { audience: 'someone-else' }, 'title'), { ns: 'questions', context: 'helper' });
    await waitFor(() => expect(heading().textContent).toBe(title));
    expect(document.documentElement.lang).toBe('cy');
    expect(window.location.pathname).toBe(path);
    expect(window.sessionStorage.getItem(storageKey)).toBe(saved);
    expect(window.sessionStorage.getItem(languageKey)).toBe('cy');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    const select = screen.getByRole('navigation', { name: 'Dewis iaith' });
    const english = within(select).getByRole('link', { name: 'English' });
    expect([english.getAttribute('lang'), english.getAttribute('hreflang'), english.getAttribute('href')]).toEqual([
      'en',
      'en',
      '?lang=en',
    ]);

    await user.click(english);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(window.sessionStorage.getItem(languageKey)).toBeNull();
    expect(window.location.pathname).toBe(path);
  });

  it('forgets the language with the answers when the person uses Exit this page', async () => {
    const w = await welsh();
    const { user, env } = renderWith(w.i18n);
    expect(window.sessionStorage.getItem(languageKey)).toBe('cy');
    await user.click(screen.getByRole('button', { name: new RegExp(w.t('exitThisPage.label')) }));
    expect(env.leave).toHaveBeenCalled();
    expect(window.sessionStorage.getItem(languageKey)).toBeNull();
  });
});

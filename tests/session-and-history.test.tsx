import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextStep, questionById, type QuestionId } from '../machines';
import { runPendingNow } from '../src/after-paint';
import { exitUrl } from '../src/App';
import {
  answer,
  currentQuestion,
  heading,
  optionLabel,
  pressButton,
  questionTitle,
  renderTool,
  resetBrowser,
  screen,
  t,
  text,
} from './support/ui';

// What the browser keeps: answers in sessionStorage (checked before use), the address of each
// step in the history, and the ways out — Get help now and Exit this page.

beforeEach(resetBrowser);
afterEach(cleanup);

const key = 'advocacy-check';
const slug = (id: Parameters<typeof questionById>[0]) => `/${questionById(id).slug}`;

async function answerFirst(user: Parameters<typeof answer>[0]) {
  await pressButton(user, 'start.button');
  await answer(user, 'audience', 'myself', {});
  await answer(user, 'nation', 'scotland', { audience: 'myself' });
}

describe('saved answers', () => {
  it('keeps the answers and the step through a reload, in sessionStorage only', async () => {
    const { user } = renderTool();
    await answerFirst(user);
    expect(JSON.parse(window.sessionStorage.getItem(key)!)).toEqual({
      version: 1,
      answers: { audience: 'myself', nation: 'scotland' },
      step: 'age',
    });

    cleanup(); // the reload
    renderTool();
    expect(currentQuestion()).toBe('age');
    await waitFor(() => expect(window.location.pathname).toBe(slug('age')));
    expect(screen.queryByText(text('notifications.couldNotRestore'))).toBeNull();
    await screen.findByRole('link', { name: text('back') });
  });

  // The answers are written once the next question is painted, so Continue does not wait for the
  // storage; a page left or exited in between must neither lose them nor write them back.
  describe('written after the next page is painted', () => {
    const saved = () => JSON.parse(window.sessionStorage.getItem(key) ?? 'null') as { answers: object; step: string } | null;
    const before = { audience: 'myself', nation: 'scotland' } as const;
    const after = { ...before, age: '25-plus' } as const;
    const next = nextStep(after, 'asking', 'age');
    /** Answers the age question; the browser has not painted the next question yet. */
    async function continueWithoutPainting() {
      const { user, env } = renderTool();
      await answerFirst(user); // painted: saved up to here
      fireEvent.click(screen.getByRole('radio', { name: optionLabel('age', '25-plus', before) }));
      fireEvent.click(screen.getByRole('button', { name: text('continue') }));
      expect(heading().textContent).toBe(questionTitle(next as QuestionId, after)); // the next question is on the page
      return { env };
    }

    it('then, and not before', async () => {
      await continueWithoutPainting();
      expect(saved()?.step).toBe('age');
      runPendingNow(); // the paint
      expect(saved()).toEqual({ version: 1, answers: after, step: next });
    });

    it('or as the page is left, if that comes first (a reload)', async () => {
      await continueWithoutPainting();
      window.dispatchEvent(new Event('pagehide'));
      expect(saved()).toEqual({ version: 1, answers: after, step: next });
    });

    it('never after Exit this page', async () => {
      const { env } = await continueWithoutPainting();
      fireEvent.click(screen.getByRole('button', { name: `${text('exitThisPage.assistive')} ${text('exitThisPage.label')}` }));
      expect(env.leave).toHaveBeenCalled();
      runPendingNow();
      window.dispatchEvent(new Event('pagehide'));
      expect(window.sessionStorage.getItem(key)).toBeNull();
    });
  });

  it.each([
    ['is not JSON', '{"version": 1, "answers": '],
    ['comes from another version', JSON.stringify({ version: 2, answers: {}, step: 'start' })],
    ['holds an answer the registry does not offer', JSON.stringify({ version: 1, answers: { nation: 'france' }, step: 'age' })],
    ['holds a question the registry does not know', JSON.stringify({ version: 1, answers: { colour: 'red' }, step: 'start' })],
    ['names a step the answers do not reach', JSON.stringify({ version: 1, answers: { audience: 'myself' }, step: 'result' })],
  ])('starts cleanly, with a short notice, when what was saved %s', async (_, saved) => {
    window.sessionStorage.setItem(key, saved);
    const { user } = renderTool();
    expect(heading().textContent).toBe(text('start.title'));
    expect(screen.getByText(text('notifications.couldNotRestore'))).toBeTruthy();
    // the notice goes once the person moves on
    await pressButton(user, 'start.button');
    expect(screen.queryByText(text('notifications.couldNotRestore'))).toBeNull();
  });
});

describe('browser history', () => {
  it('gives each step an address, and browser Back and Forward move between questions', async () => {
    const { user } = renderTool();
    await answerFirst(user);
    expect(window.location.pathname).toBe(slug('age'));

    window.history.back();
    await waitFor(() => expect(currentQuestion()).toBe('nation'));
    expect(heading().textContent).toBe(t('nation.title', { ns: 'questions', context: 'self' }));
    const scotland = screen.getByRole<HTMLInputElement>('radio', { name: optionLabel('nation', 'scotland', { audience: 'myself' }) });
    expect(scotland.checked).toBe(true);
    expect(document.activeElement).toBe(heading());

    window.history.forward();
    await waitFor(() => expect(currentQuestion()).toBe('age'));
    expect(heading().textContent).toBe(t('age.title', { ns: 'questions', context: 'self' }));
  });

  it('puts the address right when history leads to a step the answers do not reach', async () => {
    const { user } = renderTool();
    await answerFirst(user);
    window.history.pushState(null, '', '/result');
    fireEvent(window, new PopStateEvent('popstate', { state: null }));
    expect(window.location.pathname).toBe(slug('age'));
    expect(currentQuestion()).toBe('age');
  });

  it('numbers the entries it makes, so Exit this page can step back to the first one', async () => {
    const { user } = renderTool();
    expect(window.history.state).toEqual({ advocacyCheck: true, depth: 0 });
    await answerFirst(user);
    expect(window.history.state).toEqual({ advocacyCheck: true, depth: 3 }); // who-for, where, age
  });

  it('sends an address typed in without answers to the start page', () => {
    window.history.replaceState(null, '', slug('section'));
    renderTool();
    expect(window.location.pathname).toBe('/');
    expect(heading().textContent).toBe(text('start.title'));
  });
});

describe('Get help now', () => {
  it('is a link in the header on every page, shows the crisis contacts for the nation, and Back returns', async () => {
    const { user } = renderTool();
    await answerFirst(user);
    await user.click(screen.getByRole('link', { name: text('getHelp.link') }));
    expect(window.location.pathname).toBe('/get-help');
    expect(heading().textContent).toBe(text('getHelp.title'));
    expect(document.activeElement).toBe(heading());
    // Scotland: NHS 24 and Breathing Space, not the English or Welsh 111 lines
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toContain(t('nhs-24-scotland.name', { ns: 'organisations' }));
    expect(headings).toContain(t('breathing-space.name', { ns: 'organisations' }));
    expect(headings).not.toContain(t('nhs-111-england.name', { ns: 'organisations' }));
    expect(screen.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');

    await user.click(screen.getByRole('link', { name: text('back') }));
    await waitFor(() => expect(currentQuestion()).toBe('age'));
  });

  it('opened at its own address, Back leads to where the person is in the journey', async () => {
    window.history.replaceState(null, '', '/get-help');
    const { user } = renderTool();
    expect(heading().textContent).toBe(text('getHelp.title'));
    await user.click(screen.getByRole('link', { name: text('back') }));
    expect(window.location.pathname).toBe('/');
    expect(heading().textContent).toBe(text('start.title'));
  });

  it('lists the crisis lines of every nation before the nation is known', async () => {
    const { user } = renderTool();
    await user.click(screen.getByRole('link', { name: text('getHelp.link') }));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    for (const id of ['emergency-999', 'nhs-111-england', 'nhs-111-wales', 'nhs-24-scotland', 'lifeline', 'samaritans']) {
      expect(headings).toContain(t(`${id}.name`, { ns: 'organisations' }));
    }
  });
});

describe('Exit this page', () => {
  it('clears the answers and replaces the page with a neutral site', async () => {
    const { user, env } = renderTool();
    await answerFirst(user);
    await user.click(screen.getByRole('button', { name: `${text('exitThisPage.assistive')} ${text('exitThisPage.label')}` }));
    expect(window.sessionStorage.getItem(key)).toBeNull();
    expect(env.leave).toHaveBeenCalledWith(text('serviceName'));
    expect(exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('is triggered by pressing Shift three times, but not twice', async () => {
    const { user, env } = renderTool();
    await answerFirst(user);
    await user.keyboard('{Shift}{Shift}');
    expect(env.leave).not.toHaveBeenCalled();
    expect(screen.getByText(text('exitThisPage.pressMore', { count: 1 }))).toBeTruthy();
    await user.keyboard('{Shift}');
    expect(env.leave).toHaveBeenCalledWith(text('serviceName'));
    expect(window.sessionStorage.getItem(key)).toBeNull();
  });
});

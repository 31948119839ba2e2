import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TFunction } from 'i18next';
import { expect, vi } from 'vitest';
import { answersOnPath, questionById, questions, type Answers, type QuestionId } from '../../machines';
import { runPendingNow } from '../../src/after-paint';
import { createI18n } from '../../src/i18n';
import { Root } from '../../src/Root';
import type { Environment } from '../../src/App';

// Renders the whole tool in jsdom and drives it as a person would: radios by their label and
// buttons by their name, both taken from the English catalogue (never typed out in the tests).

const i18n = createI18n();
export const t: TFunction = i18n.t.bind(i18n);

/** The English wording of a key in `common` or another namespace ("result:print"). */
export const text = (key: string, options: Record<string, unknown> = {}): string => t(key, { ns: 'common', ...options });

const contextOf = (answers: Answers) => (answers.audience === undefined || answers.audience === 'myself' ? 'self' : 'helper');

/** The label of option `value` of question `id`, as the catalogue words it for these answers. */
export function optionLabel(id: QuestionId, value: string, answers: Answers): string {
  const kept = answersOnPath(answers);
  const variant = questionById(id).variant?.(kept);
  const keys = [`${id}.options.${value}`];
  if (variant) keys.unshift(`${id}.${variant}.options.${value}`);
  return t(keys, { ns: 'questions', context: contextOf(kept) });
}

export function questionTitle(id: QuestionId, answers: Answers): string {
  const kept = answersOnPath(answers);
  const variant = questionById(id).variant?.(kept);
  const keys = [`${id}.title`];
  if (variant) keys.unshift(`${id}.${variant}.title`);
  return t(keys, { ns: 'questions', context: contextOf(kept) });
}

/**
 * A person's actions, each followed by what a browser does before the next one can come: it
 * paints, and the work a page change left for after the paint (src/after-paint.ts: the history
 * entry, the title) runs. jsdom never paints, so that work is run here.
 */
export function paintingBetween<U extends object>(user: U): U {
  return new Proxy(user, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
        await act(async () => runPendingNow());
        return result;
      };
    },
  });
}

export function renderTool(storage: Storage = window.sessionStorage) {
  const env: Environment = { storage, leave: vi.fn(), print: vi.fn() };
  const user = paintingBetween(userEvent.setup());
  const view = render(<Root i18n={i18n} env={env} strict={false} />);
  runPendingNow(); // the first page's title
  return { user, env, view };
}

/** Resets what one test could leave for the next: the saved answers and the address. */
export function resetBrowser(): void {
  runPendingNow(); // what the last test's page left for after a paint, before the address is reset
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
}

/** The question the page is showing, from the address (the registry's slug). */
export function currentQuestion(): QuestionId | undefined {
  return questions.find((q) => window.location.pathname === `/${q.slug}`)?.id;
}

export const heading = () => screen.getByRole('heading', { level: 1 });

type User = ReturnType<typeof userEvent.setup>;

export async function pressButton(user: User, key: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: text(key) }));
}

/** Chooses `value` for the question on screen and presses Continue. */
export async function answer(user: User, id: QuestionId, value: string, answersSoFar: Answers): Promise<void> {
  expect(currentQuestion()).toBe(id);
  await user.click(screen.getByRole('radio', { name: optionLabel(id, value, answersSoFar) }));
  await pressButton(user, 'continue');
}

/**
 * From the start page to check your answers, answering each question the tool asks from the
 * persona's answers; fails if the tool asks something the persona has no answer for.
 */
export async function answerAll(user: User, answers: Answers): Promise<QuestionId[]> {
  await pressButton(user, 'start.button');
  const asked: QuestionId[] = [];
  const given: Answers = {};
  for (let id = currentQuestion(); id !== undefined; id = currentQuestion()) {
    const value = answers[id];
    expect(value, `the persona has no answer for "${id}"`).toBeDefined();
    await answer(user, id, value!, given);
    (given as Record<string, string>)[id] = value!;
    asked.push(id);
    expect(asked.length).toBeLessThan(40);
  }
  expect(window.location.pathname).toBe('/check-answers');
  return asked;
}

/** The part of the result page about one advocate kind, found by its heading. */
export function advocateSection(kindName: string): HTMLElement {
  return screen.getByRole('region', { name: kindName });
}

export { screen, within };

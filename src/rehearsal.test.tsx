import { renderHook } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { questionIds } from '../machines';
import { changeLanguage, createI18n } from './i18n';
import { rehearsals, rehearseAfterFirstInput, rehearseWhenIdle } from './rehearsal';
import { questionText, questionWording } from './wording';

// The rehearsal that runs while a person reads: afterwards a question's words are already known,
// in the page's language, and nothing of the person's (answers, history, title) has been touched.

const translatorOf = (i18n: I18n) => (i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;

/** The `t` a question page gets from react-i18next. */
function pageT(i18n: I18n) {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useTranslation(['questions', 'common']), { wrapper }).result.current.t;
}

describe('the rehearsal', () => {
  for (const language of ['en', 'cy'] as const) {
    it(`leaves every question's words known in ${language === 'en' ? 'English' : 'Welsh'}, as a page asks for them`, async () => {
      const i18n = createI18n();
      if (language === 'cy') await changeLanguage(i18n, 'cy');
      const work = rehearsals(i18n);
      for (let piece = work.shift(); piece; piece = work.shift()) piece(); // a queue: a piece may add the next
      const translate = vi.spyOn(translatorOf(i18n), 'translate');
      const t = pageT(i18n);
      const answers = { audience: 'someone-else', nation: 'wales' } as const;
      const titles = questionIds.map((id) => {
        questionText(t, id, answers, 'checkLabel');
        return questionWording(t, id, answers).title;
      });
      expect(translate).not.toHaveBeenCalled();
      translate.mockRestore();
      expect(titles).toEqual(questionIds.map((id) => questionText(i18n.getFixedT(language, 'questions'), id, answers, 'title')));
      expect(i18n.language).toBe(language);
    });
  }

  it('runs a piece at a time in idle time, and touches nothing of the person’s', () => {
    const i18n = createI18n();
    const callbacks: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    const title = document.title;
    const history = window.history.length;
    rehearseWhenIdle(i18n, (callback) => callbacks.push(callback));
    expect(callbacks).toHaveLength(1); // nothing runs until the browser is idle
    // a moment with no time to spare does nothing but wait for the next
    callbacks.shift()!({ timeRemaining: () => 1 });
    expect(callbacks).toHaveLength(1);
    let idleMoments = 0;
    while (callbacks.length > 0 && idleMoments < 10_000) {
      let left = 3;
      callbacks.shift()!({ timeRemaining: () => left-- }); // time for one piece
      idleMoments++;
    }
    expect(callbacks).toHaveLength(0);
    expect(idleMoments).toBeGreaterThan(questionIds.length * 8); // one piece per moment: every question, audience and nation
    expect(document.title).toBe(title);
    expect(window.history.length).toBe(history);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('begins only once the person first presses a key or points at something', () => {
    const i18n = createI18n();
    const idle = vi.spyOn(window, 'requestIdleCallback' in window ? 'requestIdleCallback' : 'setTimeout');
    const target = new EventTarget();
    rehearseAfterFirstInput(i18n, target);
    expect(idle).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    expect(idle).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('pointerdown')); // once only
    expect(idle).toHaveBeenCalledTimes(1);
    idle.mockRestore();
  });

  it('gives each idle period at most a few milliseconds of work, however long the period is', () => {
    const i18n = createI18n();
    const callbacks: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    rehearseWhenIdle(i18n, (callback) => callbacks.push(callback));
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 3)); // each piece takes 3 ms
    try {
      callbacks.shift()!({ timeRemaining: () => 50 });
      expect(now).toBeLessThanOrEqual(4 * 3); // the turn's start and at most three pieces
      expect(callbacks).toHaveLength(1); // the rest waits for the next idle period
    } finally {
      clock.mockRestore();
    }
  });

  it('rehearses again in a language chosen later', async () => {
    const i18n = createI18n();
    const callbacks: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    rehearseWhenIdle(i18n, (callback) => callbacks.push(callback));
    while (callbacks.length > 0) callbacks.shift()!({ timeRemaining: () => 50 });
    await changeLanguage(i18n, 'cy');
    expect(callbacks).toHaveLength(1);
    while (callbacks.length > 0) callbacks.shift()!({ timeRemaining: () => 50 });
    const translate = vi.spyOn(translatorOf(i18n), 'translate');
    questionWording(pageT(i18n), 'nation', { audience: 'myself' });
    expect(translate).not.toHaveBeenCalled();
  });
});

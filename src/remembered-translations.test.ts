import { describe, expect, it, vi } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { changeLanguage, createI18n } from './i18n';

/** i18next's own translator (not in its types): what works a translation out. */
const translatorOf = (i18n: I18n) => (i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;

// The words are remembered, never stale: a new language or catalogue is seen at once.

describe('remembered translations', () => {
  it('give the words i18next gives, working each out once', () => {
    const i18n = createI18n();
    const translate = vi.spyOn(translatorOf(i18n), 'translate');
    const t = i18n.getFixedT(null, 'questions');
    const first = t(['age.title'], { context: 'helper' });
    expect(first).toBe(i18n.getFixedT(null, 'questions')('age.title_helper'));
    const calls = translate.mock.calls.length;
    expect(t(['age.title'], { context: 'helper' })).toBe(first);
    expect(translate.mock.calls.length).toBe(calls);
    // other options are another translation
    expect(t(['age.title'], { context: 'self' })).not.toBe(first);
  });

  it('follow a change of language and a catalogue added later', async () => {
    const i18n = createI18n();
    const english = i18n.t('serviceName');
    await changeLanguage(i18n, 'cy');
    const welsh = i18n.t('serviceName');
    expect(welsh).not.toBe(english);
    i18n.addResourceBundle('cy', 'common', { serviceName: 'Newydd' }, true, true);
    expect(i18n.t('serviceName')).toBe('Newydd');
    await changeLanguage(i18n, 'en');
    expect(i18n.t('serviceName')).toBe(english);
  });

  it('do not remember a call with an object among its options, or one that returns an object', () => {
    const i18n = createI18n();
    const translate = vi.spyOn(translatorOf(i18n), 'translate');
    const withObject = () => i18n.t('serviceName', { value: { a: 1 } });
    withObject();
    withObject();
    expect(translate).toHaveBeenCalledTimes(2);
    const objects = () => i18n.t('checkAnswers', { returnObjects: true });
    expect(typeof objects()).toBe('object');
    const calls = translate.mock.calls.length;
    objects();
    expect(translate.mock.calls.length).toBeGreaterThan(calls);
  });
});

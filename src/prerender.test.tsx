import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage, createI18n } from './i18n';
import { renderFirstScreens } from './prerender';
import { Root } from './Root';

// The pages index.html shows before the app has arrived are rendered at build time; the app must
// adopt the start page and Get help now exactly (a mismatch makes React throw the markup away and
// redraw, and logs an error).

const { screens, serviceName } = await renderFirstScreens();
const screen = (name: string) => screens.find((s) => s.screen === name)!;

async function i18nIn(language: 'en' | 'cy') {
  const i18n = createI18n();
  if (language === 'cy') await changeLanguage(i18n, 'cy');
  return i18n;
}

describe('the pre-rendered pages', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.lang = 'en';
    window.history.replaceState(null, '', '/');
    window.sessionStorage.clear();
  });

  it('are the start page, Get help now and a page saying it is loading, in English and Welsh', () => {
    expect(screens.map((s) => s.screen)).toEqual(['start-en', 'get-help-en', 'loading-en', 'start-cy', 'get-help-cy', 'loading-cy']);
    expect(serviceName).toBe(createI18n().t('serviceName'));
  });

  it('hold the real start page: its heading, the Start button as a form to the first question, and a title', () => {
    const { html, title } = screen('start-en');
    const container = document.createElement('div');
    container.innerHTML = html;
    const i18n = createI18n();
    expect(container.querySelector('h1')?.textContent).toBe(i18n.t('start.title'));
    const form = container.querySelector('main form');
    expect(form?.getAttribute('action')).toBe('/who-for');
    expect(form?.querySelector('button[type="submit"]')?.textContent).toBe(i18n.t('start.button'));
    expect(title).toBe(i18n.t('pageTitle', { page: i18n.t('start.title') }));
  });

  it.each([
    ['start', 'start.title'],
    ['get-help', 'getHelp.title'],
    ['loading', 'loading.title'],
  ])('each have a heading, Exit this page and Get help now in their language (%s)', async (page, heading) => {
    for (const language of ['en', 'cy'] as const) {
      const i18n = await i18nIn(language);
      const container = document.createElement('div');
      container.innerHTML = screen(`${page}-${language}`).html;
      expect(container.querySelector('h1')?.textContent).toBe(i18n.t(heading));
      expect(container.querySelector('.govuk-exit-this-page__button')?.textContent).toContain(i18n.t('exitThisPage.label'));
      expect(container.querySelector('a[href="/get-help"]')?.textContent).toBe(i18n.t('getHelp.link'));
    }
  });

  it.each([
    ['start-en', '/', 'en'],
    ['start-cy', '/?lang=cy', 'cy'],
    ['get-help-en', '/get-help', 'en'],
    ['get-help-cy', '/get-help', 'cy'],
  ] as const)('%s is adopted by the app without a hydration mismatch', async (name, address, language) => {
    window.history.replaceState(null, '', address);
    const container = document.createElement('div');
    container.innerHTML = screen(name).html;
    document.body.appendChild(container);
    const heading = container.querySelector('h1');
    const i18n = await i18nIn(language);
    const onRecoverableError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      hydrateRoot(container, <Root i18n={i18n} env={{ storage: window.sessionStorage, leave: vi.fn(), print: vi.fn() }} />, {
        onRecoverableError,
      });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('h1')).toBe(heading); // the same node: nothing was redrawn
    errors.mockRestore();
  });
});

import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from './i18n';
import { renderStartPage } from './prerender';
import { Root } from './Root';

// The start page is rendered into index.html at build time; the app must adopt that markup
// exactly (a mismatch makes React throw it away and redraw, and logs an error).

describe('the pre-rendered start page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('holds the real start page: its heading, the Start button as a form to the first question, and a title', () => {
    const { html, title } = renderStartPage();
    const container = document.createElement('div');
    container.innerHTML = html;
    const i18n = createI18n();
    expect(container.querySelector('h1')?.textContent).toBe(i18n.t('start.title'));
    const form = container.querySelector('main form');
    expect(form?.getAttribute('action')).toBe('/who-for');
    expect(form?.querySelector('button[type="submit"]')?.textContent).toBe(i18n.t('start.button'));
    expect(title).toBe(i18n.t('pageTitle', { page: i18n.t('start.title') }));
  });

  it('is adopted by the app in the browser without a hydration mismatch', async () => {
    const { html } = renderStartPage();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const heading = container.querySelector('h1');
    const onRecoverableError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      hydrateRoot(
        container,
        <Root i18n={createI18n()} env={{ storage: window.sessionStorage, leave: vi.fn(), print: vi.fn() }} />,
        { onRecoverableError },
      );
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('h1')).toBe(heading); // the same node: nothing was redrawn
    errors.mockRestore();
  });
});

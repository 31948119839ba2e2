import { renderToString } from 'react-dom/server';
import { createI18n } from './i18n';
import { Root } from './Root';
import { appPaths } from './routes';

// Run at build time, in Node, by vite-plugins/prerender.ts: the start page exactly as the app
// first renders it for someone who opens "/" in English, so index.html shows it before any
// JavaScript has run and the app can adopt it (hydrateRoot) without redrawing anything.

export function renderStartPage(): { html: string; title: string; serviceName: string } {
  const i18n = createI18n();
  const html = renderToString(
    <Root i18n={i18n} env={{ storage: undefined, path: '/', leave: () => undefined, print: () => undefined }} />,
  );
  return { html, title: i18n.t('pageTitle', { page: i18n.t('start.title') }), serviceName: i18n.t('serviceName') };
}

/** The addresses the app answers (for the service worker's offline fallback to index.html). */
export { appPaths };

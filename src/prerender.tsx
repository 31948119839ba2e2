import { renderToString } from 'react-dom/server';
import { cy } from '../content/locales/cy';
import { createI18n } from './i18n';
import { Root } from './Root';
import { appPaths } from './routes';

// Run at build time, in Node, by vite-plugins/prerender.ts: the pages index.html shows before the
// app has arrived (src/first-screen.ts), each exactly as the app first renders it for a visitor
// with nothing saved, so that the app can adopt the start page and Get help now (hydrateRoot)
// without redrawing anything. The English start page is index.html's own content; the others go
// into <template>s.

export interface RenderedScreen {
  /** "start-en", "get-help-cy", "loading-en"… (src/first-screen.ts) */
  screen: string;
  language: 'en' | 'cy';
  html: string;
  title: string;
}

const pages = [
  { page: 'start', path: '/', loading: false },
  { page: 'get-help', path: '/get-help', loading: false },
  { page: 'loading', path: '/', loading: true },
] as const;

async function i18nIn(language: 'en' | 'cy') {
  const i18n = createI18n();
  if (language === 'cy') {
    for (const [ns, resources] of Object.entries(cy)) i18n.addResourceBundle('cy', ns, resources);
    await i18n.changeLanguage('cy');
  }
  return i18n;
}

/** Every pre-rendered page, and the service name (the neutral title Exit this page leaves behind). */
export async function renderFirstScreens(): Promise<{ serviceName: string; screens: RenderedScreen[] }> {
  const screens: RenderedScreen[] = [];
  for (const language of ['en', 'cy'] as const) {
    const i18n = await i18nIn(language);
    for (const { page, path, loading } of pages) {
      const html = renderToString(
        <Root i18n={i18n} env={{ storage: undefined, path, leave: () => undefined, print: () => undefined }} loading={loading} />,
      );
      const heading = { start: 'start.title', 'get-help': 'getHelp.title', loading: 'loading.title' }[page];
      screens.push({ screen: `${page}-${language}`, language, html, title: i18n.t('pageTitle', { page: i18n.t(heading) }) });
    }
  }
  return { serviceName: createI18n().t('serviceName'), screens };
}

/** The addresses the app answers (for the service worker's offline fallback to index.html). */
export { appPaths };

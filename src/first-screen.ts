// index.html is readable before the app has arrived, whatever address it is opened at: it holds
// the start page in English, rendered at build time (vite-plugins/prerender.ts), and, as inert
// <template>s, the few other pages a first visit can need at once: the start page in Welsh, Get
// help now in both languages, and a short "this page is loading" page in both languages (with
// Get help now and Exit this page) for any other address. An inline script in <head> hides the
// English start page before the first paint when it is not the one to show; the entry
// (src/main.tsx) then puts the right template in its place and shows it, so a slow signal never
// leaves a hidden page waiting on the app. The app renders the real page over it when it arrives.

/** The class that hides the pre-rendered page until the right one is in its place. */
export const pendingClass = 'app-pending';

/** The id of the <template> holding a pre-rendered page ("first-screen-get-help-cy"). */
export const templateId = (screen: string) => `first-screen-${screen}`;

/** The page index.html shows as it is, before any script has run. */
export const liveScreen = 'start-en';

/**
 * Set on <html> (data-app="ready") once the app has taken the page over: from then on every control
 * is the app's. Before it, the pre-rendered page works as plain HTML (links, the Start form), and
 * tests that drive the app wait for it.
 */
export function markReady(): void {
  document.documentElement.dataset.app = 'ready';
}

/** Whether the app has taken the page over (so a page shown now follows a person's action, not a load). */
export function appHasTakenOver(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.app === 'ready';
}

/**
 * Which pre-rendered page suits this load: "<page>-<language>", page "start" (on "/"), "get-help"
 * or "loading" (any other address), language from `?lang=` or else as chosen earlier in this tab
 * (src/language.ts); or "" while an "Exit this page" is under way (nothing is shown). Self-contained
 * (no imports, no closure) because its source is also inlined into index.html to run before the
 * first paint. Keys and languages are those of src/language.ts, src/persistence.ts, src/exit.ts and
 * src/i18n.ts (src/first-screen.test.ts checks they agree).
 */
export function firstScreen(location: { pathname: string; search: string }, storage: Storage | undefined): string {
  let chosen: string | null = null;
  try {
    if (storage && storage.getItem('advocacy-check-exit') !== null) return '';
    chosen = storage ? storage.getItem('advocacy-check-language') : null;
  } catch {
    // storage blocked: nothing can have been saved
  }
  const asked = new URLSearchParams(location.search).get('lang');
  const language = asked === 'en' || asked === 'cy' ? asked : chosen === 'cy' ? 'cy' : 'en';
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const page = path === '/' ? 'start' : path === '/get-help' ? 'get-help' : 'loading';
  return `${page}-${language}`;
}

/**
 * Whether the app may adopt the pre-rendered page as it is (hydrate it, nothing redrawn): it is the
 * start page or Get help now, in the language the app is showing, and nothing was saved that could
 * make the app's first render differ (answers, or a message about them).
 */
export function adoptable(screen: string, language: string, storage: Storage | undefined): boolean {
  if (screen !== `start-${language}` && screen !== `get-help-${language}`) return false;
  try {
    return !storage || storage.getItem('advocacy-check') === null;
  } catch {
    return true;
  }
}

/** The inline script for index.html's <head>: hides the English start page when it is not the one to show. */
export function pendingScript(): string {
  return (
    `try{if((${firstScreen.toString()})(location,window.sessionStorage)!==${JSON.stringify(liveScreen)})` +
    `document.documentElement.classList.add(${JSON.stringify(pendingClass)})}catch(e){}`
  );
}

/**
 * In the entry, before the app: remembers a language asked for with `?lang=` for the tab, as the
 * app does when it starts (src/language.ts), so a link followed before the app has arrived (Start,
 * Get help now) keeps it.
 */
export function keepAskedLanguage(search: string, storage: Storage | undefined): void {
  const asked = new URLSearchParams(search).get('lang');
  try {
    if (asked === 'cy') storage?.setItem('advocacy-check-language', asked);
    else if (asked === 'en') storage?.removeItem('advocacy-check-language');
  } catch {
    // storage blocked or full: the app asks again from the address
  }
}

/**
 * In the entry, before the app: puts the pre-rendered page for `screen` in place of the English
 * start page and shows it, with its title and language. Returns the screen now shown ("" if none:
 * no pre-rendered pages, as on the dev server, or an exit under way).
 */
export function showFirstScreen(root: HTMLElement, screen: string): string {
  const html = document.documentElement;
  if (!root.hasChildNodes()) return '';
  if (screen === liveScreen) return screen;
  const template = document.getElementById(templateId(screen));
  if (!(template instanceof HTMLTemplateElement)) return '';
  root.replaceChildren(template.content.cloneNode(true));
  if (template.dataset.title) document.title = template.dataset.title;
  if (template.lang) html.lang = template.lang;
  for (const unused of document.querySelectorAll('template[id^="first-screen-"]')) unused.remove();
  html.classList.remove(pendingClass);
  return screen;
}

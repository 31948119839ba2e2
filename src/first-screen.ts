// The start page is rendered into index.html at build time (vite-plugins/prerender.ts), so it is
// on screen before any JavaScript has run. That pre-rendered page is right only for someone who
// opens "/" in English with nothing from an earlier visit in this tab; anyone else (a deep link,
// a reload mid-journey, Welsh, an unfinished "Exit this page") must not see it flash by.

/** The class that hides the pre-rendered page until the app has rendered the right one. */
export const pendingClass = 'app-pending';

/**
 * Set on <html> (data-app="ready") once the app has taken the page over: from then on every control
 * is the app's. Before it, the pre-rendered page works as plain HTML (links, the Start form), and
 * tests that drive the app wait for it.
 */
export function markReady(): void {
  document.documentElement.dataset.app = 'ready';
}

/**
 * Whether this load shows exactly the pre-rendered start page. Self-contained (no imports, no
 * closure) because its source is also inlined into index.html to run before the first paint.
 * Every key the tool keeps in sessionStorage starts with "advocacy-check" (answers, language,
 * the exit note).
 */
export function showsPrerenderedStart(location: { pathname: string; search: string }, storage: Storage | undefined): boolean {
  if (location.pathname !== '/') return false;
  if (new URLSearchParams(location.search).has('lang')) return false;
  try {
    if (!storage) return true;
    for (let i = 0; i < storage.length; i++) {
      if (storage.key(i)?.startsWith('advocacy-check')) return false;
    }
    return true;
  } catch {
    return true; // storage blocked: nothing can have been saved
  }
}

/** The inline script for index.html's <head>: hides the pre-rendered page when it is not the one to show. */
export function pendingScript(): string {
  return (
    `try{if(!(${showsPrerenderedStart.toString()})(location,window.sessionStorage))` +
    `document.documentElement.classList.add(${JSON.stringify(pendingClass)})}catch(e){}`
  );
}

import { sessionStore } from './storage';
import { newerVersionDeployed, noticeAppliedUpdate, recoverFromMissingCode, reloadForUpdate, setUpdateCheck, updateReady } from './updates';

// After the first visit the tool works with no signal: a service worker (built by
// vite-plugins/service-worker.ts into /sw.js) keeps a copy of every file of this version.
// Registered once the app has taken over the page and the main thread is idle, so it never competes
// with the first screen or the takeover.
//
// It also carries new versions safely into open pages (src/updates.ts): a new worker waits while a
// page of the old version is open, and this page says a new version is ready once it has been
// kept; the person's choice lets the new worker take over, and every open page then reloads into
// it. A page that is not controlled by a worker asks the server for index.html at each step instead.

export const serviceWorkerUrl = '/sw.js';
const switchTimeoutMs = 3_000;

/** `appSettled`: settles once the app has taken over the page (or could not); the offline copy waits for it. */
export function registerServiceWorker(appSettled: Promise<unknown>): void {
  if (!import.meta.env.PROD) return;
  noticeAppliedUpdate(sessionStore());
  // Vite's event when a lazy chunk (the app, Welsh…) cannot be loaded: perhaps a deploy removed it
  window.addEventListener('vite:preloadError', () => void recoverFromMissingCode());
  const compareWithServer = () => {
    void newerVersionDeployed().then((newer) => {
      if (newer) updateReady(reloadForUpdate);
    });
  };
  setUpdateCheck(compareWithServer);
  if (!('serviceWorker' in navigator)) return;

  const container = navigator.serviceWorker;
  // The first worker takes over a page that had none: nothing changes for it. After that, a new
  // worker taking over means a new version: reload into it (the answers are kept).
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) reloadForUpdate();
    controlled = true;
  });

  const watch = (registration: ServiceWorkerRegistration | undefined) => {
    if (!registration) return; // some browsers that block workers resolve with nothing
    const offer = (worker: ServiceWorker) => {
      if (!container.controller) return; // the first copy: it takes over by itself
      updateReady(() => {
        worker.postMessage({ type: 'skip-waiting' });
        window.setTimeout(reloadForUpdate, switchTimeoutMs); // if the worker never takes over
      });
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    setUpdateCheck(() => {
      if (container.controller)
        registration.update().catch(() => undefined); // offline: try again at the next step
      else compareWithServer();
    });
  };

  const register = () => {
    container.register(serviceWorkerUrl).then(watch, () => {
      // no offline copy (private mode, blocked): the tool still works online
    });
  };
  whenSettled(appSettled, register);
}

/**
 * Runs `then` once the page has loaded, `appSettled` has settled (the app has taken over the first
 * screen, or could not) and the main thread is idle. Installing the offline copy fetches and
 * compiles every chunk (Welsh, the letters, the Word library): started at the load event it ran
 * alongside the app's takeover and more than doubled the main thread's script time on a slow phone
 * (Lighthouse: total blocking time about 400 ms with it, under 130 ms without).
 */
function whenSettled(appSettled: Promise<unknown>, then: () => void): void {
  const idle = () => {
    // (Safari has no requestIdleCallback)
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => then(), { timeout: 3000 });
    else setTimeout(then, 500);
  };
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  void Promise.all([loaded, appSettled.catch(() => undefined)]).then(idle);
}

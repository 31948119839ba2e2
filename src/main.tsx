import { finishPendingExit, isLeaving, leaveWithoutTrace } from './exit';
import { appHasTakenOver, firstScreen, keepAskedLanguage, pendingClass, showFirstScreen } from './first-screen';
import { registerServiceWorker } from './offline';
import { watchShiftPresses } from './shift-presses';
import { sessionStore } from './storage';
import './styles/index.scss';

// The entry: as small as it can be, because index.html already holds the first screen (rendered at
// build time: src/first-screen.ts). It finishes an "Exit this page" if one is pending, or else
// shows the pre-rendered page that suits the address at once, then loads the app (boot.tsx), which
// takes over the page. A dynamic import keeps the app out of what index.html references.

const storage = sessionStore();
const root = document.getElementById('root');

// A copy of the tool shown again by Back after "Exit this page" (from the back-forward cache
// or a fresh load) finishes leaving instead of showing the journey.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) finishPendingExit(storage);
});

// "Exit this page" works from the first paint: until the app has taken over the pre-rendered page,
// its button and Shift pressed three times leave from here (the app's own handlers do it
// afterwards). Leaving forgets everything the tool kept in this tab.
document.addEventListener('click', (event) => {
  if (appHasTakenOver()) return;
  const target = event.target instanceof Element ? event.target : null;
  if (!target?.closest('.govuk-exit-this-page__button')) return;
  event.preventDefault();
  leaveWithoutTrace(storage);
});
const preApp = preAppAnnouncer();
const stopWatchingShift = watchShiftPresses(document, preApp);

/**
 * What Shift presses do before the app has arrived: the same count as the app's, announced in the
 * words the pre-rendered page carries (on its Exit this page block), in a live region of its own
 * so that nothing is written into the markup the app adopts.
 */
function preAppAnnouncer() {
  let region: HTMLElement | undefined;
  const say = (words: 'pressTwoMoreTimes' | 'pressOneMoreTime' | 'timedOut') => {
    if (appHasTakenOver()) return;
    const block = document.querySelector<HTMLElement>('.govuk-exit-this-page');
    if (!region) {
      region = document.createElement('div');
      region.className = 'govuk-visually-hidden';
      region.setAttribute('role', 'status');
      document.body.appendChild(region);
    }
    region.textContent = block?.dataset[words] ?? '';
  };
  return {
    onPress: (left: number) => say(left === 2 ? 'pressTwoMoreTimes' : 'pressOneMoreTime'),
    onExpire: () => say('timedOut'),
    onExit: () => {
      if (!appHasTakenOver()) leaveWithoutTrace(storage);
    },
    stop: () => region?.remove(),
  };
}

/**
 * Runs `then` in a task after the browser has shown the page's first contentful paint: the paint is
 * reported once the frame is on screen, which can be after a task queued from the frame itself. At
 * most a second later whatever happens (a browser without Paint Timing, a page with nothing to paint).
 */
function afterFirstPaint(then: () => void): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    setTimeout(then, 0);
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // no Paint Timing: the fallback below
  }
  setTimeout(start, 1000);
}

/** The next task: what came before is done, and the browser can paint or answer a tap in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Settles once the app has taken over the page, or could not be loaded. */
function loadApp(root: HTMLElement, shown: string): Promise<void> {
  if (isLeaving()) return Promise.resolve();
  // The libraries first, then the app's own code, each run in a task of its own.
  return import('./vendor')
    .then(nextTask)
    .then(() => import('./boot'))
    .then(({ boot }) => boot(root, storage, shown))
    .then(() => {
      stopWatchingShift();
      preApp.stop();
    })
    .catch(() => {
      // The app could not be loaded (no signal before the offline copy was made): the
      // pre-rendered start page stays usable, so show it rather than nothing.
      document.documentElement.classList.remove(pendingClass);
    });
}

let appSettled: Promise<void> = Promise.resolve();
if (root && !finishPendingExit(storage)) {
  keepAskedLanguage(window.location.search, storage);
  const shown = showFirstScreen(root, firstScreen(window.location, storage));
  // Only once the pre-rendered page is on screen (the browser reports its first contentful paint):
  // fetching and starting the app must never hold back the first paint. A hidden tab paints
  // nothing, so it loads at once.
  appSettled = new Promise((settled) => {
    const load = () => void loadApp(root, shown).then(settled);
    if (document.visibilityState === 'hidden') load();
    else afterFirstPaint(load);
  });
}

registerServiceWorker(appSettled);

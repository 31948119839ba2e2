import { exitUrl, finishPendingExit, isLeaving, leaveWithoutTrace } from './exit';
import { pendingClass } from './first-screen';
import { registerServiceWorker } from './offline';
import { sessionStore } from './storage';
import './styles/index.scss';

// The entry: as small as it can be, because index.html already shows the start page (rendered at
// build time). It finishes an "Exit this page" if one is pending, then loads the app (boot.tsx),
// which takes over the page. A dynamic import keeps the app out of what index.html references.

const storage = sessionStore();
const root = document.getElementById('root');

// A copy of the tool shown again by Back after "Exit this page" (from the back-forward cache
// or a fresh load) finishes leaving instead of showing the journey.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) finishPendingExit(storage);
});

// "Exit this page" works from the first paint: until the app has taken over the pre-rendered page,
// a press on its button leaves from here (the app's own handler does it afterwards). Only the
// untouched start page is ever shown before the app, so there are no answers to forget yet.
document.addEventListener('click', (event) => {
  if (document.documentElement.dataset.app === 'ready') return;
  const target = event.target instanceof Element ? event.target : null;
  if (!target?.closest('.govuk-exit-this-page__button')) return;
  event.preventDefault();
  leaveWithoutTrace(exitUrl, storage);
});

function loadApp(root: HTMLElement): void {
  if (isLeaving()) return;
  import('./boot')
    .then(({ boot }) => boot(root, storage))
    .catch(() => {
      // The app could not be loaded (no signal before the offline copy was made): the
      // pre-rendered start page stays usable, so show it rather than nothing.
      document.documentElement.classList.remove(pendingClass);
    });
}

if (root && !finishPendingExit(storage)) {
  // Only once the first frame (the pre-rendered page) has been painted: fetching and starting the
  // app must never hold back the first paint. A hidden tab paints nothing, so it loads at once.
  if (document.visibilityState === 'hidden') loadApp(root);
  else requestAnimationFrame(() => setTimeout(() => loadApp(root), 0));
}

registerServiceWorker();

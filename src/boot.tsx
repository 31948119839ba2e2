import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { leaveWithoutTrace } from './exit';
import { markReady, pendingClass, showsPrerenderedStart } from './first-screen';
import { createI18n } from './i18n';
import { startInChosenLanguage } from './language';
import { Root } from './Root';

// The app itself, loaded by the entry (main.tsx) with a dynamic import so that the first screen
// needs none of it: index.html already holds the start page, rendered at build time.

export async function boot(root: HTMLElement, storage: Storage | undefined): Promise<void> {
  const i18n = createI18n();
  // Welsh (chosen with ?lang=cy or earlier in this tab) is loaded before the first render.
  await startInChosenLanguage(i18n, storage, window.location.search);
  const tool = (
    <Root
      i18n={i18n}
      env={{
        storage,
        leave: (neutralTitle) => leaveWithoutTrace(storage, neutralTitle),
        print: () => window.print(),
      }}
    />
  );
  if (root.hasChildNodes() && showsPrerenderedStart(window.location, storage)) {
    // The markup on screen is what this render produces: React adopts it, nothing is redrawn.
    // A click that comes while it does so is held and handled once the page is adopted.
    hydrateRoot(root, tool);
    markReady();
    return;
  }
  // Another page (a deep link, a reload mid-journey, Welsh), or no pre-rendered page (dev server):
  // render it at once, then show it (the pre-rendered start page was kept hidden meanwhile).
  flushSync(() => createRoot(root).render(tool));
  document.documentElement.classList.remove(pendingClass);
  markReady();
}

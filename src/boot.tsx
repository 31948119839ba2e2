import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { leaveWithoutTrace } from './exit';
import { adoptable, markReady, pendingClass } from './first-screen';
import { createI18n, languageOf } from './i18n';
import { startInChosenLanguage } from './language';
import { rehearseAfterFirstInput } from './rehearsal';
import { Root } from './Root';

// The app itself, loaded by the entry (main.tsx) with a dynamic import so that the first screen
// needs none of it: index.html already holds it, rendered at build time (src/first-screen.ts).

/** `shown`: the pre-rendered page on screen ("start-en", "get-help-cy"…), or "" for none. */
export async function boot(root: HTMLElement, storage: Storage | undefined, shown: string): Promise<void> {
  const i18n = createI18n();
  // Welsh (chosen with ?lang=cy or earlier in this tab) is loaded before the first render.
  await startInChosenLanguage(i18n, storage, window.location.search);
  // React's work in a task of its own, after the catalogue's.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
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
  if (root.hasChildNodes() && adoptable(shown, languageOf(i18n), storage)) {
    // The markup on screen is what this render produces: React adopts it, nothing is redrawn.
    // In a transition, so React does it in slices of a few milliseconds with the main thread free
    // in between; a click that comes meanwhile makes React adopt that part at once and handle it.
    startTransition(() => {
      hydrateRoot(root, tool);
    });
    markReady();
    rehearseAfterFirstInput(i18n);
    return;
  }
  // Another page (a deep link, a reload mid-journey), or no pre-rendered page (dev server): render
  // it at once in place of the pre-rendered one, and show it.
  flushSync(() => createRoot(root).render(tool));
  document.documentElement.classList.remove(pendingClass);
  markReady();
  rehearseAfterFirstInput(i18n);
}

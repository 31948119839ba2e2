import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import type { Step, WizardMachine } from '../machines';
import { isLeaving } from './exit';
import { depthOf, entry, isOurEntry } from './history';
import { isSidePage, locationOf, pagePaths, urlOf, type SidePage } from './routes';

// Browser back and forward move through the journey. The machine decides where the person may
// be; the address bar follows it. Each step the machine moves to gets a history entry; going back
// or forward asks the machine (GO_TO), and if it refuses, the address is put right. Pages outside
// the journey (Get help now, the accessibility statement…) get an entry of their own too, and
// leave the step as it is.

/** A new entry after the current one. */
const push = (path: string) => window.history.pushState(entry(depthOf(window.history.state) + 1), '', path);
/** The current entry, at another address (its depth kept: a reload keeps the history). */
const replace = (path: string) => window.history.replaceState(entry(depthOf(window.history.state)), '', path);

export function useBrowserHistory(actorRef: Actor<WizardMachine>, step: Step, startOn: SidePage | undefined) {
  const [sidePage, setSidePage] = useState(startOn);
  const urlStep = useRef<Step>(step); // the step the address bar shows (or showed, under a side page)
  const sidePageHasPrevious = useRef(false);

  // On load, the address names where the person is.
  useEffect(() => {
    // a reload keeps the history: a side page's Back can go back if the tool made the entry before it
    if (startOn) sidePageHasPrevious.current = depthOf(window.history.state) > 0;
    replace(startOn ? pagePaths[startOn] : urlOf(urlStep.current));
    // only on mount: later changes are pushes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new step from the machine (Continue, Back link, Change…) gets its own entry.
  useEffect(() => {
    if (step === urlStep.current) return;
    urlStep.current = step;
    push(urlOf(step));
    setSidePage(undefined);
  }, [step]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      if (isLeaving()) return; // Exit this page is stepping back through history: not a visit
      const here = locationOf(window.location.pathname);
      if (isSidePage(here)) {
        sidePageHasPrevious.current = isOurEntry(event.state) && event.state.depth > 0;
        setSidePage(here);
        return;
      }
      setSidePage(undefined);
      if (here !== undefined && here !== actorRef.getSnapshot().context.step) {
        urlStep.current = here; // so the step change this causes is not pushed again
        actorRef.send({ type: 'GO_TO', step: here });
      }
      const now = actorRef.getSnapshot().context.step;
      if (now !== here) {
        urlStep.current = now;
        replace(urlOf(now));
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actorRef]);

  const showSidePage = useCallback((page: SidePage) => {
    if (locationOf(window.location.pathname) === page) return;
    push(pagePaths[page]);
    sidePageHasPrevious.current = true;
    setSidePage(page);
  }, []);

  const leaveSidePage = useCallback(() => {
    if (sidePageHasPrevious.current) {
      window.history.back(); // the popstate handler shows the page they came from
      return;
    }
    replace(urlOf(actorRef.getSnapshot().context.step));
    setSidePage(undefined);
  }, [actorRef]);

  return { sidePage, showSidePage, leaveSidePage };
}

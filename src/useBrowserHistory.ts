import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import type { Step, WizardMachine } from '../machines';
import { isLeaving } from './exit';
import { depthOf, entry, isOurEntry } from './history';
import { getHelpPath, locationOf, urlOf } from './routes';

// Browser back and forward move through the journey. The machine decides where the person may
// be; the address bar follows it. Each step the machine moves to gets a history entry; going back
// or forward asks the machine (GO_TO), and if it refuses, the address is put right.

/** A new entry after the current one. */
const push = (path: string) => window.history.pushState(entry(depthOf(window.history.state) + 1), '', path);
/** The current entry, at another address (its depth kept: a reload keeps the history). */
const replace = (path: string) => window.history.replaceState(entry(depthOf(window.history.state)), '', path);

export function useBrowserHistory(actorRef: Actor<WizardMachine>, step: Step, startOnGetHelp: boolean) {
  const [onGetHelp, setOnGetHelp] = useState(startOnGetHelp);
  const urlStep = useRef<Step>(step); // the step the address bar shows (or showed, under Get help)
  const getHelpHasPrevious = useRef(false);

  // On load, the address names where the person is.
  useEffect(() => {
    // a reload keeps the history: Get help's Back can go back if the tool made the entry before it
    if (startOnGetHelp) getHelpHasPrevious.current = depthOf(window.history.state) > 0;
    replace(startOnGetHelp ? getHelpPath : urlOf(urlStep.current));
    // only on mount: later changes are pushes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new step from the machine (Continue, Back link, Change…) gets its own entry. A layout effect,
  // so the entry is made before any page's title effect runs: the browser gives a title to the
  // entry that is current when it changes, so each entry then keeps its own page's title (with a
  // passive effect here, the child page's title effect would run first and rename the entry
  // being left with the next page's title).
  useLayoutEffect(() => {
    if (step === urlStep.current) return;
    urlStep.current = step;
    push(urlOf(step));
    setOnGetHelp(false);
  }, [step]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      if (isLeaving()) return; // Exit this page is stepping back through history: not a visit
      const here = locationOf(window.location.pathname);
      if (here === 'getHelp') {
        getHelpHasPrevious.current = isOurEntry(event.state) && event.state.depth > 0;
        setOnGetHelp(true);
        return;
      }
      setOnGetHelp(false);
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

  const showGetHelp = useCallback(() => {
    if (locationOf(window.location.pathname) === 'getHelp') return;
    push(getHelpPath);
    getHelpHasPrevious.current = true;
    setOnGetHelp(true);
  }, []);

  const leaveGetHelp = useCallback(() => {
    if (getHelpHasPrevious.current) {
      window.history.back(); // the popstate handler shows the page they came from
      return;
    }
    replace(urlOf(actorRef.getSnapshot().context.step));
    setOnGetHelp(false);
  }, [actorRef]);

  return { onGetHelp, showGetHelp, leaveGetHelp };
}

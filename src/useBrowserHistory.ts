import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import type { Step, WizardMachine } from '../machines';
import { getHelpPath, locationOf, urlOf } from './routes';

// Browser back and forward move through the journey. The machine decides where the person may
// be; the address bar follows it. Each step the machine moves to gets a history entry; going back
// or forward asks the machine (GO_TO), and if it refuses, the address is put right.

/** Marks the history entries this tool made, so "back" from Get help stays inside the tool. */
const entryState = { advocacyCheck: true } as const;

const madeByUs = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { advocacyCheck?: unknown }).advocacyCheck === true;

export function useBrowserHistory(actorRef: Actor<WizardMachine>, step: Step, startOnGetHelp: boolean) {
  const [onGetHelp, setOnGetHelp] = useState(startOnGetHelp);
  const urlStep = useRef<Step>(step); // the step the address bar shows (or showed, under Get help)
  const getHelpHasPrevious = useRef(false);

  // On load, the address names where the person is.
  useEffect(() => {
    if (startOnGetHelp) getHelpHasPrevious.current = madeByUs(window.history.state); // a reload keeps history
    else window.history.replaceState(entryState, '', urlOf(urlStep.current));
    // only on mount: later changes are pushes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new step from the machine (Continue, Back link, Change…) gets its own entry.
  useEffect(() => {
    if (step === urlStep.current) return;
    urlStep.current = step;
    window.history.pushState(entryState, '', urlOf(step));
    setOnGetHelp(false);
  }, [step]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const here = locationOf(window.location.pathname);
      if (here === 'getHelp') {
        getHelpHasPrevious.current = madeByUs(event.state);
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
        window.history.replaceState(entryState, '', urlOf(now));
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actorRef]);

  const showGetHelp = useCallback(() => {
    if (locationOf(window.location.pathname) === 'getHelp') return;
    window.history.pushState(entryState, '', getHelpPath);
    getHelpHasPrevious.current = true;
    setOnGetHelp(true);
  }, []);

  const leaveGetHelp = useCallback(() => {
    if (getHelpHasPrevious.current) {
      window.history.back(); // the popstate handler shows the page they came from
      return;
    }
    window.history.replaceState(entryState, '', urlOf(actorRef.getSnapshot().context.step));
    setOnGetHelp(false);
  }, [actorRef]);

  return { onGetHelp, showGetHelp, leaveGetHelp };
}

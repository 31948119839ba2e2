import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { canVisit, type Step, type WizardMachine } from '../machines';
import { afterPaint, runPendingNow } from './after-paint';
import { isLeaving } from './exit';
import { depthOf, entry, isOurEntry } from './history';
import { isSidePage, locationOf, pagePaths, urlOf, type SidePage } from './routes';

// Browser back and forward move through the journey. The machine decides where the person may
// be; the address bar follows it. Each step the machine moves to gets a history entry; going back
// or forward asks the machine (GO_TO). Pages outside the journey (Get help now, the accessibility
// statement…) get an entry of their own too, and leave the step as it is. An entry for a question that an answer changed since has
// taken off the path (England's questions after "where" was changed to Scotland) is passed over,
// the way the person was going, to the next page they actually saw; anything else the machine
// refuses has its address put right.

/** How long to wait for the browser to move past an entry before putting the address right. */
const passOverMs = 500;

/** A new entry after the current one. */
const push = (path: string) => window.history.pushState(entry(depthOf(window.history.state) + 1), '', path);
/** The current entry, at another address (its depth kept: a reload keeps the history). */
const replace = (path: string) => window.history.replaceState(entry(depthOf(window.history.state)), '', path);

export function useBrowserHistory(actorRef: Actor<WizardMachine>, step: Step, startOn: SidePage | undefined) {
  const [sidePage, setSidePage] = useState(startOn);
  const urlStep = useRef<Step>(step); // the step the address bar shows (or showed, under a side page)
  const sidePageHasPrevious = useRef(false);
  const shownDepth = useRef(0); // the depth of the entry whose page is on screen

  // On load, the address names where the person is.
  useEffect(() => {
    // a reload keeps the history: a side page's Back can go back if the tool made the entry before it
    if (startOn) sidePageHasPrevious.current = depthOf(window.history.state) > 0;
    replace(startOn ? pagePaths[startOn] : urlOf(urlStep.current));
    shownDepth.current = depthOf(window.history.state);
    // only on mount: later changes are pushes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new step from the machine (Continue, Back link, Change…) gets its own entry, made once the
  // new page has been painted (src/after-paint.ts). Queued from a layout effect, so it comes before
  // any page's title (queued from passive effects): the browser gives a title to the entry that is
  // current when it changes, so each entry keeps its own page's title.
  const pendingPush = useRef<{ dropped: boolean } | undefined>(undefined);
  useLayoutEffect(() => {
    if (step === urlStep.current) return;
    urlStep.current = step;
    const pending = { dropped: false };
    pendingPush.current = pending;
    afterPaint(() => {
      if (pending.dropped) return;
      push(urlOf(step));
      shownDepth.current = depthOf(window.history.state);
    });
    setSidePage(undefined);
  }, [step]);

  useEffect(() => {
    let passingOver: ReturnType<typeof setTimeout> | undefined;
    const putRight = () => {
      const now = actorRef.getSnapshot().context.step;
      urlStep.current = now;
      replace(urlOf(now));
      shownDepth.current = depthOf(window.history.state);
    };
    const onPopState = (event: PopStateEvent) => {
      if (isLeaving()) return; // Exit this page is stepping back through history: not a visit
      // Back or Forward pressed before the entry for the new page was made: the browser has
      // moved from the page shown before it, so that entry is not made, and the page is put right below.
      if (pendingPush.current) pendingPush.current.dropped = true;
      runPendingNow();
      clearTimeout(passingOver);
      const here = locationOf(window.location.pathname);
      const { step: current, answers } = actorRef.getSnapshot().context;
      if (here !== undefined && !isSidePage(here) && here !== current && !canVisit(answers, here) && isOurEntry(event.state)) {
        // A page the answers no longer lead to: go on past it, the way the person was going, to
        // the next page they saw (without showing anything meanwhile). The first entry has nothing
        // of ours before it, and if the browser does not move on, the address is put right instead.
        const depth = event.state.depth;
        const goingBack = depth < shownDepth.current;
        if (goingBack ? depth > 0 : depth > shownDepth.current) {
          passingOver = setTimeout(putRight, passOverMs);
          if (goingBack) window.history.back();
          else window.history.forward();
          return;
        }
      }
      shownDepth.current = depthOf(event.state);
      if (isSidePage(here)) {
        sidePageHasPrevious.current = isOurEntry(event.state) && event.state.depth > 0;
        setSidePage(here);
        return;
      }
      setSidePage(undefined);
      if (here !== undefined && here !== current) {
        urlStep.current = here; // so the step change this causes is not pushed again
        actorRef.send({ type: 'GO_TO', step: here });
      }
      if (actorRef.getSnapshot().context.step !== here) putRight();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      clearTimeout(passingOver);
    };
  }, [actorRef]);

  const showSidePage = useCallback((page: SidePage) => {
    runPendingNow(); // the entry for the page being left comes first
    if (locationOf(window.location.pathname) === page) return;
    push(pagePaths[page]);
    shownDepth.current = depthOf(window.history.state);
    sidePageHasPrevious.current = true;
    setSidePage(page);
  }, []);

  const leaveSidePage = useCallback(() => {
    runPendingNow();
    if (sidePageHasPrevious.current) {
      window.history.back(); // the popstate handler shows the page they came from
      return;
    }
    replace(urlOf(actorRef.getSnapshot().context.step));
    setSidePage(undefined);
  }, [actorRef]);

  return { sidePage, showSidePage, leaveSidePage };
}

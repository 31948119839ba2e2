import { depthOf } from './history';

// "Exit this page", done so that neither Back nor Forward from the neutral site leads into the
// journey: go back to the first entry this tool made, make it the start page, then go to the
// neutral site from there. Going to a new page drops every entry after the current one (a
// replace would leave them reachable with Forward), so what is left behind the neutral site is
// one start page with no answers. If going back loads another copy of the tool (an entry from
// before a reload, or one kept in the back-forward cache), that copy finds the note left here
// and finishes the exit.

/** Where "Exit this page" goes: a neutral, busy site (as GOV.UK services use). */
export const exitUrl = 'https://www.bbc.co.uk/weather';

const exitNoteKey = 'advocacy-check-exit';
let leaving = false;

/** Whether this page is on its way out: history and saving must leave everything alone. */
export function isLeaving(): boolean {
  return leaving;
}
const giveUpMs = 400; // if going back does not happen, replace the page anyway

/** Leaves for `url`, taking this tool's entries out of the tab's history as far as a page can. */
export function leaveWithoutTrace(url: string, storage: Storage | undefined): void {
  leaving = true;
  document.documentElement.hidden = true; // nothing of the journey stays on screen meanwhile
  const steps = depthOf(window.history.state);
  if (steps === 0) {
    leaveFromFirstEntry(url);
    return;
  }
  writeNote(storage, url);
  let done = false;
  const finish = (fromFirstEntry: boolean) => {
    if (done) return;
    done = true;
    window.removeEventListener('popstate', onPopState, true);
    forgetNote(storage);
    if (fromFirstEntry) leaveFromFirstEntry(url);
    else window.location.replace(url);
  };
  const onPopState = (event: Event) => {
    event.stopImmediatePropagation();
    finish(true);
  };
  window.addEventListener('popstate', onPopState, true);
  window.setTimeout(() => finish(false), giveUpMs);
  window.history.go(-steps);
}

/** On load, or on a return from the back-forward cache: finish an exit another copy began. */
export function finishPendingExit(storage: Storage | undefined): boolean {
  let url: string | null = null;
  try {
    url = storage?.getItem(exitNoteKey) ?? null;
  } catch {
    return false;
  }
  if (url === null) return false;
  forgetNote(storage);
  leaving = true;
  document.documentElement.hidden = true;
  leaveFromFirstEntry(url);
  return true;
}

function leaveFromFirstEntry(url: string): void {
  window.history.replaceState(null, '', '/');
  // Shown again from the back-forward cache, this page would still hold the journey: start afresh.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  window.location.assign(url);
}

function writeNote(storage: Storage | undefined, url: string): void {
  try {
    storage?.setItem(exitNoteKey, url);
  } catch {
    // without storage a copy from before a reload cannot finish the exit; the timer still leaves
  }
}

function forgetNote(storage: Storage | undefined): void {
  try {
    storage?.removeItem(exitNoteKey);
  } catch {
    // nothing to do
  }
}

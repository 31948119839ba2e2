import { runPendingNow } from './after-paint';
import { depthOf } from './history';

// "Exit this page", done so that neither Back nor Forward from the neutral site leads into the
// journey: go back to the first entry this tool made, make it the start page, then go to the
// neutral site from there. Going to a new page drops every entry after the current one (a
// replace would leave them reachable with Forward), so what is left behind the neutral site is
// one start page with no answers, titled with the service name only. If going back loads another
// copy of the tool (an entry from before a reload, or one kept in the back-forward cache), that
// copy finds the note left here and finishes the exit.
//
// The neutral site is this constant, never anything read back from storage: the note says only
// that an exit is under way, so a value written there by anyone else cannot send the tab
// elsewhere or run as a `javascript:` address.

/** Where "Exit this page" goes: a neutral, busy site (as GOV.UK services use). */
export const exitUrl = 'https://www.bbc.co.uk/weather';

/** Every key the tool keeps in sessionStorage starts with this (answers, language, the exit note). */
const storagePrefix = 'advocacy-check';
const exitNoteKey = 'advocacy-check-exit';
const exitNote = '1';
let leaving = false;
let neutralTitle: string | undefined;

/** Whether this page is on its way out: history and saving must leave everything alone. */
export function isLeaving(): boolean {
  return leaving;
}
const giveUpMs = 400; // if going back does not happen, replace the page anyway

/**
 * Leaves for the neutral site, forgetting everything the tool kept in this tab and taking this
 * tool's entries out of the tab's history as far as a page can. The entry left behind is titled
 * `title` (the service name): the history list shows nothing of what was asked.
 */
export function leaveWithoutTrace(storage: Storage | undefined, title?: string): void {
  runPendingNow(); // the entry and title of a page just shown, so the history is counted whole
  leaving = true;
  if (title !== undefined) neutralTitle = title;
  document.documentElement.hidden = true; // nothing of the journey stays on screen meanwhile
  forgetEverything(storage);
  const steps = depthOf(window.history.state);
  if (steps === 0) {
    leaveFromFirstEntry();
    return;
  }
  writeNote(storage);
  let done = false;
  const finish = (fromFirstEntry: boolean) => {
    if (done) return;
    done = true;
    window.removeEventListener('popstate', onPopState, true);
    forgetEverything(storage);
    if (fromFirstEntry) leaveFromFirstEntry();
    else window.location.replace(exitUrl);
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
  try {
    if (storage?.getItem(exitNoteKey) == null) return false;
  } catch {
    return false;
  }
  leaving = true;
  document.documentElement.hidden = true;
  forgetEverything(storage);
  leaveFromFirstEntry();
  return true;
}

function leaveFromFirstEntry(): void {
  // The title the tab's history keeps for this entry: the service name, never the page that was open.
  // The browser renames the current entry only when the document's title changes, and the document
  // may have this one already (set before going back): so empty it first (spaces would not do: a
  // title is compared with its spaces stripped).
  const title = neutralTitle ?? document.querySelector('meta[name="application-name"]')?.getAttribute('content') ?? '';
  document.title = '';
  document.title = title;
  window.history.replaceState(null, '', '/');
  // Shown again from the back-forward cache, this page would still hold the journey: start afresh.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  window.location.assign(exitUrl);
}

/** Removes every key the tool keeps in this tab (answers, language, the exit note). */
function forgetEverything(storage: Storage | undefined): void {
  try {
    if (!storage) return;
    const ours: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(storagePrefix)) ours.push(key);
    }
    for (const key of ours) storage.removeItem(key);
  } catch {
    // storage blocked: nothing was kept
  }
}

function writeNote(storage: Storage | undefined): void {
  try {
    storage?.setItem(exitNoteKey, exitNote);
  } catch {
    // without storage a copy from before a reload cannot finish the exit; the timer still leaves
  }
}

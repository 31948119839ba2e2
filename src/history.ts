// The history entries this tool makes carry their depth: 0 for the entry the tool was opened at,
// one more for each step pushed after it. "Exit this page" uses it to go back to the first entry
// before replacing it, so no journey page is left behind in the tab's history.

export interface EntryState {
  advocacyCheck: true;
  depth: number;
}

export function isOurEntry(state: unknown): state is EntryState {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { advocacyCheck?: unknown }).advocacyCheck === true &&
    Number.isInteger((state as { depth?: unknown }).depth)
  );
}

/** How many of this tool's entries lie behind the current one. */
export function depthOf(state: unknown): number {
  return isOurEntry(state) ? Math.max(0, state.depth) : 0;
}

export const entry = (depth: number): EntryState => ({ advocacyCheck: true, depth });

// Work a page change owes but the person does not see — the address bar's new entry, the tab's
// title, asking the server for a new version — waits until the new page has been painted, so a
// press of Continue shows the next question sooner (bench/README.md, "Step latency"). The work runs
// in the order it was asked for: a title always lands on the entry made for its page.

type Work = () => void;

const queue: Work[] = [];
/** Which scheduling is current: timers from one that has already run do nothing. */
let round = 0;
/** A page the browser is not drawing (a hidden tab, jsdom) gets no animation frame: a timer runs the work instead. */
const fallbackMs = 100;

/** Runs `work` once the next frame has been painted (or, on a page not being drawn, after a moment). */
export function afterPaint(work: Work): void {
  queue.push(work);
  if (queue.length > 1) return; // already scheduled
  const mine = ++round;
  const run = () => {
    if (round === mine) runPendingNow();
  };
  setTimeout(run, fallbackMs);
  // a task queued from the frame's callback runs once that frame has been painted
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Runs whatever is waiting, now: before anything that reads or changes the same things (the
 * history, the title) outside this queue, so the order of changes is kept.
 */
export function runPendingNow(): void {
  round++;
  for (let work = queue.shift(); work; work = queue.shift()) {
    try {
      work();
    } catch (error) {
      // reported as uncaught, and the rest still runs (a failed history entry must not stop the title)
      setTimeout(() => {
        throw error;
      });
    }
  }
}

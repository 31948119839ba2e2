import type { Browser, Page } from 'playwright-core';
import type { QuestionId } from '../machines';
import { appReady, common, exactly, questionsFor, radio, slugOf } from '../tests/browser/support/drive';
import { allPersonas, type Persona } from '../tests/browser/support/personas';
import { launchForMeasuring } from './chromium';

// Step latency: from a click on Continue to the next question being on screen, in Chromium on
// this machine (no CPU throttling), for every step of the longest journeys. How it is measured,
// and why, is in bench/README.md ("Step latency").

/**
 * A person's click: the button is held down for a moment (Playwright's default press has no gap
 * between down and up, so the release would queue behind the press's own work: focus, :active
 * styles), and each step starts from a page that has finished its previous frames.
 */
const pressMs = 60;
export const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

export interface Step {
  /** What was clicked: 'start', 'continue' (to the next question or check answers) or 'confirm' (to the result). */
  kind: 'start' | 'continue' | 'confirm';
  from: string;
  /** Input to the new page's first frame being done (event.timeStamp → after that frame): wall-clock time. */
  ms: number;
  /**
   * The same less the idle wait for that frame to begin (the display's next refresh, which the
   * tool cannot bring forward): input delay + handlers + the frame's own style, layout and paint.
   */
  busyMs: number;
  /** Input to the new heading being in the DOM (handlers and React's render and commit). */
  domMs: number;
  /**
   * Where the time went: input → dispatch; the handlers (React's render, commit and effects); the
   * wait for the next frame; that frame's style, layout and paint.
   */
  parts: [number, number, number, number];
  /** Whether a task queued at the end of the handlers ran before the frame (so the wait may not have been idle). */
  workBeforeFrame: boolean;
  /** Whether Chromium's Event Timing API reported this click as 16 ms or longer to its next paint. */
  eventTimingSlow: boolean;
}

// Runs in the page before any of its scripts. A capture listener on window notes each click's
// time (the event's own timestamp: when the input happened), and a bubbling listener on window,
// which runs after React's own (on #root), when the handlers are done. A MutationObserver sees the
// page change (a new h1 or address). A requestAnimationFrame asked for at the input marks the
// start of the first frame that has the new page, and a message posted from it (runs once that
// frame's style, layout and paint are done) marks the new page as painted.
const probe = () => {
  interface Pending {
    label: string;
    start: number;
    dispatched: number;
    handled?: number;
    free?: number;
    /** When the new page was in the DOM. */
    domAt?: number;
    before: string;
  }
  interface Done {
    label: string;
    start: number;
    /** input → dispatch, dispatch → handlers done, idle → frame start, frame start → frame done */
    parts: [number, number, number, number];
    workBeforeFrame: boolean;
    domMs: number;
    ms: number;
  }
  const done: Done[] = [];
  const slowClicks: number[] = [];
  (window as unknown as { __bench: { done: Done[]; slowClicks: number[] } }).__bench = { done, slowClicks };
  const where = () => `${location.pathname}|${document.querySelector('main h1')?.textContent ?? ''}`;
  let pending: Pending | undefined;
  let last: Pending | undefined;
  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      pending = { label: (button.textContent ?? '').trim(), start: event.timeStamp, dispatched: performance.now(), before: where() };
      last = pending;
      watchFrames(pending);
    },
    true,
  );
  // A submit button's work happens in the form's submit event, dispatched after the click's, so
  // both are watched. Each also posts a message: if it runs before the next frame starts, the main
  // thread was free in between, and work the handlers queued could have run there unmeasured
  // (Chromium gives the frame after a discrete input priority, so normally it runs after it).
  const handled = () => {
    const step = last;
    if (!step) return;
    step.handled = performance.now();
    const mark = step.handled;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (step.handled === mark) step.free = performance.now();
    };
    channel.port2.postMessage(null);
  };
  addEventListener('click', handled);
  addEventListener('submit', handled);
  // The new page is painted by the first frame after the input in which it is in the DOM. The
  // frame callback is asked for at the input, before the page's own handlers run, so it runs first
  // in that frame and its message is queued before anything the page's own frame callbacks queue
  // (work the tool leaves for after the paint, src/after-paint.ts): that work is not the step's.
  const watchFrames = (step: Pending) => {
    requestAnimationFrame(() => {
      const frame = performance.now();
      if (step.domAt === undefined) {
        if (pending === step) watchFrames(step); // not shown yet: the next frame
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        const handled = step.handled ?? frame;
        done.push({
          label: step.label,
          start: step.start,
          parts: [step.dispatched - step.start, handled - step.dispatched, frame - handled, painted - frame],
          workBeforeFrame: step.free !== undefined && step.free < frame,
          domMs: step.domAt! - step.start,
          ms: painted - step.start,
        });
      };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(() => {
    const step = pending;
    if (!step || where() === step.before) return;
    pending = undefined;
    step.domAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  // Cross-check: the browser's own measure (Event Timing), which reports only events of 16 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') slowClicks.push(entry.startTime);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

export const busyOf = (parts: readonly [number, number, number, number]) => parts[0] + parts[1] + parts[3];

export interface Taken {
  label: string;
  start: number;
  parts: [number, number, number, number];
  /** Whether a task queued at the end of the handlers ran before the frame (so the wait may not have been idle). */
  workBeforeFrame: boolean;
  domMs: number;
  ms: number;
  slow: boolean;
}

async function stepsTaken(page: Page, expected: number): Promise<Taken[]> {
  // the last step's frame may still be on its way
  await page
    .waitForFunction((n) => (window as unknown as { __bench: { done: unknown[] } }).__bench.done.length >= n, expected, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(50); // Event Timing entries are delivered after the paint
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { done: Omit<Taken, 'slow'>[]; slowClicks: number[] } }).__bench;
    return bench.done.map((d) => ({ ...d, slow: bench.slowClicks.some((t) => Math.abs(t - d.start) < 1) }));
  });
}

/**
 * The same measure on the floor (bench/floor): Continue pressed `clicks` times, each changing the
 * h1. What is left there is the cost of the browser, the harness and a trivial React update.
 */
export async function measureFloorSteps(origin: string, clicks = 30, extraFlags: string[] = []): Promise<Taken[]> {
  const browser = await launchForMeasuring(extraFlags);
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(origin + '/');
    await page.locator('main h1').waitFor();
    const button = page.getByRole('button', { name: 'Continue' });
    for (let i = 0; i < clicks; i++) {
      const before = await page.locator('main h1').textContent();
      await settled(page);
      await button.click({ delay: pressMs });
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent !== text, before);
    }
    return await stepsTaken(page, clicks);
  } finally {
    await browser.close();
  }
}

/** The personas with the most questions: the long journeys. */
export function longestJourneys(count: number): Persona[] {
  return [...allPersonas].sort((a, b) => questionsFor(b).length - questionsFor(a).length).slice(0, count);
}

/** A press of the button labelled with the common wording `label`, then a wait for the page at `next`. */
export const pressLikeAPerson = (page: Page) => async (label: string, next: string) => {
  await settled(page);
  await page.getByRole('button', { name: exactly(common(label)) }).click({ delay: pressMs });
  await page.waitForURL((url) => url.pathname === next);
  await page.locator('main h1').first().waitFor();
};

/** From the first question: each of the persona's answers chosen and Continue pressed, to check your answers. */
export async function answerEachQuestion(page: Page, persona: Persona, press: ReturnType<typeof pressLikeAPerson>): Promise<void> {
  const path = questionsFor(persona);
  for (const [i, id] of path.entries()) {
    await radio(page, persona.answers[id]!).check();
    await press('continue', i + 1 < path.length ? slugOf(path[i + 1]!) : '/check-answers');
  }
}

/** Each journey's fresh browser context: a phone-sized window, and no service worker caching in the background. */
export const journeyContext = { viewport: { width: 412, height: 823 }, locale: 'en-GB', serviceWorkers: 'block' } as const;

async function journey(browser: Browser, origin: string, persona: Persona): Promise<Step[]> {
  const context = await browser.newContext(journeyContext);
  try {
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(origin + '/');
    await appReady(page);
    const press = pressLikeAPerson(page);
    const path: QuestionId[] = questionsFor(persona);
    await press('start.button', slugOf(path[0]!));
    await answerEachQuestion(page, persona, press);
    await press('checkAnswers.confirm', '/result');
    const continueLabel = common('continue');
    const confirmLabel = common('checkAnswers.confirm');
    const expected = path.length + 2;
    const taken = await stepsTaken(page, expected);
    if (taken.length !== expected) {
      throw new Error(`${persona.id}: measured ${taken.length} steps, expected ${expected} (start, ${path.length} questions, confirm)`);
    }
    return taken.map((t, i) => ({
      kind: t.label === continueLabel ? 'continue' : t.label === confirmLabel ? 'confirm' : 'start',
      from: i === 0 ? 'start' : i <= path.length ? String(path[i - 1]) : 'checkAnswers',
      ms: t.ms,
      busyMs: busyOf(t.parts),
      workBeforeFrame: t.workBeforeFrame,
      domMs: t.domMs,
      parts: t.parts,
      eventTimingSlow: t.slow,
    }));
  } finally {
    await context.close();
  }
}

export async function measureSteps(
  origin: string,
  { journeys = 3, rounds = 3, extraFlags = [] as string[] } = {},
  log: (line: string) => void = () => undefined,
): Promise<Step[]> {
  const browser = await launchForMeasuring(extraFlags);
  try {
    const steps: Step[] = [];
    const chosen = longestJourneys(journeys);
    for (let round = 0; round < rounds; round++) {
      for (const persona of chosen) {
        const taken = await journey(browser, origin, persona);
        log(`  ${persona.id} (round ${round + 1}), busy per step: ${taken.map((s) => s.busyMs.toFixed(1)).join(' ')} ms`);
        steps.push(...taken);
      }
    }
    return steps;
  } finally {
    await browser.close();
  }
}

import { chromium, type Browser, type Page } from 'playwright-core';
import type { QuestionId } from '../machines';
import { appReady, common, confirmAnswers, exactly, pressStart, questionsFor, radio, slugOf } from '../tests/browser/support/drive';
import { allPersonas, type Persona } from '../tests/browser/support/personas';
import { chromiumPath, measuringFlags } from './chromium';

// Step latency: from a click on Continue to the next question being on screen, in Chromium on
// this machine (no CPU throttling), for every step of the longest journeys. How it is measured,
// and why, is in bench/README.md ("Step latency").

export interface Step {
  /** What was clicked: 'start', 'continue' (to the next question or check answers) or 'confirm' (to the result). */
  kind: 'start' | 'continue' | 'confirm';
  from: string;
  /** Input to the new page's first frame being done (event.timeStamp → after that frame). */
  ms: number;
  /** Input to the new heading being in the DOM (handlers and React's render and commit). */
  domMs: number;
  /** Whether Chromium's Event Timing API reported this click as 16 ms or longer to its next paint. */
  eventTimingSlow: boolean;
}

// Runs in the page before any of its scripts. A capture listener notes each click's time (the
// event's own timestamp: when the input happened), a MutationObserver sees the page change (a new
// h1 or address), then requestAnimationFrame (the next frame is being made) and a message posted
// from it (runs once that frame's style, layout and paint are done) mark the new page as painted.
const probe = () => {
  interface Pending {
    label: string;
    start: number;
    before: string;
  }
  interface Done {
    label: string;
    start: number;
    domMs: number;
    ms: number;
  }
  const done: Done[] = [];
  const slowClicks: number[] = [];
  (window as unknown as { __bench: { done: Done[]; slowClicks: number[] } }).__bench = { done, slowClicks };
  const where = () => `${location.pathname}|${document.querySelector('main h1')?.textContent ?? ''}`;
  let pending: Pending | undefined;
  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button) pending = { label: (button.textContent ?? '').trim(), start: event.timeStamp, before: where() };
    },
    true,
  );
  new MutationObserver(() => {
    const step = pending;
    if (!step || where() === step.before) return;
    pending = undefined;
    const domMs = performance.now() - step.start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done.push({ label: step.label, start: step.start, domMs, ms: performance.now() - step.start });
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
  // Cross-check: the browser's own measure (Event Timing), which reports only events of 16 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') slowClicks.push(entry.startTime);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

async function stepsTaken(page: Page, expected: number): Promise<{ label: string; start: number; domMs: number; ms: number; slow: boolean }[]> {
  // the last step's frame may still be on its way
  await page
    .waitForFunction((n) => (window as unknown as { __bench: { done: unknown[] } }).__bench.done.length >= n, expected, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(50); // Event Timing entries are delivered after the paint
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { done: { label: string; start: number; domMs: number; ms: number }[]; slowClicks: number[] } })
      .__bench;
    return bench.done.map((d) => ({ ...d, slow: bench.slowClicks.some((t) => Math.abs(t - d.start) < 1) }));
  });
}

/** The personas with the most questions: the long journeys. */
export function longestJourneys(count: number): Persona[] {
  return [...allPersonas].sort((a, b) => questionsFor(b).length - questionsFor(a).length).slice(0, count);
}

async function journey(browser: Browser, origin: string, persona: Persona): Promise<Step[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-GB', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(origin + '/');
    await appReady(page);
    await pressStart(page);
    const path: QuestionId[] = questionsFor(persona);
    for (const id of path) {
      await radio(page, persona.answers[id]!).check();
      await page.getByRole('button', { name: exactly(common('continue')) }).click();
      await page.waitForURL((url) => url.pathname !== slugOf(id));
      await page.locator('main h1').first().waitFor();
    }
    await confirmAnswers(page);
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
      domMs: t.domMs,
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
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...measuringFlags, ...extraFlags] });
  try {
    const steps: Step[] = [];
    const chosen = longestJourneys(journeys);
    for (let round = 0; round < rounds; round++) {
      for (const persona of chosen) {
        const taken = await journey(browser, origin, persona);
        log(`  ${persona.id} (round ${round + 1}): ${taken.map((s) => s.ms.toFixed(1)).join(' ')} ms`);
        steps.push(...taken);
      }
    }
    return steps;
  } finally {
    await browser.close();
  }
}

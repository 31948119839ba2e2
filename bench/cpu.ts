import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, questionsFor, slugOf } from '../tests/browser/support/drive';
import { launchForMeasuring } from './chromium';
import { answerEachQuestion, journeyContext, longestJourneys, pressLikeAPerson, settled } from './latency';

// The Continue steps again, as they would be on a quiet machine: how long the renderer's main
// thread ran for each step, not counting the time it spent waiting for a CPU. Step latency
// (bench/latency.ts) is wall-clock time, and on a machine with two CPUs Chromium's own processes
// (the browser, the GPU process's compositor, the renderer's compositor) and the driver are often
// runnable at the same moment as the renderer's main thread, which then waits in the kernel's run
// queue. Method and figures: bench/README.md ("On a CPU of its own").

/** Trace events as Chromium writes them: times in µs; `tdur` is the thread's own CPU time. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

export interface StepCpu {
  /** Wall-clock time of the task that handled the press and of the task that painted the new page. */
  wallMs: number;
  /** The main thread's own CPU time in those two tasks. */
  cpuMs: number;
}

export interface RunQueue {
  /** What the renderer's main thread ran, and waited runnable for a CPU, over the traced walks (Linux schedstat). */
  ranMs: number;
  waitedMs: number;
}

/** Each thread's [CPU ns, run-queue wait ns] from /proc (Linux); empty elsewhere. */
function schedstats(): Map<string, [number, number]> {
  const stats = new Map<string, [number, number]>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return stats;
  }
  for (const pid of pids) {
    try {
      const [ran, waited] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
      if (ran !== undefined && waited !== undefined) stats.set(pid, [ran, waited]);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return stats;
}

/** The step's two tasks on the renderer's main thread: the one holding the Continue's submit, and the next one that commits a frame. */
function stepsIn(events: TraceEvent[], expected: number): { steps: StepCpu[]; rendererPid: number } {
  const submits = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'submit');
  if (submits.length !== expected) throw new Error(`traced ${submits.length} Continue presses, expected ${expected}`);
  const { pid, tid } = submits[0]!;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const commits = onMain.filter((e) => e.name === 'Commit').map((e) => e.ts);
  const within = (task: TraceEvent, ts: number) => task.ts <= ts && ts <= task.ts + (task.dur ?? 0);
  const steps = submits.map((submit) => {
    const pressed = tasks.findIndex((task) => within(task, submit.ts));
    const painted = tasks.findIndex((task, i) => i > pressed && commits.some((ts) => within(task, ts)));
    if (pressed < 0 || painted < 0) throw new Error('a traced Continue has no task or no frame after it');
    const both = [tasks[pressed]!, tasks[painted]!];
    return {
      wallMs: both.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000,
      cpuMs: both.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000,
    };
  });
  return { steps, rendererPid: pid };
}

/**
 * Walks the longest journeys `rounds` times, tracing the Continue steps (Chromium's
 * devtools.timeline categories), and gives each step's main-thread CPU time; with the renderer's
 * run-queue wait over the same walks where the kernel reports it.
 */
export async function measureStepCpu(
  origin: string,
  { journeys = 3, rounds = 1 } = {},
): Promise<{ steps: StepCpu[]; runQueue?: RunQueue }> {
  const browser = await launchForMeasuring();
  const folder = mkdtempSync(join(tmpdir(), 'advocacy-check-bench-trace-'));
  const steps: StepCpu[] = [];
  let runQueue: RunQueue | undefined = { ranMs: 0, waitedMs: 0 };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const persona of longestJourneys(journeys)) {
        const context = await browser.newContext(journeyContext);
        try {
          const page = await context.newPage();
          await page.goto(origin + '/');
          await appReady(page);
          const press = pressLikeAPerson(page);
          const path = questionsFor(persona);
          await press('start.button', slugOf(path[0]!));
          const before = schedstats();
          const file = join(folder, `${persona.id}-${round}.json`);
          await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
          await answerEachQuestion(page, persona, press);
          await settled(page);
          await browser.stopTracing();
          const after = schedstats();
          const traced = stepsIn((JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents, path.length);
          steps.push(...traced.steps);
          const start = before.get(String(traced.rendererPid));
          const end = after.get(String(traced.rendererPid));
          if (runQueue && start && end) {
            runQueue.ranMs += (end[0] - start[0]) / 1e6;
            runQueue.waitedMs += (end[1] - start[1]) / 1e6;
          } else runQueue = undefined; // not Linux, or the renderer's figures could not be read
        } finally {
          await context.close();
        }
      }
    }
    return runQueue ? { steps, runQueue } : { steps };
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

import lighthouse from 'lighthouse';
import { chromiumPath, launchWithDebuggingPort } from './chromium';

// Lighthouse 12.2.3 (pinned: later versions need Node 22) in its default mode, mobile emulation
// (a mid-range phone, 4x slower CPU, simulated slow 4G), against the production build served on
// 127.0.0.1. Each run gets a fresh Chromium and profile; the figures are medians over the runs.

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

export interface LighthouseSummary extends LighthouseRun {
  runs: LighthouseRun[];
}

async function runOnce(url: string): Promise<LighthouseRun> {
  process.env.CHROME_PATH ??= chromiumPath();
  const chromium = await launchWithDebuggingPort();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcpMs: value('first-contentful-paint'),
    };
  } finally {
    await chromium.close();
  }
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function runLighthouse(url: string, times = 3, log: (line: string) => void = () => undefined): Promise<LighthouseSummary> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < times; i++) {
    const run = await runOnce(url);
    log(
      `  lighthouse run ${i + 1}/${times}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
        `LCP ${Math.round(run.lcpMs)} ms, TBT ${Math.round(run.tbtMs)} ms, CLS ${run.cls.toFixed(3)}`,
    );
    runs.push(run);
  }
  const of = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    fcpMs: of('fcpMs'),
    runs,
  };
}

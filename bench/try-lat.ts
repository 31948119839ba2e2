import { serveStatic } from '../tests/browser/support/server';
import { measureSteps } from './latency';
import { median } from './lighthouse';
const p95 = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!; };
export default async function () {
  const server = await serveStatic('/tmp/ac-build');
  try {
    for (const extra of [[], ['--disable-frame-rate-limit', '--disable-gpu-vsync']]) {
      const steps = await measureSteps(server.origin, { journeys: 3, rounds: 2, extraFlags: extra }, console.log);
      const c = steps.filter((s) => s.kind === 'continue');
      console.log(extra, 'continue n', c.length, 'median', median(c.map((s) => s.ms)).toFixed(1), 'p95', p95(c.map((s) => s.ms)).toFixed(1),
        'dom median', median(c.map((s) => s.domMs)).toFixed(1), 'dom p95', p95(c.map((s) => s.domMs)).toFixed(1), 'ET slow', c.filter((s) => s.eventTimingSlow).length,
        'confirm', steps.filter((s) => s.kind === 'confirm').map((s) => s.ms.toFixed(1)).join(' '));
    }
  } finally { await server.close(); }
}

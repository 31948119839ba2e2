import { chromium } from 'playwright-core';
import { appReady, common, exactly, pressStart, questionsFor, radio, slugOf } from '../tests/browser/support/drive';
import { personas } from '../tests/browser/support/personas';
import { serveStatic } from '../tests/browser/support/server';
import { chromiumPath, measuringFlags } from './chromium';
export default async function () {
  const server = await serveStatic('/tmp/ac-build-nomin');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: measuringFlags });
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(server.origin + '/'); await appReady(page); await pressStart(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const persona = personas.daughterCareHomeNoOne;
    for (const id of questionsFor(persona)) {
      await radio(page, persona.answers[id]!).check();
      await page.getByRole('button', { name: exactly(common('continue')) }).click();
      await page.waitForURL((url) => url.pathname !== slugOf(id));
    }
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
    // inclusive time
    const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => { const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const n = byId.get(cur)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0) / 1000); } cur = parent.get(cur); } });
    console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1), k);
    console.log('INCL'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1), k);
  } finally { await browser.close(); await server.close(); }
}

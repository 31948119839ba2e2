import { launchChromium } from '../tests/browser/support/browser';
import { serveStatic } from '../tests/browser/support/server';
export default async function () {
  const server = await serveStatic('/tmp/ac-build');
  const browser = await launchChromium();
  try {
    for (let i = 0; i < 8; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.origin + '/');
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      const hydrated = await page.evaluate(() => { (window as any).__same = 1; return Object.keys(document.querySelector('h1')!).some((k) => k.startsWith('__reactFiber')); });
      await page.getByRole('button', { name: 'Start now' }).click();
      await page.waitForURL((u) => u.pathname === '/who-for');
      await page.locator('h1').first().waitFor();
      const same = await page.evaluate(() => (window as any).__same === 1 && document.activeElement?.tagName);
      console.log({ hydrated, same, url: page.url(), errors });
      await context.close();
    }
  } finally { await browser.close(); await server.close(); }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cacheControl, httpsOnlyHeaders, inlineScriptHashes, policyHeader, policyMeta, securityHeaders } from '../../deploy/headers';
import { brotliStaticModule } from '../../deploy/nginx';
import { compileHint } from '../../vite-plugins/compile-hints';
import { appPaths } from '../../src/routes';
import { useChromium } from './support/session';

// The production server (nginx, configured by deploy/nginx.ts from the build's _headers and
// _redirects) serving the production build, as the whole browser suite sees it.

const origin = inject('origin');
const dist = inject('distDir');

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers, redirect: 'manual' });
const builtHtml = () => readFileSync(join(dist, 'index.html'), 'utf8');
const assetFiles = () => readdirSync(join(dist, 'assets')).filter((name) => /\.(js|css)$/.test(name));

function expectSecurityHeaders(response: Response, path: string): void {
  const policy = response.headers.get('content-security-policy');
  expect(policy, path).toBe(policyHeader({ scriptHashes: inlineScriptHashes([builtHtml()]) }));
  expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
  // plain http here: HSTS only over TLS
  for (const name of Object.keys(httpsOnlyHeaders)) expect(response.headers.get(name), `${path} ${name}`).toBeNull();
}

describe('the production server', () => {
  it('answers / and every address of the app with index.html, not to be cached without asking again', async () => {
    const html = builtHtml();
    for (const path of [
      '/',
      ...appPaths()
        .filter((p) => p !== '/')
        .flatMap((p) => [p, `${p}/`]),
      '/?lang=cy',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe(cacheControl.document);
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).toBe(html);
    }
  });

  it('puts the same policy, less what a meta tag cannot carry, in index.html; the inline script is allowed by its hash', () => {
    const html = builtHtml();
    const hashes = inlineScriptHashes([html]);
    expect(hashes.length).toBeGreaterThan(0); // the first-screen check (src/first-screen.ts)
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(policyMeta({ scriptHashes: hashes }));
    expect(meta).not.toContain('frame-ancestors');
    // first in <head> after the charset, so it covers every script after it
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('sends Strict-Transport-Security only when the request came over TLS (a proxy in front says so)', async () => {
    const response = await get('/', { 'X-Forwarded-Proto': 'https' });
    for (const [name, value] of Object.entries(httpsOnlyHeaders)) expect(response.headers.get(name)).toBe(value);
  });

  it('serves the hashed scripts and styles as they were built, kept for a year, compressed', async () => {
    const encoding = existsSync(brotliStaticModule) ? 'br' : 'gzip';
    for (const name of assetFiles()) {
      const path = `/assets/${name}`;
      const response = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(
        name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expect(response.headers.get('cache-control'), path).toBe(cacheControl.hashedAsset);
      expect(response.headers.get('content-encoding'), path).toBe(encoding);
      expectSecurityHeaders(response, path);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(dist, 'assets', name))), path).toBe(true);
    }
    const gzip = await get(`/assets/${assetFiles()[0]}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
  });

  it('asks the browser to check the service worker every time', async () => {
    const response = await get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(cacheControl.serviceWorker);
    expectSecurityHeaders(response, '/sw.js');
  });

  it('answers 404 (with the security headers, and nothing that keeps it) for anything else: never the app for a missing file', async () => {
    for (const path of ['/assets/missing.js', '/assets/index-0000.css', '/index.js', '/_headers', '/_redirects', '/assets/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control'), path).toBeNull();
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).not.toMatch(/<div id="root"/);
    }
    // A page address the tool does not have: still a 404, but the app, which says there is no such page.
    for (const path of ['/no-such-page', '/who-for/x']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control'), path).toBeNull();
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).toMatch(/<div id="root"/);
    }
    expect([400, 404]).toContain((await get('/%2e%2e/%2e%2e/etc/passwd')).status); // never a file outside the build
    expect((await fetch(origin + '/', { method: 'POST' })).status).toBe(405);
  });
});

describe('the built scripts', () => {
  const scripts = () => readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const source = (name: string) => readFileSync(join(dist, 'assets', name), 'utf8');
  const hinted = (name: string) => source(name).split('\n', 1)[0] === compileHint;
  // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
  const staticImports = (name: string) =>
    [...source(name).matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{$][^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);

  it("ask Chromium to compile the app's code as it loads, not at the first click: the app chunk and all it imports, never the entry or what comes later", () => {
    const entry = builtHtml().match(/<script type="module"[^>]* src="\/assets\/([^"]+\.js)"/)?.[1];
    expect(entry).toBeDefined();
    const boot = scripts().filter((name) => name.startsWith('boot-'));
    expect(boot).toHaveLength(1);
    // The app imports things from the entry too; the entry has run long before, so the walk stops there.
    const app = new Set<string>();
    const visit = (name: string) => {
      if (app.has(name) || name === entry) return;
      app.add(name);
      staticImports(name).forEach(visit);
    };
    visit(boot[0]!);
    expect(
      [...app].some((name) => source(name).includes('react.transitional.element')),
      'React is in the app',
    ).toBe(true);
    for (const name of scripts()) expect(hinted(name), name).toBe(app.has(name));
    expect(
      scripts().filter((name) => !app.has(name)).length,
      'the entry, Welsh, letters and the Word library are not hinted',
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('Chromium', () => {
  const { fresh } = useChromium();

  it('loads the production build under its Content-Security-Policy without errors', async () => {
    const { page, errors, cspViolations } = await fresh();
    await page.goto(origin + '/');
    await expect.poll(() => page.locator('html[data-app="ready"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('reports a script the policy refuses (the check every test runs is live)', async () => {
    const { page, cspViolations } = await fresh();
    await page.goto(origin + '/');
    // a script element added by the page itself, with inline code: refused
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.head.append(script);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
    cspViolations.length = 0; // this test caused them on purpose
  });
});

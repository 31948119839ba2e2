// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../src/routes';
import {
  cacheControl,
  headerRules,
  headerTable,
  inlineScriptHashes,
  inlineScripts,
  parseHeadersFile,
  parseRedirectsFile,
  policyHeader,
  policyMeta,
  policyProblems,
  renderHeadersFile,
  renderRedirectsFile,
  rewrites,
  scriptHash,
  securityHeaders,
  type Site,
} from './headers';
import { renderNginxConfig } from './nginx';

// The headers, written once (deploy/headers.ts), and everything rendered from them. That nginx
// really sends them, and the app runs under them: tests/browser/server.browser.test.ts and the
// whole browser suite (which fails on any Content-Security-Policy violation).

const site: Site = { scriptHashes: ["'sha256-abc='"], appPaths: appPaths() };

describe('the Content-Security-Policy', () => {
  it('hashes an inline script as browsers do (the example in the CSP specification)', () => {
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('finds every inline script, exactly as written, and no script with a src', () => {
    const html = '<head><script>one()</script><script type="module" src="/a.js"></script>\n<script >\n two() </script></head>';
    expect(inlineScripts(html)).toEqual(['one()', '\n two() ']);
    expect(inlineScriptHashes([html, html])).toEqual([scriptHash('one()'), scriptHash('\n two() ')].sort());
  });

  it('allows scripts from the origin and by hash only, and never unsafe-inline or unsafe-eval', () => {
    const policy = policyHeader(site);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "style-src 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('is the same in the meta tag, less what a meta tag cannot carry', () => {
    expect(policyMeta(site)).toBe(policyHeader(site).replace("; frame-ancestors 'none'", ''));
  });

  it('finds in built HTML what the policy would block, and nothing in clean HTML', () => {
    expect(policyProblems('<p style="color:red">x</p>')).toHaveLength(1);
    expect(policyProblems('<style>p{}</style>')).toHaveLength(1);
    expect(policyProblems('<button onclick="go()">Go</button>')).toHaveLength(1);
    expect(policyProblems('<a href="javascript:void(0)">x</a>')).toHaveLength(1);
    const clean = '<head><script>if (a) b.onclick = "x"; // style="x"</script></head><p class="govuk-body" data-on="x">It is on, one=1</p>';
    expect(policyProblems(clean)).toEqual([]);
  });
});

describe('the files for static hosts', () => {
  it('_headers says every header once per path and reads back as written', () => {
    const rules = headerRules(site);
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
    const everyResponse = rules.find((rule) => rule.path === '/*')!;
    expect(everyResponse.headers).toMatchObject(securityHeaders);
    expect(everyResponse.headers['Content-Security-Policy']).toBe(policyHeader(site));
    // hosts join the values of every rule that matches: Cache-Control must not be in "/*"
    expect(everyResponse.headers['Cache-Control']).toBeUndefined();
    const cache = (path: string) => rules.find((rule) => rule.path === path)?.headers['Cache-Control'];
    expect(cache('/assets/*')).toBe(cacheControl.hashedAsset);
    expect(cache('/sw.js')).toBe(cacheControl.serviceWorker);
    for (const path of [
      '/',
      '/index.html',
      ...appPaths()
        .filter((p) => p !== '/')
        .flatMap((p) => [p, `${p}/`]),
    ]) {
      expect(cache(path), path).toBe(cacheControl.document);
    }
  });

  it('_redirects answers each of the app’s addresses (from src/routes.ts), with or without a slash, with index.html', () => {
    const list = rewrites(site);
    expect(parseRedirectsFile(renderRedirectsFile(list))).toEqual(list);
    expect(list.map((r) => r.from).sort()).toEqual(
      appPaths()
        .filter((p) => p !== '/')
        .flatMap((p) => [p, `${p}/`])
        .sort(),
    );
    expect(new Set(list.map((r) => r.to))).toEqual(new Set(['/index.html']));
  });

  it('deploy/README.md shows the headers as deploy/headers.ts has them', () => {
    expect(readFileSync(new URL('./README.md', import.meta.url), 'utf8')).toContain(headerTable());
  });
});

describe('the nginx configuration', () => {
  const build = { rules: headerRules(site), rewrites: rewrites(site) };
  const config = renderNginxConfig({ root: '/srv/dist', port: 8080, runtimeDir: '/tmp/run', brotli: true }, build);

  const locations = config
    .split(/\n(?= {8}location )/)
    .slice(1)
    .map((block) => block.slice(0, block.indexOf('\n        }') + 10));

  it('sends the security headers with every response, errors included, in every location (add_header is not inherited), and HSTS only over TLS', () => {
    expect(locations.length).toBeGreaterThanOrEqual(6);
    for (const block of locations) {
      expect(block).toContain(`add_header Content-Security-Policy "${policyHeader(site)}" always;`);
      for (const [name, value] of Object.entries(securityHeaders)) expect(block).toContain(`add_header ${name} "${value}" always;`);
      expect(block).toContain('add_header Strict-Transport-Security $hsts always;');
    }
  });

  it('answers the app’s addresses with index.html, a missing file with a plain 404, any other address with the app and a 404, and keeps Cache-Control off errors', () => {
    const shell = locations.find((block) => block.includes('try_files /index.html =404;'))!;
    const pattern = new RegExp(/location ~ (\S+) \{/.exec(shell)![1]!);
    for (const path of [
      '/',
      ...appPaths()
        .filter((p) => p !== '/')
        .flatMap((p) => [p, `${p}/`]),
    ])
      expect(pattern.test(path), path).toBe(true);
    for (const path of ['/index.html', '/who-for/x', '/x/who-for', '/assets/a.js', '/sw.js']) expect(pattern.test(path), path).toBe(false);
    expect(shell).toContain(`add_header Cache-Control "${cacheControl.document}";`);
    expect(config).toMatch(/location \/ \{[^}]*try_files \$uri @missing;/);
    // in @missing: a name with an extension is a plain 404; any other address goes to the app, still a 404
    expect(config).toMatch(
      /location @missing \{[^}]*if \(\$uri ~ "\\\.\[A-Za-z0-9\]\+\$"\) \{ return 404; \} rewrite \^ \/\.not-found last;/,
    );
    expect(config).toMatch(/location = \/\.not-found \{[^}]*internal; error_page 404 \/index\.html; return 404;/);
    expect(config).toMatch(/location \/assets\/ \{[^}]*add_header Cache-Control "public, max-age=31536000, immutable";/);
    expect(config).not.toMatch(/Cache-Control[^;]*always;/);
    expect(config).toContain('access_log off;');
    expect(config).toContain('brotli_static on;');
  });
});

import { createHash } from 'node:crypto';

// The HTTP response headers Advocacy Check must be served with, written once. Everything that
// sends or documents them is rendered from here:
// - the build (vite-plugins/security-headers.ts) puts the policy into every HTML file as a
//   <meta http-equiv> tag and writes `_headers` and `_redirects` into dist/ (the format Netlify and
//   Cloudflare Pages read, and what deploy/nginx.ts turns into the nginx configuration);
// - deploy/README.md's table is checked against `headerTable()` (deploy/headers.test.ts).
// The only part that changes from build to build is the hash of each inline script, which the
// build computes from the HTML it writes.

/** The Content-Security-Policy, before the build adds its inline scripts' hashes to script-src. */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // the origin's own scripts, and the inline first-screen script by its hash (never 'unsafe-inline')
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // the empty favicon in index.html is `data:,`
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta http-equiv> policy cannot carry (browsers ignore them there, with a console error). */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** Browser features the tool never uses, turned off for it and anything it could embed. */
export const featuresTurnedOff = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
] as const;

/** Sent with every response (the policy itself is added per build, with its hashes). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': featuresTurnedOff.map((feature) => `${feature}=()`).join(', '),
  // for browsers that predate frame-ancestors
  'X-Frame-Options': 'DENY',
  // no other site's window keeps a handle on this one, and no other site may embed its files
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sent only over TLS (deploy/nginx.ts adds it when the request came over https). */
export const httpsOnlyHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000',
};

/** How long each kind of file may be kept. */
export const cacheControl = {
  /** index.html and every address the app answers with it: always asked again, so a new version is seen at once */
  document: 'no-cache',
  /** /sw.js: browsers check it for updates; a CDN must not keep it */
  serviceWorker: 'no-cache',
  /** /assets/*: the file name carries a hash of the content, so a file never changes */
  hashedAsset: 'public, max-age=31536000, immutable',
} as const;

export const serviceWorkerPath = '/sw.js';
export const hashedAssetsPrefix = '/assets/';
export const shellPath = '/index.html';

/** What a build needs to know to state its headers: its inline scripts and the app's addresses. */
export interface Site {
  /** `'sha256-…'` sources for script-src, one per distinct inline script in the built HTML */
  scriptHashes: readonly string[];
  /** every address the app answers with index.html, e.g. `/`, `/who-for` (src/routes.ts appPaths()) */
  appPaths: readonly string[];
}

// --- inline scripts ---------------------------------------------------------------------------

const inlineScriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The text of every inline (src-less) script in an HTML document, exactly as a browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(inlineScriptPattern)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
}

/** The CSP source that allows exactly this inline script. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The distinct hashes of the inline scripts in these HTML documents, sorted. */
export function inlineScriptHashes(documents: readonly string[]): string[] {
  return [...new Set(documents.flatMap(inlineScripts).map(scriptHash))].sort();
}

/**
 * What the policy would block in a built HTML document, so the build fails instead of the page:
 * inline styles, event-handler attributes and javascript: URLs. (Inline scripts are allowed by hash.)
 */
export function policyProblems(html: string): string[] {
  const problems: string[] = [];
  const tags = html.replace(inlineScriptPattern, '<script>').match(/<[a-z][^>]*>/gi) ?? [];
  for (const tag of tags) {
    if (/^<style\b/i.test(tag)) problems.push(`a <style> element: ${tag}`);
    if (/\sstyle\s*=/i.test(tag)) problems.push(`an inline style attribute: ${tag}`);
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`an event-handler attribute: ${tag}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`a javascript: URL: ${tag}`);
  }
  return problems;
}

// --- the policy -------------------------------------------------------------------------------

function policy(scriptHashes: readonly string[], omit: readonly string[] = []): string {
  return Object.entries(contentSecurityPolicy)
    .filter(([directive]) => !omit.includes(directive))
    .map(([directive, sources]) => [directive, ...sources, ...(directive === 'script-src' ? scriptHashes : [])].join(' '))
    .join('; ');
}

/** The Content-Security-Policy header for a build. */
export function policyHeader(site: Pick<Site, 'scriptHashes'>): string {
  return policy(site.scriptHashes);
}

/** The same policy for a <meta http-equiv> tag: without what a meta tag cannot carry. */
export function policyMeta(site: Pick<Site, 'scriptHashes'>): string {
  return policy(site.scriptHashes, headerOnlyDirectives);
}

/** Every header sent with every response of this build (HSTS included: a host decides when it applies). */
export function headersForEveryResponse(site: Pick<Site, 'scriptHashes'>): Record<string, string> {
  return { 'Content-Security-Policy': policyHeader(site), ...securityHeaders, ...httpsOnlyHeaders };
}

// --- files for static hosts -------------------------------------------------------------------

export interface HeaderRule {
  /** `/*` (every response), a prefix ending in `*`, or an exact path */
  path: string;
  headers: Record<string, string>;
}

/**
 * The headers of a build, path by path. No header is set by two rules (hosts such as Netlify join
 * the values of every rule that matches), so Cache-Control is given for exact paths and /assets/*.
 */
export function headerRules(site: Site): HeaderRule[] {
  const documents = [...new Set([shellPath, ...site.appPaths])];
  return [
    { path: '/*', headers: headersForEveryResponse(site) },
    { path: `${hashedAssetsPrefix}*`, headers: { 'Cache-Control': cacheControl.hashedAsset } },
    { path: serviceWorkerPath, headers: { 'Cache-Control': cacheControl.serviceWorker } },
    ...documents.flatMap((path) =>
      withTrailingSlash(path).map((variant) => ({ path: variant, headers: { 'Cache-Control': cacheControl.document } })),
    ),
  ];
}

/** `/who-for` and `/who-for/` (the app answers both); `/` and `/index.html` as they are. */
function withTrailingSlash(path: string): string[] {
  return path === '/' || path.endsWith('.html') ? [path] : [path, `${path}/`];
}

/** `_headers`: Netlify's and Cloudflare Pages' format (a path, then its headers indented). */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = ['# Written by the build from deploy/headers.ts: the headers every host must send (deploy/README.md).'];
  for (const rule of rules) {
    lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path, or with no colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export interface Rewrite {
  from: string;
  to: string;
}

/** The app's addresses, each answered with index.html (status 200: a rewrite, not a redirect). */
export function rewrites(site: Pick<Site, 'appPaths'>): Rewrite[] {
  return site.appPaths.filter((path) => path !== '/').flatMap((path) => withTrailingSlash(path).map((from) => ({ from, to: shellPath })));
}

/** `_redirects`: Netlify's and Cloudflare Pages' format (`from to 200`). */
export function renderRedirectsFile(list: readonly Rewrite[]): string {
  const lines = ["# Written by the build from src/routes.ts: the app's addresses, answered with index.html (deploy/README.md)."];
  lines.push(...list.map(({ from, to }) => `${from} ${to} 200`));
  return `${lines.join('\n')}\n`;
}

export function parseRedirectsFile(text: string): Rewrite[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status, ...rest] = line.split(/\s+/);
      if (!from || !to || status !== '200' || rest.length > 0)
        throw new Error(`_redirects: only "from to 200" rewrites are expected, not: ${line}`);
      return { from, to };
    });
}

// --- documentation ----------------------------------------------------------------------------

/** The table in deploy/README.md (kept equal to this by deploy/headers.test.ts). */
export function headerTable(): string {
  const example = { scriptHashes: ["'sha256-…'"] };
  const rows: [string, string, string][] = [
    ['every response', 'Content-Security-Policy', `\`${policyHeader(example)}\``],
    ...Object.entries(securityHeaders).map(([name, value]): [string, string, string] => ['every response', name, `\`${value}\``]),
    ...Object.entries(httpsOnlyHeaders).map(([name, value]): [string, string, string] => [
      'every response over https',
      name,
      `\`${value}\``,
    ]),
    ['`/`, `/index.html` and every app address (`_redirects`)', 'Cache-Control', `\`${cacheControl.document}\``],
    [`\`${serviceWorkerPath}\``, 'Cache-Control', `\`${cacheControl.serviceWorker}\``],
    [`\`${hashedAssetsPrefix}*\``, 'Cache-Control', `\`${cacheControl.hashedAsset}\``],
  ];
  return ['| responses | header | value |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

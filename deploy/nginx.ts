import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  hashedAssetsPrefix,
  httpsOnlyHeaders,
  parseHeadersFile,
  parseRedirectsFile,
  shellPath,
  type HeaderRule,
  type Rewrite,
} from './headers.ts';

// The nginx configuration for a build, rendered from the `_headers` and `_redirects` files the
// build wrote (deploy/headers.ts), so nginx sends exactly what another host is told to send:
// - every response: the Content-Security-Policy and the other security headers (`always`, so 404s
//   too); Strict-Transport-Security only when the request came over TLS;
// - Cache-Control per path: no-cache for index.html, the app's addresses and /sw.js, a year and
//   immutable for /assets/*;
// - the app's addresses answered with index.html; a missing file is a plain 404, and any other address
//   the app (which says the page is not there) with the status 404
//   (a missing script is never answered with the app's HTML);
// - Brotli and gzip copies written by the build (vite-plugins/precompress.ts) sent as they are,
//   anything else gzipped on the fly;
// - no access log: the address someone opens says something about their situation.
// It runs as an ordinary user, in the foreground, with its pid, temp files and error log in a
// folder of its own (deploy/README.md).

export const defaultNginx = '/usr/sbin/nginx';
const modulesDir = '/usr/lib/nginx/modules';
/** Debian's libnginx-mod-http-brotli-static: sends the build's .br copies. */
export const brotliStaticModule = join(modulesDir, 'ngx_http_brotli_static_module.so');

export interface NginxOptions {
  /** the build folder (dist/): it must hold the build's `_headers` and `_redirects` */
  root: string;
  port: number;
  /** the address to listen on; all IPv4 addresses when not given */
  host?: string;
  /** the folder for nginx's pid, temp files and configuration */
  runtimeDir: string;
  /** load Debian's brotli_static module (default: when it is installed) */
  brotli?: boolean;
  /** the user whose workers read the files, when started as root (default: the build folder's owner) */
  user?: { name: string; group: string };
}

export interface BuildHeaders {
  rules: HeaderRule[];
  rewrites: Rewrite[];
}

export function readBuildHeaders(root: string): BuildHeaders {
  const file = (name: string) => {
    const path = join(root, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: serve a folder written by \`npm run build\``);
    return readFileSync(path, 'utf8');
  };
  return { rules: parseHeadersFile(file('_headers')), rewrites: parseRedirectsFile(file('_redirects')) };
}

/** A string as an nginx quoted parameter (nginx would read "$" as a variable: no header needs one). */
function quoted(value: string): string {
  if (/[$"\\\n]/.test(value)) throw new Error(`a header value nginx cannot quote as it is: ${value}`);
  return `"${value}"`;
}

const hstsHeaders = new Set(Object.keys(httpsOnlyHeaders).map((name) => name.toLowerCase()));

/**
 * `always` sends a header with errors too: right for the security headers, wrong for Cache-Control
 * (a 404 for a missing /assets/ file must not be kept for a year), so path headers go without it.
 */
function addHeaders(headers: Record<string, string>, indent: string, always: boolean): string[] {
  const when = always ? ' always' : '';
  return Object.entries(headers).map(([name, value]) =>
    hstsHeaders.has(name.toLowerCase())
      ? `${indent}add_header ${name} $hsts${when}; # only over TLS: see the map`
      : `${indent}add_header ${name} ${quoted(value)}${when};`,
  );
}

const textTypes = ['text/css', 'text/javascript', 'application/json', 'application/manifest+json', 'image/svg+xml', 'text/plain'];

/** The whole nginx.conf for serving a build (also printed by `npm run serve:production -- --print-config`). */
export function renderNginxConfig(options: NginxOptions, build: BuildHeaders): string {
  if (!build.rules.some((rule) => rule.path === '/*')) throw new Error('_headers has no "/*" rule: the security headers would not be sent');
  const hsts = Object.values(httpsOnlyHeaders)[0] ?? '';
  const assets = build.rules.find((rule) => rule.path === `${hashedAssetsPrefix}*`);
  const exact = new Map<string, Record<string, string>>();
  for (const rule of build.rules) {
    if (rule.path === '/*' || rule.path === `${hashedAssetsPrefix}*`) continue;
    if (!rule.path.startsWith('/') || rule.path.includes('*'))
      throw new Error(`_headers: a path deploy/nginx.ts does not handle: ${rule.path}`);
    exact.set(rule.path, { ...exact.get(rule.path), ...rule.headers });
  }
  const rewriteTo = new Map(build.rewrites.map(({ from, to }) => [from, to]));
  for (const from of rewriteTo.keys()) if (!exact.has(from)) exact.set(from, {});
  // Paths answered alike (same headers, same file) share one location: "/" and the app's addresses.
  const groups = new Map<string, { paths: string[]; headers: Record<string, string>; file: string }>();
  for (const [path, headers] of exact) {
    const file = path === '/' ? shellPath : (rewriteTo.get(path) ?? '$uri');
    const key = JSON.stringify([headers, file]);
    const group = groups.get(key) ?? { paths: [], headers, file };
    group.paths.push(path);
    groups.set(key, group);
  }

  const runtime = resolve(options.runtimeDir);
  const everyResponse = build.rules.find((rule) => rule.path === '/*')?.headers ?? {};
  const [i1, i2, i3] = ['    ', '        ', '            '];
  // add_header is not inherited by a location that has one of its own: each location says them all
  const location = (match: string, headers: Record<string, string>, body: string) => [
    `${i2}location ${match} {`,
    ...addHeaders(everyResponse, i3, true),
    ...addHeaders(headers, i3, false),
    `${i3}${body}`,
    `${i2}}`,
  ];
  const match = (paths: string[]) =>
    paths.length === 1 ? `= ${paths[0]}` : `~ ^(?:${paths.map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
  return [
    "# Advocacy Check, rendered by deploy/nginx.ts from the build's _headers and _redirects: change deploy/headers.ts, not this.",
    ...(options.brotli ? [`load_module ${brotliStaticModule};`] : []),
    ...(options.user ? [`user ${options.user.name} ${options.user.group};`] : []),
    'worker_processes auto;',
    'daemon off;',
    `pid ${join(runtime, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events {',
    `${i1}worker_connections 512;`,
    '}',
    'http {',
    `${i1}access_log off; # the addresses someone opens say something about their situation`,
    `${i1}server_tokens off;`,
    `${i1}sendfile on;`,
    `${i1}tcp_nopush on;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${i1}${kind}_temp_path ${join(runtime, `${kind}_temp`)};`),
    `${i1}types {`,
    ...[
      'text/html html',
      'text/css css',
      'text/javascript js mjs',
      'application/json json map',
      'application/manifest+json webmanifest',
      'image/svg+xml svg',
      'image/png png',
      'image/x-icon ico',
      'font/woff2 woff2',
      'font/woff woff',
      'text/plain txt',
    ].map((line) => `${i2}${line};`),
    `${i1}}`,
    `${i1}default_type application/octet-stream;`,
    `${i1}charset utf-8;`,
    `${i1}charset_types ${textTypes.join(' ')};`,
    `${i1}# the build's own .br and .gz copies (vite-plugins/precompress.ts); anything else gzipped here`,
    ...(options.brotli ? [`${i1}brotli_static on;`] : []),
    `${i1}gzip_static on;`,
    `${i1}gzip on;`,
    `${i1}gzip_vary on;`,
    `${i1}gzip_comp_level 6;`,
    `${i1}gzip_min_length 256;`,
    `${i1}gzip_types ${textTypes.join(' ')};`,
    `${i1}# Strict-Transport-Security only over TLS: here, or at a proxy in front that says so`,
    `${i1}map "$https:$http_x_forwarded_proto" $hsts {`,
    `${i2}default "";`,
    `${i2}"~^on:" ${quoted(hsts)};`,
    `${i2}"~:https$" ${quoted(hsts)};`,
    `${i1}}`,
    `${i1}server {`,
    `${i2}listen ${options.host ? `${options.host}:${options.port}` : options.port};`,
    `${i2}root ${resolve(options.root)};`,
    `${i2}absolute_redirect off;`,
    ...location(hashedAssetsPrefix, assets?.headers ?? {}, 'try_files $uri =404;'),
    ...[...groups.values()].flatMap((group) => location(match(group.paths), group.headers, `try_files ${group.file} =404;`)),
    ...location('= /_headers', {}, 'return 404;'),
    ...location('= /_redirects', {}, 'return 404;'),
    `${i2}# anything else: the file if there is one. A missing file (a name with an extension) is a plain 404,`,
    `${i2}# never the app; a page address the tool does not have gets the app, with the status 404, and`,
    `${i2}# the app says there is no such page and offers the start page (src/App.tsx, notice "notFound").`,
    ...location('/', {}, 'try_files $uri @missing;'),
    ...location('@missing', {}, 'if ($uri ~ "\\.[A-Za-z0-9]+$") { return 404; } rewrite ^ /.not-found last;'),
    ...location('= /.not-found', {}, 'internal; error_page 404 /index.html; return 404;'),
    `${i1}}`,
    '}',
    '',
  ].join('\n');
}

export function nginxPath(): string {
  const path = process.env.NGINX ?? defaultNginx;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new Error(
      `No nginx found at ${path}. Install Debian's: \`apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static\` ` +
        '(as root), or set NGINX to an nginx executable.',
    );
  }
}

/**
 * When started as root, nginx's workers drop to another user, who must be able to read the build:
 * `nobody` when everyone may read it, else the build folder's owner (root included, with a warning:
 * run it as an ordinary user in production). Started as anyone else, the workers are that user.
 */
function workerUser(root: string): { name: string; group: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const nameOf = (file: string, id: number) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .find((fields) => Number(fields[2]) === id)?.[0];
  const nobody = { name: 'nobody', group: 'nogroup' };
  const exists = (file: string, name: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .some((line) => line.startsWith(`${name}:`));
  if (everyoneCanRead(root) && exists('/etc/passwd', nobody.name) && exists('/etc/group', nobody.group)) return nobody;
  const { uid, gid } = statSync(root);
  const name = nameOf('/etc/passwd', uid);
  const group = nameOf('/etc/group', gid);
  if (!name || !group) throw new Error(`the owner of ${root} (${uid}:${gid}) has no user or group name for nginx's workers`);
  if (uid === 0)
    console.warn(`nginx: ${root} can only be read by root, so its workers run as root; serve it as an ordinary user in production.`);
  return { name, group };
}

/** Whether anyone may list and read the folder (and pass through every folder above it). */
function everyoneCanRead(folder: string): boolean {
  const others = (path: string) => statSync(path).mode & 0o007;
  if ((others(folder) & 0o005) !== 0o005) return false;
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    if ((others(dir) & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}

/** Writes the configuration for a build into `runtimeDir` and returns the nginx.conf path. */
export function writeNginxConfig(options: Omit<NginxOptions, 'brotli' | 'user'> & Partial<Pick<NginxOptions, 'brotli'>>): string {
  const build = readBuildHeaders(options.root);
  const user = workerUser(resolve(options.root));
  const full: NginxOptions = { ...options, brotli: options.brotli ?? existsSync(brotliStaticModule), ...(user ? { user } : {}) };
  mkdirSync(options.runtimeDir, { recursive: true });
  const config = join(options.runtimeDir, 'nginx.conf');
  writeFileSync(config, renderNginxConfig(full, build));
  return config;
}

/** nginx's own check of a configuration (`nginx -t`); throws with its message. */
export function testNginxConfig(config: string, prefix: string): void {
  const run = spawnSync(nginxPath(), ['-t', '-q', '-p', prefix, '-e', 'stderr', '-c', config], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`nginx -t failed:\n${run.stderr}`);
}

export interface RunningNginx {
  origin: string;
  process: ChildProcess;
  /** ends nginx (TERM) and removes its runtime folder, if this call made it */
  close: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (for tests). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Starts nginx in the foreground for a build folder; resolves once it answers. */
export async function startNginx(options: { root: string; port?: number; host?: string; runtimeDir?: string }): Promise<RunningNginx> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const ownRuntime = !options.runtimeDir;
  const runtimeDir = options.runtimeDir ?? mkdtempSync(join(tmpdir(), 'advocacy-check-nginx-'));
  const config = writeNginxConfig({ root: options.root, port, host, runtimeDir });
  const child = spawn(nginxPath(), ['-p', runtimeDir, '-e', 'stderr', '-c', config], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${stderr}`);
    try {
      await fetch(`${origin}/_headers`, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() - started > 10_000) {
        child.kill('SIGTERM');
        throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  return {
    origin,
    process: child,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (ownRuntime) rmSync(runtimeDir, { recursive: true, force: true });
    },
  };
}

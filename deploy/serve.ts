import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliStaticModule, nginxPath, testNginxConfig, writeNginxConfig } from './nginx.ts';

// `npm run serve:production`: serves the build in dist/ with nginx, in the foreground, on $PORT
// (default 8080), until stopped (Ctrl-C or SIGTERM). nginx's pid, temp files and configuration
// go in a temporary folder of their own, removed on exit; errors go to stderr; there is no
// access log. Options (environment): PORT, HOST (the address to listen on; default all IPv4),
// DIST (the build folder; default dist/), NGINX (default /usr/sbin/nginx).
// `npm run serve:production -- --print-config` prints the configuration instead (deploy/README.md).

export default async function serve(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a TCP port, not ${process.env.PORT}`);
  const root = resolve(process.env.DIST ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
  const runtimeDir = mkdtempSync(join(tmpdir(), 'advocacy-check-nginx-'));
  const cleanUp = () => rmSync(runtimeDir, { recursive: true, force: true });
  const host = process.env.HOST;
  const config = writeNginxConfig({ root, port, runtimeDir, ...(host ? { host } : {}) });

  if (process.argv.includes('--print-config')) {
    process.stdout.write(readFileSync(config, 'utf8'));
    cleanUp();
    return;
  }
  try {
    testNginxConfig(config, runtimeDir);
  } catch (error) {
    cleanUp();
    throw error;
  }
  const brotli = existsSync(brotliStaticModule) ? 'Brotli and gzip' : 'gzip only (install libnginx-mod-http-brotli-static for Brotli)';
  console.log(`Advocacy Check: nginx serving ${root} on http://${host ?? 'localhost'}:${port} (${brotli}). Ctrl-C stops it.`);
  const nginx = spawn(nginxPath(), ['-p', runtimeDir, '-e', 'stderr', '-c', config], { stdio: 'inherit' });
  // nginx ends at once on TERM or INT (QUIT would wait for open connections)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => nginx.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  }
  const code = await new Promise<number>((done) => nginx.once('exit', (exitCode, signal) => done(exitCode ?? (signal ? 0 : 1))));
  cleanUp();
  process.exitCode = code;
}

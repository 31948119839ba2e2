import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadAppModule } from './app-module.ts';

// Writes /sw.js, the service worker that keeps the whole build for use with no signal (registered
// by src/offline.ts). Hand-written rather than Workbox: it needs only a precache and a fallback
// to index.html for the app's own addresses, with no run-time caching at all, and this way the
// build brings in no extra toolchain. Its version is a hash of every file it keeps, so any change
// to the build makes a new worker, which replaces the old one and deletes its cache.

const template = fileURLToPath(new URL('./service-worker.template.js', import.meta.url));
export const serviceWorkerFile = 'sw.js';

export function offlineServiceWorker(): Plugin {
  let root = process.cwd();
  return {
    name: 'advocacy-check:service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (!bundle['index.html']) throw new Error('service worker: the build has no index.html to keep');
        const files = Object.values(bundle)
          .filter((file) => file.fileName !== serviceWorkerFile && !file.fileName.endsWith('.map'))
          .sort((a, b) => a.fileName.localeCompare(b.fileName));
        const hash = createHash('sha256');
        for (const file of files) {
          hash.update(file.fileName);
          hash.update(file.type === 'chunk' ? file.code : file.source);
        }
        const appPaths = (await loadAppModule(root)).appPaths();
        const source = readFileSync(template, 'utf8')
          .replace('__VERSION__', () => JSON.stringify(hash.digest('hex').slice(0, 16)))
          .replace('__PRECACHE__', () => JSON.stringify(files.map((file) => `/${file.fileName}`)))
          .replace('__APP_PATHS__', () => JSON.stringify(appPaths));
        this.emitFile({ type: 'asset', fileName: serviceWorkerFile, source });
      },
    },
  };
}

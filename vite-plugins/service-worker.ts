import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadAppModule } from './app-module.ts';
import { hostFiles } from './security-headers.ts';

// Writes /sw.js, the service worker that keeps the whole build for use with no signal (registered
// by src/offline.ts), from service-worker.template.js. It knows each file of this version by name
// and by a SHA-256 of its content, so it can refuse a copy that is not this version's; its own
// version is a hash of all of them, so any change to the build makes a new worker. How a new
// version replaces an old one without breaking a page that is open: service-worker.template.js.
// Why it is hand-written rather than Workbox (vite-plugin-pwa): deploy/README.md.

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
        const kept = Object.values(bundle)
          .filter(
            (file) =>
              file.fileName !== serviceWorkerFile &&
              !file.fileName.endsWith('.map') &&
              !(hostFiles as readonly string[]).includes(file.fileName),
          )
          .sort((a, b) => a.fileName.localeCompare(b.fileName));
        const version = createHash('sha256');
        const precache = kept.map((file) => {
          const content = file.type === 'chunk' ? file.code : file.source;
          const sha256 = createHash('sha256').update(content).digest('hex');
          version.update(`${file.fileName}\0${sha256}\0`);
          return { url: `/${file.fileName}`, sha256 };
        });
        const appPaths = (await loadAppModule(root)).appPaths();
        const source = readFileSync(template, 'utf8')
          .replace('__VERSION__', () => JSON.stringify(version.digest('hex').slice(0, 16)))
          .replace('__PRECACHE__', () => JSON.stringify(precache))
          .replace('__APP_PATHS__', () => JSON.stringify(appPaths));
        this.emitFile({ type: 'asset', fileName: serviceWorkerFile, source });
      },
    },
  };
}

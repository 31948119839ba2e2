// The offline copy of Advocacy Check (generated into /sw.js by vite-plugins/service-worker.ts,
// which fills in the three constants below for each build).
//
// - Install: keep every file of this version of the tool (index.html, scripts, styles, the Welsh
//   catalogue) in a cache named after the version.
// - Fetch: the tool's own addresses (/, /who-for, /result…) get index.html from that cache, and its
//   files come from the cache too, so it opens and works with no signal. Anything else, and
//   anything on another origin, is left to the network untouched: nothing is cached at run time.
// - Activate: older versions' caches are deleted; the new version takes over at once.

const version = __VERSION__;
const precache = __PRECACHE__;
const appPaths = __APP_PATHS__;

const cacheName = `advocacy-check-${version}`;
const shell = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // `reload`: straight from the server, never an older copy from the HTTP cache
      await cache.addAll(precache.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('advocacy-check-') && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

const withoutTrailingSlash = (path) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

async function fromCache(key, request) {
  const cached = await (await caches.open(cacheName)).match(key);
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // another origin: never handled, never cached
  if (request.mode === 'navigate') {
    if (appPaths.includes(withoutTrailingSlash(url.pathname))) event.respondWith(fromCache(shell, request));
    return;
  }
  if (precache.includes(url.pathname)) event.respondWith(fromCache(url.pathname, request));
});

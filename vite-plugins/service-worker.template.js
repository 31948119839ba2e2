// The offline copy of Advocacy Check (generated into /sw.js by vite-plugins/service-worker.ts,
// which fills in the three constants below for each build).
//
// - Install: keep every file of this version (index.html, scripts, styles, the Welsh catalogue) in
//   a cache named after the version, each checked against the SHA-256 the build recorded: if the
//   server is already sending another version's file (a deploy in progress, or a newer one), the
//   install fails and is tried again at the next check, so a copy never mixes two versions.
// - Fetch: the tool's own addresses (/, /who-for, /result…) get this version's index.html, and its
//   files come from this version's cache, so it opens and works with no signal. Anything else, and
//   anything on another origin, is left to the network: nothing is cached at run time.
// - Updates: a new version waits while any page of the old one is open. The old worker keeps
//   answering those pages from the old cache, so an open page can still load its lazy chunks
//   (Welsh, and any other) after a deploy has deleted them from the server. The page is told a new
//   version is waiting (src/offline.ts) and shows "This tool has been updated"; the person's
//   choice posts "skip-waiting", the new worker takes over, and every open page reloads into it
//   (the answers are in sessionStorage). With no page open, the new version takes over at the next
//   visit. The very first copy has nothing to replace, so it takes over the page at once.
// - Activate: only then are older versions' caches deleted.

const version = __VERSION__;
const precache = __PRECACHE__;
const appPaths = __APP_PATHS__;

const cacheName = `advocacy-check-${version}`;
const shell = '/index.html';
const kept = new Set(precache.map((entry) => entry.url));

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function keep(cache, { url, sha256: expected }) {
  // `reload`: straight from the server, never an older copy from the HTTP cache
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if ((await sha256(response)) !== expected) throw new Error(`${url} is not this version's copy`);
  await cache.put(url, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      try {
        await Promise.all(precache.map((entry) => keep(cache, entry)));
      } catch (error) {
        await caches.delete(cacheName); // nothing half-kept
        throw error;
      }
      if (!self.registration.active) await self.skipWaiting(); // the first copy: nothing to replace
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') event.waitUntil(self.skipWaiting());
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
  if (kept.has(url.pathname)) event.respondWith(fromCache(url.pathname, request));
});

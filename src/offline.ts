// After the first visit the tool works with no signal: a service worker (built by
// vite-plugins/service-worker.ts into /sw.js) keeps a copy of every file of this version.
// Registered after the page has loaded, so it never competes with the first screen.

export const serviceWorkerUrl = '/sw.js';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(serviceWorkerUrl).catch(() => {
      // no offline copy (private mode, blocked): the tool still works online
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

import { sessionStore } from './storage';

// What a page knows about new versions of the tool deployed while it is open, and how it moves to
// one without mixing two versions' code or law, and without losing the answers (they are in
// sessionStorage, which a reload keeps):
// - "ready": a newer version is waiting (src/offline.ts hears it from the service worker, or sees
//   a new index.html). The page keeps working on its own version meanwhile: the old service worker
//   still serves all of its files. The banner (components/UpdateBanner.tsx) says "This tool has
//   been updated" and offers to switch; switching reloads into the new version.
// - A page whose own files have gone (no service worker, and the server already has the new
//   version) finds out when a lazy chunk fails to load (Welsh, say): it checks that a new version
//   is deployed and reloads into it straight away, keeping what was being asked for.
// - "applied": this page was loaded by such a reload, so the banner says it is the new version.
// Only in the production build: the dev server has no versions.

export type UpdateStatus = 'current' | 'ready' | 'applied';

/** Left in sessionStorage for the page the reload brings: when it happened (a guard against reloading in a loop). */
export const updatedKey = 'advocacy-check-updated';
const loopGuardMs = 30_000;

let status: UpdateStatus = 'current';
let reloadedAt: number | undefined;
let reloading = false;
let switchTo: () => void = reloadForUpdate;
let check: () => void = () => undefined;
const listeners = new Set<() => void>();

export const updateStatus = (): UpdateStatus => status;

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setStatus(next: UpdateStatus): void {
  if (status === next) return;
  status = next;
  for (const listener of listeners) listener();
}

/** A newer version can be used now, by calling `use` (which ends in a reload). */
export function updateReady(use: () => void): void {
  switchTo = use;
  setStatus('ready');
}

/** The person chose the new version. */
export function switchToNewVersion(): void {
  switchTo();
}

/** The page moved on after "applied" was shown: it needs no saying again. */
export function acknowledgeUpdate(): void {
  if (status === 'applied') setStatus('current');
}

/** How src/offline.ts looks for a new version (the service worker's, or a plain request). */
export function setUpdateCheck(how: () => void): void {
  check = how;
}

/** Looks for a new version (at each new page of the journey, when the person is between steps). */
export function checkForUpdate(): void {
  check();
}

/** Reloads into the new version; the page that loads is told so (and the answers are kept). */
export function reloadForUpdate(): void {
  if (reloading) return;
  reloading = true;
  try {
    sessionStore()?.setItem(updatedKey, String(Date.now()));
  } catch {
    // storage blocked: the new version just does not say it is new
  }
  window.location.reload();
}

/** On load: whether reloadForUpdate brought this page (then the banner says so). */
export function noticeAppliedUpdate(storage: Storage | undefined): void {
  let value: string | null = null;
  try {
    value = storage?.getItem(updatedKey) ?? null;
    storage?.removeItem(updatedKey);
  } catch {
    return;
  }
  if (value === null) return;
  reloadedAt = Number(value) || Date.now();
  setStatus('applied');
}

const entryPattern = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/;

/** The entry script an HTML page names: its hashed name changes whenever any script of the build does. */
export function entryOf(html: string): string | undefined {
  return entryPattern.exec(html)?.[1];
}

/** This page's own entry script. */
export function runningEntry(): string | undefined {
  return document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? undefined;
}

/** The entry script of the version the server has now, or undefined if it cannot be asked (offline). */
export async function deployedEntry(): Promise<string | undefined> {
  try {
    // not a navigation, so the service worker leaves it to the server; no-store: not the HTTP cache's copy
    const response = await fetch('/', { cache: 'no-store', credentials: 'same-origin' });
    return response.ok ? entryOf(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the server has another version than the one this page is running. */
export async function newerVersionDeployed(): Promise<boolean> {
  const running = runningEntry();
  const deployed = await deployedEntry();
  return running !== undefined && deployed !== undefined && deployed !== running;
}

let recovering: Promise<boolean> | undefined;
const beforeReload: (() => void)[] = [];

/**
 * A script of this version could not be loaded. If that is because a new version has replaced it
 * on the server, reload into the new version (after `prepare`, e.g. remembering the language that
 * was being chosen) and resolve true; otherwise (offline, a passing fault, or a reload for an update
 * has only just happened) resolve false and change nothing.
 */
export function recoverFromMissingCode(prepare?: () => void): Promise<boolean> {
  if (prepare) beforeReload.push(prepare);
  recovering ??= (async () => {
    const justReloaded = reloadedAt !== undefined && Date.now() - reloadedAt < loopGuardMs;
    const replaced = !justReloaded && (await newerVersionDeployed());
    if (replaced) {
      for (const step of beforeReload.splice(0)) step();
      reloadForUpdate();
    } else {
      beforeReload.length = 0;
      recovering = undefined;
    }
    return replaced;
  })();
  return recovering;
}

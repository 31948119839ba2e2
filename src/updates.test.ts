import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// src/updates.ts: when a script of the running version cannot be loaded, reload into a new version
// only if the server really has one, and never in a loop. (The whole flow, with real deploys, a
// service worker and nginx: tests/browser/update.browser.test.ts.)

type Updates = typeof import('./updates');
const html = (entry: string) => `<!doctype html><head><script type="module" crossorigin src="${entry}"></script></head>`;

// jsdom cannot reload a page and says so on the console: that is what these tests make the module do.
const { virtualConsole } = (globalThis as unknown as { jsdom: { virtualConsole: { removeAllListeners: (event: string) => void } } }).jsdom;
virtualConsole.removeAllListeners('jsdomError');

let updates: Updates;
let served: () => Promise<Response>;

beforeEach(async () => {
  vi.resetModules(); // the module keeps its state for the life of a page
  updates = await import('./updates');
  sessionStorage.clear();
  document.head.innerHTML = '<script type="module" crossorigin src="/assets/index-AAAA.js"></script>';
  served = async () => new Response(html('/assets/index-AAAA.js'));
  vi.stubGlobal(
    'fetch',
    vi.fn(() => served()),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** reloadForUpdate leaves its note before it reloads: the sign a reload was asked for. */
const reloaded = () => sessionStorage.getItem(updates.updatedKey) !== null;

describe('recovering from a script that cannot be loaded', () => {
  it('finds the entry script a page names', () => {
    expect(updates.entryOf(html('/assets/index-BBBB.js'))).toBe('/assets/index-BBBB.js');
    expect(updates.entryOf('<p>no script</p>')).toBeUndefined();
    expect(updates.runningEntry()).toBe('/assets/index-AAAA.js');
  });

  it('reloads into the new version when the server has one, after what the caller had to remember', async () => {
    served = async () => new Response(html('/assets/index-BBBB.js'));
    const remembered = vi.fn();
    const generic = updates.recoverFromMissingCode();
    const fromLanguage = updates.recoverFromMissingCode(remembered); // joins the same check
    expect(await generic).toBe(true);
    expect(await fromLanguage).toBe(true);
    expect(remembered).toHaveBeenCalledTimes(1);
    expect(reloaded()).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/', expect.objectContaining({ cache: 'no-store' }));
  });

  it('changes nothing when the server still has this version (a passing fault), or cannot be asked (offline)', async () => {
    const remembered = vi.fn();
    expect(await updates.recoverFromMissingCode(remembered)).toBe(false);
    served = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await updates.recoverFromMissingCode(remembered)).toBe(false);
    served = async () => new Response('Not found', { status: 404 });
    expect(await updates.recoverFromMissingCode(remembered)).toBe(false);
    expect(remembered).not.toHaveBeenCalled();
    expect(reloaded()).toBe(false);
  });

  it('does not reload again right after a reload for an update (no loop), and says the page is the new version', async () => {
    sessionStorage.setItem(updates.updatedKey, String(Date.now() - 1_000));
    updates.noticeAppliedUpdate(sessionStorage);
    expect(updates.updateStatus()).toBe('applied');
    expect(sessionStorage.getItem(updates.updatedKey)).toBeNull(); // said once
    served = async () => new Response(html('/assets/index-CCCC.js'));
    expect(await updates.recoverFromMissingCode()).toBe(false);
    expect(reloaded()).toBe(false);
  });

  it('after a while, a later deploy is followed again', async () => {
    sessionStorage.setItem(updates.updatedKey, String(Date.now() - 60_000));
    updates.noticeAppliedUpdate(sessionStorage);
    served = async () => new Response(html('/assets/index-CCCC.js'));
    expect(await updates.recoverFromMissingCode()).toBe(true);
  });
});

describe('the update status', () => {
  it('is "ready" with the way to switch, and the switch is what the choice of the person runs', () => {
    const listener = vi.fn();
    updates.subscribeToUpdates(listener);
    const use = vi.fn();
    updates.updateReady(use);
    expect(updates.updateStatus()).toBe('ready');
    expect(listener).toHaveBeenCalledTimes(1);
    updates.switchToNewVersion();
    expect(use).toHaveBeenCalledTimes(1);
    updates.acknowledgeUpdate(); // moving on does not hide an update still to be used
    expect(updates.updateStatus()).toBe('ready');
  });

  it('"applied" is said on the first page only', () => {
    sessionStorage.setItem(updates.updatedKey, String(Date.now()));
    updates.noticeAppliedUpdate(sessionStorage);
    expect(updates.updateStatus()).toBe('applied');
    updates.acknowledgeUpdate();
    expect(updates.updateStatus()).toBe('current');
  });
});

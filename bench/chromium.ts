import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../tests/browser/support/browser';

// Debian's Chromium (never a downloaded browser), with the flags the brief fixes for measuring:
// headless, no sandbox (root in a container), no GPU, and none of Chromium's own background traffic;
// and none of desktop Chromium's own address-bar page either (tests/browser/support/browser.ts).

export const measuringFlags = ['--headless=new', ...chromiumFlags];

/** Debian's Chromium, driven by Playwright, with the measuring flags (and any `extraFlags`). */
export const launchForMeasuring = (extraFlags: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...measuringFlags, ...extraFlags] });

export { chromiumPath };

export interface DebuggableChromium {
  port: number;
  close: () => Promise<void>;
}

/** Starts Chromium with a fresh profile and a DevTools port (for Lighthouse), and waits for the port. */
export async function launchWithDebuggingPort(): Promise<DebuggableChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'advocacy-check-bench-profile-'));
  const child: ChildProcess = spawn(
    chromiumPath(),
    [...measuringFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((found, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools port in 20 s:\n${seen}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        found(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}) before giving a DevTools port:\n${seen}`));
    });
  });
  child.stderr?.resume(); // keep draining, so Chromium never blocks on a full pipe
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      try {
        // Chromium's helper processes may still be writing to the profile for a moment
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // a leftover temporary profile is harmless
      }
    },
  };
}

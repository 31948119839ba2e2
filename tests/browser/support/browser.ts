import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// The browser tests drive Debian's Chromium (never a downloaded browser). Without it they fail,
// saying how to install it: a skipped browser suite would look like a passing one.

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const tried = fromEnv ? [fromEnv] : candidates;
  for (const path of tried) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `No Chromium found (looked for ${tried.join(', ')}). The browser tests need Debian's Chromium: ` +
      'install it with `apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium executable.',
  );
}

/**
 * Desktop Chromium's own user interface, which a headless window never shows: each new window (so
 * each browser context here) loads the address bar's drop-down, chrome://omnibox-popup.top-chrome,
 * as a web page in a renderer process of its own. That is 0.2–0.5 s of CPU in the context's first
 * second, on the same two CPUs as the page under test, and a phone's Chrome has no such page
 * (bench/README.md, "Chromium's own address bar").
 */
export const chromiumsOwnUi = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/**
 * What playwright-core (1.65) turns off with its own --disable-features. Chromium keeps only the last
 * --disable-features on its command line, so ours, which comes after, must carry these too.
 * `tests/browser/chromium.browser.test.ts` fails if an upgrade of playwright-core adds one.
 */
const playwrightsDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/** Playwright's features off, and Chromium's own UI. */
const disabledFeatures = `--disable-features=${[...playwrightsDisabledFeatures, ...chromiumsOwnUi].join(',')}`;

/**
 * The flags the brief gives for this machine's Chromium (no sandbox as root in a container, no GPU,
 * none of Chromium's own background traffic), and none of its own address-bar page: the tests' and
 * the bench's (bench/chromium.ts).
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  disabledFeatures,
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumFlags, '--disable-dev-shm-usage'] });
}

export const desktop = { width: 1280, height: 900 } as const;
export const narrow = { width: 320, height: 640 } as const;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught errors and console errors: a blank page usually leaves one here. */
  errors: string[];
  /**
   * Everything the Content-Security-Policy refused, in any page of the context: Chromium's
   * "Refused to …" console reports and each securitypolicyviolation event. session.ts fails the
   * test if there is any.
   */
  cspViolations: string[];
}

/** Chromium's console report of something the policy blocked (or of a policy it could not apply). */
export const isCspReport = (text: string): boolean => /Content[- ]Security[- ]Policy|^Refused to /i.test(text);
const violationPrefix = 'securitypolicyviolation:';

/** A fresh browser context (its own cookies and storage) with one page, watched for requests and errors. */
export async function openSession(browser: Browser, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: desktop, locale: 'en-GB', ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const cspViolations: string[] = [];
  // In every page and frame of the context, before its own scripts: report each violation event.
  await context.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `${prefix} ${event.violatedDirective} blocked ${event.blockedURI || 'an inline script or style'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  }, violationPrefix);
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(violationPrefix) || isCspReport(text)) cspViolations.push(`${text} (${message.location().url})`);
  });
  // At the context, so requests a service worker makes are counted too, not only the page's own.
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return { context, page, requests, errors, cspViolations };
}

import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cy } from '../../content/locales/cy';
import { en } from '../../content/locales/en';
import type { QuestionId } from '../../machines';
import { startNginx, type RunningNginx } from '../../deploy/nginx';
import { buildLabelVariable } from '../../vite-plugins/build-label';
import { buildForProduction } from './support/build';
import { appReady, exactly, expectNoViolations, pathname, questionsFor, radio, sessionState, slugOf, waitForPath } from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// A new version deployed while someone is part-way through: version A is served, a journey is
// begun, version B replaces A on the server (an atomic switch of the folder nginx serves, as a
// real deploy does), and the person carries on. B differs from A in every script (each chunk of a
// build records "A <chunk>" or "B <chunk>" when it runs: vite-plugins/build-label.ts), so every
// file name differs, as in a real release, and the test sees exactly which version's code a page
// has run. Each page must run one version's code only, never both, and must keep working.

const { fresh } = useChromium();
type Version = 'A' | 'B';

const work = mkdtempSync(join(tmpdir(), 'advocacy-check-update-'));
const builds: Record<Version, string> = { A: join(work, 'A'), B: join(work, 'B') };
const live = join(work, 'live'); // what nginx serves: a link to A or B
let server: RunningNginx;
let origin = '';

function deploy(version: Version): void {
  const next = join(work, 'live.next');
  rmSync(next, { force: true });
  symlinkSync(builds[version], next);
  renameSync(next, live); // atomic: a request sees A or B, never half of each
}

/** The files of a build that pages load (not /sw.js, which the browser fetches itself, the host's _headers, nor the .br and .gz copies). */
function builtFiles(version: Version): { url: string; sha256: string }[] {
  const root = builds[version];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(root)
    .filter((file) => !/\.(br|gz)$/.test(file) && !/(^|\/)_/.test(relative(root, file)) && relative(root, file) !== 'sw.js')
    .map((file) => ({ url: `/${relative(root, file)}`, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') }));
}

/** The scripts this document has run, as "<version> <chunk>". */
const ran = (page: Page) => page.evaluate(() => (self as unknown as { advocacyCheckBuild?: string[] }).advocacyCheckBuild ?? []);

/** Every script the page has run is the version's; and the app and (if shown) Welsh are among them. */
async function expectRunsOnly(page: Page, version: Version, chunks: string[] = ['index', 'boot']): Promise<void> {
  const scripts = await ran(page);
  expect(
    scripts.filter((script) => !script.startsWith(`${version} `)),
    `scripts of another version than ${version}`,
  ).toEqual([]);
  for (const chunk of chunks) expect(scripts, `${version}'s ${chunk} chunk`).toContain(`${version} ${chunk}`);
}

/** Each file of the version, fetched by the page (through its service worker, if it has one), is that version's. */
async function expectEveryFileLoads(page: Page, version: Version): Promise<void> {
  const files = builtFiles(version);
  const served = await page.evaluate(
    async (urls) => {
      const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url);
          return { url, status: response.status, sha256: hex(await crypto.subtle.digest('SHA-256', await response.arrayBuffer())) };
        }),
      );
    },
    files.map((file) => file.url),
  );
  expect(served).toEqual(files.map(({ url, sha256 }) => ({ url, status: 200, sha256 })));
}

async function offlineCopyReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((controlled) => navigator.serviceWorker.addEventListener('controllerchange', controlled, { once: true }));
    }
  });
}

const catalogue = { en: en.common, cy: cy.common };
type Language = keyof typeof catalogue;
const banner = (page: Page) => page.locator('.govuk-notification-banner', { hasText: catalogue.en.update.heading });
const bannerIn = (page: Page, language: Language) =>
  page.locator('.govuk-notification-banner', { hasText: catalogue[language].update.heading });

/** Answers the question on screen (English or Welsh) and waits for the next page. */
async function answer(page: Page, id: QuestionId, value: string, language: Language = 'en'): Promise<void> {
  expect(pathname(page)).toBe(slugOf(id));
  await radio(page, value).check();
  await page.getByRole('button', { name: exactly(catalogue[language].continue) }).click();
  await page.waitForURL((url) => url.pathname !== slugOf(id));
}

async function chooseWelsh(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
}

const persona = personas.daughterCareHomeNoOne;
const path = questionsFor(persona);

/** From the start page, the persona's answers to the first `count` questions. */
async function begin(page: Page, count: number): Promise<void> {
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.getByRole('button', { name: exactly(catalogue.en.start.button) }).click();
  await waitForPath(page, slugOf(path[0]!));
  for (const id of path.slice(0, count)) await answer(page, id, persona.answers[id]!);
}

/** The rest of the journey, in `language`, to the result. */
async function finish(page: Page, from: number, language: Language): Promise<void> {
  for (const id of path.slice(from)) await answer(page, id, persona.answers[id]!, language);
  await waitForPath(page, '/check-answers');
  await page.getByRole('button', { name: exactly(catalogue[language].checkAnswers.confirm) }).click();
  await waitForPath(page, '/result');
}

beforeAll(async () => {
  chmodSync(work, 0o755); // nginx's workers (not root) read the builds
  for (const version of ['A', 'B'] as const) buildForProduction(builds[version], { [buildLabelVariable]: version });
  // One nginx configuration serves both: the same headers and policy (same inline script), the same addresses.
  expect(readFileSync(join(builds.B, '_headers'), 'utf8')).toBe(readFileSync(join(builds.A, '_headers'), 'utf8'));
  expect(readFileSync(join(builds.B, '_redirects'), 'utf8')).toBe(readFileSync(join(builds.A, '_redirects'), 'utf8'));
  const names = (version: Version) =>
    builtFiles(version)
      .map((file) => file.url)
      .filter((url) => url.startsWith('/assets/'));
  expect(
    names('B').filter((name) => names('A').includes(name)),
    'script and style names both versions share',
  ).toEqual(names('A').filter((name) => name.endsWith('.css')));
  deploy('A');
  server = await startNginx({ root: live, runtimeDir: join(work, 'nginx') });
  origin = server.origin;
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => deploy('A'));

describe('a new version deployed during a journey', () => {
  it(
    'an open tab keeps working on its own version (Welsh, every lazy chunk), is told, and moves to the new one when the person chooses, keeping the answers',
    { timeout: 120_000 },
    async () => {
      const { page, context, errors } = await fresh();
      await begin(page, 3);
      await offlineCopyReady(page);
      await expectRunsOnly(page, 'A');

      deploy('B');
      // The next step looks for a new version: the worker keeps B, and the page says so.
      await answer(page, path[3]!, persona.answers[path[3]!]!);
      await banner(page)
        .getByRole('button', { name: exactly(catalogue.en.update.button) })
        .waitFor({ timeout: 20_000 });
      await expectNoViolations(page, { variant: 'update-ready' });

      // Meanwhile A goes on working in this tab: Welsh, and every file of A, though the server has none of them.
      await chooseWelsh(page);
      await expect.poll(() => page.locator('main h1').first().textContent()).not.toBe('');
      await expectRunsOnly(page, 'A', ['index', 'boot', 'cy']);
      await expectEveryFileLoads(page, 'A');

      // Reopened in the same tab (the address loaded again): still A, in Welsh, with the answers and the banner.
      const here = pathname(page);
      const answers = (await sessionState(page))?.answers;
      await page.goto(origin + here);
      await appReady(page);
      expect(pathname(page)).toBe(here);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
      await bannerIn(page, 'cy').waitFor();
      await expectRunsOnly(page, 'A', ['index', 'boot', 'cy']);
      await expectEveryFileLoads(page, 'A');
      // and a second tab opened now is A too, and told
      const other = await context.newPage();
      await other.goto(`${origin}/?lang=cy`);
      await appReady(other);
      await bannerIn(other, 'cy').waitFor();
      await expectRunsOnly(other, 'A', ['index', 'boot', 'cy']);

      await page.bringToFront(); // the person is back in the first tab (a tab in the background is slowed down)

      // The person chooses the new version: every open tab reloads into B; this one keeps its page, language and answers.
      await bannerIn(page, 'cy')
        .getByRole('button', { name: exactly(catalogue.cy.update.button) })
        .click();
      for (const tab of [page, other]) {
        await tab.waitForFunction(
          () => (self as unknown as { advocacyCheckBuild?: string[] }).advocacyCheckBuild?.some((s) => s.startsWith('B ')),
          undefined,
          {
            timeout: 20_000,
          },
        );
        await appReady(tab);
        await expectRunsOnly(tab, 'B', ['index', 'boot', 'cy']);
        await bannerIn(tab, 'cy').getByText(catalogue.cy.update.applied).waitFor();
      }
      expect(pathname(page)).toBe(here);
      expect((await sessionState(page))?.answers).toEqual(answers);
      await expectNoViolations(page, { variant: 'cy+update-applied' });
      await expectEveryFileLoads(page, 'B');

      // and carries on to the result, on B alone
      await finish(
        page,
        path.findIndex((id) => slugOf(id) === here),
        'cy',
      );
      await expect.poll(() => bannerIn(page, 'cy').count()).toBe(0); // said once, on the first page after the reload
      await expectRunsOnly(page, 'B', ['index', 'boot', 'cy']);
      expect(errors).toEqual([]);
    },
  );

  it('a tab opened after every tab of the old version has closed gets the new version whole', async () => {
    const { page, context, errors } = await fresh();
    await begin(page, 2);
    await offlineCopyReady(page);
    deploy('B');
    await answer(page, path[2]!, persona.answers[path[2]!]!);
    await banner(page).waitFor({ timeout: 20_000 }); // B is kept and waiting
    await page.close();

    // Later, a new tab. (Closing takes a moment to reach the service worker: wait, as a person
    // would, until the browser has no waiting version left, i.e. B has taken over.)
    const reopened = await context.newPage();
    const devtools = await context.newCDPSession(reopened);
    const versions = new Map<string, string>();
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const version of updated) versions.set(version.versionId, version.status);
    });
    await devtools.send('ServiceWorker.enable');
    await expect.poll(() => [...versions.values()].filter((status) => status !== 'redundant'), { timeout: 20_000 }).toEqual(['activated']);
    await devtools.detach();
    const reopenedErrors: string[] = [];
    reopened.on('console', (message) => message.type() === 'error' && reopenedErrors.push(message.text()));
    reopened.on('response', (response) => response.status() >= 400 && reopenedErrors.push(`http ${response.status()}: ${response.url()}`));
    await reopened.goto(`${origin}/?lang=cy`);
    await appReady(reopened);
    expect(await reopened.evaluate(() => document.documentElement.lang)).toBe('cy');
    await expectRunsOnly(reopened, 'B', ['index', 'boot', 'cy']);
    expect(await bannerIn(reopened, 'cy').count()).toBe(0); // nothing to tell: it is the new version from the start
    await expectEveryFileLoads(reopened, 'B');
    expect(await reopened.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/sw.js`);
    expect([...errors, ...reopenedErrors]).toEqual([]);
  });

  it('with no service worker, the page is told at the next step, and when its Welsh has gone from the server it reloads into the new version in Welsh, keeping the answers', async () => {
    const { page, errors } = await fresh({ serviceWorkers: 'block' });
    await begin(page, 3);
    await expectRunsOnly(page, 'A');

    deploy('B');
    await answer(page, path[3]!, persona.answers[path[3]!]!);
    await banner(page)
      .getByRole('button', { name: exactly(catalogue.en.update.button) })
      .waitFor({ timeout: 20_000 });
    const here = pathname(page);
    const answers = (await sessionState(page))?.answers;

    // A's Welsh is no longer on the server: the page reloads into B, in Welsh, where it was.
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForFunction(
      () => (self as unknown as { advocacyCheckBuild?: string[] }).advocacyCheckBuild?.some((s) => s.startsWith('B ')),
      undefined,
      {
        timeout: 20_000,
      },
    );
    await appReady(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await expectRunsOnly(page, 'B', ['index', 'boot', 'cy']);
    await bannerIn(page, 'cy').getByText(catalogue.cy.update.applied).waitFor();
    expect(pathname(page)).toBe(here);
    expect((await sessionState(page))?.answers).toEqual(answers);
    await finish(
      page,
      path.findIndex((id) => slugOf(id) === here),
      'cy',
    );
    await expectRunsOnly(page, 'B', ['index', 'boot', 'cy']);
    // the one failure on the way: A's Welsh chunk, gone from the server
    const aWelsh = builtFiles('A').find((file) => /\/assets\/cy-[^/]+\.js$/.test(file.url))!.url;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((error) => !error.includes(aWelsh))).toEqual([]);
  });
});

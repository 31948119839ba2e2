import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchForMeasuring } from './chromium';

// First-load weight: what a phone must download before it can show the first screen — the HTML
// and every script, module preload and stylesheet that index.html names — gzipped (zlib's default
// level, as a server compressing on the fly would). Dynamic imports are not in it: Vite adds no
// tag for them, and the page is already on screen without them.

export interface FileWeight {
  path: string;
  bytes: number;
  gzip: number;
}

export interface Weight {
  files: FileWeight[];
  gzip: number;
}

const gzipOf = (data: Buffer) => gzipSync(data).length;

function fileWeight(dist: string, path: string): FileWeight {
  const data = readFileSync(join(dist, path));
  return { path, bytes: data.length, gzip: gzipOf(data) };
}

/** The same-origin files index.html references for the first load, in document order. */
export function referencedFiles(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const url = tag.toLowerCase().startsWith('<script') ? attr('src') : attr('href');
    if (!url) continue;
    if (tag.toLowerCase().startsWith('<link')) {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('stylesheet') && !rel.includes('modulepreload')) continue;
    }
    if (/^(data:|https?:|\/\/)/i.test(url)) {
      if (url.startsWith('data:')) continue;
      throw new Error(`index.html loads ${url} from another origin: the weight would not count it`);
    }
    found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

export function firstLoadWeight(dist: string): Weight {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [fileWeight(dist, 'index.html'), ...referencedFiles(html).map((path) => fileWeight(dist, path))];
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/**
 * Everything the page asks its own origin for until it is usable (`ready` holds), read in Chromium:
 * for the tool this includes the app chunk that the entry imports after the first screen.
 */
export async function weightUntilUsable(origin: string, dist: string, ready: string): Promise<Weight> {
  const browser = await launchForMeasuring();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const paths = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) paths.add(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    });
    await page.goto(origin + '/');
    await page.waitForSelector(ready, { state: 'attached' });
    const files = [...paths].map((path) => fileWeight(dist, path));
    return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    await browser.close();
  }
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { summariseAxe, type AxeLedger } from './support/axe-ledger';
import { buildForProduction } from './support/build';
import { serveStatic } from './support/server';

// Builds the app once for production into a temporary folder, serves it on 127.0.0.1 on a free
// port for the whole browser run, and afterwards prints how many distinct screens axe scanned.

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** The file where the axe scans of this run are kept (support/axe-ledger.ts). */
    axeLedger: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'advocacy-check-browser-'));
  const outDir = join(work, 'dist');
  buildForProduction(outDir);
  const server = await serveStatic(outDir);
  const ledger = join(work, 'axe-ledger.json');
  project.provide('origin', server.origin);
  project.provide('axeLedger', ledger);

  return async () => {
    await server.close();
    if (existsSync(ledger)) console.log(summariseAxe(JSON.parse(readFileSync(ledger, 'utf8')) as AxeLedger));
    rmSync(work, { recursive: true, force: true });
  };
}

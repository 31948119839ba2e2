import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../deploy/nginx';
import { summariseAxe, type AxeLedger } from './support/axe-ledger';
import { buildForProduction } from './support/build';

// Builds the app once for production into a temporary folder, serves it with the production
// server (nginx, configured by deploy/nginx.ts: the real headers, Content-Security-Policy and
// caching) on 127.0.0.1 on a free port for the whole browser run, and afterwards prints how many
// distinct screens axe scanned.

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** The file where the axe scans of this run are kept (support/axe-ledger.ts). */
    axeLedger: string;
    /** The build folder the server serves (for tests that compare what was served with what was built). */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'advocacy-check-browser-'));
  chmodSync(work, 0o755); // nginx's workers (not root) read the build
  const outDir = join(work, 'dist');
  buildForProduction(outDir);
  const server = await startNginx({ root: outDir, runtimeDir: join(work, 'nginx') });
  const ledger = join(work, 'axe-ledger.json');
  project.provide('origin', server.origin);
  project.provide('axeLedger', ledger);
  project.provide('distDir', outDir);

  return async () => {
    await server.close();
    if (existsSync(ledger)) console.log(summariseAxe(JSON.parse(readFileSync(ledger, 'utf8')) as AxeLedger));
    rmSync(work, { recursive: true, force: true });
  };
}

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The production build the browser tests and screenshots run against: `vite build` into a folder
// of their own, never the project's dist/.

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** `env`: more environment for the build, e.g. ADVOCACY_CHECK_BUILD_LABEL (vite-plugins/build-label.ts). */
export function buildForProduction(outDir: string, env: Record<string, string> = {}): void {
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

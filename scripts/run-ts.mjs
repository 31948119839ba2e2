// Runs a TypeScript script with Vite's module runner, since Node 20 cannot strip types itself:
//   node scripts/run-ts.mjs scripts/screenshots.ts
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [script] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts>');
  process.exit(2);
}
const { module } = await runnerImport(resolve(script), { configFile: false, logLevel: 'error' });
if (typeof module.default === 'function') await module.default();

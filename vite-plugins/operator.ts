import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { operatorFileProblems } from '../content/operator-schema.ts';

// Checks content/operator.json (who runs this copy of the tool) when a build or the dev server
// starts, and stops with a plain message if it is not valid: an operator who mistypes an email
// address finds out from the build, not from a person who needed to reach them.

export const operatorFilePath = 'content/operator.json';

export function checkOperatorFile(): Plugin {
  let root = process.cwd();
  return {
    name: 'advocacy-check:operator',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const file = resolve(root, operatorFilePath);
      this.addWatchFile(file);
      const problems = operatorFileProblems(readFileSync(file, 'utf8'));
      if (problems.length > 0) {
        this.error(`${operatorFilePath} is not valid (see content/README.md, "Who runs the tool"):\n  ${problems.join('\n  ')}`);
      }
    },
  };
}

import type { Plugin } from 'vite';

// For tests of what happens when a new version is deployed (tests/browser/update.browser.test.ts):
// with ADVOCACY_CHECK_BUILD_LABEL set, every script chunk of the build records, when it runs, the
// label and its own name in `self.advocacyCheckBuild`. Two builds with different labels then differ
// in every chunk (so every file name changes, as in a real release), and a test can see which
// version's code a page is running, chunk by chunk. Without the variable it does nothing.

export const buildLabelVariable = 'ADVOCACY_CHECK_BUILD_LABEL';

export function buildLabel(label = process.env[buildLabelVariable]): Plugin {
  return {
    name: 'advocacy-check:build-label',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!label) return null;
      const record = JSON.stringify(`${label} ${chunk.name}`);
      return { code: `${code}\n;(self.advocacyCheckBuild ||= []).push(${record});\n`, map: null };
    },
  };
}

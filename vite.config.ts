/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildLabel } from './vite-plugins/build-label.ts';
import { compileHints } from './vite-plugins/compile-hints.ts';
import { checkOperatorFile } from './vite-plugins/operator.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { prerenderStartPage } from './vite-plugins/prerender.ts';
import { securityHeaders } from './vite-plugins/security-headers.ts';
import { offlineServiceWorker } from './vite-plugins/service-worker.ts';

export default defineConfig({
  // prerender: the start page is in index.html; service worker: the tool works offline (bench/README.md);
  // operator: content/operator.json is checked before anything is built; security headers: the CSP for
  // the HTML written so far, so after prerender and before the service worker keeps the final HTML
  // (deploy/README.md); compile hints: the app's chunks are compiled as they load, not at the first
  // click, and before the service worker hashes them; precompress: .gz and .br copies of what was written
  plugins: [
    react(),
    checkOperatorFile(),
    prerenderStartPage(),
    securityHeaders(),
    compileHints(),
    offlineServiceWorker(),
    precompress(),
    buildLabel(),
  ],
  // GOV.UK Frontend's service navigation carries an old Internet Explorer hack, `@media … (min-width: 0\0)`
  // (Sass writes the `\0` as U+FFFD), which is not valid CSS and stops the minifier: that one rule is
  // dropped here (every current browser ignores it anyway).
  css: {
    postcss: {
      plugins: [
        {
          postcssPlugin: 'drop-internet-explorer-media-hack',
          AtRule: {
            media: (rule: { params: string; remove: () => void }) => {
              if (/min-width:\s*0(\\0|\uFFFD)/.test(rule.params)) rule.remove();
            },
          },
        },
      ],
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // `npm test` runs both projects: the unit tests in jsdom, then the browser tests, which build the
    // app for production, serve it on 127.0.0.1 and drive Debian's Chromium (tests/browser/README.md).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // Property and model-based tests run thousands of cases; on a busy 2-core machine they
          // need more than the default 5 s. Speed is measured by `npm run bench`, not here.
          testTimeout: 120_000,
          include: [
            'machines/**/*.test.ts',
            'content/**/*.test.ts',
            'deploy/**/*.test.ts',
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'tests/**/*.test.ts',
            'tests/**/*.test.tsx',
          ],
          exclude: ['**/node_modules/**', 'tests/browser/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.browser.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false, // one Chromium at a time, and the axe count spans the files in order
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // after the unit tests, not beside them: Chromium and the heavy model tests would slow each other
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

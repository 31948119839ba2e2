import type { Plugin } from 'vite';
import {
  headerRules,
  inlineScriptHashes,
  policyMeta,
  policyProblems,
  renderHeadersFile,
  renderRedirectsFile,
  rewrites,
  type Site,
} from '../deploy/headers.ts';
import { loadAppModule } from './app-module.ts';

// The Content-Security-Policy of each build (deploy/headers.ts has the policy and the other
// headers). After every other plugin has written the HTML, this:
// - hashes every inline script in every HTML file (the first-screen check in <head>, and any a
//   later change adds), so script-src allows exactly those and never 'unsafe-inline';
// - fails the build if an HTML file has something the policy would block (an inline style, an
//   event-handler attribute, a javascript: URL), rather than ship a page that breaks;
// - puts the policy into each HTML file as <meta http-equiv>, first in <head> so it covers
//   everything after it (for hosts that cannot send headers);
// - writes `_headers` and `_redirects` (Netlify's and Cloudflare Pages' format), which
//   deploy/nginx.ts turns into the nginx configuration: one statement of the headers per build.

/** Files the build writes for the host, not for browsers (never cached by the service worker). */
export const hostFiles = ['_headers', '_redirects'] as const;

export function securityHeaders(): Plugin {
  let root = process.cwd();
  return {
    name: 'advocacy-check:security-headers',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const pages = Object.values(bundle).filter(
          (file): file is Extract<typeof file, { type: 'asset' }> => file.type === 'asset' && file.fileName.endsWith('.html'),
        );
        if (pages.length === 0) throw new Error('security headers: the build has no HTML file');
        const source = (page: (typeof pages)[number]) =>
          typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);

        for (const page of pages) {
          const problems = policyProblems(source(page));
          if (problems.length > 0) {
            throw new Error(`security headers: ${page.fileName} has what the Content-Security-Policy blocks:\n  ${problems.join('\n  ')}`);
          }
        }
        const site: Site = {
          scriptHashes: inlineScriptHashes(pages.map(source)),
          appPaths: (await loadAppModule(root)).appPaths(),
        };
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyMeta(site)}" />`;
        for (const page of pages) {
          const html = source(page);
          const charset = /<meta\s+charset=[^>]*>/i.exec(html);
          if (!charset) throw new Error(`security headers: ${page.fileName} has no <meta charset> to put the policy after`);
          const at = charset.index + charset[0].length;
          page.source = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
        }
        this.emitFile({ type: 'asset', fileName: '_headers', source: renderHeadersFile(headerRules(site)) });
        this.emitFile({ type: 'asset', fileName: '_redirects', source: renderRedirectsFile(rewrites(site)) });
      },
    },
  };
}

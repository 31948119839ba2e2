import type { Plugin } from 'vite';
import { pendingScript } from '../src/first-screen.ts';
import { loadAppModule } from './app-module.ts';

// Puts the start page into index.html at build time, so it is on screen before any JavaScript
// has run (a cheap phone on a slow signal sees content at once, not a blank page). It renders
// src/prerender.tsx in Node with react-dom/server, in English, then the app adopts that markup
// (src/boot.tsx). A small inline script in <head> hides it when the page to show is another one
// (src/first-screen.ts). Only for `vite build`: the dev server serves the plain index.html.

const emptyRoot = '<div id="root"></div>';

export function prerenderStartPage(): Plugin {
  let root = process.cwd();
  return {
    name: 'advocacy-check:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(emptyRoot)) throw new Error(`prerender: index.html has no empty ${emptyRoot} to fill`);
        const { html: app, title, serviceName } = (await loadAppModule(root)).renderStartPage();
        return html
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
          // the neutral title "Exit this page" leaves on the history entry it leaves behind (src/exit.ts)
          .replace('<title>', `<meta name="application-name" content="${escapeText(serviceName).replace(/"/g, '&quot;')}" />\n    <title>`)
          .replace('</title>', `</title>\n    <script>${pendingScript()}</script>`)
          .replace(emptyRoot, `<div id="root">${app}</div>`);
      },
    },
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

import type { Plugin } from 'vite';
import { liveScreen, pendingScript, templateId } from '../src/first-screen.ts';
import { loadAppModule } from './app-module.ts';

// Puts the first screen into index.html at build time, so a page is readable before any JavaScript
// has run (a cheap phone on a slow signal sees content at once, not a blank page). It renders
// src/prerender.tsx in Node with react-dom/server: the start page in English as the page itself,
// and the other pages a first visit may need (the start page in Welsh, Get help now, "this page is
// loading") as <template>s after it. A small inline script in <head> hides the English start page
// when another is the one to show, and the entry puts that one in its place (src/first-screen.ts).
// Only for `vite build`: the dev server serves the plain index.html.

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
        const { screens, serviceName } = await (await loadAppModule(root)).renderFirstScreens();
        const live = screens.find((s) => s.screen === liveScreen);
        if (!live) throw new Error(`prerender: no ${liveScreen} page`);
        const templates = screens
          .filter((s) => s !== live)
          .map(
            (s) =>
              `<template id="${templateId(s.screen)}" lang="${s.language}" data-title="${escapeAttribute(s.title)}">${s.html}</template>`,
          )
          .join('\n    ');
        return (
          html
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(live.title)}</title>`)
            // the neutral title "Exit this page" leaves on the history entry it leaves behind (src/exit.ts)
            .replace('<title>', `<meta name="application-name" content="${escapeAttribute(serviceName)}" />\n    <title>`)
            .replace('</title>', `</title>\n    <script>${pendingScript()}</script>`)
            .replace(emptyRoot, `<div id="root">${live.html}</div>\n    ${templates}`)
        );
      },
    },
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption } from 'vite';
import app from '../../vite.config.ts';

// The floor is built with the tool's own Vite configuration (the same React plugin, build target,
// minifier and chunking), less what belongs to the tool alone: its build-time plugins (pre-render,
// service worker, named "advocacy-check:…") and its test projects.

const own = (plugin: PluginOption) =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name.startsWith('advocacy-check:');

export default defineConfig({
  ...app,
  test: undefined,
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: (app.plugins ?? []).flat().filter((plugin) => !own(plugin)),
});

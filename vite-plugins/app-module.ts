import { resolve } from 'node:path';
import { runnerImport } from 'vite';

// The app's own build-time module (src/prerender.tsx), loaded in Node with Vite's module runner
// (TypeScript, JSX and the JSON catalogues need transforming). Loaded once per build and shared by
// the plugins that need it.

export type AppModule = typeof import('../src/prerender');

const loaded = new Map<string, Promise<AppModule>>();

export function loadAppModule(root: string): Promise<AppModule> {
  let module = loaded.get(root);
  if (!module) {
    module = runnerImport<AppModule>(resolve(root, 'src/prerender.tsx'), { configFile: false, root, logLevel: 'error' }).then(
      (result) => result.module,
    );
    loaded.set(root, module);
  }
  return module;
}

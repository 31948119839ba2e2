import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

// V8 compiles most functions only when they are first called, on the page's main thread. In a tab
// just opened, every first click (Start, the first Continues, Confirm) paid for compiling React's
// update code, XState's transitions and the pages it met for the first time: 4–8 ms a step on this
// machine (bench/README.md, "Step latency"). Chromium's explicit compile hint, the magic comment
// `//# allFunctionsCalledOnLoad` at the top of a script, asks it to compile the whole file when it
// loads, on a background thread while the file streams in. The hint goes on the app's chunks only,
// the ones `src/boot.tsx` loads at once after the start page is on screen, never on the entry
// (which the first paint waits for) or on chunks fetched later (letters, Welsh, the Word library).
// Other browsers read it as an ordinary comment.

export const compileHint = '//# allFunctionsCalledOnLoad';
const appEntry = /\/src\/boot\.tsx$/;

/** The chunk whose module is `src/boot.tsx`, and every chunk it imports statically, at any depth. */
function appChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const boot = chunks.find((chunk) => chunk.facadeModuleId && appEntry.test(chunk.facadeModuleId));
  if (!boot) throw new Error('compile hints: the build has no chunk for src/boot.tsx');
  const found = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName) || chunk.isEntry) return;
    found.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(boot);
  return [...found.values()];
}

export function compileHints(): Plugin {
  return {
    name: 'advocacy-check:compile-hints',
    apply: 'build',
    // After minifying (which would drop the comment), and before the service worker hashes each file.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of appChunks(bundle)) {
          if (!chunk.code.startsWith(compileHint)) chunk.code = `${compileHint}\n${chunk.code}`;
        }
      },
    },
  };
}

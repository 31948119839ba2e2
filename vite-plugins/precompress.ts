import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Writes a gzip (.gz) and a Brotli (.br) copy beside each text file of the build, compressed once
// at the highest levels, so the server sends them as they are (nginx's gzip_static and
// brotli_static, deploy/nginx.ts) instead of compressing every response again. Files the service
// worker keeps are the originals: it never sees these copies.

const compressible = /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/;
const smallest = 256; // below this, compression costs more than it saves

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'advocacy-check:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      handler(options, bundle) {
        const dir = options.dir ?? outDir;
        for (const fileName of Object.keys(bundle)) {
          if (!compressible.test(fileName)) continue;
          const path = join(dir, fileName);
          const content = readFileSync(path);
          if (content.length < smallest) continue;
          writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
          writeFileSync(
            `${path}.br`,
            brotliCompressSync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              },
            }),
          );
        }
      },
    },
  };
}

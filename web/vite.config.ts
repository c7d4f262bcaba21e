import preact from '@preact/preset-vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Writes .gz and .br next to every compressible file of dist/, which the server's webStatic plugin serves. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const file = join(dir, name);
          return statSync(file).isDirectory() ? walk(file) : [file];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } }), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The graph library is only needed by the graph view: its own chunk, loaded on demand.
        codeSplitting: { groups: [{ name: 'cytoscape', test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)/ }] },
      },
    },
  },
  // `npm run dev` in web/: the page on Vite, the API on the server (npm start in the root, port 4000).
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});

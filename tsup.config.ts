import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // batch-worker: the entry point of the batch API's worker threads (src/batch/), a file of its own.
    entry: { index: 'src/index.ts', 'batch-worker': 'src/batch/worker.ts' },
    // import.meta.url in the CommonJS build too (the batch API finds its worker beside itself).
    shims: true,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // batch: parseFiles, for Node only (the main entry bundles for a browser).
    entry: { index: 'src/index.ts', batch: 'src/batch/index.ts' },
    format: ['esm', 'cjs'],
    // Both entries share the parser (the batch runs it in the calling thread on small machines): one
    // copy in a shared chunk, in CommonJS too.
    splitting: true,
    dts: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

/**
 * Builds the playground into playground/dist/ (gitignored): index.html, style.css and playground.js,
 * a classic script with the parser's Web Worker and the examples inlined, so that the page works
 * offline, from file:// as from any static host. Then serves it on http://127.0.0.1:PORT unless
 * `--no-serve` is given.
 *
 * Usage: node playground/build.mjs [--no-serve] [--port N]
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

/**
 * Until the library is bundler-safe, its node-only corners are worked around here (and only here):
 * - xmlbuilder2 requires node's `events` and `url`: aliased to the stand-ins of playground/shims/.
 * - parseFiles (src/batch/) imports node:os, node:path, node:url and node:worker_threads on first
 *   call and reads import.meta.url: the imports stay external (the playground never calls it) and
 *   the empty import.meta of a classic script is expected.
 */
const bundlerWorkarounds = {
  alias: { events: join(here, 'shims/events.ts'), url: join(here, 'shims/url.ts') },
  external: ['node:*'],
  logOverride: { 'empty-import-meta': 'silent' },
};

const common = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' };

/** The worker's script, as text: the main script starts it from a Blob, which file:// pages allow. */
async function buildWorker() {
  const result = await build({ ...common, ...bundlerWorkarounds, entryPoints: [join(here, 'worker.ts')], write: false });
  return result.outputFiles[0].text;
}

/** `import source from 'playground:worker'` gives the worker's script. */
const inlineWorker = (source) => ({
  name: 'inline-worker',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^playground:worker$/ }, () => ({ path: 'worker', namespace: 'playground' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'playground' }, () => ({ contents: source, loader: 'text' }));
  },
});

export async function buildPlayground() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const worker = await buildWorker();
  await build({
    ...common,
    entryPoints: [join(here, 'main.ts')],
    outfile: join(out, 'playground.js'),
    loader: { '.md': 'text', '.txt': 'text' },
    plugins: [inlineWorker(worker)],
  });
  await copyFile(join(here, 'index.html'), join(out, 'index.html'));
  await copyFile(join(here, 'style.css'), join(out, 'style.css'));
  return { folder: out, worker: sizes(Buffer.from(worker)), page: sizes(await readFile(join(out, 'playground.js'))) };
}

const sizes = (bytes) => ({ bytes: bytes.length, gzip: gzipSync(bytes).length });
const kb = ({ bytes, gzip }) => `${(bytes / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzipped)`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const built = await buildPlayground();
  console.log(`playground built in ${relative(process.cwd(), built.folder) || '.'}/: playground.js ${kb(built.page)}, of which the worker ${kb(built.worker)}`);
  if (!args.includes('--no-serve')) {
    const portIndex = args.indexOf('--port');
    serve(built.folder, portIndex >= 0 ? Number(args[portIndex + 1]) : 5180);
  }
}

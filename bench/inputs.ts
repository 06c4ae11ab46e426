// The inputs of the benchmark, by name: `corpus` (every document of ../shared/corpus), `seed` (the
// markdown seed), `synthetic:N` (a long resolution of at least N characters built from the seed) and
// `shape:NAME:BYTES` (a document of about BYTES in one of the layouts of bench/shapes.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapedDocument, SHAPES, unitsFor, type ShapeName } from './shapes.js';
import { SEED_PATH, syntheticResolution } from './synthetic.js';

export const CORPUS_ROOT = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** Every resolution of the corpus (`.txt` and `.md` under its language folders), sorted. */
export function corpusFiles(root = CORPUS_ROOT): string[] {
  if (!existsSync(root)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) && dir !== root ? [join(dir, entry.name)] : [],
    );
  return walk(root).sort();
}

export interface Input {
  name: string;
  texts: string[];
  /** Size in bytes (UTF-8), as on disk. */
  bytes: number;
}

export function loadInput(name: string): Input {
  let texts: string[];
  if (name === 'corpus') texts = corpusFiles().map((file) => readFileSync(file, 'utf8'));
  else if (name === 'seed') texts = [readFileSync(SEED_PATH, 'utf8')];
  else if (name.startsWith('synthetic:')) texts = [syntheticResolution(Number(name.slice('synthetic:'.length)))];
  else if (name.startsWith('shape:')) {
    const [, shape, bytes] = name.split(':');
    if (!(shape in SHAPES)) throw new Error(`unknown shape ${shape} (${Object.keys(SHAPES).join(', ')})`);
    texts = [shapedDocument(shape as ShapeName, unitsFor(shape as ShapeName, Number(bytes)))];
  }
  else throw new Error(`unknown input ${name}`);
  return { name, texts, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}

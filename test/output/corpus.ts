import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/index.js';
import type { Resolution } from '../../src/schema/index.js';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const SEED = fileURLToPath(new URL('../../fixtures/seed/a-res-58-220.fr.md', import.meta.url));
export const AKN_DIR = fileURLToPath(new URL('../../../shared/akn', import.meta.url));

export const hasCorpus = existsSync(CORPUS);
export const hasAknSchema = existsSync(join(AKN_DIR, 'akomantoso30-lenient.xsd'));

if (!hasCorpus) console.warn(`[test/output] ${CORPUS} is absent: the corpus tests are skipped.`);
if (!hasAknSchema) console.warn(`[test/output] ${AKN_DIR} is absent: the Akoma Ntoso schema tests are skipped.`);

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(txt|md)$/.test(name) && name !== 'README.md' ? [path] : [];
    });
}

export interface Document {
  /** Path relative to the corpus ("en/sc/s-res-84-1950.txt"), or "seed". */
  name: string;
  text: string;
  resolution: Resolution;
  result: ReturnType<typeof parse>;
}

/** The seed and every corpus file, parsed once per test file. */
export function documents(): Document[] {
  const files = [SEED, ...(hasCorpus ? walk(CORPUS) : [])];
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const result = parse(text);
    return { name: file === SEED ? 'seed' : relative(CORPUS, file), text, resolution: result.resolution, result };
  });
}

export function seed(): Document {
  return documents().find((d) => d.name === 'seed')!;
}

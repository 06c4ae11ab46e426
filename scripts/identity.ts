// Output identity across a refactor: `npm run identity -- save DIR` writes the parse and validate
// JSON of every document of ../shared/corpus and fixtures/ into DIR; `npm run identity -- check DIR`
// parses them again and names each document whose JSON differs, with the first differing path.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, validate } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'fixtures')];

function inputs(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) && !/\.(alignment|expected)/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  return SOURCES.filter(existsSync).flatMap(walk).sort();
}

const outputOf = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return JSON.stringify({ parse: parse(text), validate: validate(text) }, null, 1);
};
/** The output's file name: the fixtures' path from the repository (so that any checkout compares alike), the corpus' from beside it. */
const nameOf = (file: string) => {
  const fromRepo = relative(ROOT, file);
  return (fromRepo.startsWith('..') ? relative(join(ROOT, '..'), file) : fromRepo).replaceAll('/', '__') + '.json';
};
const shown = (file: string) => nameOf(file).slice(0, -'.json'.length).replaceAll('__', '/');

/** The first path at which two JSON values differ, for a readable report. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== 'object') {
    return JSON.stringify(a) === JSON.stringify(b) ? null : `${path || '/'}: ${JSON.stringify(a)?.slice(0, 120)} → ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
    if (found) return found;
  }
  return null;
}

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'save' && mode !== 'check')) {
  console.error('usage: npm run identity -- save|check DIR');
  process.exit(2);
}
const files = inputs();
let differing = 0;
if (mode === 'save') mkdirSync(dir, { recursive: true });
for (const file of files) {
  const output = outputOf(file);
  const target = join(dir, nameOf(file));
  if (mode === 'save') writeFileSync(target, output);
  else {
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === output) continue;
    differing++;
    const where = before === null ? 'new file' : firstDifference(JSON.parse(before), JSON.parse(output));
    console.log(`${shown(file)}  ${where}`);
  }
}
console.log(mode === 'save' ? `saved ${files.length} documents to ${dir}` : `${files.length} documents, ${differing} differ`);
process.exit(differing ? 1 : 0);

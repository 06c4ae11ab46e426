// What the benchmark measures: the library's `parse`, `parse` + `validate`, and the baselines. Each
// case is a function of one document's text; `null` when it cannot run here (`validate` not built yet).
//
// The library is the package as built for npm (`dist/`, bundled by tsup: what users run; `npm run
// bench` builds it first). With BENCH_SOURCE=1 it is `src/` as tsx compiles it module by module, which
// V8 runs about 10% slower (instructions per corpus pass: 3,157 M from src, 2,800 M from dist).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { Lexer } from 'marked';
import { amendedResolution } from './amended.js';
import { lineScan } from './line-scan.js';

import type { Resolution } from '../src/index.js';

type Library = typeof import('../src/index.js');
export const LIBRARY_SOURCE = process.env.BENCH_SOURCE ? 'src/ (tsx)' : 'dist/ (the built package)';
const library: Library = process.env.BENCH_SOURCE ? await import('../src/index.js') : await import(distEntry());

/** The built package's entry, as a path string the type checker does not follow (dist/ has its own types). */
function distEntry(): string {
  return '../dist/index.js';
}
export type Run = (text: string) => unknown;

export const CASES = ['line-scan', 'parse', 'parse+validate', 'remark (mdast)', 'marked lexer'] as const;
/** compare(draft, adopted) of each document against an amended copy (bench/amended.ts): the trees parsed beforehand, or parsed in the timing too. */
export const COMPARE_CASES = ['compare', 'parse+compare'] as const;
export const ALL_CASES = [...CASES, ...COMPARE_CASES] as const;
export type CaseName = (typeof ALL_CASES)[number];

/** Each document's amended copy (and, for `compare`, both trees), made by `prepare` before the timed passes. */
const amended = new Map<string, string>();
const amendedOf = (text: string) => amended.get(text) ?? (amended.set(text, amendedResolution(text)), amended.get(text)!);
const trees = new Map<string, [Resolution, Resolution]>();
const treesOf = (text: string) => {
  if (!trees.has(text)) trees.set(text, [library.parse(text).resolution, library.parse(amendedOf(text)).resolution]);
  return trees.get(text)!;
};

/** `validate` from the library's entry point, if it exports one. */
function findValidate(): ((...args: unknown[]) => unknown) | null {
  const validate = (library as Record<string, unknown>).validate;
  return typeof validate === 'function' ? (validate as (...args: unknown[]) => unknown) : null;
}

/** Work a case needs done before it is timed: the amended copies, and for `compare` the parsed trees. */
export function prepare(name: CaseName, texts: string[]): void {
  if (name === 'compare') texts.forEach(treesOf);
  if (name === 'parse+compare') texts.forEach(amendedOf);
}

export function makeRun(name: CaseName): Run | null {
  switch (name) {
    case 'line-scan':
      return lineScan;
    case 'parse':
      return (text) => library.parse(text);
    case 'parse+validate': {
      const validate = findValidate();
      if (!validate) return null;
      // validate(text) parses, then runs every rule: the whole job of a validating caller.
      return (text) => validate(text);
    }
    case 'remark (mdast)':
      // What remark-parse runs: micromark's tokenizer and the mdast builder.
      return (text) => fromMarkdown(text);
    case 'marked lexer':
      return (text) => Lexer.lex(text);
    case 'compare':
      return (text) => library.compare(...treesOf(text));
    case 'parse+compare':
      return (text) => library.compare(library.parse(text).resolution, library.parse(amendedOf(text)).resolution);
  }
}

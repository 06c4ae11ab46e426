// What the benchmark measures: the library's `parse`, `parse` + `validate`, and the baselines. Each
// case is a function of one document's text; `null` when it cannot run here (`validate` not built yet).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { Lexer } from 'marked';
import * as library from '../src/index.js';
import { lineScan } from './line-scan.js';

export type Run = (text: string) => unknown;

export const CASES = ['line-scan', 'parse', 'parse+validate', 'remark (mdast)', 'marked lexer'] as const;
export type CaseName = (typeof CASES)[number];

/** `validate` from the library's entry point, if it exports one. */
function findValidate(): ((...args: unknown[]) => unknown) | null {
  const validate = (library as Record<string, unknown>).validate;
  return typeof validate === 'function' ? (validate as (...args: unknown[]) => unknown) : null;
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
  }
}

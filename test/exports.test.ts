// The public API, pinned: what each entry point exports at run time. A new export is a decision:
// add it to the list here (and document it in the README).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The zod schemas of the tree, one per node type. */
const SCHEMAS = [
  'Annex', 'Authority', 'Closing', 'Diagnostic', 'Division', 'DocumentSymbol', 'Emphasis', 'Footnote', 'FootnoteReference',
  'Header', 'Heading', 'Inline', 'InputForm', 'Language', 'Opener', 'OperativeParagraph', 'OrganId', 'PageBreak',
  'ParseResult', 'Point', 'Position', 'PreambularParagraph', 'Reference', 'ReferenceKind', 'ReportReference', 'Resolution', 'Severity', 'Subparagraph',
  'Superscript', 'Text', 'Unparsed', 'Vote',
  // compare()'s result
  'Change', 'ComparedDocument', 'ComparedFootnote', 'ComparedParagraph', 'ComparedSubparagraph', 'Comparison', 'ComparisonSummary',
  'FootnoteAlignment', 'MastheadChange', 'MastheadField', 'OpenerChange', 'ParagraphAlignment', 'SubparagraphAlignment', 'WordChange',
];
const FUNCTIONS = ['parse', 'validate', 'codes', 'toAkomaNtoso', 'AKN_NAMESPACE', 'print', 'parseResultJsonSchema', 'operativeParagraphs', 'preambularParagraphs', 'references', 'referenceSites', 'compare', 'comparisonJsonSchema'];
const MAIN = [...FUNCTIONS, ...SCHEMAS];
const BATCH = ['parseFiles'];

const root = join(import.meta.dirname, '..');
const sorted = (names: string[]) => [...names].sort();

describe('public API', () => {
  it('the main entry exports the functions and the schemas, nothing internal', async () => {
    expect(sorted(Object.keys(await import('../src/index.js')))).toEqual(sorted(MAIN));
  });

  it('un-resolution/batch exports parseFiles', async () => {
    expect(sorted(Object.keys(await import('../src/batch/index.js')))).toEqual(sorted(BATCH));
  });

  it('the built entries export the same, ESM and CommonJS', async () => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build (npm test does it)');
    expect(sorted(Object.keys(await import('../dist/index.js')))).toEqual(sorted(MAIN));
    expect(sorted(Object.keys(await import('../dist/batch.js')))).toEqual(sorted(BATCH));
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    expect(sorted(Object.keys(require('../dist/index.cjs')))).toEqual(sorted(MAIN));
    expect(sorted(Object.keys(require('../dist/batch.cjs')))).toEqual(sorted(BATCH));
  });

  it('the declarations name no file of the repository, and declare every type their signatures use', () => {
    const declarations = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.d.ts'));
    for (const name of declarations) {
      const text = readFileSync(join(root, 'dist', name), 'utf8');
      expect(text, name).not.toMatch(/\b(?:src|test|scripts|grammar|bench)\/[\w./-]*/);
    }
    const index = readFileSync(join(root, 'dist', 'index.d.ts'), 'utf8');
    const exported = [...index.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/^type /, '').split(' as ').pop()!));
    for (const type of ['Body', 'FrbrOptions', 'ParseOptions', 'ValidateOptions', 'AkomaNtosoOptions', 'PrintOptions', 'RuleSetting', 'CodeInfo', 'CodeMeta']) {
      expect(exported, type).toContain(type);
    }
  });
});

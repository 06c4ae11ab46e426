// The exported types are interfaces generated from the zod schemas (scripts/generate-types.ts), so
// that each field's description reaches an editor's hover. Here `npm run typecheck` checks that
// they agree with what the schemas infer, both ways; the tests check the descriptions reach the
// built declarations and the JSON Schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type * as S from '../src/schema/nodes.js';

type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <A, B>(verdict: Agree<A, B>) => verdict;
export const checked = [
  agree<z.infer<typeof S.ParseResult>, S.ParseResult>(true),
  agree<z.infer<typeof S.Resolution>, S.Resolution>(true),
  agree<z.infer<typeof S.Header>, S.Header>(true),
  agree<z.infer<typeof S.DocumentSymbol>, S.DocumentSymbol>(true),
  agree<z.infer<typeof S.ReportReference>, S.ReportReference>(true),
  agree<z.infer<typeof S.OrganId>, S.OrganId>(true),
  agree<z.infer<typeof S.Authority>, S.Authority>(true),
  agree<z.infer<typeof S.PreambularParagraph>, S.PreambularParagraph>(true),
  agree<z.infer<typeof S.OperativeParagraph>, S.OperativeParagraph>(true),
  agree<z.infer<typeof S.Subparagraph>, S.Subparagraph>(true),
  agree<z.infer<typeof S.Opener>, S.Opener>(true),
  agree<z.infer<typeof S.Heading>, S.Heading>(true),
  agree<z.infer<typeof S.Inline>, S.Inline>(true),
  agree<z.infer<typeof S.Text>, S.Text>(true),
  agree<z.infer<typeof S.Emphasis>, S.Emphasis>(true),
  agree<z.infer<typeof S.FootnoteReference>, S.FootnoteReference>(true),
  agree<z.infer<typeof S.Superscript>, S.Superscript>(true),
  agree<z.infer<typeof S.Division>, S.Division>(true),
  agree<z.infer<typeof S.Annex>, S.Annex>(true),
  agree<z.infer<typeof S.Closing>, S.Closing>(true),
  agree<z.infer<typeof S.Vote>, S.Vote>(true),
  agree<z.infer<typeof S.Footnote>, S.Footnote>(true),
  agree<z.infer<typeof S.PageBreak>, S.PageBreak>(true),
  agree<z.infer<typeof S.Unparsed>, S.Unparsed>(true),
  agree<z.infer<typeof S.Diagnostic>, S.Diagnostic>(true),
  agree<z.infer<typeof S.Severity>, S.Severity>(true),
  agree<z.infer<typeof S.Position>, S.Position>(true),
  agree<z.infer<typeof S.Point>, S.Point>(true),
  agree<z.infer<typeof S.Language>, S.Language>(true),
  agree<z.infer<typeof S.InputForm>, S.InputForm>(true),
];

const dist = join(import.meta.dirname, '..', 'dist');

describe('the tree documented where users look', () => {
  it('the built declarations carry the description of each field as JSDoc (opener.known, symbol.stated)', () => {
    if (!existsSync(join(dist, 'index.d.ts'))) throw new Error('dist/index.d.ts is missing: run npm run build (npm test does it)');
    // index.d.ts and the declaration chunks it imports (shared with the batch entry).
    const declarations = readdirSync(dist)
      .filter((name) => name.endsWith('.d.ts'))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    expect(declarations).toMatch(/interface Opener\$?\d* \{[^}]*\/\*\*\s*\n\s*\* Whether the phrase is in the language's list of openers[^}]*\*\/\s*\n\s*known: boolean/);
    expect(declarations).toMatch(/\/\*\*\s*\n\s*\* Whether the document prints its symbol \(false: derived from the resolution number\)\.\s*\n\s*\*\/\s*\n\s*stated: boolean/);
  });

  it('schema.json describes every property and names every definition', () => {
    const schema = JSON.parse(readFileSync(join(dist, 'schema.json'), 'utf8')) as { $defs: Record<string, unknown> };
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string; const?: unknown }> }).properties;
      for (const [name, property] of Object.entries(properties ?? {})) {
        // A node's `type` is a constant: it names itself.
        if (!property.description && !(name === 'type' && 'const' in property)) undescribed.push(`${path}.${name}`);
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${path}/${key}`);
    };
    visit(schema, '#');
    expect(undescribed).toEqual([]);
    expect(Object.keys(schema.$defs).filter((name) => name.startsWith('__'))).toEqual([]);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Resolution', 'Opener', 'OperativeParagraph', 'Inline', 'Position', 'Diagnostic']));
  });
});

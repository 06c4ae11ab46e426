import { z } from 'zod';
import { Comparison } from '../compare/schema.js';
import { ParseResult } from '../schema/nodes.js';

/**
 * The JSON Schema (draft 2020-12) of `parse()`'s result, generated from the zod schemas that define
 * the tree: every node type is a named definition under `$defs` (`Resolution`, `OperativeParagraph`,
 * `Inline` …; their ids and descriptions are the schemas' metadata), and every property has a
 * description. The definitions of `compare()`'s result (`Comparison`, `ParagraphAlignment` …) are
 * under `$defs` too (`schema.json#/$defs/Comparison`). The package ships it as
 * `un-resolution/schema.json`, written at build time.
 */
export function parseResultJsonSchema(): Record<string, unknown> {
  const { $schema, $defs, ...rest } = generate(ParseResult);
  const comparison = generate(Comparison);
  return {
    $schema,
    $id: 'urn:un-resolution:parse-result',
    title: 'un-resolution parse result',
    ...rest,
    $defs: { ...($defs as Record<string, unknown>), ...(comparison.$defs as Record<string, unknown>) },
    description: 'The result of parse() in the un-resolution package: { resolution, diagnostics }. Generated from its zod schemas. $defs/Comparison describes the result of compare().',
  };
}

/** The JSON Schema of `compare()`'s result (and of `un-resolution diff --format json`), rooted at `Comparison`. */
export function comparisonJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = generate(Comparison);
  return {
    $schema,
    $id: 'urn:un-resolution:comparison',
    title: 'un-resolution comparison',
    ...rest,
    description: 'The result of compare(draft, adopted) in the un-resolution package. Generated from its zod schemas.',
  };
}

function generate(root: z.ZodType): Record<string, unknown> {
  // Node types are definitions by their id; anything else shared is written where it is used.
  return z.toJSONSchema(root, { target: 'draft-2020-12', reused: 'inline', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
}

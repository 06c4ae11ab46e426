import { z } from 'zod';
import * as comparison from '../compare/schema.js';
import * as schema from '../schema/index.js';

/** Every named schema of the package, by its export name: the `$defs` of the JSON Schemas. */
function registry() {
  const names = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries({ ...schema, ...comparison })) {
    if (value instanceof z.ZodType && value !== schema.ParseResult) names.add(value, { id: name });
  }
  return names;
}

function generate(root: z.ZodType, names: ReturnType<typeof registry>): Record<string, unknown> {
  return z.toJSONSchema(root, { target: 'draft-2020-12', metadata: names, reused: 'ref', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
}

/**
 * The JSON Schema (draft 2020-12) of `parse()`'s result, generated from the zod schemas that define
 * the tree: every node type is a named definition under `$defs` (`Resolution`, `OperativeParagraph`,
 * `Inline` …). The definitions of `compare()`'s result (`Comparison`, `ParagraphAlignment` …) are
 * under `$defs` too (`schema.json#/$defs/Comparison`). The package ships it as
 * `un-resolution/schema.json`, written at build time.
 */
export function parseResultJsonSchema(): Record<string, unknown> {
  const names = registry();
  const { $schema, $defs, ...rest } = generate(schema.ParseResult, names);
  const comparisonDefs = generate(comparison.Comparison, names).$defs as Record<string, unknown>;
  return {
    $schema,
    $id: 'urn:un-resolution:parse-result',
    title: 'un-resolution parse result',
    description: 'The result of parse() in the un-resolution package: { resolution, diagnostics }. Generated from its zod schemas. $defs/Comparison describes the result of compare().',
    ...rest,
    $defs: mergeDefinitions($defs as Record<string, unknown>, comparisonDefs),
  };
}

/** The definitions of both schemas; a name defined differently in each (an unnamed schema used twice) is a bug. */
function mergeDefinitions(first: Record<string, unknown>, second: Record<string, unknown>): Record<string, unknown> {
  for (const [name, definition] of Object.entries(second)) {
    if (name in first && JSON.stringify(first[name]) !== JSON.stringify(definition)) throw new Error(`JSON Schema: "${name}" is defined twice, differently: name the zod schema`);
  }
  return { ...first, ...second };
}

/** The JSON Schema of `compare()`'s result (and of `un-resolution diff --format json`): the same `$defs`, rooted at `Comparison`. */
export function comparisonJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = generate(comparison.Comparison, registry());
  return { $schema, $id: 'urn:un-resolution:comparison', title: 'un-resolution comparison', description: 'The result of compare(draft, adopted) in the un-resolution package. Generated from its zod schemas.', ...rest };
}

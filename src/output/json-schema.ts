import { z } from 'zod';
import * as schema from '../schema/index.js';

/**
 * The JSON Schema (draft 2020-12) of `parse()`'s result, generated from the zod schemas that define
 * the tree: every node type is a named definition under `$defs` (`Resolution`, `OperativeParagraph`,
 * `Inline` …). The package ships it as `un-resolution/schema.json`, written at build time.
 */
export function parseResultJsonSchema(): Record<string, unknown> {
  const names = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(schema)) {
    if (value instanceof z.ZodType && value !== schema.ParseResult) names.add(value, { id: name });
  }
  const generated = z.toJSONSchema(schema.ParseResult, {
    target: 'draft-2020-12',
    metadata: names,
    reused: 'ref',
    io: 'output',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:un-resolution:parse-result',
    title: 'un-resolution parse result',
    description: 'The result of parse() in the un-resolution package: { resolution, diagnostics }. Generated from its zod schemas.',
    ...rest,
  };
}

import { z } from 'zod';
import { ParseResult } from '../schema/nodes.js';

/**
 * The JSON Schema (draft 2020-12) of `parse()`'s result, generated from the zod schemas that define
 * the tree: every node type is a named definition under `$defs` (`Resolution`, `OperativeParagraph`,
 * `Inline` …; their ids and descriptions are the schemas' metadata), and every property has a
 * description. The package ships it as `un-resolution/schema.json`, written at build time.
 */
export function parseResultJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ParseResult, {
    target: 'draft-2020-12',
    // Node types are definitions by their id; anything else shared is written where it is used.
    reused: 'inline',
    io: 'output',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:un-resolution:parse-result',
    title: 'un-resolution parse result',
    ...rest,
    description: 'The result of parse() in the un-resolution package: { resolution, diagnostics }. Generated from its zod schemas.',
  };
}

/**
 * un-resolution: parse United Nations resolutions into a typed, positioned syntax tree.
 */
export { parse, type ParseOptions, type LeanParseResult } from './parse.js';
export type { WithoutPositions } from './output/without-positions.js';
export { operativeParagraphs, preambularParagraphs, type Body } from './tree.js';
export { references, referenceSites } from './references/index.js';
export * from './schema/index.js';
export { validate, codes, type ValidateOptions, type CodeInfo, type CodeMeta, type RuleSetting } from './checks/index.js';
export { toAkomaNtoso, AKN_NAMESPACE, type AkomaNtosoOptions } from './output/akoma-ntoso.js';
export type { FrbrOptions } from './output/akn-frbr.js';
export { print, type PrintOptions } from './output/print.js';
export { comparisonJsonSchema, parseResultJsonSchema } from './output/json-schema.js';
export * from './compare/index.js';

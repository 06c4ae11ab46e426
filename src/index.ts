/**
 * un-resolution: parse United Nations resolutions into a typed, positioned syntax tree.
 */
export { parse, type ParseOptions } from './parse.js';
export { operativeParagraphs, preambularParagraphs } from './tree.js';
export * from './schema/index.js';
export { parseFiles, type BatchOptions, type BatchFile, type BatchSummary, type BatchResult, type BatchOutput } from './batch/index.js';
export { validate, rules, codes, parserCodes, type ValidateOptions, type CodeInfo, type CodeMeta, type Finding, type Rule, type RuleContext, type RuleSetting } from './checks/index.js';
export { toAkomaNtoso, AKN_NAMESPACE, type AkomaNtosoOptions } from './output/akoma-ntoso.js';
export { print, type PrintOptions } from './output/print.js';
export { comparisonJsonSchema, parseResultJsonSchema } from './output/json-schema.js';
export * from './compare/index.js';

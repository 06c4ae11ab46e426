/**
 * un-resolution: parse United Nations resolutions into a typed, positioned syntax tree.
 */
export { parse, type ParseOptions } from './parse.js';
export { operativeParagraphs, preambularParagraphs } from './tree.js';
export * from './schema/index.js';

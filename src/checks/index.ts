/** Validation: named rules over the tree, configurable by code. */
export { validate, type ValidateOptions } from './validate.js';
export { codes, type CodeInfo } from './registry.js';
export type { CodeMeta, RuleSetting } from './types.js';

/** Validation: named rules over the tree, configurable by code. */
export { validate, type ValidateOptions } from './validate.js';
export { rules, codes, parserCodes, type CodeInfo } from './registry.js';
export type { CodeMeta, Finding, Rule, RuleContext, RuleSetting } from './types.js';

import type { LanguageCode } from '../languages/index.js';
import type { Diagnostic, Position, Resolution, Severity } from '../schema/index.js';
import type { Walk } from './walk.js';

/** What a rule says about one code: its default severity and a line for `un-resolution rules`. */
export interface CodeMeta {
  severity: Severity;
  description: string;
}

/** One finding of a rule, before the configured severity is applied. */
export interface Finding {
  code: string;
  message: string;
  position: Position | null;
  related?: Diagnostic['related'];
}

/**
 * What a rule is given: the tree, its language, the source text and the parser's diagnostics when
 * `validate` was given text (and parsed it), and the tree read once for all rules.
 */
export interface RuleContext {
  resolution: Resolution;
  language: LanguageCode;
  source: string | null;
  parsed: readonly Diagnostic[] | null;
  walk: Walk;
}

/**
 * A named check. One file under `rules/` each. A rule may report several codes when they come from one
 * reading of the document (numbering gaps, duplicates and order); each code is configured on its own.
 */
export interface Rule {
  name: string;
  codes: Readonly<Record<string, CodeMeta>>;
  check(context: RuleContext): Finding[];
}

/** `off`, or the severity to report a code with (ESLint style). */
export type RuleSetting = 'off' | Severity;

/**
 * The rules `validate` runs, in order, and every code it can report. A new rule: a file in `rules/`,
 * a line here, a test in test/checks/.
 */
import { dates } from './rules/dates.js';
import { finalPunctuation } from './rules/final-punctuation.js';
import { footnoteDuplicate } from './rules/footnote-duplicate.js';
import { footnoteMissing } from './rules/footnote-missing.js';
import { footnoteUnreferenced } from './rules/footnote-unreferenced.js';
import { isResolution } from './rules/is-resolution.js';
import { numberYear } from './rules/number-year.js';
import { openerKind } from './rules/opener-kind.js';
import { openerUnknown } from './rules/opener-unknown.js';
import { operativeMissing } from './rules/operative-missing.js';
import { operativeNumbering } from './rules/operative-numbering.js';
import { operativePunctuation } from './rules/operative-punctuation.js';
import { preambularPunctuation } from './rules/preambular-punctuation.js';
import { sessionNumber } from './rules/session-number.js';
import { subparagraphSequence } from './rules/subparagraph-sequence.js';
import { symbolNumber } from './rules/symbol-number.js';
import { textAfterClosing } from './rules/text-after-closing.js';
import type { CodeMeta, Rule } from './types.js';

/** `is-resolution` runs first: when it finds the text is not a resolution, no other rule runs. */
export const rules: readonly Rule[] = [
  isResolution,
  operativeMissing,
  operativeNumbering,
  subparagraphSequence,
  footnoteMissing,
  footnoteUnreferenced,
  footnoteDuplicate,
  preambularPunctuation,
  operativePunctuation,
  finalPunctuation,
  openerUnknown,
  openerKind,
  sessionNumber,
  numberYear,
  symbolNumber,
  dates,
  textAfterClosing,
];

/**
 * Codes that only the parser reports (no rule re-reads them from the tree): `validate(text)` passes
 * them on, and they can be configured like the rules' codes. Kept in step with the parser by a test.
 */
export const parserCodes: Readonly<Record<string, CodeMeta>> = {
  'ocr-corrected': { severity: 'warning', description: 'The parser read an OCR slip as what was meant ("S." as "5.", "(1)" as "(i)").' },
  'stray-heading': { severity: 'warning', description: 'A heading with nothing after it.' },
  'duplicate-closing': { severity: 'warning', description: 'A second adoption line; the first is kept as the closing.' },
  'masthead-unread': { severity: 'warning', description: 'A line of the masthead that fits none of its fields (symbol, organ, distribution, date, session, agenda, adoption, bracket line, number and title).' },
  'masthead-incomplete': { severity: 'warning', description: 'The masthead names a resolution symbol, but the number and title line was not read.' },
  'division-unnumbered': { severity: 'warning', description: 'A part or section without a number: the text before it may have been misread.' },
  'header-in-body': { severity: 'warning', description: 'A paragraph holds masthead text ("Distr.:", "Resolution adopted by …", a job number, the own symbol): furniture or the masthead read as text.' },
  'internal-error': { severity: 'error', description: 'The parser failed; the text is kept as unparsed. Please report it.' },
};

export interface CodeInfo extends CodeMeta {
  code: string;
  /** The rule that reports it, or "parser". */
  rule: string;
}

/** Every code `validate` can report, with its default severity and the rule that reports it. */
export const codes: ReadonlyMap<string, CodeInfo> = new Map([
  ...rules.flatMap((rule) => Object.entries(rule.codes).map(([code, meta]) => [code, { code, rule: rule.name, ...meta }] as const)),
  ...Object.entries(parserCodes).map(([code, meta]) => [code, { code, rule: 'parser', ...meta }] as const),
]);

import { checkOptions, describe } from './arguments.js';
import { buildResolution } from './document/build.js';
import type { OpenerReadings } from './tree/content.js';
import { emptyHeader } from './masthead/header.js';
import { checkIsResolution } from './document/is-resolution.js';
import { languages } from './languages/index.js';
import type { Diagnostic, InputForm, Language, ParseResult, Resolution } from './schema/index.js';
import { LineIndex } from './source/line-index.js';
import { detectForm } from './source/form.js';
import { withoutPositions, type WithoutPositions } from './output/without-positions.js';

export interface ParseOptions {
  /** The language of the text, or `auto` (default) to detect it. */
  language?: Language | 'auto';
  /** `markdown` (converted from the PDF), `text` (extracted from the PDF), or `auto` (default). */
  form?: InputForm | 'auto';
  /**
   * `false` leaves every `position` out of the result (nodes and diagnostics): a lean tree, about a
   * third of the JSON, for storing many trees. Default `true`. A lean tree cannot be given to
   * `validate`, `print` or `toAkomaNtoso`.
   */
  positions?: boolean;
}

/** What `parse(text, { positions: false })` returns: the result without any `position`. */
export type LeanParseResult = WithoutPositions<ParseResult>;

/** The keys of ParseOptions, for the check of misspelt options. */
export const PARSE_OPTIONS = ['language', 'form', 'positions'] as const;

const LANGUAGES = new Set(['auto', ...Object.keys(languages)]);
const FORMS = new Set(['auto', 'markdown', 'text']);

/**
 * Parses a UN resolution into a typed tree. Never throws on any input string: what cannot be read
 * becomes an `unparsed` node with a diagnostic. Throws a TypeError only for invalid options.
 */
export function parse(text: string, options: ParseOptions & { positions: false }): LeanParseResult;
export function parse(text: string, options?: ParseOptions): ParseResult;
export function parse(text: string, options?: ParseOptions): ParseResult | LeanParseResult {
  if (typeof text !== 'string') throw new TypeError(`parse() expects a string, got ${describe(text)}`);
  const checked = checkOptions('parse', options, PARSE_OPTIONS);
  const result = parseChecked(text, checked);
  return checked.positions === false ? withoutPositions(result) : result;
}

/**
 * `parse` with options already checked (by `parse`, or by `validate` and `parseFiles` for their own
 * options); `readings`, when given, is filled with how each opener was read.
 */
export function parseChecked(text: string, options: ParseOptions, readings?: OpenerReadings): ParseResult {
  const language = options.language ?? 'auto';
  const form = options.form ?? 'auto';
  if (!LANGUAGES.has(language)) throw new TypeError(`Unknown language "${language}": expected one of ${[...LANGUAGES].join(', ')}`);
  if (!FORMS.has(form)) throw new TypeError(`Unknown form "${form}": expected auto, markdown or text`);
  if (options.positions !== undefined && typeof options.positions !== 'boolean') throw new TypeError(`positions must be true or false, got ${describe(options.positions)}`);
  const resolvedForm = form === 'auto' ? detectForm(text) : form;
  let result: ParseResult;
  try {
    result = buildResolution(text, { language, form: resolvedForm, readings });
  } catch (error) {
    result = fallback(text, resolvedForm, language === 'auto' ? 'en' : language, error);
  }
  result.diagnostics.push(...checkIsResolution(result.resolution));
  return result;
}

/** The whole input as one unparsed node: the promise is that nothing is dropped, even on a bug. */
function fallback(text: string, form: InputForm, language: Language, error: unknown): ParseResult {
  const index = new LineIndex(text);
  const position = index.position(0, text.length);
  const resolution: Resolution = {
    type: 'resolution',
    status: 'resolution',
    language,
    form,
    header: emptyHeader(),
    authority: null,
    preamble: [],
    leadIn: null,
    operative: [],
    divisions: [],
    closing: null,
    annexes: [],
    footnotes: [],
    pageBreaks: [],
    unparsed: text.length ? [{ type: 'unparsed', text, position }] : [],
    position,
  };
  const diagnostic: Diagnostic = {
    code: 'internal-error',
    severity: 'error',
    message: `The parser failed on this input (${error instanceof Error ? error.message : String(error)}); the text is kept as unparsed. Please report it.`,
    position,
  };
  return { resolution, diagnostics: [diagnostic] };
}

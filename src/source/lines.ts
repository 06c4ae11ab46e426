import { parse as parseGrammar } from '../generated/resolution.js';

export type LineKind =
  | 'blank'
  | 'thematicBreak'
  | 'separator'
  | 'markdownFootnote'
  | 'heading'
  | 'numbered'
  | 'labelled'
  | 'leadingNumber'
  | 'numeral'
  | 'text';

/** One physical line of the input, classified by the grammar's `Lines` rule. */
export interface SourceLine {
  index: number;
  kind: LineKind;
  /** Offsets of the line in the original input, without its line break. */
  start: number;
  end: number;
  /** Where the content after the line's marker (number, label, `#`) begins, or null. */
  body: number | null;
  /** The whole line, trimmed (after the opening quote of a press copy). */
  text: string;
  /** The line opens with the quotation mark of a press copy, which `text` and `body` leave out. */
  quoted: boolean;
  num?: string;
  label?: string;
  marker?: string;
  slash?: boolean;
  ocr?: boolean;
  dot?: boolean;
  depth?: number;
}

/** The trimmed text of the line after its marker. */
export function bodyText(line: SourceLine, source: string): string {
  return line.body === null ? '' : source.slice(line.body, line.end).trim();
}

/** Every line of the source, classified (the grammar's actions build each `SourceLine` whole). */
export function readLines(source: string): SourceLine[] {
  return parseGrammar(source, { startRule: 'Lines', quotedCopy: isQuotedCopy(source) });
}

const QUOTED_LINE = /^[ \t]*[“"]/gm;
const NON_BLANK_LINE = /^[ \t]*\S/gm;

/**
 * A press copy ("The full text of resolution 1919 (2010) reads as follows:" / "“The Security
 * Council," / "“1.   Decides …"): a third of its lines or more open with a quotation mark.
 */
function isQuotedCopy(source: string): boolean {
  const quoted = source.match(QUOTED_LINE)?.length ?? 0;
  return quoted >= 3 && quoted * 3 >= (source.match(NON_BLANK_LINE)?.length ?? 0);
}

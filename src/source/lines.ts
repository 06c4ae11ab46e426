// The line layer: every physical line of the input, classified by its shape (a numbered paragraph
// start, a subparagraph label, a footnote line, a page rule, a section number …). The page layout
// (pages.ts) sets aside the lines that repeat on every page and the footnotes; the rest become blocks
// (src/blocks), whose sequence the document grammar reads (grammar/document.peggy).
//
// A hand-written scanner rather than a grammar rule: each line is read once, character codes are
// compared without a regular expression, and a line that matches no rule costs one `switch`. The
// rules are tried in the order below; each consumes only the characters of its own line, so the
// scan is linear. (It replaced the `Lines` rule of the former grammar/resolution.peggy, with the
// same output, at 17-35 times its speed: peggy tests a character class with a regular expression
// per character.)

import { isWhiteSpace, skipSpace, trimmedEnd } from './spaces.js';

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

/**
 * One physical line of the input, classified by `readLines`. A line with a marker (numbered, labelled,
 * a leading number, a numeral, a heading, a markdown footnote) has every field, undefined where its
 * kind has none; any other line has only the fields up to `quoted`. Most lines have no marker, and
 * every line lives as long as its document: two object shapes, where a field of each kind's own
 * would make many.
 */
export interface SourceLine {
  kind: LineKind;
  /** Offsets of the line in the original input, without its line break. */
  start: number;
  end: number;
  /** Where the content after the line's marker (number, label, `#`) begins, or null. */
  body: number | null;
  index: number;
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

/**
 * `line` read as the first line of a numbered paragraph (a number the scanner left as text, which the
 * numbering shows to be one), written out in the field order of a line with a marker (see `SourceLine`),
 * which a spread (`{ ...line }`) does not promise.
 */
export function numberedLine(line: SourceLine, num: string | undefined, marker: string | undefined, body: number | null): SourceLine {
  return {
    kind: 'numbered',
    start: line.start,
    end: line.end,
    body,
    index: line.index,
    text: line.text,
    quoted: line.quoted,
    num,
    label: line.label,
    marker,
    slash: line.slash,
    ocr: false,
    dot: line.dot,
    depth: line.depth,
  };
}

/** A line with a marker, of `kind`, its marker's fields left for the `read…` function to fill in, its place for `classify`. */
function markedLine(kind: LineKind, body: number | null): SourceLine {
  return {
    kind,
    start: 0,
    end: 0,
    body,
    index: 0,
    text: '',
    quoted: false,
    num: undefined,
    label: undefined,
    marker: undefined,
    slash: undefined,
    ocr: undefined,
    dot: undefined,
    depth: undefined,
  };
}

/** The trimmed text of the line after its marker. */
export function bodyText(line: SourceLine, source: string): string {
  return line.body === null ? '' : source.slice(line.body, line.end).trim();
}

/**
 * Every line of the source, classified. Lines end at "\r\n", "\n" or "\r"; a byte order mark
 * before the first line belongs to no line.
 */
export function readLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  /** Lines that open with a quotation mark: they read otherwise in a press copy (see `readEachLine`). */
  const quoteLed: number[] = [];
  if (readEachLine(source, lines, quoteLed)) {
    for (const i of quoteLed) {
      const { start, end } = lines[i];
      lines[i] = classify(source, i, start, end, skipSpaces(source, start), true);
    }
  }
  return lines;
}

/**
 * Reads every line into `lines`, and the lines that open with a quotation mark into `quoteLed`;
 * returns whether the text is a press copy ("The full text of resolution 1919 (2010) reads as
 * follows:" / "“The Security Council," / "“1.   Decides …"): a third of its lines with text or more
 * open with a quotation mark. In a press copy the mark stands before the line's marker, as a space
 * would. (The lines counted are the scanner's: unlike the multiline `^` of a regular expression,
 * U+2028 and U+2029 end none.)
 *
 * The loop stands apart from the press copy's pass in `readLines`, and reads no character past the
 * input's end: V8 compiles this loop while it runs (on-stack replacement) and keeps that code for the
 * next long input, so a branch it had not seen run, or a read out of bounds, threw the optimised
 * scanner away again at every press copy or every input that ends with an empty line.
 */
function readEachLine(source: string, lines: SourceLine[], quoteLed: number[]): boolean {
  let quoted = 0;
  let nonBlank = 0;
  const length = source.length;
  // The next "\n" and "\r" at or after the line being read (`length` when there is none): two native searches per line at most.
  let nextLF = -1;
  let nextCR = -1;
  let start = 0;
  for (;;) {
    if (nextLF < start) nextLF = indexOrLength(source, '\n', start);
    if (nextCR < start) nextCR = indexOrLength(source, '\r', start);
    const end = nextLF < nextCR ? nextLF : nextCR;
    // What the press copy test counts: the first character after spaces and tabs (a byte order mark, on the
    // first line), as the regular expressions `^[ \t]*[“"]` and `^[ \t]*\S` that counted before the scanner.
    let first = start;
    while (first < end && (source.charCodeAt(first) === SPACE || source.charCodeAt(first) === TAB)) first++;
    const lineStart = start === 0 && length > 0 && source.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : start;
    const content = skipSpaces(source, first > lineStart ? first : lineStart);
    if (first < end) {
      const c = source.charCodeAt(first);
      if (isQuote(c)) quoted++;
      if (!isWhiteSpace(c)) nonBlank++;
    }
    if (content < length && isQuote(source.charCodeAt(content))) quoteLed.push(lines.length);
    lines.push(classify(source, lines.length, lineStart, end, content, false));
    if (end === length) break;
    start = end + (source.charCodeAt(end) === CR && end + 1 < length && source.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return quoted >= 3 && quoted * 3 >= nonBlank;
}

function indexOrLength(source: string, search: string, from: number): number {
  const at = source.indexOf(search, from);
  return at === -1 ? source.length : at;
}


// Character codes. The character at a line's `end` is a line break or none (NaN), which no rule
// accepts: the scans below stop there without testing `end`.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const LESS_THAN = 0x3c;
const HASH = 0x23;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const UNDERSCORE = 0x5f;
const LEFT_QUOTE = 0x201c;
const BYTE_ORDER_MARK = 0xfeff;

/** Spaces within a line: space, tab, no-break and typographic spaces, zero-width space, form and line tabulation. */
function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x0c || c === 0x0b;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** The letters of a lower-case roman numeral label: i, v, x, l. */
function isRomanLower(c: number): boolean {
  return c === 0x69 || c === 0x76 || c === 0x78 || c === 0x6c;
}

/** The letters of a section numeral: I, V, X, L. */
function isRomanUpper(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c;
}

function isQuote(c: number): boolean {
  return c === QUOTE || c === LEFT_QUOTE;
}

function skipSpaces(source: string, from: number): number {
  while (from < source.length && isSpace(source.charCodeAt(from))) from++;
  return from;
}

/**
 * The line [start, end), whose first character after spaces is at `content`. In a press copy
 * (`quotedCopy`) an opening quotation mark and the spaces after it are left out of `text` and `body`.
 */
function classify(source: string, index: number, start: number, end: number, content: number, quotedCopy: boolean): SourceLine {
  const quoted = quotedCopy && content < end && isQuote(source.charCodeAt(content));
  const from = quoted ? skipSpaces(source, content + 1) : start;
  // `trim()` without the copy in between: white space is what it removes.
  const textStart = skipSpace(source, from, end);
  const text = source.slice(textStart, trimmedEnd(source, textStart, end));
  let kind: LineKind = 'text';
  let marked: SourceLine | null = null;
  if (content === end) kind = 'blank';
  else if (quoted) marked = readNumbered(source, from);
  else {
    const c = source.charCodeAt(content);
    if (isDigit(c)) marked = readNumbered(source, content) ?? readLeadingNumber(source, content, end);
    else if (c === 0x53 || c === 0x4f) marked = readNumbered(source, content) ?? readNumeral(source, content, end); // S, O
    else if (isUpper(c)) marked = readNumeral(source, content, end);
    else if (c === 0x6c) marked = readNumbered(source, content) ?? readLowerLabelled(source, content); // l
    else if (isLower(c)) marked = readLowerLabelled(source, content);
    else if (c === LEFT_PAREN || c === BACKSLASH) marked = readLabelled(source, content);
    else if (c === HYPHEN && isRule(source, content, end, HYPHEN)) kind = 'thematicBreak';
    else if (c === UNDERSCORE && isRule(source, content, end, UNDERSCORE)) kind = 'separator';
    else if (c === HASH) marked = readHeading(source, content);
    else if (c === LESS_THAN || c === LEFT_BRACKET) marked = readMarkdownFootnote(source, content, end);
  }
  if (marked === null) return { kind, start, end, body: kind === 'text' ? (quoted ? from : content) : null, index, text, quoted };
  marked.start = start;
  marked.end = end;
  marked.index = index;
  marked.text = text;
  marked.quoted = quoted;
  return marked;
}

// Each `read…` below tries one kind of line with a marker at `at` (the first character after spaces,
// or after the opening quote): it returns the line with its marker's fields (see `markedLine`), or null.

/**
 * `---` between pages in the markdown form (`thematicBreak`); a line of underscores opens a block
 * of footnotes at the foot of a page (`separator`). Three or more, and nothing else on the line.
 */
function isRule(source: string, at: number, end: number, mark: number): boolean {
  let i = at;
  while (source.charCodeAt(i) === mark) i++;
  return i - at >= 3 && skipSpaces(source, i) === end;
}

/** `<sup>1</sup> A/58/413, annexe.` or `[^1]: A/58/413`: a footnote of the markdown form. The marker has 1 to 8 characters. */
function readMarkdownFootnote(source: string, at: number, end: number): SourceLine | null {
  const sup = source.charCodeAt(at) === LESS_THAN;
  const open = sup ? '<sup>' : '[^';
  const stop = sup ? LESS_THAN : RIGHT_BRACKET;
  const close = sup ? '</sup>' : ']:';
  if (!source.startsWith(open, at)) return null;
  const from = at + open.length;
  let i = from;
  while (i < end && i - from < 8 && source.charCodeAt(i) !== stop) i++;
  if (i === from || !source.startsWith(close, i)) return null;
  const line = markedLine('markdownFootnote', skipSpaces(source, i + close.length));
  line.marker = source.slice(from, i);
  return line;
}

/** `## Annex`: one to six `#` and a space. */
function readHeading(source: string, at: number): SourceLine | null {
  let i = at;
  while (i - at < 6 && source.charCodeAt(i) === HASH) i++;
  const body = skipSpaces(source, i);
  if (body === i) return null;
  const line = markedLine('heading', body);
  line.depth = i - at;
  return line;
}

/**
 * `12. Décide …`, `1.` alone on its line, `S. Requests …` and `3, Decides …` (OCR: `ocr`). Three
 * digits at most: a line "1963." is a year that wrapped to the start of a line. The number is one to
 * three digits not followed by "l"; else two or three digits and "l" ("ll." for "11."); else one of
 * S, l, O (OCR read "5", "1", "0"). Then "." (maybe escaped: "1\."), or "," before spaces and a capital.
 * Not followed by ".", a digit ("1.5"), or a letter and "." or a digit (`5.A.2.a:`, `6.D.4`: an item
 * code of a list, not a paragraph number).
 */
function readNumbered(source: string, at: number): SourceLine | null {
  let i = at;
  while (i - at < 3 && isDigit(source.charCodeAt(i))) i++;
  // Whenever a number other than plain digits is followed by a separator, it holds an OCR letter.
  let ocr = false;
  if (i === at || source.charCodeAt(i) === 0x6c) {
    ocr = true;
    i = at;
    while (i - at < 3 && (isDigit(source.charCodeAt(i)) || source.charCodeAt(i) === 0x6c)) i++;
    if (i - at < 2) {
      const c = source.charCodeAt(at);
      if (c !== 0x53 && c !== 0x6c && c !== 0x4f) return null; // S, l, O
      i = at + 1;
    }
  }
  const numEnd = i;
  const c = source.charCodeAt(i);
  if (c === DOT) i++;
  else if (c === BACKSLASH && source.charCodeAt(i + 1) === DOT) i += 2;
  else if (c === COMMA) {
    const next = skipSpaces(source, i + 1);
    if (next === i + 1 || !isUpper(source.charCodeAt(next))) return null;
    ocr = true;
    i++;
  } else return null;
  const after = source.charCodeAt(i);
  if (after === DOT || isDigit(after)) return null;
  if (isUpper(after) || isLower(after)) {
    const next = source.charCodeAt(i + 1);
    if (next === DOT || isDigit(next)) return null;
  }
  const line = markedLine('numbered', skipSpaces(source, i));
  line.num = source.slice(at, numEnd);
  line.marker = source.slice(at, i);
  line.ocr = ocr;
  return line;
}

/** `1 Official Records …` (a footnote), `1/ S/1994/262.`, `26 Calls upon …` (a number without its period): one to four digits, spaces and text. */
function readLeadingNumber(source: string, at: number, end: number): SourceLine | null {
  let numEnd = at;
  while (numEnd - at < 4 && isDigit(source.charCodeAt(numEnd))) numEnd++;
  const slash = source.charCodeAt(numEnd) === SLASH;
  const i = slash ? numEnd + 1 : numEnd;
  const body = skipSpaces(source, i);
  if (body === i || body === end) return null;
  const line = markedLine('leadingNumber', body);
  line.num = source.slice(at, numEnd);
  line.slash = slash;
  return line;
}

/**
 * The end of a lower-case label before its ")", or -1: a roman numeral ("xviii", up to five of
 * i, v, x, l), else one to three letters ("a", a doubled letter "aa", OCR "bob"). "(plem)" or
 * "(spm)" in running text is not a label.
 */
function lowerLabelEnd(source: string, at: number): number {
  let i = at;
  while (i - at < 5 && isRomanLower(source.charCodeAt(i))) i++;
  if (i > at && source.charCodeAt(i) === RIGHT_PAREN) return i;
  i = at;
  while (i - at < 3 && isLower(source.charCodeAt(i))) i++;
  return i > at && source.charCodeAt(i) === RIGHT_PAREN ? i : -1;
}

/** `(a) …`, `(iv) …`, `(1) …`, `(B) …`, maybe with escaped parentheses (`\(a)`, `(1\)`). */
function readLabelled(source: string, at: number): SourceLine | null {
  let i = at;
  if (source.charCodeAt(i) === BACKSLASH) i++;
  if (source.charCodeAt(i) !== LEFT_PAREN) return null;
  const from = ++i;
  // A lower-case label, one or two digits, or a capital.
  i = lowerLabelEnd(source, from);
  if (i < 0) {
    i = from;
    while (i - from < 2 && isDigit(source.charCodeAt(i))) i++;
    if (i === from) {
      if (!isUpper(source.charCodeAt(from))) return null;
      i++;
    }
  }
  const label = source.slice(from, i);
  if (source.charCodeAt(i) === BACKSLASH) i++;
  if (source.charCodeAt(i) !== RIGHT_PAREN) return null;
  const line = markedLine('labelled', skipSpaces(source, i + 1));
  line.label = label;
  line.marker = `(${label})`;
  return line;
}

/** The French and Spanish `a) …`: a lower-case label, ")" and a space. */
function readLowerLabelled(source: string, at: number): SourceLine | null {
  const i = lowerLabelEnd(source, at);
  if (i < 0) return null;
  const body = skipSpaces(source, i + 1);
  if (body === i + 1) return null;
  const line = markedLine('labelled', body);
  line.label = source.slice(at, i);
  line.marker = source.slice(at, i + 1);
  return line;
}

/** `I`, `II.`, `A`, `B.` alone, or `I. Global context …`: section and part numerals (I, V, X and L, or one capital). */
function readNumeral(source: string, at: number, end: number): SourceLine | null {
  let i = at;
  if (isRomanUpper(source.charCodeAt(i))) while (isRomanUpper(source.charCodeAt(i))) i++;
  else i++;
  const dot = source.charCodeAt(i) === DOT;
  const afterDot = dot ? i + 1 : i;
  const body = skipSpaces(source, afterDot);
  if (body !== end && !(dot && body > afterDot)) return null;
  const line = markedLine('numeral', body === end ? null : body);
  line.num = source.slice(at, i);
  line.dot = dot;
  return line;
}

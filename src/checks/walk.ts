/** Helpers the rules share: walking bodies and paragraphs, reading a paragraph's last words. */
import type {
  Annex,
  Division,
  Inline,
  OperativeParagraph,
  Position,
  PreambularParagraph,
  Resolution,
  Subparagraph,
} from '../schema/index.js';
import { wordsOf } from '../tree.js';
import { languages, matchOpener, type LanguageCode, type OpenerMatch } from '../languages/index.js';
import type { OpenerReadings } from '../tree/content.js';
import { perLanguage } from '../languages/per-language.js';
import { isWhiteSpace, skipSpace } from '../source/spaces.js';
import type { LanguageData } from '../languages/types.js';

export type Body = Resolution | Division | Annex;
export type Paragraph = PreambularParagraph | OperativeParagraph;

type FootnoteReference = Extract<Inline, { type: 'footnoteReference' }>;

/**
 * What the rules read from the tree, gathered in one walk of it for each `validate`: the bodies and the
 * paragraphs in reading order; the footnote markers, and each paragraph's ending, when first asked.
 */
export class Walk {
  /** The resolution and its parts and sections, in reading order (annexes excluded). */
  readonly bodies: Body[] = [];
  /** Every paragraph of the resolution, its parts and sections, then of its annexes, in reading order. */
  readonly paragraphs: Paragraph[] = [];
  /** The preambular paragraphs of the resolution, parts and sections included (annexes excluded). */
  readonly preambular: PreambularParagraph[] = [];
  /** The operative paragraphs of the resolution, parts and sections included (annexes excluded). */
  readonly operative: OperativeParagraph[] = [];
  private references: FootnoteReference[] | null = null;
  /**
   * The last paragraph's endings: a rule that asks twice about a paragraph asks in a row (`allSentences`,
   * then `checkEnding`), so no map of every paragraph's is kept.
   */
  private lastEnding: ParagraphEnding | null = null;
  private readonly conjunctions: string[];

  /** `readings`: how the parser read the openers, when it made this tree in the same `validate` call. */
  constructor(
    resolution: Resolution,
    private readonly language: LanguageCode,
    private readonly readings: OpenerReadings = new Map(),
  ) {
    this.conjunctions = conjunctionsOf(languages[language]);
    this.visitBody(resolution, true);
    for (const annex of resolution.annexes) this.visitBody(annex, false);
  }

  private visitBody(body: Body, own: boolean): void {
    if (own) {
      this.bodies.push(body);
      for (const paragraph of body.preamble) this.preambular.push(paragraph);
      for (const paragraph of body.operative) this.operative.push(paragraph);
    }
    for (const paragraph of body.preamble) this.paragraphs.push(paragraph);
    for (const paragraph of body.operative) this.paragraphs.push(paragraph);
    for (const division of body.divisions) this.visitBody(division, own);
  }

  /**
   * Every footnote marker in the paragraphs of the resolution and its annexes, in reading order:
   * collected when first asked (a parsed text's markers were read by the parser, whose diagnostics say
   * whether any lacks its note).
   */
  get footnoteReferences(): FootnoteReference[] {
    if (this.references === null) {
      this.references = [];
      for (const paragraph of this.paragraphs) collectReferences(paragraph, this.references);
    }
    return this.references;
  }

  /**
   * How the language data reads a paragraph's opener: as the parser read it, or, for a tree made
   * elsewhere, read again from the paragraph's text (then from the opener's). Null without an opener.
   */
  openerReading(paragraph: Paragraph): OpenerMatch | null {
    const { opener } = paragraph;
    if (!opener) return null;
    return this.readings.get(opener) ?? matchOpener(paragraph.text, this.language) ?? matchOpener(opener.text, this.language);
  }

  /**
   * How a paragraph ends; with `joined`, clauses joined by a conjunction
   * of the language ("…; and") end with the mark before it.
   */
  ending(paragraph: Paragraph, joined: boolean): Ending | null {
    let ending = this.lastEnding;
    if (ending?.paragraph !== paragraph) this.lastEnding = ending = new ParagraphEnding(paragraph, this.conjunctions);
    return joined ? ending.joined : ending.plain;
  }
}

/** Every footnote reference in a paragraph or subparagraph and its subparagraphs, added to `out`. */
function collectReferences(holder: Paragraph | Subparagraph, out: FootnoteReference[]): void {
  collectFootnoteReferences(holder.content, out);
  for (const item of holder.subparagraphs) collectReferences(item, out);
}

/** Every footnote reference in a list of inline nodes, emphasis included, added to `out`. */
function collectFootnoteReferences(nodes: Inline[], out: FootnoteReference[]): void {
  for (const node of nodes) {
    if (node.type === 'footnoteReference') out.push(node);
    else if (node.type === 'emphasis' || node.type === 'strong') collectFootnoteReferences(node.children, out);
  }
}

/** The inline content of a paragraph and of all its subparagraphs, in reading order. */
export function allContent(paragraph: Paragraph | Subparagraph): Inline[] {
  return [...paragraph.content, ...paragraph.subparagraphs.flatMap((item) => allContent(item))];
}

/** Plain text of inline nodes, footnote markers and superscripts left out. */
export function inlineText(nodes: Inline[]): string {
  let text = '';
  for (const node of nodes) text += wordsOf(node) ?? (node.type === 'emphasis' || node.type === 'strong' ? inlineText(node.children) : '');
  return text;
}

/** The conjunctions of a language, lower-cased, that may join clauses at a paragraph's end ("…; and"). */
const conjunctionsOf = perLanguage((data: LanguageData): string[] => data.openers.conjunctions.map((word) => word.toLowerCase()));

/** Where the last words of a paragraph are: the deepest last subparagraph, or the paragraph itself. */
function lastHolder(paragraph: Paragraph | Subparagraph): Paragraph | Subparagraph {
  const items = paragraph.subparagraphs;
  return items.length ? lastHolder(items[items.length - 1]) : paragraph;
}

/** How a paragraph ends: its last mark or letter, read when a rule first asks for it. */
export class Ending {
  constructor(
    /** The last mark or letter, after closing quotes and brackets: ",", ";", ".", ":", or a letter. */
    readonly mark: string,
    /** The text read, which ends at `end` (footnote markers and a joining conjunction cut off). */
    private readonly text: string,
    private readonly end: number,
    private readonly holder: Paragraph | Subparagraph,
  ) {}

  /** The last words, to show in a message (at most 40 characters). */
  get tail(): string {
    return this.end > 40 ? `…${this.text.slice(this.end - 39, this.end)}` : this.text.slice(0, this.end);
  }

  /** The place of the paragraph's (or last subparagraph's) last text: made only for a finding. */
  get position(): Position {
    return lastPosition(this.holder);
  }
}

/**
 * How far from its end a long paragraph's text is read for its ending: the marks, markers and words
 * that end it lie well within it.
 */
const ENDING_WINDOW = 160;

/** A paragraph's two endings (clauses joined by a conjunction or not), each read when first asked, from text read once. */
class ParagraphEnding {
  /** The paragraph, or its deepest last subparagraph: where its last words are. */
  private readonly holder: Paragraph | Subparagraph;
  /**
   * The end of the text that settles most readings (`endOf` with `windowed`): the last ENDING_WINDOW
   * characters of a long text, or a paragraph's text without its opener. The end-anchored reading
   * would read a long text whole, and the opener would have to be joined to the text (a copy of it):
   * when something other than white space stands before that end, the text's start cannot matter.
   */
  private readonly window: string | null;
  /** The holder's plain text, trimmed at its end, when `lastWords` read all of it. */
  private readonly ownText: string | null;
  /** The holder's whole text, its opener first: made when the window does not settle a reading. */
  private wholeText: string | undefined;
  private joinedEnding: Ending | null | undefined;
  private plainEnding: Ending | null | undefined;

  constructor(
    readonly paragraph: Paragraph,
    private readonly conjunctions: string[],
  ) {
    this.holder = lastHolder(paragraph);
    const words = lastWords(this.holder.content, 2 * ENDING_WINDOW);
    const last = words.text.trimEnd();
    const head = last.length - ENDING_WINDOW;
    this.ownText = words.whole ? last : null;
    if (last.length > 2 * ENDING_WINDOW && skipSpace(last, 0, head) < head) this.window = last.slice(head);
    else if (words.whole && this.opener) this.window = trimmedStart(last);
    else this.window = null;
  }

  /** How the paragraph ends; clauses joined by a conjunction of the language ("…; and") end with the mark before it. */
  get joined(): Ending | null {
    if (this.joinedEnding === undefined) this.joinedEnding = this.read(this.conjunctions);
    return this.joinedEnding;
  }

  /** How the paragraph ends, a conjunction at its end taken as its last word. */
  get plain(): Ending | null {
    if (this.plainEnding === undefined) this.plainEnding = this.read(null);
    return this.plainEnding;
  }

  /** The ending read from the window when it settles it, else from the whole text; null when there is no text. */
  private read(conjunctions: string[] | null): Ending | null {
    if (this.window !== null) {
      const ending = endOf(this.window, conjunctions, true, this.holder);
      if (ending) return ending;
    }
    const whole = this.whole;
    return whole ? endOf(whole, conjunctions, false, this.holder) : null;
  }

  /** The holder's whole text, its opener first (a paragraph's opener is not in its content). */
  private get whole(): string {
    if (this.wholeText === undefined) this.wholeText = this.withOpener(this.ownText ?? inlineText(this.holder.content).trimEnd());
    return this.wholeText;
  }

  /** The paragraph's opener when the holder is the paragraph itself. */
  private get opener(): Paragraph['opener'] {
    return this.holder === this.paragraph ? this.paragraph.opener : null;
  }

  private withOpener(text: string): string {
    const opener = this.opener;
    if (!opener) return text;
    return text && !startsWithSpaceOrMark(text) ? `${opener.text} ${trimmedStart(text)}` : `${opener.text}${trimmedStart(text)}`;
  }
}

/** White space or one of ",;:." first: text that follows an opener without a space between them. */
function startsWithSpaceOrMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return isWhiteSpace(c) || c === COMMA || c === SEMICOLON || c === COLON || c === FULL_STOP;
}

/** `text.trimStart()`, without a copy when there is nothing to trim. */
function trimmedStart(text: string): string {
  const start = skipSpace(text, 0, text.length);
  return start ? text.slice(start) : text;
}

/**
 * The end of the plain text of inline nodes (`inlineText`), at least `length` characters of it when
 * the text has them: read from the last node back, so that a long text is not copied whole. `whole`:
 * every node was read.
 */
function lastWords(nodes: Inline[], length: number): { text: string; whole: boolean } {
  let text = '';
  let i = nodes.length - 1;
  for (; i >= 0 && text.length <= length; i--) {
    const node = nodes[i];
    text = (wordsOf(node) ?? (node.type === 'emphasis' || node.type === 'strong' ? inlineText(node.children) : '')) + text;
  }
  return { text, whole: i < 0 };
}

/**
 * The last mark and words of a text. With `windowed`, the text is the end of a longer one: null when
 * what is read may reach back past its start (a match at its start, or a text that is all marker,
 * conjunction or closers), so that the caller reads the whole text instead.
 */
function endOf(text: string, conjunctions: string[] | null, windowed: boolean, holder: Paragraph | Subparagraph): Ending | null {
  let end = text.length;
  const marker = trailingMarkerAt(text);
  if (marker >= 0) {
    if (windowed && marker === 0) return null;
    end = marker + 1;
  } else if (windowed && !hasNonMarker(text)) return null;
  // "Whereas …, and" / "…; and": clauses joined by a conjunction end with the mark before it.
  const joined = conjunctions ? joinedAt(text, end, conjunctions) : -1;
  if (joined >= 0) {
    if (windowed && joined === 0) return null;
    end = joined + 1;
  } else if (windowed && end - skipSpace(text, 0, end) <= 40) return null;
  const stripped = withoutClosers(text, end);
  if (windowed && (stripped === 0 || end <= 40)) return null;
  // A closing bracket after a full stop or a comma ends the paragraph with that mark: `(…).` vs `(….)`.
  return new Ending(text[(stripped || end) - 1], text, end, holder);
}

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const FULL_STOP = 46;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whether `text` has a character that no trailing marker (" 7", " 12 13") is made of. */
function hasNonMarker(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !isWhiteSpace(c)) return true;
  }
  return false;
}

/** Closing quotes and brackets that may follow the final mark of a paragraph, white space included: `entitled "…";` or `"…,"`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2a || c === 0x5f || c === 0xbb || c === 0x2019 || c === 0x201d || isWhiteSpace(c);
}

/** The end of `text` up to `end` without the closing quotes, brackets and white space there (read back from the end, not scanned). */
function withoutClosers(text: string, end: number): number {
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where a footnote number printed after the final mark and left as text begins ("…Secretary-General; 7",
 * "…; 12 13"): the index of that mark, or -1. The old Security Council compilations print them so.
 * Read back from the end: numbers of one to three digits, each after white space, then the mark.
 */
function trailingMarkerAt(text: string): number {
  let i = text.length;
  for (;;) {
    let digits = 0;
    while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--, digits++;
    if (digits === 0 || digits > 3) return -1;
    const afterSpace = i;
    while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
    if (i === afterSpace) return -1;
    if (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === COMMA || c === SEMICOLON || c === COLON || c === FULL_STOP) return i - 1;
    }
    if (i === 0 || !isDigit(text.charCodeAt(i - 1))) return -1;
  }
}

/**
 * Where clauses joined by a conjunction end ("…; and"): the index of the comma or semicolon before the
 * conjunction that ends `text` up to `end`, or -1.
 */
function joinedAt(text: string, end: number, conjunctions: string[]): number {
  for (const word of conjunctions) {
    let i = end - word.length;
    if (i < 2 || !endsWithWord(text, i, word)) continue;
    const afterSpace = i;
    while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
    if (i === afterSpace || i === 0) continue;
    const mark = text.charCodeAt(i - 1);
    if (mark === COMMA || mark === SEMICOLON) return i - 1;
  }
  return -1;
}

/** Whether `text` from `at` on reads as the lower-case `word` once lower-cased (compared in place, not copied). */
function endsWithWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c === w || (c >= 65 && c <= 90 && c + 32 === w)) continue;
    if (c < 128 || text[at + k].toLowerCase() !== word[k]) return false;
  }
  return true;
}

function lastPosition(holder: Paragraph | Subparagraph): Position {
  let last: Inline | undefined;
  let words: string | null = null;
  for (let i = holder.content.length - 1; i >= 0 && words === null; i--) words = wordsOf((last = holder.content[i]));
  if (!last || words === null) return holder.position;
  // The last character of the text, trailing white space set aside (it stands at the end of the span).
  const trailing = Math.min(words.length - words.trimEnd().length, last.position.end.column - 1);
  const lastEnd = last.position.end;
  const end = { line: lastEnd.line, column: lastEnd.column - trailing, offset: lastEnd.offset - trailing };
  if (end.column <= 1) return { start: last.position.end, end: last.position.end };
  return { start: { line: end.line, column: end.column - 1, offset: end.offset - 1 }, end };
}

/** The first position of a list of positions, or null. */
export function firstPosition(...positions: (Position | null | undefined)[]): Position | null {
  return positions.find((position): position is Position => !!position) ?? null;
}

/** A short quotation of a paragraph for messages: its first words. */
export function quote(text: string, length = 50): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > length ? `${clean.slice(0, length - 1)}…` : clean}"`;
}

/** The first `length` characters of a span, on its first line: to point at a marker or a number. */
export function headOf(position: Position, length: number): Position {
  const end = position.start.line === position.end.line ? Math.min(position.end.offset, position.start.offset + length) : position.start.offset + length;
  const width = Math.max(0, end - position.start.offset);
  return { start: position.start, end: { line: position.start.line, column: position.start.column + width, offset: position.start.offset + width } };
}

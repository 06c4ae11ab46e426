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
import type { LanguageData } from '../languages/types.js';

export type Body = Resolution | Division | Annex;
export type Paragraph = PreambularParagraph | OperativeParagraph;

type FootnoteReference = Extract<Inline, { type: 'footnoteReference' }>;

/**
 * What the rules read from the tree, gathered in one walk of it for each `validate`: the bodies, the
 * paragraphs and the footnote markers in reading order, and each paragraph's ending when first asked.
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
  /** Every footnote marker in the paragraphs of the resolution and its annexes, in reading order. */
  readonly footnoteReferences: FootnoteReference[] = [];
  private readonly endings = new Map<Paragraph, Ending | null>();
  private readonly plainEndings = new Map<Paragraph, Ending | null>();
  private readonly endingTexts = new Map<Paragraph, EndingText>();

  /** `readings`: how the parser read the openers, when it made this tree in the same `validate` call. */
  constructor(
    resolution: Resolution,
    private readonly language: LanguageCode,
    private readonly readings: OpenerReadings = new Map(),
  ) {
    this.visitBody(resolution, true);
    for (const annex of resolution.annexes) this.visitBody(annex, false);
  }

  private visitBody(body: Body, own: boolean): void {
    if (own) {
      this.bodies.push(body);
      for (const paragraph of body.preamble) this.preambular.push(paragraph);
      for (const paragraph of body.operative) this.operative.push(paragraph);
    }
    for (const paragraph of body.preamble) this.visitParagraph(paragraph);
    for (const paragraph of body.operative) this.visitParagraph(paragraph);
    for (const division of body.divisions) this.visitBody(division, own);
  }

  private visitParagraph(paragraph: Paragraph): void {
    this.paragraphs.push(paragraph);
    this.collectReferences(paragraph);
  }

  private collectReferences(holder: Paragraph | Subparagraph): void {
    collectFootnoteReferences(holder.content, this.footnoteReferences);
    for (const item of holder.subparagraphs) this.collectReferences(item);
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
   * How a paragraph ends (`endingOf`); with `joined`, clauses joined by a conjunction of the language
   * ("…; and") end with the mark before it.
   */
  ending(paragraph: Paragraph, joined: boolean): Ending | null {
    const cache = joined ? this.endings : this.plainEndings;
    let ending = cache.get(paragraph);
    if (ending === undefined) {
      let text = this.endingTexts.get(paragraph);
      if (!text) this.endingTexts.set(paragraph, (text = new EndingText(paragraph)));
      cache.set(paragraph, (ending = endingOf(text, joined ? conjunctionsOf(languages[this.language]) : null)));
    }
    return ending;
  }
}

/** Every footnote reference in a list of inline nodes, emphasis included, added to `out`. */
function collectFootnoteReferences(nodes: Inline[], out: FootnoteReference[]): void {
  for (const node of nodes) {
    if (node.type === 'footnoteReference') out.push(node);
    else if (node.type === 'emphasis' || node.type === 'strong') collectFootnoteReferences(node.children, out);
  }
}

/** Every subparagraph list (siblings) under a paragraph, depth first, the paragraph's own list first. */
export function subparagraphLists(paragraph: Paragraph): Subparagraph[][] {
  const out: Subparagraph[][] = [];
  const visit = (items: Subparagraph[]) => {
    if (!items.length) return;
    out.push(items);
    for (const item of items) visit(item.subparagraphs);
  };
  visit(paragraph.subparagraphs);
  return out;
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

/**
 * The end of the plain text of inline nodes (`inlineText`), at least `length` characters of it when
 * the text has them: read from the last node back, so that a long text is not copied whole.
 */
function lastWords(nodes: Inline[], length: number): string {
  let text = '';
  for (let i = nodes.length - 1; i >= 0 && text.length <= length; i--) {
    const node = nodes[i];
    text = (wordsOf(node) ?? (node.type === 'emphasis' || node.type === 'strong' ? inlineText(node.children) : '')) + text;
  }
  return text;
}

/** The conjunctions of a language, lower-cased, that may join clauses at a paragraph's end ("…; and"). */
const conjunctionsOf = perLanguage((data: LanguageData): string[] => data.openers.conjunctions.map((word) => word.toLowerCase()));

/** Where the last words of a paragraph are: the deepest last subparagraph, or the paragraph itself. */
function lastHolder(paragraph: Paragraph | Subparagraph): Paragraph | Subparagraph {
  const items = paragraph.subparagraphs;
  return items.length ? lastHolder(items[items.length - 1]) : paragraph;
}

/** Closing quotes and brackets that may follow the final mark of a paragraph: `entitled "…";` or `"…,"`. */
const CLOSER = /[\s"”’'»)\]*_]/u;

/** `text` without the closing quotes, brackets and white space at its end (read back from the end, not scanned). */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER.test(text[end - 1])) end--;
  return text.slice(0, end);
}
export interface Ending {
  /** The last mark or letter, after closing quotes and brackets: ",", ";", ".", ":", or a letter. */
  mark: string;
  /** The last words, to show in a message (at most 40 characters). */
  tail: string;
  /** The place of the paragraph's (or last subparagraph's) last text. */
  position: Position;
}

/**
 * How far from its end a long paragraph's text is read for its ending: the marks, markers and words
 * that end it lie well within it.
 */
const ENDING_WINDOW = 160;

/** The text a paragraph's ending is read from: read once for both readings of it (joined clauses or not). */
class EndingText {
  /** The paragraph, or its deepest last subparagraph: where its last words are. */
  readonly holder: Paragraph | Subparagraph;
  /**
   * The last ENDING_WINDOW characters of a long text, or null. The end-anchored patterns would read
   * a long text whole: when something other than white space stands before that end, the text's
   * start cannot matter.
   */
  readonly window: string | null;
  private wholeText: string | undefined;

  constructor(private readonly paragraph: Paragraph) {
    this.holder = lastHolder(paragraph);
    const last = lastWords(this.holder.content, 2 * ENDING_WINDOW).trimEnd();
    this.window = last.length > 2 * ENDING_WINDOW && /\S/u.test(last.slice(0, -ENDING_WINDOW)) ? last.slice(-ENDING_WINDOW) : null;
  }

  /** The holder's whole text, its opener first (a paragraph's opener is not in its content). */
  get whole(): string {
    if (this.wholeText === undefined) {
      const text = inlineText(this.holder.content).trimEnd();
      const opener = this.holder === this.paragraph ? this.paragraph.opener : null;
      this.wholeText = opener ? `${opener.text}${text && !/^[\s,;:.]/u.test(text) ? ' ' : ''}${text.trimStart()}` : text;
    }
    return this.wholeText;
  }
}

/** How a paragraph ends, its footnote markers and closing quotes set aside; null when it has no text. */
function endingOf(text: EndingText, conjunctions: string[] | null): Ending | null {
  // Objects written out, not spread (`{ ...end, position }`): the spread made validate 14% slower.
  if (text.window !== null) {
    const end = endOf(text.window, conjunctions, true);
    if (end) return { mark: end.mark, tail: end.tail, position: lastPosition(text.holder) };
  }
  const whole = text.whole;
  if (!whole) return null;
  const end = endOf(whole, conjunctions, false)!;
  return { mark: end.mark, tail: end.tail, position: lastPosition(text.holder) };
}

/**
 * The last mark and words of a text. With `windowed`, the text is the end of a longer one: null when
 * what is read may reach back past its start (a match at its start, or a text that is all marker,
 * conjunction or closers), so that the caller reads the whole text instead.
 */
function endOf(text: string, conjunctions: string[] | null, windowed: boolean): { mark: string; tail: string } | null {
  const marker = trailingMarkerAt(text);
  if (marker >= 0) {
    if (windowed && marker === 0) return null;
    text = text.slice(0, marker + 1);
  } else if (windowed && !NOT_IN_MARKER.test(text)) return null;
  // "Whereas …, and" / "…; and": clauses joined by a conjunction end with the mark before it.
  const joined = conjunctions ? joinedAt(text, conjunctions) : -1;
  if (joined >= 0) {
    if (windowed && joined === 0) return null;
    text = text.slice(0, joined + 1);
  } else if (windowed && text.trimStart().length <= 40) return null;
  const stripped = withoutClosers(text);
  if (windowed && (stripped === '' || text.length <= 40)) return null;
  // A closing bracket after a full stop or a comma ends the paragraph with that mark: `(…).` vs `(….)`.
  const mark = stripped.slice(-1) || text.slice(-1);
  const tail = text.length > 40 ? `…${text.slice(-39)}` : text;
  return { mark, tail };
}

/** A character that no trailing marker (" 7", " 12 13") is made of. */
const NOT_IN_MARKER = /[^\s\d]/u;
const SPACE = /\s/u;
const isDigit = (code: number) => code >= 48 && code <= 57;
const MARKS = ',;:.';

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
    while (i > 0 && SPACE.test(text[i - 1])) i--;
    if (i === afterSpace) return -1;
    if (i > 0 && MARKS.includes(text[i - 1])) return i - 1;
    if (i === 0 || !isDigit(text.charCodeAt(i - 1))) return -1;
  }
}

/** Where clauses joined by a conjunction end ("…; and"): the index of the comma or semicolon before the conjunction that ends `text`, or -1. */
function joinedAt(text: string, conjunctions: string[]): number {
  for (const word of conjunctions) {
    let i = text.length - word.length;
    if (i < 2 || text.slice(i).toLowerCase() !== word) continue;
    const afterSpace = i;
    while (i > 0 && SPACE.test(text[i - 1])) i--;
    if (i === afterSpace || i === 0) continue;
    const mark = text[i - 1];
    if (mark === ',' || mark === ';') return i - 1;
  }
  return -1;
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

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

export type Body = Resolution | Division | Annex;
export type Paragraph = PreambularParagraph | OperativeParagraph;

/** The resolution and its parts and sections, in reading order (annexes excluded). */
export function resolutionBodies(resolution: Resolution): Body[] {
  const out: Body[] = [];
  const visit = (body: Body) => {
    out.push(body);
    body.divisions.forEach(visit);
  };
  visit(resolution);
  return out;
}

/** Each annex with its own sections, in reading order: one list per annex. */
export function annexBodies(resolution: Resolution): Body[][] {
  return resolution.annexes.map((annex) => {
    const out: Body[] = [];
    const visit = (body: Body) => {
      out.push(body);
      body.divisions.forEach(visit);
    };
    visit(annex);
    return out;
  });
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

/** Every footnote reference in a list of inline nodes, emphasis included. */
export function footnoteReferences(nodes: Inline[]): Extract<Inline, { type: 'footnoteReference' }>[] {
  return nodes.flatMap((node) =>
    node.type === 'footnoteReference' ? [node] : node.type === 'emphasis' || node.type === 'strong' ? footnoteReferences(node.children) : [],
  );
}

/** The inline content of a paragraph and of all its subparagraphs, in reading order. */
export function allContent(paragraph: Paragraph | Subparagraph): Inline[] {
  return [...paragraph.content, ...paragraph.subparagraphs.flatMap((item) => allContent(item))];
}

/** Plain text of inline nodes, footnote markers and superscripts left out. */
export function inlineText(nodes: Inline[]): string {
  return nodes.map((node) => wordsOf(node) ?? (node.type === 'emphasis' || node.type === 'strong' ? inlineText(node.children) : '')).join('')
}

/** Where the last words of a paragraph are: the deepest last subparagraph, or the paragraph itself. */
function lastHolder(paragraph: Paragraph | Subparagraph): Paragraph | Subparagraph {
  const items = paragraph.subparagraphs;
  return items.length ? lastHolder(items[items.length - 1]) : paragraph;
}

/** Closing quotes and brackets that may follow the final mark of a paragraph: `entitled "…";` or `"…,"`. */
const CLOSERS = /[\s"”’'»)\]*_]+$/u;
/**
 * A footnote number printed after the final mark and left as text ("…Secretary-General; 7"): a
 * marker, not words. The old Security Council compilations print them so.
 */
const TRAILING_MARKER = /([,;:.])(?:\s+\d{1,3})+$/u;

export interface Ending {
  /** The last mark or letter, after closing quotes and brackets: ",", ";", ".", ":", or a letter. */
  mark: string;
  /** The last words, to show in a message (at most 40 characters). */
  tail: string;
  /** The place of the paragraph's (or last subparagraph's) last text. */
  position: Position;
}

/** How a paragraph ends, its footnote markers and closing quotes set aside; null when it has no text. */
export function endingOf(paragraph: Paragraph, conjunctions: readonly string[] = []): Ending | null {
  const holder = lastHolder(paragraph);
  let text = inlineText(holder.content).replace(/\s+$/u, '');
  if (holder === paragraph && paragraph.opener) text = `${paragraph.opener.text}${text && !/^[\s,;:.]/u.test(text) ? ' ' : ''}${text.trimStart()}`;
  if (!text) return null;
  const marker = TRAILING_MARKER.exec(text);
  if (marker) text = text.slice(0, marker.index + 1);
  // "Whereas …, and" / "…; and": clauses joined by a conjunction end with the mark before it.
  const joined = conjunctions.length ? new RegExp(`([,;])\\s+(?:${conjunctions.join('|')})$`, 'iu').exec(text) : null;
  if (joined) text = text.slice(0, joined.index + 1);
  const stripped = text.replace(CLOSERS, '');
  // A closing bracket after a full stop or a comma ends the paragraph with that mark: `(…).` vs `(….)`.
  const mark = stripped.slice(-1) || text.slice(-1);
  const tail = text.length > 40 ? `…${text.slice(-39)}` : text;
  return { mark, tail, position: lastPosition(holder) };
}

function lastPosition(holder: Paragraph | Subparagraph): Position {
  const last = [...holder.content].reverse().find((node) => wordsOf(node) !== null);
  const words = last ? wordsOf(last) : null;
  if (!last || words === null) return holder.position;
  // The last character of the text, trailing white space set aside (it stands at the end of the span).
  const trailing = Math.min(words.length - words.trimEnd().length, last.position.end.column - 1);
  const end = { ...last.position.end, column: last.position.end.column - trailing, offset: last.position.end.offset - trailing };
  if (end.column <= 1) return { start: last.position.end, end: last.position.end };
  return { start: { ...end, column: end.column - 1, offset: end.offset - 1 }, end };
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

/** Every paragraph of the resolution, its parts and sections, then of its annexes, in reading order. */
export function allParagraphs(resolution: Resolution): Paragraph[] {
  return [resolutionBodies(resolution), ...annexBodies(resolution)].flat().flatMap((body) => [...body.preamble, ...body.operative]);
}

/** Every footnote marker of the resolution and its annexes, in reading order. */
export function allReferences(resolution: Resolution): Extract<Inline, { type: 'footnoteReference' }>[] {
  return allParagraphs(resolution).flatMap((paragraph) => footnoteReferences(allContent(paragraph)));
}

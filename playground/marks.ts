/**
 * What the source view highlights: the openers, numbers and markers, footnote references and notes
 * the parser recognised, and what it set aside (page furniture, unparsed text).
 */
import type { Resolution } from '../src/index.js';
import { rangeOf, visit, type Range } from './nodes.js';

/** In order of precedence: where marks overlap (a reference inside a note), the first kind shows. */
export const MARK_KINDS = ['opener', 'number', 'reference', 'furniture', 'unparsed', 'note'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark extends Range {
  kind: MarkKind;
}

export function marksOf(resolution: Resolution, text: string): Mark[] {
  const marks: Mark[] = [];
  visit(resolution, (node) => {
    if (!node.position) return;
    const range = rangeOf(node.position);
    const add = (kind: MarkKind, end = range.end) => marks.push({ kind, start: range.start, end });
    if (node.type === 'opener') add('opener');
    else if (node.type === 'operativeParagraph' && node.num !== null) add('number', range.start + leadingToken(text, range.start));
    else if (node.type === 'subparagraph') add('number', range.start + markerLength(text, range.start, String(node.marker)));
    else if (node.type === 'footnoteReference') add('reference');
    else if (node.type === 'footnote') add('note');
    else if (node.type === 'pageBreak') add('furniture');
    else if (node.type === 'unparsed') add('unparsed');
  });
  return flatten(marks);
}

/** The number as printed at the start of a paragraph ("8.", "1\.", an OCR "S."): its first word. */
function leadingToken(text: string, start: number): number {
  return /^[^\s*]{1,8}/.exec(text.slice(start, start + 8))?.[0].length ?? 0;
}

function markerLength(text: string, start: number, marker: string): number {
  return text.startsWith(marker, start) ? marker.length : leadingToken(text, start);
}

/** Cuts overlapping marks into disjoint ones, sorted; in each piece the kind of highest precedence. */
export function flatten(marks: Mark[]): Mark[] {
  const events = marks.flatMap((mark) => [
    { at: mark.start, kind: mark.kind, delta: 1 },
    { at: mark.end, kind: mark.kind, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at);
  const open = new Map<MarkKind, number>();
  const out: Mark[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    open.set(event.kind, (open.get(event.kind) ?? 0) + event.delta);
    const next = events[i + 1];
    if (!next || next.at === event.at) continue;
    const kind = MARK_KINDS.find((k) => (open.get(k) ?? 0) > 0);
    if (!kind) continue;
    const last = out.at(-1);
    if (last && last.kind === kind && last.end === event.at) last.end = next.at;
    else out.push({ kind, start: event.at, end: next.at });
  }
  return out;
}

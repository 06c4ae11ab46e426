// The properties every parse must have, whatever the input, as functions that return what is wrong
// (an empty list when nothing is). Shared by the robustness tests and the long fuzz run (`npm run fuzz`).
import { ParseResult, type Position } from '../../src/schema/index.js';

export interface Problem {
  property: 'schema' | 'position' | 'line-column' | 'nesting' | 'lost-text' | 'prototype';
  message: string;
}

/** 1-based line and column of every offset, computed on its own: `\r\n`, `\n` and `\r` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

function expectedPoint(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** An object with a position in the tree, with its path and its nearest positioned ancestor. */
export interface Placed {
  node: Record<string, unknown>;
  path: string;
  position: Position;
  parent: Placed | null;
}

export function* placed(value: unknown, path: string, parent: Placed | null): Generator<Placed> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* placed(value[i], `${path}[${i}]`, parent);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  const position = node.position as Position | null | undefined;
  const own = position && typeof position === 'object' && 'start' in position ? { node, path, position, parent } : null;
  if (own) yield own;
  for (const [key, child] of Object.entries(node)) if (key !== 'position') yield* placed(child, `${path}.${key}`, own ?? parent);
}

/**
 * Where a position may lie outside its nearest positioned ancestor, by design:
 * - the header's organ may be read from the authority line ("The Security Council,") when the header
 *   names none, so it points there;
 * - diagnostics are not part of the tree.
 */
const NESTING_EXCEPTIONS = [/^resolution\.header\.organ$/];

/**
 * Leaf-level nodes: what holds the input's characters. A non-white-space character of the input is
 * accounted for when it lies inside the position of one of these, or inside the marker of a
 * numbered or labelled node (paragraph, subparagraph, division, annex): the gap between the node's
 * start (or the end of its heading) and its first other leaf, when that gap is at most
 * MAX_MARKER characters once trimmed ("17.", "(iv)", "II."); and an annex's first line (its label).
 */
const LEAF_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'superscript',
  'footnoteReference',
  'reference',
  'opener',
  'heading',
  'authority',
  'closing',
  'footnote',
  'pageBreak',
  'unparsed',
]);
const MAX_MARKER = 12;
const MARKED_TYPES = new Set(['operativeParagraph', 'preambularParagraph', 'subparagraph', 'division', 'annex']);

function isLeaf(entry: Placed): boolean {
  const type = entry.node.type;
  if (typeof type === 'string') return LEAF_TYPES.has(type);
  // Header fields ({ value, text, position }), the symbol and the report reference have no type.
  return entry.path.startsWith('resolution.header.');
}

/** Offsets of the non-white-space characters of `text` that no leaf-level node covers. */
export function lostCharacters(text: string, result: ParseResult): number[] {
  const covered = new Uint8Array(text.length + 1);
  const cover = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) covered[i] = 1;
  };
  const all = [...placed(result.resolution, 'resolution', null)];
  const leaves = all.filter(isLeaf).sort((a, b) => a.position.start.offset - b.position.start.offset);
  for (const leaf of leaves) cover(leaf.position.start.offset, leaf.position.end.offset);
  for (const entry of all) {
    if (!MARKED_TYPES.has(entry.node.type as string)) continue;
    let start = entry.position.start.offset;
    const heading = entry.node.heading as { position: Position } | null | undefined;
    // A paragraph's heading is printed above its number; a division's below its numeral.
    const paragraph = entry.node.type === 'operativeParagraph' || entry.node.type === 'preambularParagraph';
    if (paragraph && heading?.position) start = Math.max(start, heading.position.end.offset);
    let firstLeaf = entry.position.end.offset;
    let low = 0;
    let high = leaves.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (leaves[mid].position.start.offset < start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < leaves.length && leaves[i].position.start.offset < firstLeaf; i++) {
      if (leaves[i].path.startsWith(entry.path)) firstLeaf = leaves[i].position.start.offset;
    }
    if (entry.node.type === 'annex') {
      // An annex's label is its first line, whatever its length or markup ("Annex<sup>e</sup>").
      let lineEnd = start;
      while (lineEnd < firstLeaf && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
      cover(start, lineEnd);
    }
    if (text.slice(start, firstLeaf).trim().length <= MAX_MARKER) cover(start, firstLeaf);
    coverMarkerInside(text, covered, entry);
  }
  const lost: number[] = [];
  for (let i = 0; i < text.length; i++) if (!covered[i] && !/\s/.test(text[i]) && text[i] !== '\ufeff') lost.push(i);
  return lost;
}

/**
 * A node's own number or label printed elsewhere in its span than at its start: after its first
 * line ("Calls upon … the" / "3." / "accelerate …"), or below a heading and the notes between. A run
 * of uncovered characters inside the node that is exactly its marker ("3.", "(b)"), or its number as
 * OCR printed it ("S." for 5), is that marker.
 */
function coverMarkerInside(text: string, covered: Uint8Array, entry: Placed): void {
  const { num, marker } = entry.node as { num?: unknown; marker?: unknown };
  const markers = new Set<string>();
  if (typeof marker === 'string') markers.add(marker);
  if (typeof num === 'string') for (const form of [num, `${num}.`, `${num})`]) markers.add(form);
  if (!markers.size) return;
  const end = Math.min(entry.position.end.offset, text.length);
  for (let i = entry.position.start.offset; i < end; ) {
    if (covered[i] || /\s/.test(text[i])) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < end && !covered[runEnd] && !/\s/.test(text[runEnd])) runEnd++;
    const run = text.slice(i, runEnd);
    if (markers.has(run) || markers.has(run.replace(OCR_SLIPS, (slip) => OCR_DIGIT_OF[slip]))) covered.fill(1, i, runEnd);
    i = runEnd;
  }
}

/** Letters that OCR prints for digits, as the parser reads them back in numbers ("S." is 5, "l." is 1; an `ocr-corrected` diagnostic says so). */
const OCR_DIGIT_OF: Readonly<Record<string, string>> = { S: '5', l: '1', L: '1', I: '1', Z: '2', O: '0' };
const OCR_SLIPS = /[SlLIZO]/g;

/** The lost characters as readable snippets: runs of neighbouring offsets, with their line. */
export function describeLost(text: string, lost: number[], limit = 5): string[] {
  const runs: [number, number][] = [];
  for (const offset of lost) {
    const last = runs[runs.length - 1];
    if (last && offset - last[1] <= 2) last[1] = offset + 1;
    else runs.push([offset, offset + 1]);
  }
  const starts = lineStarts(text);
  return runs.slice(0, limit).map(([from, to]) => `line ${expectedPoint(starts, from).line}: ${JSON.stringify(text.slice(from, to).slice(0, 80))}`);
}

/** Runs of lost offsets: neighbours (at most one character apart) joined, as [from, to). */
export function lostRuns(lost: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const offset of lost) {
    const last = runs[runs.length - 1];
    if (last && offset - last[1] <= 1) last[1] = offset + 1;
    else runs.push([offset, offset + 1]);
  }
  return runs;
}

/**
 * Losses the lost-text property overlooks: markdown markup with no text of its own (`*`, `#`,
 * `<sup>`) left between nodes, such as the markers of an emphasis that no node spans.
 */
export function knownLoss(text: string, from: number, to: number): boolean {
  const run = text.slice(from, to);
  return /^(?:[*#\s]|<\/?sup>)+$/.test(run);
}

/** Lost runs with no letter or digit: punctuation and markup only (the test suite's looser rule). */
export function noWords(text: string, from: number, to: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(from, to));
}

export interface CheckOptions {
  /** Check that no character is lost (default true). */
  accountedFor?: boolean;
  /** Runs of lost characters to overlook. */
  ignoreLost?: (text: string, from: number, to: number) => boolean;
}

/** Everything wrong with `result` as the parse of `text`. */
export function problemsOf(text: string, result: ParseResult, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const schema = ParseResult.safeParse(result);
  if (!schema.success) problems.push({ property: 'schema', message: schema.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  const starts = lineStarts(text);
  for (const entry of placed(result.resolution, 'resolution', null)) {
    const { start, end } = entry.position;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      problems.push({ property: 'position', message: `${entry.path}: [${start.offset}, ${end.offset}) is not inside the input (length ${text.length})` });
      continue;
    }
    for (const point of [start, end]) {
      const expected = expectedPoint(starts, point.offset);
      if (point.line !== expected.line || point.column !== expected.column) {
        problems.push({
          property: 'line-column',
          message: `${entry.path}: offset ${point.offset} is at ${point.line}:${point.column}, expected ${expected.line}:${expected.column}`,
        });
        break;
      }
    }
    const parent = entry.parent;
    if (parent && !NESTING_EXCEPTIONS.some((pattern) => pattern.test(entry.path))) {
      if (start.offset < parent.position.start.offset || end.offset > parent.position.end.offset) {
        problems.push({
          property: 'nesting',
          message: `${entry.path} [${start.offset}, ${end.offset}) is not inside ${parent.path} [${parent.position.start.offset}, ${parent.position.end.offset})`,
        });
      }
    }
  }
  for (const diagnostic of result.diagnostics) {
    const position = diagnostic.position;
    if (position && !(position.start.offset >= 0 && position.start.offset <= position.end.offset && position.end.offset <= text.length)) {
      problems.push({ property: 'position', message: `diagnostic ${diagnostic.code}: [${position.start.offset}, ${position.end.offset}) is not inside the input` });
    }
  }
  if (options.accountedFor !== false) {
    let lost = lostCharacters(text, result);
    const ignore = options.ignoreLost;
    if (ignore) lost = lostRuns(lost).filter(([from, to]) => !ignore(text, from, to)).flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));
    if (lost.length) problems.push({ property: 'lost-text', message: `${lost.length} characters in no node: ${describeLost(text, lost).join(' | ')}` });
  }
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0) {
    problems.push({ property: 'prototype', message: 'Object.prototype was changed' });
  }
  return problems;
}

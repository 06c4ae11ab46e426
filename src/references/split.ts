import type { Inline, Position, Reference, Text } from '../schema/index.js';
import { MARKER, scanReferences, type FoundReference, type ScanContext } from './scan.js';

/** Original offsets of spans of a text node's value: where the character at `from` starts, where `[from, to)` ends. */
export interface ValueSpans {
  startOf(from: number): number;
  endOf(from: number, to: number): number;
}

export interface SplitContext extends ScanContext {
  /** Maps spans of a text node's value to original offsets; null when the node's origin is unknown. */
  offsetsOf: (node: Text) => ValueSpans | null;
  /** A position from original offsets. */
  position: (start: number, end: number) => Position;
}

const DIGIT = /\d/;

/**
 * Splits the text nodes of inline content into text and `reference` nodes. A run of neighbouring
 * text nodes (cut by a page break) and footnote markers is read as one text, so that a reference
 * may run over a page break and a list may go on after a marker ("36/7 of 28 September 2017,5
 * 45/10"); no reference spans a marker. Nodes without a reference are kept as they are.
 */
export function splitReferences(nodes: Inline[], context: SplitContext): Inline[] {
  // The copy is made at the first reference: most content has none and is returned as it is.
  let out: Inline[] | null = null;
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i];
    if (node.type !== 'text') {
      if (node.type === 'emphasis' || node.type === 'strong') node.children = splitReferences(node.children, context);
      out?.push(node);
      i++;
      continue;
    }
    let j = i + 1;
    let digits = DIGIT.test(node.value);
    for (; j < nodes.length; j++) {
      const next = nodes[j];
      if (next.type === 'text') digits ||= DIGIT.test(next.value);
      else if (next.type !== 'footnoteReference') break;
    }
    // Every reference has a digit: a run without one is left as it is, unread.
    const split = digits ? splitRun(nodes, i, j, context) : null;
    if (split) {
      out ??= nodes.slice(0, i);
      for (const item of split) out.push(item);
    } else if (out) for (let k = i; k < j; k++) out.push(nodes[k]);
    i = j;
  }
  return out ?? nodes;
}

/** The run nodes[from, to) with its references split off, or null when it has none. */
function splitRun(nodes: Inline[], from: number, to: number, context: SplitContext): Inline[] | null {
  let text = '';
  for (let k = from; k < to; k++) {
    const node = nodes[k];
    text += node.type === 'text' ? node.value : MARKER;
  }
  const found = scanReferences(text, context);
  if (found.length === 0) return null;
  return rebuild(nodes, from, to, text, found, context);
}

/**
 * The run nodes[from, to) with its references split off; null when a text node's offsets cannot be
 * mapped exactly. A node's value starts at `at` in the run's text (a marker stands for one character).
 */
function rebuild(nodes: Inline[], from: number, to: number, text: string, found: FoundReference[], context: SplitContext): Inline[] | null {
  const out: Inline[] = [];
  let r = 0;
  let at = 0;
  /** Original offset where the reference being read began (it runs on into the next node). */
  let openStart: number | null = null;
  for (let k = from; k < to; k++) {
    const node = nodes[k];
    if (node.type !== 'text') {
      out.push(node);
      at += MARKER.length;
      continue;
    }
    const nodeAt = at;
    const nodeEnd = nodeAt + node.value.length;
    at = nodeEnd;
    if (openStart === null && (r === found.length || found[r].start >= nodeEnd)) {
      out.push(node);
      continue;
    }
    const spans = context.offsetsOf(node);
    if (!spans) return null;
    let cursor = nodeAt;
    while (r < found.length && found[r].start < nodeEnd) {
      const reference = found[r];
      if (openStart === null) {
        if (reference.start > cursor) out.push(textNode(node, cursor - nodeAt, reference.start - nodeAt, spans, context));
        openStart = spans.startOf(reference.start - nodeAt);
      }
      if (reference.end > nodeEnd) {
        cursor = nodeEnd;
        break;
      }
      const end = spans.endOf(Math.max(0, reference.start - nodeAt), reference.end - nodeAt);
      out.push(referenceNode(reference, text, context.position(openStart, end)));
      openStart = null;
      cursor = reference.end;
      r++;
    }
    if (cursor < nodeEnd) out.push(textNode(node, cursor - nodeAt, nodeEnd - nodeAt, spans, context));
  }
  return out;
}

function textNode(node: Text, from: number, to: number, spans: ValueSpans, context: SplitContext): Text {
  if (from === 0 && to === node.value.length) return node;
  return { type: 'text', value: node.value.slice(from, to), position: context.position(spans.startOf(from), spans.endOf(from, to)) };
}

function referenceNode(found: FoundReference, text: string, position: Position): Reference {
  return {
    type: 'reference',
    kind: found.kind,
    text: text.slice(found.start, found.end),
    target: found.target,
    organ: found.organ,
    date: found.date,
    paragraph: found.paragraph,
    item: found.item,
    article: found.article,
    chapter: found.chapter,
    range: found.range,
    position,
  };
}

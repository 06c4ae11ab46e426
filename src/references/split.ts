import type { Inline, Position, Reference, Text } from '../schema/index.js';
import { MARKER, scanReferences, type FoundReference, type ScanContext } from './scan.js';

export interface SplitContext extends ScanContext {
  /** Maps a span of a text node's value to original offsets [start, end); null when the node's origin is unknown. */
  offsetsOf: (node: Text) => ((from: number, to: number) => [number, number]) | null;
  /** A position from original offsets. */
  position: (start: number, end: number) => Position;
}

/** A text node of a run and where its value starts in the run's text. */
interface Piece {
  node: Text;
  at: number;
  offsets?: ((from: number, to: number) => [number, number]) | null;
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
  const pieces: Piece[] = [];
  for (let k = from; k < to; k++) {
    const node = nodes[k];
    if (node.type === 'text') {
      pieces.push({ node, at: text.length });
      text += node.value;
    } else text += MARKER;
  }
  const found = scanReferences(text, context);
  if (found.length === 0) return null;
  return rebuild(nodes.slice(from, to), pieces, text, found, context);
}

/** The run with its references split off; null when a piece's offsets cannot be mapped exactly. */
function rebuild(run: Inline[], pieces: Piece[], text: string, found: FoundReference[], context: SplitContext): Inline[] | null {
  const out: Inline[] = [];
  let r = 0;
  let p = 0;
  /** Original offset where the reference being read began (it runs on into the next piece). */
  let openStart: number | null = null;
  for (const node of run) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    const piece = pieces[p++];
    const pieceEnd = piece.at + node.value.length;
    const touched = r < found.length && found[r].start < pieceEnd;
    if (!touched && openStart === null) {
      out.push(node);
      continue;
    }
    const offsets = (piece.offsets ??= context.offsetsOf(node));
    if (!offsets) return null;
    let cursor = piece.at;
    while (r < found.length && found[r].start < pieceEnd) {
      const reference = found[r];
      if (openStart === null) {
        if (reference.start > cursor) out.push(textNode(node, cursor - piece.at, reference.start - piece.at, offsets, context));
        openStart = offsets(reference.start - piece.at, reference.start - piece.at + 1)[0];
      }
      if (reference.end > pieceEnd) {
        cursor = pieceEnd;
        break;
      }
      const end = offsets(Math.max(0, reference.start - piece.at), reference.end - piece.at)[1];
      out.push(referenceNode(reference, text, context.position(openStart, end)));
      openStart = null;
      cursor = reference.end;
      r++;
    }
    if (cursor < pieceEnd) out.push(textNode(node, cursor - piece.at, pieceEnd - piece.at, offsets, context));
  }
  return out;
}

function textNode(node: Text, from: number, to: number, offsets: (from: number, to: number) => [number, number], context: SplitContext): Text {
  if (from === 0 && to === node.value.length) return node;
  const [start, end] = offsets(from, to);
  return { type: 'text', value: node.value.slice(from, to), position: context.position(start, end) };
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

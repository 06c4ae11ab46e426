import type { Inline, Resolution } from '../schema/index.js';
import { nextToReference } from './print.js';

/**
 * The part of a tree that printing preserves, for comparing a tree with `parse(print(tree))`.
 *
 * What printing legitimately does not carry over, and this view therefore leaves out:
 * - `position` everywhere: the printed text is laid out anew, so every offset moves.
 * - `pageBreaks`: the printed text is one page; the running headers, footers and page counters of
 *   the source are not printed.
 * - The cut of a text node at a page break: a paragraph that ran over two pages is one text node
 *   once printed, so neighbouring text nodes are joined here.
 * - In plain text, white space before a footnote marker: the printer sets the marker against the word
 *   before it, as the superscript stands in print ("Court 1" is printed "Court1"). The closing keeps
 *   its spacing ("meeting. 22"), which its plain `text` records. Nor the white space after it: text
 *   extraction may set a marker against the next word ("Agreement 5and"), printed "Agreement5 and".
 *
 * Everything else (header fields and the words they were read from, openers, numbers, labels,
 * inline markup, footnotes and the ids that link them, closing, annexes, unparsed text) is kept.
 */
export function comparable(resolution: Resolution): unknown {
  const { pageBreaks: _pageBreaks, closing, ...rest } = resolution;
  const plain = resolution.form === 'text';
  return { ...(strip(rest, plain) as object), closing: strip(closing, false) };
}

function strip(value: unknown, plain: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => strip(item, plain));
    return isInlineArray(value) ? joinText(items as Inline[], plain) : items;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'position') continue;
    out[key] = strip(item, plain);
  }
  return out;
}

const INLINE_TYPES = new Set(['text', 'footnoteReference', 'superscript', 'emphasis', 'strong', 'reference']);

function isInlineArray(value: unknown[]): boolean {
  return value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && INLINE_TYPES.has((item as { type: string }).type));
}

/**
 * Joins text nodes that a page break had cut, with the single space the re-flow would have put. In
 * plain text, drops the space before a footnote marker: the printer sets the marker against the
 * word before it, as the superscript stands in print.
 */
function joinText(nodes: Inline[], plain: boolean): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { ...last, value: `${last.value}${node.value}`.replace(/\s+/g, ' ') };
    } else out.push(node);
  }
  if (plain) {
    for (let i = 1; i < out.length; i++) {
      const before = out[i - 1];
      if (out[i].type === 'footnoteReference' && before.type === 'text' && !nextToReference(out, i)) out[i - 1] = { ...before, value: before.value.replace(/\s+$/, '') };
      const after = out[i + 1];
      if (out[i].type === 'footnoteReference' && after?.type === 'text' && !nextToReference(out, i)) out[i + 1] = { ...after, value: after.value.replace(/^\s+/, '') };
    }
  }
  return out.filter((node) => node.type !== 'text' || node.value.length > 0);
}

import type { Inline, PageBreak } from '../schema/index.js';

/** The text a node contributes to its paragraph's plain `text` (references contribute nothing). */
function plainOf(node: Inline): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'superscript':
      return node.value;
    case 'footnoteReference':
      return '';
    case 'reference':
      return node.text;
    default:
      return node.children.map(plainOf).join('');
  }
}

/**
 * Splits a paragraph's content where it was printed as several blocks: text that continues a
 * paragraph after a quotation or a list ("as follows:" / "Japan will become …") is joined to its
 * content without a space, while the paragraph's plain `text` has one there. Aligning the two finds
 * those places; each piece is printed as a block of its own so that it is read back the same way.
 */
export function pieces(nodes: Inline[], text: string, prefix: string, pageBreaks: PageBreak[]): Inline[][] {
  const groups: Inline[][] = [[]];
  let at = prefix.length;
  let before = prefix;
  let previous: Inline | null = null;
  for (const node of nodes) {
    const piece = plainOf(node);
    let split = previous !== null && blankLineBetween(previous, node, pageBreaks);
    if (piece.length > 0 && at >= 0) {
      const spaceBetween = text[at] === ' ' && !/\s$/.test(before) && !/^\s/.test(piece);
      if (spaceBetween) {
        at++;
        if (previous !== null) split = true;
      }
      const wanted = /\s$/.test(before) || at === 0 ? piece.replace(/^\s+/, '') : piece;
      if (text.startsWith(wanted, at)) at += wanted.length;
      else if (text.startsWith(wanted.trimEnd(), at) && at + wanted.trimEnd().length === text.length) at = text.length;
      else at = -1; // the text does not tell: rely on the positions alone
      before = piece;
    }
    if (split) groups.push([]);
    groups[groups.length - 1].push(node);
    previous = node;
  }
  return groups;
}

/** Whether a blank line, and no page break, stood between two neighbouring nodes in the source. */
function blankLineBetween(a: Inline, b: Inline, pageBreaks: PageBreak[]): boolean {
  if (b.position.start.line <= a.position.end.line + 1) return false;
  const from = a.position.end.offset;
  const to = b.position.start.offset;
  return !pageBreaks.some((pb) => pb.position.start.offset >= from && pb.position.start.offset < to);
}


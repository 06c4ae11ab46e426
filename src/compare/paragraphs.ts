/**
 * The paragraphs of a resolution as compare lists them, one list for the preamble and one for the
 * operative part: the body's, then each division's (depth first), then each annex's, with a label
 * that says where each stands ("P3", "O5", "II.O5", "Annex I.O2").
 */
import type { Annex, Division, Inline, OperativeParagraph, PreambularParagraph, Resolution, Subparagraph } from '../schema/index.js';
import { itemOf, type AlignItem } from './alignment.js';
import type { ComparedParagraph, ComparedSubparagraph } from './schema.js';
import { normalizeText, type Vocabulary } from './text.js';

export type Kind = 'preamble' | 'operative';

export interface ListedParagraph {
  shown: ComparedParagraph;
  paragraph: PreambularParagraph | OperativeParagraph;
  item: AlignItem;
}

type Body = Resolution | Division | Annex;

/** The preambular or operative paragraphs of the whole resolution, in reading order. */
export function listParagraphs(resolution: Resolution, kind: Kind, vocabulary: Vocabulary): ListedParagraph[] {
  const list: ListedParagraph[] = [];
  const visit = (body: Body, prefix: string, place: string | null) => {
    const paragraphs: (PreambularParagraph | OperativeParagraph)[] = kind === 'preamble' ? body.preamble : body.operative;
    paragraphs.forEach((paragraph, i) => {
      const num = paragraph.type === 'operativeParagraph' ? paragraph.num : null;
      const label = `${prefix}${kind === 'preamble' ? `P${i + 1}` : num !== null ? `O${num}` : paragraphs.length > 1 ? `O(${i + 1})` : 'O'}`;
      const text = withMarkers(normalizeText(paragraph.text), paragraph.subparagraphs);
      list.push({
        shown: { label, index: list.length, num, place, opener: paragraph.opener?.text ?? null, text, position: paragraph.position },
        paragraph,
        item: itemOf(text, vocabulary),
      });
    });
    for (const [i, division] of body.divisions.entries()) {
      // A division without a number (a parser's guess) is named by its place among its siblings.
      const num = division.num.replace(/\.$/, '') || String(i + 1);
      visit(division, `${prefix}${num}.`, [place, `${division.kind} ${num}`].filter(Boolean).join(', '));
    }
  };
  visit(resolution, '', null);
  resolution.annexes.forEach((annex, i) => {
    const name = annex.num ?? (resolution.annexes.length > 1 ? String(i + 1) : null);
    visit(annex, name ? `Annex ${name}.` : 'Annex.', name ? `annex ${name}` : 'annex');
  });
  return list;
}

/**
 * The paragraph's text with its subparagraphs' markers put back ("that: (a) The State …"): the
 * tree's text leaves them out, and a relettered subparagraph is a change a reader wants to see.
 */
function withMarkers(text: string, subparagraphs: Subparagraph[]): string {
  let out = '';
  let from = 0;
  const visit = (subs: Subparagraph[]) => {
    for (const sub of subs) {
      // Its first words are enough to find where it starts (its text nodes may be joined differently).
      const start = normalizeText(plainText(sub.content)).slice(0, 40);
      const at = start ? text.indexOf(start, from) : -1;
      if (at >= 0) {
        out += `${text.slice(from, at)}${sub.marker} `;
        from = at;
      }
      visit(sub.subparagraphs);
    }
  };
  visit(subparagraphs);
  return out + text.slice(from);
}

export interface ListedSubparagraph {
  shown: ComparedSubparagraph;
  item: AlignItem;
}

/** The subparagraphs of a paragraph at every depth, each with its own text (without its children's). */
export function listSubparagraphs(subparagraphs: Subparagraph[], vocabulary: Vocabulary, prefix = ''): ListedSubparagraph[] {
  return subparagraphs.flatMap((sub) => {
    const label = `${prefix}${sub.label}`;
    const text = normalizeText(plainText(sub.content));
    return [{ shown: { label, text, position: sub.position }, item: itemOf(text, vocabulary) }, ...listSubparagraphs(sub.subparagraphs, vocabulary, `${label}.`)];
  });
}

/** The words of inline content, footnote markers left out. */
export function plainText(content: Inline[]): string {
  return content
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'superscript':
          return node.value;
        case 'emphasis':
        case 'strong':
          return plainText(node.children);
        case 'footnoteReference':
          return '';
      }
    })
    .join('');
}

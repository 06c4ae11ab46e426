import type { Annex, Division, Inline, OperativeParagraph, PreambularParagraph, Resolution } from './schema/index.js';

/** What holds paragraphs: the resolution, a part or section, an annex. */
export type Body = Resolution | Division | Annex;

/** Every operative paragraph of the resolution, parts and sections included, in reading order (annexes excluded). */
export function operativeParagraphs(body: Body): OperativeParagraph[] {
  return [...body.operative, ...body.divisions.flatMap((division) => operativeParagraphs(division))];
}

/** Every preambular paragraph of the resolution, parts and sections included, in reading order (annexes excluded). */
export function preambularParagraphs(body: Body): PreambularParagraph[] {
  return [...body.preamble, ...body.divisions.flatMap((division) => preambularParagraphs(division))];
}

/** The words of a text or reference node (a reference is printed text too); null for other nodes. */
export function wordsOf(node: Inline): string | null {
  return node.type === 'text' ? node.value : node.type === 'reference' ? node.text : null;
}

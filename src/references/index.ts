/**
 * References as nodes of the tree. The tree stage hands this one the inline content of each
 * paragraph, subparagraph and footnote as it builds it (`citationSplitter`), and `reference` nodes
 * are split off its text nodes; paragraph `text` is left as is.
 */
import { languages, matchOrgan, type LanguageCode, type NamedOrganId } from '../languages/index.js';
import { compileReferencePatterns } from './patterns.js';
import type { Annex, Authority, Division, Header, Inline, OperativeParagraph, PreambularParagraph, Reference, Resolution, Subparagraph } from '../schema/index.js';
import type { CitationSplitter } from '../tree/content.js';
import { splitReferences, type SplitContext } from './split.js';

export { scanReferences, type FoundReference, type ScanContext } from './scan.js';

/** A holder of inline content and a short label of its place: "pp2", "op5(a)(ii)", "II/op3", "annex I/op1", "fn4". */
interface Place {
  label: string;
  holder: { type: string; content: Inline[] };
}

type Body = Resolution | Division | Annex;

/**
 * Splits the references off the inline content of one paragraph, subparagraph or footnote: run as
 * the tree's content is finished, piece by piece, while `offsetsOf` knows the piece's text nodes.
 */
export function citationSplitter(language: LanguageCode, organ: NamedOrganId | null, context: Pick<SplitContext, 'offsetsOf' | 'position'>): CitationSplitter {
  // Built property by property: a spread of the caller's object cost some 10 µs a document.
  const { offsetsOf, position } = context;
  const text: SplitContext = { offsetsOf, position, language, organ, inNote: false };
  const note: SplitContext = { offsetsOf, position, language, organ, inNote: true };
  return (content, inNote) => splitReferences(content, inNote ? note : text);
}

/** Every reference of a resolution (paragraphs, subparagraphs, footnotes, annexes), in text order. */
export function references(resolution: Resolution): Reference[] {
  return referenceSites(resolution).map((site) => site.reference);
}

/** Every reference with the label of the place it stands in ("op5(a)", "fn3"), in text order. */
export function referenceSites(resolution: Resolution): { place: string; reference: Reference }[] {
  const sites: { place: string; reference: Reference }[] = [];
  const collect = (nodes: Inline[], place: string) => {
    for (const node of nodes) {
      if (node.type === 'reference') sites.push({ place, reference: node });
      else if (node.type === 'emphasis' || node.type === 'strong') collect(node.children, place);
    }
  };
  for (const { label, holder } of places(resolution)) collect(holder.content, label);
  return sites.sort((a, b) => a.reference.position.start.offset - b.reference.position.start.offset);
}

/**
 * Whether a text ends with "paragraph 8" or "Article 73": a subparagraph label that follows it on the
 * next line ("(d) of resolution 2722 (2024)") is the pinpoint's item, not a subparagraph.
 */
export function endsWithPinpoint(text: string, language: LanguageCode): boolean {
  return compileReferencePatterns(languages[language]).paragraphAtEnd.test(text.slice(-40));
}

/** The organ whose text this is: "its resolution" is one of its resolutions. */
export function organOfText(header: Header, authority: Authority | null, language: LanguageCode): NamedOrganId | null {
  const organ = header.organ?.value;
  if (organ && organ !== 'other') return organ;
  const named = authority && matchOrgan(authority.text, language);
  if (named && named.id !== 'other') return named.id;
  const symbol = header.symbol?.value ?? '';
  if (symbol.startsWith('A/HRC/')) return 'human-rights-council';
  if (symbol.startsWith('S/')) return 'security-council';
  if (symbol.startsWith('A/')) return 'general-assembly';
  if (symbol.startsWith('E/')) return 'economic-and-social-council';
  return null;
}

/** Every holder of inline content that may cite, with its label. */
function places(resolution: Resolution): Place[] {
  const out: Place[] = [];
  const body = (node: Body, prefix: string) => {
    node.preamble.forEach((paragraph, i) => paragraphPlaces(paragraph, `${prefix}pp${i + 1}`, out));
    for (const paragraph of node.operative) paragraphPlaces(paragraph, `${prefix}op${paragraph.num ?? ''}`, out);
    for (const division of node.divisions) body(division, `${prefix}${division.num.replace(/\.$/, '')}/`);
  };
  body(resolution, '');
  for (const annex of resolution.annexes) body(annex, `annex${annex.num ? ` ${annex.num}` : ''}/`);
  for (const note of resolution.footnotes) out.push({ label: `fn${note.marker}`, holder: note });
  return out;
}

function paragraphPlaces(paragraph: PreambularParagraph | OperativeParagraph | Subparagraph, label: string, out: Place[]): void {
  out.push({ label, holder: paragraph });
  for (const item of paragraph.subparagraphs) paragraphPlaces(item, `${label}(${item.label})`, out);
}

import type { OpenerMatch } from '../languages/index.js';
import type { InputForm } from '../schema/index.js';
import type { Flow } from '../blocks/flow.js';
import { plainText, type FlowInline } from './inline.js';

export interface OpenerSplit {
  opener: { text: string; known: boolean; from: number; to: number } | null;
  rest: FlowInline[];
}

const TRAILING_PUNCTUATION = /[\s,;:.]+$/;
const SPACE = /\s/;
const STRAY_QUOTE = /^[‘'`]\p{Lu}/u;

/**
 * Holds the opener apart from the rest of a paragraph: the italic run that starts it in markdown,
 * or, in plain text (or markdown without italics), the phrase the language data recognises.
 */
export function splitOpener(nodes: FlowInline[], flow: Flow, form: InputForm, matchOpener: (text: string) => OpenerMatch | null): OpenerSplit {
  const first = nodes[0];
  if (form === 'markdown' && first && (first.type === 'emphasis' || first.type === 'strong')) {
    const text = plainText(first.children, flow).replace(TRAILING_PUNCTUATION, '').trim();
    if (text.length > 0) {
      const known = matchOpener(text)?.known === true;
      // The opener's node spans its emphasis markers too, as an emphasis node would: `*Recalling*`.
      return { opener: { text, known, from: first.from, to: first.to }, rest: trimLeadingSpace(nodes.slice(1), flow) };
    }
  }
  if (!first || first.type !== 'text') return { opener: null, rest: nodes };
  const skip = strayQuote(flow.text.slice(first.from, first.to));
  const match = matchOpener(flow.text.slice(first.from + skip, first.to));
  if (!match) return { opener: null, rest: nodes };
  const from = first.from + skip;
  const to = from + match.length;
  const rest: FlowInline[] = to < first.to ? [{ type: 'text', from: to, to: first.to }, ...nodes.slice(1)] : nodes.slice(1);
  return { opener: { text: match.text, known: match.known, from, to }, rest: trimLeadingSpace(rest, flow) };
}

/**
 * Length of a stray single quote before a paragraph's first word ("‘Having regard to …"), an OCR
 * speck; 0 when there is none. Quotations open with a double quote and are left alone.
 */
export function strayQuote(text: string): number {
  return STRAY_QUOTE.test(text) ? 1 : 0;
}

function trimLeadingSpace(nodes: FlowInline[], flow: Flow): FlowInline[] {
  const first = nodes[0];
  if (!first || first.type !== 'text') return nodes;
  let from = first.from;
  while (from < first.to && SPACE.test(flow.text[from])) from++;
  return from === first.to ? nodes.slice(1) : [{ ...first, from }, ...nodes.slice(1)];
}

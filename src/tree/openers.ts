import type { OpenerMatch } from '../languages/index.js';
import type { InputForm } from '../schema/index.js';
import type { Flow } from '../blocks/flow.js';
import { isWhiteSpace } from '../source/spaces.js';
import { plainText, type FlowInline } from './inline.js';

export interface OpenerSplit {
  opener: { text: string; known: boolean; from: number; to: number };
  /** How the language data reads the opener (null for an italic phrase it does not know). */
  reading: OpenerMatch | null;
  rest: FlowInline[];
}

const TRAILING_PUNCTUATION = /[\s,;:.]+$/;
const STRAY_QUOTE = /^[‘'`]\p{Lu}/u;

/**
 * Holds the opener apart from the rest of a paragraph: the italic run that starts it in markdown,
 * or, in plain text (or markdown without italics), the phrase the language data recognises. Null
 * when the paragraph has no opener.
 */
export function splitOpener(nodes: FlowInline[], flow: Flow, form: InputForm, matchOpener: (text: string) => OpenerMatch | null): OpenerSplit | null {
  const first = nodes[0];
  if (form === 'markdown' && first && (first.type === 'emphasis' || first.type === 'strong')) {
    const text = plainText(first.children, flow).replace(TRAILING_PUNCTUATION, '').trim();
    if (text.length > 0) {
      const reading = matchOpener(text);
      // The opener's node spans its emphasis markers too, as an emphasis node would: `*Recalling*`.
      return { opener: { text, known: reading?.known === true, from: first.from, to: first.to }, reading, rest: restOf(nodes, nodes[1], 2, flow) };
    }
  }
  if (!first || first.type !== 'text') return null;
  const from = first.from + strayQuoteAt(flow.text, first.from, first.to);
  const match = matchOpener(flow.text.slice(from, first.to));
  if (!match) return null;
  const to = from + match.length;
  const head: FlowInline | undefined = to < first.to ? { type: 'text', from: to, to: first.to } : nodes[1];
  return { opener: { text: match.text, known: match.known, from, to }, reading: match, rest: restOf(nodes, head, to < first.to ? 1 : 2, flow) };
}

/**
 * Length of a stray single quote before a paragraph's first word ("‘Having regard to …"), an OCR
 * speck; 0 when there is none. Quotations open with a double quote and are left alone.
 */
export function strayQuote(text: string): number {
  return strayQuoteAt(text, 0, text.length);
}

/** `strayQuote` of `text[from, to)`; the pattern runs only after a quote (seldom), on a few characters. */
function strayQuoteAt(text: string, from: number, to: number): number {
  const code = text.charCodeAt(from);
  if (from >= to || (code !== 0x2018 && code !== 39 && code !== 96)) return 0;
  return STRAY_QUOTE.test(text.slice(from, Math.min(to, from + 3))) ? 1 : 0;
}

/** `head` then `nodes` from index `next` on, leading white space trimmed off `head` (a text node). */
function restOf(nodes: FlowInline[], head: FlowInline | undefined, next: number, flow: Flow): FlowInline[] {
  let first = head;
  if (head?.type === 'text') {
    let from = head.from;
    while (from < head.to && isWhiteSpace(flow.text.charCodeAt(from))) from++;
    first = from === head.to ? undefined : from === head.from ? head : { type: 'text', from, to: head.to };
  }
  if (!first) return nodes.slice(next);
  // Sliced from the node before `next` (there is one: `next` is 1 or 2), then that node replaced by
  // `first`: an array of the exact size, where pushes would reserve room for seventeen.
  const rest = nodes.slice(next - 1);
  rest[0] = first;
  return rest;
}

import type { SourceLine } from '../source/lines.js';
import type { Block } from './blocks.js';

/**
 * Drafts taken from datasets sometimes run numbered paragraphs together on one line
 * ("…Federation; 10. Confirms its determination…"). A numbered block is cut where the next number
 * in sequence follows a semicolon, colon or full stop and is followed by a capital: only the
 * expected number counts, so "paragraph 10. The" inside a sentence is left alone unless it is next.
 */
export function splitRunOnParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let current = block;
    while (current.first.kind === 'numbered' && DIGITS.test(current.first.num ?? '')) {
      const next = Number(current.first.num) + 1;
      const cut = findNumber(current.flow.text, next);
      if (!cut) break;
      const numberAt = cut.index + cut[0].indexOf(cut[1]);
      const bodyAt = cut.index + cut[0].length;
      const head: Block = { ...current, flow: current.flow.slice(0, cut.index + 1), end: current.flow.endOf(cut.index + 1) };
      const start = current.flow.startOf(numberAt);
      const first: SourceLine = { ...current.first, num: String(next), start, body: current.flow.startOf(bodyAt), ocr: false, text: current.flow.text.slice(numberAt) };
      const tail: Block = { first, lines: [first], flow: current.flow.slice(bodyAt, current.flow.text.length), start, end: current.end };
      out.push(head);
      current = tail;
    }
    out.push(current);
  }
  return out;
}

const NUMBER_AFTER_CLAUSE = /[;:.]\s+(\d{1,3})\.\s+(?=\p{Lu})/gu;
const DIGITS = /^\d+$/;

/** The first "; N. Capital" in `text` whose N is `number`. */
function findNumber(text: string, number: number): RegExpExecArray | null {
  if (!text.includes(`${number}.`)) return null;
  NUMBER_AFTER_CLAUSE.lastIndex = 0;
  for (let match = NUMBER_AFTER_CLAUSE.exec(text); match; match = NUMBER_AFTER_CLAUSE.exec(text)) {
    if (Number(match[1]) === number) return match;
  }
  return null;
}

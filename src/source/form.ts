import type { InputForm } from '../schema/index.js';

/** Signs of the markup of PDFs converted to markdown. */
const STRONG_SIGNS = /^#{1,6} |<sup>[^<]{1,8}<\/sup>|\[\^[^\]\s]{1,8}\]|\*\*\p{L}[^*\n]*\*\*/mu;
const ITALIC_RUN = /(?:^|\s)\*\p{L}[^*\n]*\*/gu;

/** Markdown when the text uses the markup of converted PDFs (`#`, `**bold**`, `<sup>`, several `*italic*` runs). */
export function detectForm(source: string): InputForm {
  const head = source.slice(0, 200_000);
  // Most inputs are the text of a PDF, without a character that begins any of the signs: native searches tell.
  if (!head.includes('*') && !head.includes('#') && !head.includes('<sup>') && !head.includes('[^')) return 'text';
  if (STRONG_SIGNS.test(head)) return 'markdown';
  let italics = 0;
  ITALIC_RUN.lastIndex = 0;
  while (ITALIC_RUN.exec(head) !== null) if (++italics >= 3) return 'markdown';
  return 'text';
}

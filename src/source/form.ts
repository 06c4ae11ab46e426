import type { InputForm } from '../schema/index.js';
import { isWhiteSpace } from './spaces.js';

/**
 * Signs of the markup of PDFs converted to markdown, each looked for only in a text with its
 * characters (most inputs have none of them; many plain texts have "*" of a footnote).
 */
const HEADING = /^#{1,6} /mu;
const SUPERSCRIPT = /<sup>[^<]{1,8}<\/sup>/u;
const NOTE_REFERENCE = /\[\^[^\]\s]{1,8}\]/u;
const BOLD = /\*\*\p{L}[^*\n]*\*\*/u;
/** An `*italic*` run from its opening star: it stands at the start of the text or after white space. */
const ITALIC_RUN_AT = /\*\p{L}[^*\n]*\*/uy;

/** Markdown when the text uses the markup of converted PDFs (`#`, `**bold**`, `<sup>`, several `*italic*` runs). */
export function detectForm(source: string): InputForm {
  const head = source.slice(0, 200_000);
  const stars = head.includes('*');
  const hashes = head.includes('#');
  const superscripts = head.includes('<sup>');
  const notes = head.includes('[^');
  // Most inputs are the text of a PDF, without a character that begins any of the signs: native searches tell.
  if (!stars && !hashes && !superscripts && !notes) return 'text';
  if ((hashes && HEADING.test(head)) || (superscripts && SUPERSCRIPT.test(head)) || (notes && NOTE_REFERENCE.test(head)) || (stars && head.includes('**') && BOLD.test(head))) {
    return 'markdown';
  }
  return stars && hasItalicRuns(head, 3) ? 'markdown' : 'text';
}

/**
 * Whether `text` has `enough` runs `(?:^|\s)\*\p{L}[^*\n]*\*` one after the other (as a global search
 * finds them), tried only at its stars: a plain text has few.
 */
function hasItalicRuns(text: string, enough: number): boolean {
  let runs = 0;
  /** Where the next run may begin: the white space before its star, after the previous run. */
  let from = 0;
  for (let star = text.indexOf('*'); star !== -1; star = text.indexOf('*', star + 1)) {
    if (star > 0 && (star - 1 < from || !isWhiteSpace(text.charCodeAt(star - 1)))) continue;
    ITALIC_RUN_AT.lastIndex = star;
    if (!ITALIC_RUN_AT.test(text)) continue;
    if (++runs >= enough) return true;
    from = ITALIC_RUN_AT.lastIndex;
    star = from - 1;
  }
  return false;
}

/** What the punctuation rules share: the marks expected, as each language prints them. */
import type { LanguageCode } from '../languages/index.js';
import type { Finding } from './types.js';
import type { Paragraph, Walk } from './walk.js';

/**
 * English, French and Spanish end paragraphs with the same marks (",", ";", "."). French prints a
 * space (often a no-break space) before ";" and ":" — "… Sud-Sud ;" — which the check does not
 * need to see, as it reads the last mark after white space; it only shows the mark that way in
 * messages. Derived from the language code here rather than kept as data: no other language rule
 * differs.
 */
export function shown(mark: string, language: LanguageCode): string {
  return language === 'fr' && (mark === ';' || mark === ':') ? `" ${mark}"` : `"${mark}"`;
}

const NAMES: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '.': 'a full stop', ':': 'a colon' };

/** A finding when `paragraph` does not end with one of `expected` (the first is the one named). */
export function checkEnding(
  code: string,
  paragraph: Paragraph,
  expected: readonly string[],
  what: string,
  language: LanguageCode,
  walk: Walk,
): Finding | null {
  const ending = walk.ending(paragraph, true);
  if (!ending || expected.includes(ending.mark)) return null;
  const wanted = expected.map((mark) => `${NAMES[mark]} (${shown(mark, language)})`).join(' or ');
  const found = NAMES[ending.mark] ? `${NAMES[ending.mark]} (${shown(ending.mark, language)})` : 'no punctuation';
  return {
    code,
    message: `Expected ${what} to end with ${wanted}, found ${found}: "${ending.tail}".`,
    position: ending.position,
  };
}

/** Every paragraph of `paragraphs` ends with a full stop: the style of some early texts, where each is a sentence. */
export function allSentences(paragraphs: Paragraph[], walk: Walk): boolean {
  if (paragraphs.length < 2) return false;
  for (const paragraph of paragraphs) if (walk.ending(paragraph, false)?.mark !== '.') return false;
  return true;
}

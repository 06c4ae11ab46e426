/** Letters by code point, for scanners that walk a text by hand (a letter may be a surrogate pair). */

const LETTER = /^\p{L}$/u;

/** The character (a whole surrogate pair) that ends at `end`; '' at the start of the text. */
export function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.slice(Math.max(0, end - 1), end);
}

/** Whether `char` (one character, as `codePointBefore` gives it) is a letter, as `\p{L}` sees it. */
export function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return char.length === 1 && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  return LETTER.test(char);
}

/** Whether the character that ends at `end` is a letter. */
export const isLetterBefore = (text: string, end: number): boolean => end > 0 && isLetter(codePointBefore(text, end));

/** Whether the character that starts at `at` is a letter. */
export function isLetterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && isLetter(String.fromCodePoint(code));
}

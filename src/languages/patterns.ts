/** Building regular expressions from the phrases written in the language data. */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * A pattern that matches `phrase` whatever its accents, apostrophe or run of white space: "é" may be
 * written "e" (capitals and OCR drop accents), "'" may be "’". Use it with the `iu` flags.
 */
export function phrasePattern(phrase: string): string {
  let pattern = '';
  for (const char of phrase) {
    if (/\s/.test(char)) {
      if (!pattern.endsWith('\\s+')) pattern += '\\s+';
    } else if (char === "'" || char === '\u2019') {
      pattern += "['\u2019]";
    } else {
      const base = char.normalize('NFD')[0];
      pattern += base !== char ? `[${char}${base}]` : char.replace(SPECIAL, '\\$&');
    }
  }
  return pattern;
}

/** Alternatives, longest first so that the longest spelling wins at a given place. */
export function alternatives(phrases: readonly string[], toPattern: (phrase: string) => string): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(toPattern)
    .join('|');
}

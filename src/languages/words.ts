/** Word-level helpers shared by the matchers: folding and reading the first words of a text. */

const COMBINING_MARKS = /\p{M}/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;

/** Lower case, no accents, plain hyphen and apostrophe: the form used to compare words. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'");
}

/** A word of the text, with where it stands. */
export interface Word {
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** `foldWord` of the word. */
  folded: string;
  /** Whether it begins with a capital letter and is not all capitals. */
  capitalised: boolean;
}

/*
 * A word is letters, possibly joined by hyphens ("Re-emphasizes", "Fifty‑eighth"); an elided
 * article or pronoun keeps its apostrophe and stands alone ("l'", "S'"), so that "l'esprit" reads
 * as two words whatever the apostrophe. White space (line breaks included) may separate words;
 * anything else ends the run.
 */
const NEXT_WORD = /\s*([\p{L}\p{M}]+(?:[-\u2010\u2011\u2012\u2013][\p{L}\p{M}]+)*(?:['\u2019](?=\p{L}))?)/uy;
/** A capital then anything but another capital: "Notes", "S'", not "RECEIVING" nor "UN". */
const CAPITALISED = /^\p{Lu}(?!\p{Lu})/u;

/** The words at the start of `text`, up to `limit`, stopping at the first character that is not a letter or white space. */
export function leadingWords(text: string, limit: number): Word[] {
  const words: Word[] = [];
  NEXT_WORD.lastIndex = 0;
  while (words.length < limit) {
    const match = NEXT_WORD.exec(text);
    if (!match) break;
    const word = match[1];
    const end = NEXT_WORD.lastIndex;
    words.push({ start: end - word.length, end, folded: foldWord(word), capitalised: CAPITALISED.test(word) });
  }
  return words;
}

/** The words of a phrase written in the data, folded: "Gardant à l'esprit" → ["gardant", "a", "l'", "esprit"]. */
export function phraseWords(phrase: string): string[] {
  return leadingWords(phrase, Infinity).map((word) => word.folded);
}

/** Word-level helpers shared by the matchers: comparable forms of words, and reading the first words of a text. */

const COMBINING_MARKS = /\p{M}/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;

/** Lower case, accents kept, plain hyphen and apostrophe: for comparing word endings ("-é" is not "-e"). */
export function lowerWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(HYPHENS, '-').replace(APOSTROPHES, "'");
}

/** `lowerWord` without accents: for comparing words, since capitals and OCR often lose their accents. */
export function foldWord(word: string): string {
  return lowerWord(word).normalize('NFD').replace(COMBINING_MARKS, '');
}

/** A word of the text, with where it stands. */
export interface Word {
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  lower: string;
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
    const lower = lowerWord(word);
    words.push({
      start: end - word.length,
      end,
      lower,
      folded: lower.normalize('NFD').replace(COMBINING_MARKS, ''),
      capitalised: CAPITALISED.test(word),
    });
  }
  return words;
}

/** The words of a phrase written in the data: "Gardant à l'esprit" → four words. */
export function phraseWords(phrase: string): Word[] {
  return leadingWords(phrase, Infinity);
}

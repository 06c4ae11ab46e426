/** Word-level helpers shared by the matchers: comparable forms of words, and reading the first words of a text. */

const COMBINING_MARKS = /\p{M}/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;
/** Only ASCII: nothing to compose or strip, no typographic hyphen or apostrophe (the fast path of most words). */
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents kept, plain hyphen and apostrophe: for comparing word endings ("-é" is not "-e"). */
export function lowerWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFC').toLowerCase().replace(HYPHENS, '-').replace(APOSTROPHES, "'");
}

/** `lowerWord` without accents: for comparing words, since capitals and OCR often lose their accents. */
export function foldWord(word: string): string {
  return foldLower(lowerWord(word));
}

/** `foldWord` of a word already through `lowerWord`. */
function foldLower(lower: string): string {
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(COMBINING_MARKS, '');
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

/**
 * The run of words at the start of a text, read only as far as asked: most openers need two or
 * three words, and paragraphs are long.
 */
export class LeadingWords {
  /** Words read so far (`count` of them), then objects left from an earlier text for `reset` to reuse. */
  private readonly words: Word[] = [];
  private count = 0;
  private position = 0;
  private finished = false;
  /** The highest index asked for since `reset` (-1: none): the reading depends on no word after it. */
  furthest = -1;

  constructor(private text: string) {}

  /** Starts over on another text, reusing the word objects: for a reader kept across calls. */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.position = 0;
    this.finished = false;
    this.furthest = -1;
    return this;
  }

  /** The word at index `i` of the run, or undefined when the run is shorter. */
  get(i: number): Word | undefined {
    if (i > this.furthest) this.furthest = i;
    while (this.count <= i && !this.finished) this.readNext();
    return i < this.count ? this.words[i] : undefined;
  }

  private add(start: number, end: number, lower: string, folded: string, capitalised: boolean): void {
    const word = this.words[this.count++];
    if (!word) {
      this.words.push({ start, end, lower, folded, capitalised });
      return;
    }
    word.start = start;
    word.end = end;
    word.lower = lower;
    word.folded = folded;
    word.capitalised = capitalised;
  }

  private readNext(): void {
    if (this.readAscii()) return;
    NEXT_WORD.lastIndex = this.position;
    const match = NEXT_WORD.exec(this.text);
    if (!match) {
      this.finished = true;
      return;
    }
    const word = match[1];
    this.position = NEXT_WORD.lastIndex;
    const lower = lowerWord(word);
    this.add(this.position - word.length, this.position, lower, foldLower(lower), CAPITALISED.test(word));
  }

  /**
   * `readNext` for a word of ASCII letters between ASCII characters, scanned by hand (most words
   * of most texts); false, having read nothing, where a character beyond ASCII may change the
   * reading (a space, letter, mark, hyphen or apostrophe), for `NEXT_WORD` to decide.
   */
  private readAscii(): boolean {
    const text = this.text;
    let i = this.position;
    let code = codeAt(text, i);
    while (code === 32 || (code >= 9 && code <= 13)) code = codeAt(text, ++i);
    const start = i;
    while (isAsciiLetter(code) || (code === HYPHEN && i > start && isAsciiLetter(codeAt(text, i + 1)))) code = codeAt(text, ++i);
    const next = codeAt(text, i + 1);
    if (code >= 128 || ((code === HYPHEN || code === APOSTROPHE) && i > start && next >= 128)) return false;
    if (i === start) {
      this.finished = true;
      return true;
    }
    if (code === APOSTROPHE && isAsciiLetter(next)) i++; // "S'est"
    const lower = text.slice(start, i).toLowerCase();
    this.add(start, i, lower, lower, isUpper(codeAt(text, start)) && !isUpper(codeAt(text, start + 1)));
    this.position = i;
    return true;
  }
}

/** The code unit at `at`, -1 past the end (not NaN: reading past a string's end deoptimises `charCodeAt`). */
const codeAt = (text: string, at: number) => (at < text.length ? text.charCodeAt(at) : -1);
const HYPHEN = 45;
const APOSTROPHE = 39;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLetter = (code: number) => isUpper(code) || (code >= 97 && code <= 122);

/** The words of a phrase written in the data: "Gardant à l'esprit" → four words. */
export function phraseWords(phrase: string): Word[] {
  const words = new LeadingWords(phrase);
  const all: Word[] = [];
  for (let word = words.get(0); word; word = words.get(all.length)) all.push(word);
  return all;
}

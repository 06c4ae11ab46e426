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
export interface Word<T = unknown> {
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  lower: string;
  folded: string;
  /** Whether it begins with a capital letter and is not all capitals. */
  capitalised: boolean;
  /** What the reader's vocabulary holds for the word (undefined: not in it). */
  entry: T | undefined;
}

/** A word of `Vocabulary` in its hash table: its folded form, its entry, and the next word of its bucket. */
interface Listed<T> {
  folded: string;
  entry: T;
  next: Listed<T> | undefined;
}

/** A word the table holds: ASCII letters, hyphens and apostrophes (folded: no capitals). */
const ASCII_WORD = /^[a-z'-]+$/;

/** `letterHash` of the letters before `code`, then `code` (in either case: `| 0x20` lower-cases an ASCII letter and keeps "-" and "'"). */
const nextLetterHash = (hash: number, code: number) => (Math.imul(hash, 31) + (code | 0x20)) | 0;

/**
 * Entries by a word's folded form. A word of ASCII letters is also found from the text's characters,
 * by a hash of its letters taken as they are read, so that reading it builds no string for a word in
 * the vocabulary (its folded form is kept here) and hashes none. (A table, not a trie of letters: a
 * trie's node per letter costs a memory load per letter.)
 */
export class Vocabulary<T> {
  private readonly buckets: (Listed<T> | undefined)[];
  private readonly mask: number;

  constructor(private readonly byFolded: ReadonlyMap<string, T> = new Map()) {
    let size = 16;
    while (size < byFolded.size * 2) size *= 2;
    this.mask = size - 1;
    this.buckets = new Array<Listed<T> | undefined>(size).fill(undefined);
    for (const [folded, entry] of byFolded) {
      if (!ASCII_WORD.test(folded)) continue;
      let hash = 0;
      for (let i = 0; i < folded.length; i++) hash = nextLetterHash(hash, folded.charCodeAt(i));
      const slot = hash & this.mask;
      this.buckets[slot] = { folded, entry, next: this.buckets[slot] };
    }
  }

  /** The word of ASCII letters `text[start, end)`, any case, whose letters hash to `hash` (see `nextLetterHash`); undefined if not listed. */
  find(text: string, start: number, end: number, hash: number): Listed<T> | undefined {
    for (let listed = this.buckets[hash & this.mask]; listed; listed = listed.next) {
      if (listed.folded.length === end - start && sameLetters(listed.folded, text, start)) return listed;
    }
    return undefined;
  }

  get(folded: string): T | undefined {
    return this.byFolded.get(folded);
  }
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
export class LeadingWords<T = unknown> {
  /** Words read so far (`count` of them), then objects left from an earlier text for `reset` to reuse. */
  private readonly words: Word<T>[] = [];
  private count = 0;
  private position = 0;
  private finished = false;
  /** The highest index asked for since `reset` (-1: none): the reading depends on no word after it. */
  furthest = -1;

  constructor(
    private text: string,
    private vocabulary: Vocabulary<T> = new Vocabulary(),
  ) {}

  /** Starts over on another text, its words looked up in `vocabulary`, reusing the word objects: for a reader kept across calls. */
  reset(text: string, vocabulary: Vocabulary<T>): this {
    this.text = text;
    this.vocabulary = vocabulary;
    this.count = 0;
    this.position = 0;
    this.finished = false;
    this.furthest = -1;
    return this;
  }

  /** The word at index `i` of the run, or undefined when the run is shorter. */
  get(i: number): Word<T> | undefined {
    if (i > this.furthest) this.furthest = i;
    while (this.count <= i && !this.finished) this.readNext();
    return i < this.count ? this.words[i] : undefined;
  }

  private add(start: number, end: number, lower: string, folded: string, capitalised: boolean, entry: T | undefined): void {
    const word = this.words[this.count++];
    if (!word) {
      this.words.push({ start, end, lower, folded, capitalised, entry });
      return;
    }
    word.start = start;
    word.end = end;
    word.lower = lower;
    word.folded = folded;
    word.capitalised = capitalised;
    word.entry = entry;
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
    const folded = foldLower(lower);
    this.add(this.position - word.length, this.position, lower, folded, CAPITALISED.test(word), this.vocabulary.get(folded));
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
    let hash = 0;
    while (isAsciiLetter(code) || (code === HYPHEN && i > start && isAsciiLetter(codeAt(text, i + 1)))) {
      hash = nextLetterHash(hash, code);
      code = codeAt(text, ++i);
    }
    const next = codeAt(text, i + 1);
    if (code >= 128 || ((code === HYPHEN || code === APOSTROPHE) && i > start && next >= 128)) return false;
    if (i === start) {
      this.finished = true;
      return true;
    }
    if (code === APOSTROPHE && isAsciiLetter(next)) {
      hash = nextLetterHash(hash, APOSTROPHE);
      i++; // "S'est"
    }
    const capitalised = isUpper(codeAt(text, start)) && !isUpper(codeAt(text, start + 1));
    const listed = this.vocabulary.find(text, start, i, hash);
    if (listed) this.add(start, i, listed.folded, listed.folded, capitalised, listed.entry);
    else {
      const lower = text.slice(start, i).toLowerCase();
      this.add(start, i, lower, lower, capitalised, undefined);
    }
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

/** Whether `text` from `start` on has `folded`'s letters, in any case (ASCII letters, hyphens, apostrophes only). */
function sameLetters(folded: string, text: string, start: number): boolean {
  for (let i = 0; i < folded.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== folded.charCodeAt(i)) return false;
  return true;
}

/** The words of a phrase written in the data: "Gardant à l'esprit" → four words. */
export function phraseWords(phrase: string): Word[] {
  const words = new LeadingWords(phrase);
  const all: Word[] = [];
  for (let word = words.get(0); word; word = words.get(all.length)) all.push(word);
  return all;
}

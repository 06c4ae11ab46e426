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

/** A node of `Vocabulary`'s trie: the next character's node by `letterSlot`, and the word ending here. */
interface Letters<T> {
  next: (Letters<T> | undefined)[];
  /** The word ending here (folded), with its entry; undefined where none does. */
  word: string | undefined;
  entry: T | undefined;
}

const newLetters = <T>(): Letters<T> => ({ next: [], word: undefined, entry: undefined });

/** A word the trie can hold: ASCII letters, hyphens and apostrophes (folded: no capitals). */
const TRIE_WORD = /^[a-z'-]+$/;

/** A trie slot for an ASCII letter of either case (a → 0 … z → 25), a hyphen (26) or an apostrophe (27). */
const letterSlot = (code: number) => (code === HYPHEN ? 26 : code === APOSTROPHE ? 27 : (code | 0x20) - 97);

/**
 * Entries by a word's folded form. A word of ASCII letters is also found from the text's characters,
 * a letter at a time as they are read (in a trie), so that reading it builds no string for a word in
 * the vocabulary (its folded form is kept here) and hashes none.
 */
export class Vocabulary<T> {
  readonly root: Letters<T> = newLetters();

  constructor(private readonly byFolded: ReadonlyMap<string, T> = new Map()) {
    for (const [folded, entry] of byFolded) {
      if (!TRIE_WORD.test(folded)) continue;
      let node = this.root;
      for (let i = 0; i < folded.length; i++) {
        const slot = letterSlot(folded.charCodeAt(i));
        node = node.next[slot] ??= newLetters();
      }
      node.word = folded;
      node.entry = entry;
    }
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
    // The vocabulary's trie is walked along: `letters` is undefined once no word of it begins so.
    let letters: Letters<T> | undefined = this.vocabulary.root;
    while (isAsciiLetter(code) || (code === HYPHEN && i > start && isAsciiLetter(codeAt(text, i + 1)))) {
      letters = letters?.next[letterSlot(code)];
      code = codeAt(text, ++i);
    }
    const next = codeAt(text, i + 1);
    if (code >= 128 || ((code === HYPHEN || code === APOSTROPHE) && i > start && next >= 128)) return false;
    if (i === start) {
      this.finished = true;
      return true;
    }
    if (code === APOSTROPHE && isAsciiLetter(next)) {
      letters = letters?.next[letterSlot(APOSTROPHE)];
      i++; // "S'est"
    }
    const capitalised = isUpper(codeAt(text, start)) && !isUpper(codeAt(text, start + 1));
    const known = letters?.word;
    if (known !== undefined) this.add(start, i, known, known, capitalised, letters!.entry);
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

/** The words of a phrase written in the data: "Gardant à l'esprit" → four words. */
export function phraseWords(phrase: string): Word[] {
  const words = new LeadingWords(phrase);
  const all: Word[] = [];
  for (let word = words.get(0); word; word = words.get(all.length)) all.push(word);
  return all;
}

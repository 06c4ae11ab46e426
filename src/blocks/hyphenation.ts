import { codePointBefore, isLetter, isLetterAt, isLetterBefore } from './letters.js';

/**
 * Hyphen at a line end: a cut word ("meet-" + "ing" → "meeting") or a real compound
 * ("post-" + "conflict" → "post-conflict")? The rule, in order:
 *   1. the next line does not start with a lower-case letter → a real hyphen ("Secretary-\nGeneral");
 *   2. the document writes the compound with its hyphen elsewhere on one line → a real hyphen;
 *   3. the document writes the joined word elsewhere → a cut word;
 *   4. the first half is a word that forms compounds in the document's language (non, post, peace,
 *      twenty…; bien, demi, sous…; ex, franco…) → a real hyphen;
 *   5. otherwise → a cut word (typesetters hyphenate at syllables; compounds are rarer).
 */
const FIRST_WORD = /^(\p{L}+)/u;
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Returns the joiner for one document, given its language's compound formers; the document is
 * read for words once, on first need.
 */
export function createHyphenJoiner(document: string, compoundFormers: readonly string[]): (before: string, after: string) => boolean {
  const formers = lowerSetOf(compoundFormers);
  let words: DocumentWords | null = null;
  return (before, after) => {
    const left = lastWordBeforeHyphen(before);
    const right = FIRST_WORD.exec(after)?.[1];
    if (!left || !right || !STARTS_LOWER.test(right)) return false;
    words ??= documentWords(document);
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    if (words.hasPair(l, r)) return false;
    // The joined word decides only after a compound former: any other first half is a cut word either way.
    return !formers.has(l) || words.hasWord(l + r);
  };
}

const lowerSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A language's compound formers in lower case, once per language. */
function lowerSetOf(words: readonly string[]): ReadonlySet<string> {
  let set = lowerSets.get(words);
  if (!set) lowerSets.set(words, (set = new Set(words.map((word) => word.toLowerCase()))));
  return set;
}

/** The letters before the hyphen that ends `text` (what `/(\p{L}+)-$/u` captures), or ''. */
function lastWordBeforeHyphen(text: string): string {
  if (!text.endsWith('-')) return '';
  const end = text.length - 1;
  let start = end;
  for (let char = codePointBefore(text, start); isLetter(char); char = codePointBefore(text, start)) start -= char.length;
  return text.slice(start, end);
}

/**
 * The words of a document (runs of letters joined by hyphens, in lower case), asked about a few
 * times: whether one is written ("meeting"), and whether two words are written as neighbours in a
 * compound ("post-conflict", "self-governing" in "non-self-governing").
 */
interface DocumentWords {
  hasWord(word: string): boolean;
  hasPair(left: string, right: string): boolean;
}

/**
 * Found by searching the document: a document has only a few hyphens at line ends worth asking
 * about, far fewer than it has words to collect. A compound is looked for at the document's hyphens,
 * its letters lower-cased one by one; a joined word as written in lower case, else in the document
 * lower-cased whole (once, and only then: lower-casing a text beyond Latin-1 is slow). Lower case
 * changes the length only of "İ" ("i" and a combining dot): there the offsets of the two texts no
 * longer agree, and the words are collected instead.
 */
function documentWords(document: string): DocumentWords {
  if (document.includes('\u0130')) {
    const words = readWords(document);
    return { hasWord: (word) => words.has(word), hasPair: (left, right) => words.has(`${left}-${right}`) };
  }
  let lower: string | null = null;
  return {
    hasWord: (word) => standsAlone(document, document, word) || standsAlone(document, (lower ??= document.toLowerCase()), word),
    hasPair: (left, right) =>
      lowersByUnit(left) && lowersByUnit(right) ? pairWritten(document, left, right) : writtenIn(document, (lower ??= document.toLowerCase()), `${left}-${right}`),
  };
}

/** Whether `word` stands in `document` where `text` (the document, or the document lower-cased) reads it, with nothing joined to it: no letter, nor a hyphen and a letter, on either side. */
function standsAlone(document: string, text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isLetterBefore(document, at) || isLetterAt(document, end)) continue;
    if ((document[at - 1] === '-' && isLetterBefore(document, at - 1)) || (document[end] === '-' && isLetterAt(document, end + 1))) continue;
    return true;
  }
  return false;
}

/** Whether `word` stands in `document` where `lower` (the document lower-cased) reads it, with no letter on either side. */
function writtenIn(document: string, lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!isLetterBefore(document, at) && !isLetterAt(document, at + word.length)) return true;
  }
  return false;
}

/** `writtenIn(document, document.toLowerCase(), `${left}-${right}`)`, read at each hyphen of the document without lower-casing it. */
function pairWritten(document: string, left: string, right: string): boolean {
  for (let hyphen = document.indexOf('-', left.length); hyphen >= 0; hyphen = document.indexOf('-', hyphen + 1)) {
    const at = hyphen - left.length;
    const end = hyphen + 1 + right.length;
    if (readsLower(document, at, left) && readsLower(document, hyphen + 1, right) && !isLetterBefore(document, at) && !isLetterAt(document, end)) return true;
  }
  return false;
}

/**
 * Whether the lower case of a text reads `word` where the text's units, lower-cased one by one, do:
 * true unless `word` holds a sigma (the capital's lower case is "ς" at a word's end, "σ" elsewhere)
 * or a letter beyond the basic plane (a surrogate pair, lower-cased as one).
 */
function lowersByUnit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x3c2 || code === 0x3c3 || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/** Whether `text[at…]` reads `word` once each unit is lower-cased. */
function readsLower(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerUnit(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The lower case of each unit of the basic plane, as `toLowerCase` gives it (0: not asked yet). */
const LOWER_UNITS = new Uint16Array(0x10000);

/** The lower case of one unit (other than "İ", which lower-cases to two). */
function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let lower = LOWER_UNITS[code];
  if (lower === 0) LOWER_UNITS[code] = lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  return lower;
}

/** Every word of the document, and every two neighbours of a compound ("non-self-governing" vouches for "self-governing"). */
function readWords(document: string): Set<string> {
  const words = new Set<string>();
  for (const match of document.matchAll(WORDS)) {
    const word = match[0].toLowerCase();
    words.add(word);
    if (word.includes('-')) {
      const parts = word.split('-');
      for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return words;
}

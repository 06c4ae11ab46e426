import { codePointBefore, isLetter, isLetterAt, isLetterBefore } from './letters.js';

/**
 * Hyphen at a line end: a cut word ("meet-" + "ing" → "meeting") or a real compound
 * ("post-" + "conflict" → "post-conflict")? The rule, in order:
 *   1. the next line does not start with a lower-case letter → a real hyphen ("Secretary-\nGeneral");
 *   2. the document writes the compound with its hyphen elsewhere on one line → a real hyphen;
 *   3. the document writes the joined word elsewhere → a cut word; else, when the next line opens
 *      with a conjunction ("burden-" + "and responsibility-sharing") → a suspended hyphen;
 *   4. the first half is a word that forms compounds in the document's language (non, post, peace,
 *      twenty…; bien, demi, sous…; ex, franco…) → a real hyphen;
 *   5. otherwise, as the document does (`documentPractice`): a real hyphen in a document set without
 *      cutting words, as the UN's documents of today are ("forward-" + "looking"); a cut word in one
 *      set with them, as the printed volumes of old are ("accord-" + "ance").
 */
const FIRST_WORD = /^(\p{L}+)/u;
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * How a hyphen at a line end joins the next line: the hyphen of a cut word goes, and the halves are
 * joined ("meeting"); the hyphen of a compound stays, and nothing comes between ("post-conflict"); a
 * suspended hyphen stays, and a space follows ("small- and medium-sized").
 */
export type HyphenJoin = 'cut word' | 'compound' | 'suspended';
/** Reads the hyphen that ends `before` (the text so far) against `after` (the next line). */
export type HyphenJoiner = (before: string, after: string) => HyphenJoin;

/**
 * Returns the joiner for one document, given its language's compound formers and the conjunctions
 * after a suspended hyphen; the document is read for words once, on first need.
 */
export function createHyphenJoiner(document: string, compoundFormers: readonly string[], suspendingConjunctions: readonly string[]): HyphenJoiner {
  const formers = lowerSetOf(compoundFormers);
  const conjunctions = lowerSetOf(suspendingConjunctions);
  let words: DocumentWords | null = null;
  let practice: Practice | null = null;
  return (before, after) => {
    const left = lastWordBeforeHyphen(before);
    const right = FIRST_WORD.exec(after)?.[1];
    if (!left || !right || !STARTS_LOWER.test(right)) return 'compound';
    words ??= documentWords(document);
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    if (words.hasPair(l, r)) return 'compound';
    if (conjunctions.has(r) && !words.hasWord(l + r)) return 'suspended';
    if (formers.has(l)) return words.hasWord(l + r) ? 'cut word' : 'compound';
    // A document that cuts words cuts this one, whether it writes the joined word or not: asked first, it spares the search.
    practice ??= documentPractice(document, words, formers);
    return practice === 'cuts words' || words.hasWord(l + r) ? 'cut word' : 'compound';
  };
}

/** How a document treats the words at its line ends: it cuts them, or it keeps them whole. */
type Practice = 'keeps compounds' | 'cuts words';

/**
 * Whether the document cuts words at line ends. Its own words decide first: where they show a hyphen
 * at a line end to be a cut word (rule 3), it cuts words; where they show one to be a compound (rule
 * 2) and none a cut word, it keeps them whole. A hyphen after a compound former is no lesson: documents
 * set either way write "sub-committee". Where its words show nothing, the width of its lines decides:
 * justified text needs cut words in a narrow column, not in a wide one. The printed volumes of old set
 * two columns of 40 to 60 characters and cut words; the UN's documents of today set one column of 75
 * to 85 and keep them whole. Measured on the corpus: of 214 compounds at line ends in the documents
 * of 2005 and after, 41 were read as cut words when rule 5 always cut, none now; of the 862 printed
 * Security Council resolutions of 1946-1994, 61 have a hyphen that their words do not decide, on lines
 * of 36 to 66 characters (median of each document), and read as before. The hyphens are found with `indexOf`, as in
 * `compoundPairs`: a pattern of letters before a hyphen is tried at every letter.
 */
function documentPractice(document: string, words: DocumentWords, formers: ReadonlySet<string>): Practice {
  let compounds = 0;
  const undecided: string[] = [];
  for (let hyphen = document.indexOf('-'); hyphen >= 0; hyphen = document.indexOf('-', hyphen + 1)) {
    const right = wordAfterLineEnd(document, hyphen + 1);
    if (!right || !STARTS_LOWER.test(right)) continue;
    let start = hyphen;
    for (let char = codePointBefore(document, start); isLetter(char); char = codePointBefore(document, start)) start -= char.length;
    const left = document.slice(start, hyphen).toLowerCase();
    if (!left || formers.has(left)) continue;
    if (words.hasPair(left, right.toLowerCase())) compounds++;
    else undecided.push(left + right.toLowerCase());
  }
  if (undecided.some((word) => words.hasWord(word))) return 'cuts words';
  if (compounds > 0) return 'keeps compounds';
  return typicalLineLength(document) >= WIDE_LINE ? 'keeps compounds' : 'cuts words';
}

/** Characters in a line of one wide column (A4 at 10 to 12 points holds 75 to 90); two columns hold 40 to 60. */
const WIDE_LINE = 70;
/** Lines shorter than this (headings, the last line of a paragraph, page furniture) say nothing of the column's width. */
const SHORT_LINE = 20;

/** The median length of the document's lines of text, leading and trailing spaces aside (up to 200). */
function typicalLineLength(document: string): number {
  const counts = new Uint32Array(201);
  let lines = 0;
  let from = -1;
  let to = -1;
  for (let i = 0; i <= document.length; i++) {
    const code = i < document.length ? document.charCodeAt(i) : 10;
    if (code === 10 || code === 13 || code === 0x2028) {
      if (to - from > SHORT_LINE) {
        counts[Math.min(200, to - from)]++;
        lines++;
      }
      from = to = -1;
    } else if (code !== 32 && code !== 9 && code !== 0xa0) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  let seen = 0;
  for (let length = 0; length <= 200; length++) if ((seen += counts[length]) * 2 > lines) return length;
  return 0;
}

/** The word that opens the next line, when only spaces stand between `at` and the end of its line; else ''. */
function wordAfterLineEnd(document: string, at: number): string {
  let i = skipSpaces(document, at);
  const code = document.charCodeAt(i);
  if (code === 13 && document.charCodeAt(i + 1) === 10) i++;
  else if (code !== 10 && code !== 13 && code !== 0x2028) return '';
  const start = skipSpaces(document, i + 1);
  let end = start;
  for (let next = document.codePointAt(end); next !== undefined && isLetter(String.fromCodePoint(next)); next = document.codePointAt(end)) end += next > 0xffff ? 2 : 1;
  return document.slice(start, end);
}

const skipSpaces = (text: string, i: number): number => {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
};

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
 * Read from the document as the questions come, once each: the compounds at its hyphens when the
 * first pair is asked (`compoundPairs`); a joined word searched for as written in lower case, else in
 * the document lower-cased whole (once, and only then: lower-casing a text beyond Latin-1 is slow),
 * and past a few words, its words read into a set (`wordsStandingAlone`). Every question answered
 * by a search of the whole document made a text with many cut words quadratic. Lower case changes the
 * length only of "İ" ("i" and a combining dot): there the offsets of the two texts no longer agree,
 * and the words are collected at once instead.
 */
function documentWords(document: string): DocumentWords {
  if (document.includes('\u0130')) {
    const words = readWords(document);
    return { hasWord: (word) => words.has(word), hasPair: (left, right) => words.has(`${left}-${right}`) };
  }
  let lower: string | null = null;
  let pairs: ReadonlySet<string> | null = null;
  let alone: ReadonlySet<string> | null = null;
  let searches = 0;
  return {
    // A few words are searched for; past them, the words of the document are read once.
    hasWord: (word) =>
      alone === null && searches++ < WORD_SEARCHES
        ? standsAlone(document, document, word) || standsAlone(document, (lower ??= document.toLowerCase()), word)
        : (alone ??= wordsStandingAlone(document, (lower ??= document.toLowerCase()))).has(word),
    hasPair: (left, right) =>
      lowersByUnit(left) && lowersByUnit(right) ? (pairs ??= compoundPairs(document)).has(`${left}-${right}`) : writtenIn(document, (lower ??= document.toLowerCase()), `${left}-${right}`),
  };
}

/**
 * The two words on either side of each hyphen that joins letters ("post-conflict"), in lower case:
 * `writtenIn(document, document.toLowerCase(), \`${left}-${right}\`)` for every pair at once, read in
 * one pass over the document's hyphens. Searching the document for each pair asked took time
 * quadratic in its hyphens: a text with many words cut at line ends has many of both.
 */
function compoundPairs(document: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (let hyphen = document.indexOf('-'); hyphen >= 0; hyphen = document.indexOf('-', hyphen + 1)) {
    let start = hyphen;
    for (let char = codePointBefore(document, start); isLetter(char); char = codePointBefore(document, start)) start -= char.length;
    let end = hyphen + 1;
    for (let code = document.codePointAt(end); code !== undefined && isLetter(String.fromCodePoint(code)); code = document.codePointAt(end)) end += code > 0xffff ? 2 : 1;
    // The document has no "İ" (see `documentWords`): lower case keeps each unit in its place.
    if (start < hyphen && end > hyphen + 1) pairs.add(document.slice(start, end).toLowerCase());
  }
  return pairs;
}

/**
 * Words searched for in a document before its words are read into a set instead: searching costs a
 * pass over the document per word, reading it a few passes and a string per word, once. A document
 * with many cut words after compound formers ("post-" / "conflict") took time quadratic in its size.
 */
const WORD_SEARCHES = 8;

/**
 * The words that stand alone in `document` (runs of letters with no hyphen and letter joined to
 * either side), as `lower` (the document lower-cased, unit for unit) reads them: every word that
 * `standsAlone` finds.
 */
function wordsStandingAlone(document: string, lower: string): ReadonlySet<string> {
  const words = new Set<string>();
  LETTER_RUN.lastIndex = 0;
  for (let run = LETTER_RUN.exec(document); run !== null; run = LETTER_RUN.exec(document)) {
    const at = run.index;
    const end = at + run[0].length;
    if ((document[at - 1] === '-' && isLetterBefore(document, at - 1)) || (document[end] === '-' && isLetterAt(document, end + 1))) continue;
    words.add(lower.slice(at, end));
  }
  return words;
}

const LETTER_RUN = /\p{L}+/gu;

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

/**
 * Whether a word's lower case is settled unit by unit, so that it can be looked up among
 * `compoundPairs` (slices of the document lower-cased): false when it holds a sigma (whose lower
 * case depends on its place in a word: "ς" at the end, "σ" elsewhere) or a letter beyond the basic
 * plane (a surrogate pair, lower-cased as one). Such a pair is searched in the document lower-cased.
 */
function lowersByUnit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x3c2 || code === 0x3c3 || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
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

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
    if (words.hasWord(l + r)) return true;
    return !formers.has(l);
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
 * Found by searching the document in lower case: a document has only a few hyphens at line ends
 * worth asking about, far fewer than it has words to collect. When lower case changes the length
 * (offsets of the two texts no longer agree), the words are collected instead.
 */
function documentWords(document: string): DocumentWords {
  const lower = document.toLowerCase();
  if (lower.length !== document.length) {
    const words = readWords(document);
    return { hasWord: (word) => words.has(word), hasPair: (left, right) => words.has(`${left}-${right}`) };
  }
  /** Whether `word` stands in the document with nothing joined to it: no letter, nor a hyphen and a letter, on either side. */
  const written = (word: string, whole: boolean) => {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (isLetterBefore(document, at) || isLetterAt(document, end)) continue;
      if (whole && ((document[at - 1] === '-' && isLetterBefore(document, at - 1)) || (document[end] === '-' && isLetterAt(document, end + 1)))) continue;
      return true;
    }
    return false;
  };
  return { hasWord: (word) => written(word, true), hasPair: (left, right) => written(`${left}-${right}`, false) };
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

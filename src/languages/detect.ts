import type { LanguageData } from './types.js';

/**
 * Enough text to tell the languages apart (some 600 words), and cheap to scan (it is read for every
 * document): every corpus document is told the same as from 20,000. Half of it would do for the
 * corpus too, but a masthead and its furniture can fill the first 2,000 characters of a document
 * that is not in it. The scan mostly ends well before it (`DECISIVE_LEAD`).
 */
const SAMPLE_LENGTH = 4_000;
const LETTER = /\p{L}/u;

/**
 * The stop words of the candidates as a trie over the letters a–z, walked as a word is read: no
 * word is sliced out of the text or hashed. Stop words are lower-case ASCII letters (the data's words).
 */
interface StopWordTrie {
  /** The state after `letter` (0–25) from `state`: `next[state * 26 + letter]`, or 0 when no stop word goes on so (the root, 0, is no target). */
  next: Uint16Array;
  /** For each state, the candidates (by index) whose stop word ends there. */
  ends: number[][];
}

const tries = new WeakMap<readonly unknown[], StopWordTrie>();

function stopWordTrie(candidates: readonly [string, LanguageData][]): StopWordTrie {
  let trie = tries.get(candidates);
  if (trie) return trie;
  const words = candidates.map(([, data]) => [...new Set(data.stopWords.map((word) => word.toLowerCase()))]);
  const states = 1 + words.flat().reduce((sum, word) => sum + word.length, 0);
  trie = { next: new Uint16Array(states * 26), ends: [[]] };
  for (let c = 0; c < candidates.length; c++) {
    for (const word of words[c]) {
      if (!/^[a-z]+$/.test(word)) throw new Error(`Stop word "${word}" is not lower-case ASCII letters`);
      let state = 0;
      for (let k = 0; k < word.length; k++) {
        const slot = state * 26 + word.charCodeAt(k) - 0x61;
        if (trie.next[slot] === 0) {
          trie.next[slot] = trie.ends.length;
          trie.ends.push([]);
        }
        state = trie.next[slot];
      }
      trie.ends[state].push(c);
    }
  }
  tries.set(candidates, trie);
  return trie;
}

/** Whether each UTF-16 unit of the basic plane is a letter (`\p{L}`): 0 not known yet, 1 a letter, 2 not. */
const LETTERS = new Uint8Array(0x10000);

/** How many units the non-ASCII letter at `i` takes (2 outside the basic plane), or 0 when it is no letter; `limit` ends the text. */
function letterAt(text: string, i: number, limit: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < limit) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = LETTERS[code];
  if (known === 0) LETTERS[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The letter (0–25) of each ASCII character as a stop word reads it, lower-cased; -1 for a character that is no letter. */
const ASCII_LETTER = new Int8Array(0x80).fill(-1);
for (let k = 0; k < 26; k++) ASCII_LETTER[0x41 + k] = ASCII_LETTER[0x61 + k] = k;

const KELVIN_SIGN = 0x212a;
const CAPITAL_I_WITH_DOT = 0x130;

/**
 * The language whose stop words occur most often near the start of `text` (its first
 * `SAMPLE_LENGTH` units, lower-cased); the first candidate on a tie. Words are runs of letters
 * (`\p{L}+`), read with a scan rather than a regular expression (it runs over every character of the
 * sample), each walked down the stop words' trie as it is read. Lower-casing is done as the scan
 * goes, without a copy of the sample: it only matters to a–z for the capitals A–Z, the Kelvin sign
 * ("k") and "İ" ("i" and a combining dot, which is no letter); other letters stay letters outside ASCII.
 * The scan stops early once one language leads decisively (`isDecisive`).
 */
export function detectLanguageOf<Code extends string>(text: string, candidates: readonly [Code, LanguageData][]): Code {
  const { next, ends } = stopWordTrie(candidates);
  /** For each candidate, how many stop words of the sample are its. */
  const scores = new Array<number>(candidates.length).fill(0);
  const count = (state: number): boolean => {
    for (const candidate of ends[state]) scores[candidate]++;
    return isDecisive(scores);
  };
  const limit = Math.min(text.length, SAMPLE_LENGTH);
  // The trie state of the word being read: 0 before its first letter, -1 once it is no stop word.
  let state = 0;
  for (let i = 0; i < limit; ) {
    const c = text.charCodeAt(i);
    const letter = c < 0x80 ? ASCII_LETTER[c] : c === KELVIN_SIGN ? 10 : c === CAPITAL_I_WITH_DOT ? 8 : -1;
    if (letter >= 0) {
      if (state >= 0) state = next[state * 26 + letter] || -1;
      i++;
      // "İ" lower-cases to "i" and a combining dot, which is no letter: the word ends after its "i".
      if (c !== CAPITAL_I_WITH_DOT) continue;
    } else {
      const width = c < 0x80 ? 0 : letterAt(text, i, limit);
      if (width > 0) {
        state = -1;
        i += width;
        continue;
      }
      i++;
    }
    if (state > 0 && count(state)) break;
    state = 0;
  }
  if (state > 0) count(state);
  return candidates[scores.indexOf(Math.max(...scores))][0];
}

/**
 * A lead that the rest of the sample will not overturn: on every document of the corpus the language
 * that leads so is the one the whole sample gives, mostly within its first 700 characters (a quarter
 * of the scan). A lead of 10 would do for the corpus; 30 and three hits in four leave a margin for
 * texts outside it (a long masthead, a quotation in another language).
 */
const DECISIVE_LEAD = 30;

function isDecisive(scores: number[]): boolean {
  let first = 0;
  let second = 0;
  for (const score of scores) {
    if (score > first) {
      second = first;
      first = score;
    } else if (score > second) second = score;
  }
  return first - second >= DECISIVE_LEAD && first >= 3 * second;
}

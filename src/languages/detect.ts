import type { LanguageData } from './types.js';

/** Enough text to tell the languages apart, and cheap to scan. */
const SAMPLE_LENGTH = 20_000;
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

/** How many units the non-ASCII letter at `i` takes (2 outside the basic plane), or 0 when it is no letter. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = LETTERS[code];
  if (known === 0) LETTERS[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * The language whose stop words occur most often near the start of `text`; the first candidate on a
 * tie. Words are runs of letters (`\p{L}+`), read with a scan rather than a regular expression (it
 * runs over every character of the sample), each walked down the stop words' trie as it is read.
 */
export function detectLanguageOf<Code extends string>(text: string, candidates: readonly [Code, LanguageData][]): Code {
  const { next, ends } = stopWordTrie(candidates);
  const scores = candidates.map(() => 0);
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  // The trie state of the word being read: 0 before its first letter, -1 once it is no stop word.
  let state = 0;
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (state >= 0) state = next[state * 26 + c - 0x61] || -1;
      i++;
      continue;
    }
    // After lower-casing, no other ASCII character is a letter.
    const width = c < 0x80 ? 0 : letterAt(sample, i);
    if (width > 0) {
      state = -1;
      i += width;
      continue;
    }
    if (state > 0) for (const candidate of ends[state]) scores[candidate]++;
    state = 0;
    i++;
  }
  if (state > 0) for (const candidate of ends[state]) scores[candidate]++;
  return candidates[scores.indexOf(Math.max(...scores))][0];
}

import { perLanguage } from './per-language.js';
import type { LanguageData } from './types.js';

/** Enough text to tell the languages apart, and cheap to scan. */
const SAMPLE_LENGTH = 20_000;
const LETTER = /\p{L}/u;

const stopWordsOf = perLanguage((data) => new Set(data.stopWords.map((word) => word.toLowerCase())));

/** For each stop word, the candidates (by index) that list it: one lookup a word of the text. */
interface StopWordIndex {
  index: Map<string, number[]>;
  /** Length of the longest stop word: longer words need no lookup. */
  longest: number;
}

const stopWordIndexes = new WeakMap<readonly unknown[], StopWordIndex>();

function stopWordIndex(candidates: readonly [string, LanguageData][]): StopWordIndex {
  let compiled = stopWordIndexes.get(candidates);
  if (!compiled) {
    const index = new Map<string, number[]>();
    let longest = 0;
    for (let i = 0; i < candidates.length; i++) {
      for (const word of stopWordsOf(candidates[i][1])) {
        const list = index.get(word);
        if (list) list.push(i);
        else index.set(word, [i]);
        longest = Math.max(longest, word.length);
      }
    }
    compiled = { index, longest };
    stopWordIndexes.set(candidates, compiled);
  }
  return compiled;
}

/** Whether each UTF-16 unit of the basic plane is a letter (`\p{L}`): 0 not known yet, 1 a letter, 2 not. */
const LETTERS = new Uint8Array(0x10000);

/** How many units the letter at `i` takes (2 for a letter outside the basic plane), or 0 when it is no letter. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
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
 * runs over every character of the sample); only those short enough to be a stop word are looked up.
 */
export function detectLanguageOf<Code extends string>(text: string, candidates: readonly [Code, LanguageData][]): Code {
  const { index, longest } = stopWordIndex(candidates);
  const scores = candidates.map(() => 0);
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  for (let i = 0; i < sample.length; ) {
    let width = letterAt(sample, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < sample.length ? letterAt(sample, i) : 0;
    }
    if (i - start > longest) continue;
    const found = index.get(sample.slice(start, i));
    if (found) for (const c of found) scores[c]++;
  }
  return candidates[scores.indexOf(Math.max(...scores))][0];
}

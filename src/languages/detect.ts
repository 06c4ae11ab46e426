import { perLanguage } from './per-language.js';
import type { LanguageData } from './types.js';

/** Enough text to tell the languages apart, and cheap to scan. */
const SAMPLE_LENGTH = 20_000;
const WORD = /\p{L}+/gu;

const stopWordsOf = perLanguage((data) => new Set(data.stopWords.map((word) => word.toLowerCase())));

/** For each stop word, the candidates (by index) that list it: one lookup a word of the text. */
const stopWordIndexes = new WeakMap<readonly unknown[], Map<string, number[]>>();

function stopWordIndex(candidates: readonly [string, LanguageData][]): Map<string, number[]> {
  let index = stopWordIndexes.get(candidates);
  if (!index) {
    index = new Map();
    for (let i = 0; i < candidates.length; i++) {
      for (const word of stopWordsOf(candidates[i][1])) {
        const list = index.get(word);
        if (list) list.push(i);
        else index.set(word, [i]);
      }
    }
    stopWordIndexes.set(candidates, index);
  }
  return index;
}

/** The language whose stop words occur most often near the start of `text`; the first candidate on a tie. */
export function detectLanguageOf<Code extends string>(text: string, candidates: readonly [Code, LanguageData][]): Code {
  const index = stopWordIndex(candidates);
  const scores = candidates.map(() => 0);
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match !== null; match = WORD.exec(sample)) {
    const found = index.get(match[0]);
    if (found) for (const i of found) scores[i]++;
  }
  return candidates[scores.indexOf(Math.max(...scores))][0];
}

import { perLanguage } from './per-language.js';
import type { LanguageData } from './types.js';

/** Enough text to tell the languages apart, and cheap to scan. */
const SAMPLE_LENGTH = 20_000;
const WORD = /\p{L}+/gu;

const stopWordsOf = perLanguage((data) => new Set(data.stopWords.map((word) => word.toLowerCase())));

/** The language whose stop words occur most often near the start of `text`; the first candidate on a tie. */
export function detectLanguageOf<Code extends string>(text: string, candidates: readonly [Code, LanguageData][]): Code {
  const stopWords = candidates.map(([, data]) => stopWordsOf(data));
  const scores = candidates.map(() => 0);
  for (const [word] of text.slice(0, SAMPLE_LENGTH).toLowerCase().matchAll(WORD)) {
    stopWords.forEach((set, i) => {
      if (set.has(word)) scores[i]++;
    });
  }
  return candidates[scores.indexOf(Math.max(...scores))][0];
}

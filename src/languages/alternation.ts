import type { LanguageData } from './types.js';

/** A regular-expression alternation of phrases, longest first, spaces and hyphens matched loosely. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+')
        .replace(/['’]/g, "['’]")
        .replace(/-/g, '[-\u2010\u2011]'),
    )
    .join('|');
}

/** Word boundaries that know accented letters (`\\b` only knows ASCII, even with the `u` flag). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

const cache = new WeakMap<LanguageData, Map<string, RegExp>>();

/** "Please recycle" in a language, alone or with the recycling sign (U+2672, U+267B), as text extraction reads it. */
export function printersNoticePattern(language: LanguageData): RegExp {
  return languagePattern(language, 'printersNotice', (l) => new RegExp(`^(?:[\\u2672\\u267b]\\s*)?(?:${alternation(l.printersNotice)})(?:\\s*[\\u2672\\u267b])?$`, 'iu'));
}

/** Compiles a language-dependent pattern once per language. */
export function languagePattern(language: LanguageData, key: string, build: (language: LanguageData) => RegExp): RegExp {
  let patterns = cache.get(language);
  if (!patterns) cache.set(language, (patterns = new Map()));
  let pattern = patterns.get(key);
  if (!pattern) patterns.set(key, (pattern = build(language)));
  return pattern;
}

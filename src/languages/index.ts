/**
 * Language data (English, French, Spanish) and the functions that read resolutions with it.
 * The data files hold words only; the other modules hold the logic and compile each language's
 * data once, on first use.
 */
import type { OrganId } from '../schema/header.js';
import { findDate, findDateAt, type DateMatch } from './dates.js';
import { detectLanguageOf } from './detect.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { compileOpeners, matchOpenerWith, OpenerCache, type CompiledOpeners, type OpenerMatch } from './openers.js';
export { openerScope, type OpenerCache } from './openers.js';
import { readOrdinalNumber, readOrdinalWords } from './ordinals.js';
import { findOrgan, findOrganAtStart, type OrganMatch } from './organs.js';
import type { LanguageData, OpenerKind } from './types.js';

export type { LanguageData, NamedOrganId, OpenerData, OpenerKind } from './types.js';
export type { DateMatch, OpenerMatch, OrganMatch, OrganId };

export type LanguageCode = 'en' | 'fr' | 'es';

export const languages: Record<LanguageCode, LanguageData> = { en, fr, es };

/** English first: it wins when the text gives no evidence. */
const candidates = Object.entries(languages) as [LanguageCode, LanguageData][];

/** The language of a resolution, from the stop words near its start; 'en' when unsure. */
export function detectLanguage(text: string): LanguageCode {
  const byWords = detectLanguageOf(text, candidates);
  // A short text has few stop words to count; the organ's name, when one language has it, decides.
  if (text.length > SHORT_TEXT) return byWords;
  if (findOrgan(languages[byWords], text)) return byWords;
  return candidates.find(([, data]) => findOrgan(data, text))?.[0] ?? byWords;
}

/** Below this length, stop words alone may mislead the language detection. */
const SHORT_TEXT = 3_000;

/**
 * The first full date in `text` ("23 décembre 2003", "1er janvier 2004", "March 11, 1994",
 * "19 de febrero de 2004") that exists, as ISO yyyy-mm-dd with its place in `text`; null if none.
 * The place covers the date only ("on 11 March 1994" → "11 March 1994").
 */
export function parseDate(text: string, lang: LanguageCode): DateMatch | null {
  return findDate(languages[lang], text);
}

/** The full date that starts at `at` in `text`, as `parseDate` reads it, or null: the rest of the text is not searched. */
export function parseDateAt(text: string, at: number, lang: LanguageCode): DateMatch | null {
  return findDateAt(languages[lang], text, at);
}

/** A spelled-out ordinal ("Fifty-eighth", "Soixante et onzième", "Septuagésimo noveno") as a number, or null. */
export function parseOrdinalWords(words: string, lang: LanguageCode): number | null {
  return readOrdinalWords(languages[lang], words);
}

/** The number of an ordinal written in figures at the start of `text` ("78th", "1er", "78.ª"), or null. */
export function parseOrdinalNumber(text: string, lang: LanguageCode): number | null {
  return readOrdinalNumber(languages[lang], text);
}

/** The first name of a principal organ in `text`, any case, with its place; null if none. */
export function matchOrgan(text: string, lang: LanguageCode): OrganMatch | null {
  return findOrgan(languages[lang], text);
}

/** The name of a principal organ at the very start of `text`, any case; null if it starts otherwise. */
export function matchOrganAtStart(text: string, lang: LanguageCode): OrganMatch | null {
  return findOrganAtStart(languages[lang], text);
}

/** Each language's openers compiled on first use, by code: read at every call, a plain property is cheaper than `perLanguage`'s WeakMap. */
const compiledOpeners: Partial<Record<LanguageCode, CompiledOpeners>> = {};

/**
 * The opener at the very start of `paragraph` (its text after the number: no markup, no leading
 * white space), or null when the paragraph does not begin with one; `paragraph.slice(0, length)`
 * is the opener. `expected` settles words that read both ways.
 */
export function matchOpener(paragraph: string, lang: LanguageCode, expected?: OpenerKind): OpenerMatch | null {
  return matchOpenerWith(openersOf(lang), paragraph, expected);
}

/** A new cache of `matchOpener`'s answers in `lang`, for one document's texts. */
export function openerCache(lang: LanguageCode): OpenerCache {
  return new OpenerCache(openersOf(lang));
}

const openersOf = (lang: LanguageCode): CompiledOpeners => (compiledOpeners[lang] ??= compileOpeners(languages[lang].openers));

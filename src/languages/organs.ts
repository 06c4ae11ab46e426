import type { OrganId } from '../schema/header.js';
import { perLanguage } from './per-language.js';
import { alternatives, phrasePattern } from './patterns.js';
import type { LanguageData, NamedOrganId } from './types.js';

/** An organ's name found in a text. */
export interface OrganMatch {
  id: OrganId;
  index: number;
  length: number;
}

interface CompiledOrgans {
  /** One capturing group per organ, in the order of `ids`. */
  pattern: RegExp;
  /** `pattern`, sticky: tried at one place only. */
  patternAt: RegExp;
  ids: NamedOrganId[];
  /** The fewest characters a name takes (a run of white space is one): a shorter text names none. */
  minLength: number;
  /**
   * A word that every name has (the first or the last of its words, whichever gives fewer words for
   * all names: "Council|Assembly"): a text without one names no organ. Most texts searched are short
   * lines without one, ruled out by a search far cheaper than the names' (lookbehind, groups).
   */
  keyWords: RegExp;
  /** The characters a name may open with under `iu` (either case, "ſ" for s, an accent left out). */
  initials: Set<number>;
}

const compileOrgans = perLanguage((data: LanguageData): CompiledOrgans => {
  const entries = Object.entries(data.organs) as [NamedOrganId, readonly string[]][];
  // Longer names first, so that no organ's name is cut short by another's.
  entries.sort(([, a], [, b]) => Math.max(...b.map((n) => n.length)) - Math.max(...a.map((n) => n.length)));
  const groups = entries.map(([, names]) => `(${alternatives(names, phrasePattern)})`).join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${groups})(?![\\p{L}\\p{N}])`;
  const names = entries.flatMap(([, list]) => list.map((name) => name.trim().split(/\s+/)));
  const firstWords = new Set(names.map((words) => words[0]));
  const lastWords = new Set(names.map((words) => words[words.length - 1]));
  return {
    pattern: new RegExp(source, 'iu'),
    patternAt: new RegExp(source, 'iuy'),
    ids: entries.map(([id]) => id),
    minLength: Math.min(...names.map((words) => words.join(' ').length)),
    keyWords: new RegExp(alternatives([...(firstWords.size <= lastWords.size ? firstWords : lastWords)], phrasePattern), 'iu'),
    initials: initialsOf(names.map((words) => words[0])),
  };
});

/** Letters that the flag `iu` matches for a Latin letter beside its other case ("ſ" for s, the Kelvin sign for k). */
const OTHER_FOLDS: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f', å: '\u212b', ß: '\u1e9e' };

/** The characters that `phrasePattern` of each word matches first under `iu`: its first letter, unaccented too, in either case. */
function initialsOf(words: readonly string[]): Set<number> {
  const initials = new Set<number>();
  for (const word of words) {
    const letter = word.charAt(0);
    if (!/^\p{L}$/u.test(letter)) throw new Error(`An organ's name begins with "${letter}", not a letter`);
    for (const form of [letter, letter.normalize('NFD')[0]]) {
      const lower = form.toLowerCase();
      for (const variant of [form, lower, form.toUpperCase(), OTHER_FOLDS[lower] ?? '']) if (variant.length === 1) initials.add(variant.charCodeAt(0));
    }
  }
  return initials;
}

/** The first organ named in `text` ("Security Council", "ASSEMBLÉE GÉNÉRALE", "Consejo de Seguridad"), or null. */
export function findOrgan(data: LanguageData, text: string): OrganMatch | null {
  const { pattern, ids, minLength, keyWords } = compileOrgans(data);
  if (text.length < minLength || !keyWords.test(text)) return null;
  return organOf(pattern.exec(text), ids);
}

/** The organ named at the very start of `text`, or null: `findOrgan`'s answer when it is there, without a search of the rest. */
export function findOrganAtStart(data: LanguageData, text: string): OrganMatch | null {
  const { patternAt, ids, minLength, initials } = compileOrgans(data);
  if (text.length < minLength || !initials.has(text.charCodeAt(0))) return null;
  patternAt.lastIndex = 0;
  return organOf(patternAt.exec(text), ids);
}

function organOf(match: RegExpExecArray | null, ids: NamedOrganId[]): OrganMatch | null {
  if (!match) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  return { id: ids[group], index: match.index, length: match[0].length };
}

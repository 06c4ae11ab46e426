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
}

const compileOrgans = perLanguage((data: LanguageData): CompiledOrgans => {
  const entries = Object.entries(data.organs) as [NamedOrganId, readonly string[]][];
  // Longer names first, so that no organ's name is cut short by another's.
  entries.sort(([, a], [, b]) => Math.max(...b.map((n) => n.length)) - Math.max(...a.map((n) => n.length)));
  const groups = entries.map(([, names]) => `(${alternatives(names, phrasePattern)})`).join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${groups})(?![\\p{L}\\p{N}])`;
  return {
    pattern: new RegExp(source, 'iu'),
    patternAt: new RegExp(source, 'iuy'),
    ids: entries.map(([id]) => id),
  };
});

/** The first organ named in `text` ("Security Council", "ASSEMBLÉE GÉNÉRALE", "Consejo de Seguridad"), or null. */
export function findOrgan(data: LanguageData, text: string): OrganMatch | null {
  const { pattern, ids } = compileOrgans(data);
  return organOf(pattern.exec(text), ids);
}

/** The organ named at the very start of `text`, or null: `findOrgan`'s answer when it is there, without a search of the rest. */
export function findOrganAtStart(data: LanguageData, text: string): OrganMatch | null {
  const { patternAt, ids } = compileOrgans(data);
  patternAt.lastIndex = 0;
  return organOf(patternAt.exec(text), ids);
}

function organOf(match: RegExpExecArray | null, ids: NamedOrganId[]): OrganMatch | null {
  if (!match) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  return { id: ids[group], index: match.index, length: match[0].length };
}

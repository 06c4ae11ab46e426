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
  ids: NamedOrganId[];
}

const compileOrgans = perLanguage((data: LanguageData): CompiledOrgans => {
  const entries = Object.entries(data.organs) as [NamedOrganId, readonly string[]][];
  // Longer names first, so that no organ's name is cut short by another's.
  entries.sort(([, a], [, b]) => Math.max(...b.map((n) => n.length)) - Math.max(...a.map((n) => n.length)));
  const groups = entries.map(([, names]) => `(${alternatives(names, phrasePattern)})`).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups})(?![\\p{L}\\p{N}])`, 'iu'),
    ids: entries.map(([id]) => id),
  };
});

/** The first organ named in `text` ("Security Council", "ASSEMBLÉE GÉNÉRALE", "Consejo de Seguridad"), or null. */
export function findOrgan(data: LanguageData, text: string): OrganMatch | null {
  const { pattern, ids } = compileOrgans(data);
  const match = pattern.exec(text);
  if (!match) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  return { id: ids[group], index: match.index, length: match[0].length };
}

import { perLanguage } from './per-language.js';
import { alternatives, phrasePattern } from './patterns.js';
import type { LanguageData } from './types.js';
import { foldWord } from './words.js';

interface CompiledOrdinals {
  leading: Map<string, number>;
  final: Map<string, number>;
  feminineEndings: readonly (readonly [string, string])[];
  multipliers: Set<string>;
  connectors: Set<string>;
  /** "78th", "1er", "78.ª", "78<sup>e</sup>" at the start of a text. */
  numberPattern: RegExp;
}

const foldKeys = (record: Readonly<Record<string, number>>) =>
  new Map(Object.entries(record).map(([word, value]) => [foldWord(word), value]));

const compileOrdinals = perLanguage((data: LanguageData): CompiledOrdinals => {
  const { leading, final, multipliers, connectors, feminineEndings } = data.ordinalWords;
  const suffix = alternatives(data.ordinalSuffixes, phrasePattern);
  return {
    leading: foldKeys(leading),
    final: foldKeys(final),
    feminineEndings,
    multipliers: new Set(multipliers.map(foldWord)),
    connectors: new Set(connectors.map(foldWord)),
    numberPattern: new RegExp(`^\\s*(\\d+)\\s?(?:<sup>)?\\.?(?:${suffix})(?:</sup>)?(?![\\p{L}\\d])`, 'iu'),
  };
});

/** The value of a word, or of its masculine when it is a feminine form ("octava" → "octavo"). */
function valueOf(word: string, values: Map<string, number>, feminineEndings: CompiledOrdinals['feminineEndings']) {
  const value = values.get(word);
  if (value !== undefined) return value;
  for (const [masculine, feminine] of feminineEndings) {
    if (word.endsWith(feminine)) return values.get(word.slice(0, word.length - feminine.length) + masculine);
  }
  return undefined;
}

/**
 * A spelled-out ordinal: "Fifty-eighth" → 58, "Soixante et onzième" → 71, "Quincuagésimo octavo" → 58;
 * null unless every word belongs to one ordinal.
 */
export function readOrdinalWords(data: LanguageData, text: string): number | null {
  const { leading, final, multipliers, connectors, feminineEndings } = compileOrdinals(data);
  const words = foldWord(text)
    .split(/[\s-]+/)
    .filter((word) => word && !connectors.has(word));
  if (!words.length) return null;

  let hundreds = 0;
  let rest = 0;
  for (const [i, word] of words.entries()) {
    const value = valueOf(word, i === words.length - 1 ? final : leading, feminineEndings);
    if (value === undefined) return null;
    // "quatre-vingt", "one hundred": a multiplier scales the smaller amount before it.
    if (multipliers.has(word) && rest > 0 && rest < value) rest *= value;
    else rest += value;
    if (value >= 100) {
      hundreds += rest;
      rest = 0;
    }
  }
  return hundreds + rest;
}

/** The ordinal number at the start of `text`: "78th", "1382nd", "1er", "78e", "78.ª" → the number. */
export function readOrdinalNumber(data: LanguageData, text: string): number | null {
  const match = compileOrdinals(data).numberPattern.exec(text);
  return match ? Number(match[1]) : null;
}

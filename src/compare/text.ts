/**
 * How compare reads a text: typographic variants that carry no meaning (a non-breaking hyphen for a
 * hyphen, curly for straight quotes, runs of spaces) are made equal, so that the drafts' plain
 * "non-proliferation" and the resolutions' "non‑proliferation" count as the same words.
 */

const HYPHENS = /[\u2010\u2011]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201b]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201f]/g;
const SOFT_HYPHEN = /\u00ad/g;

/** The text as compared: typographic variants unified, spaces collapsed, ends trimmed. */
export function normalizeText(text: string): string {
  return text
    .replace(SOFT_HYPHEN, '')
    .replace(HYPHENS, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a normalised text, lower-cased: what similarity is measured on. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Numbers for the words of one comparison, so that features are numbers (fast to hash): a word is
 * its number, a word pair is numbered past every word (first × PAIR + second + PAIR).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The features of a text for similarity: its words and its word pairs, each counted once. */
  features(words: string[]): Set<number> {
    const ids = words.map((word) => this.ids.get(word) ?? (this.ids.set(word, this.ids.size), this.ids.size - 1));
    const features = new Set<number>(ids);
    for (let i = 1; i < ids.length; i++) features.add((ids[i - 1] + 1) * PAIR + ids[i]);
    return features;
  }
}

/** More distinct words than a comparison ever meets (2²⁶ × 2²⁶ stays below 2⁵³). */
const PAIR = 2 ** 26;

/** Dice coefficient of two feature sets: 1 for the same features, 0 for none in common. */
export function similarity(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  return (2 * shared(a, b)) / (a.size + b.size);
}

/** How much of `part` lies in `whole`: 1 when every feature of `part` is in `whole`. */
export function containment(part: Set<number>, whole: Set<number>): number {
  return part.size ? shared(part, whole) / part.size : 0;
}

function shared(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const feature of small) if (large.has(feature)) count++;
  return count;
}

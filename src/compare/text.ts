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

/** The features of a text for similarity: its words and its word pairs, each counted once. */
export function featuresOf(words: string[]): Set<string> {
  const features = new Set<string>(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** Dice coefficient of two feature sets: 1 for the same features, 0 for none in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  return (2 * shared(a, b)) / (a.size + b.size);
}

/** How much of `part` lies in `whole`: 1 when every feature of `part` is in `whole`. */
export function containment(part: Set<string>, whole: Set<string>): number {
  return part.size ? shared(part, whole) / part.size : 0;
}

function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const feature of small) if (large.has(feature)) count++;
  return count;
}

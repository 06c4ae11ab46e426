/**
 * Hyphen at a line end: a cut word ("meet-" + "ing" → "meeting") or a real compound
 * ("post-" + "conflict" → "post-conflict")? The rule, in order:
 *   1. the next line does not start with a lower-case letter → a real hyphen ("Secretary-\nGeneral");
 *   2. the document writes the compound with its hyphen elsewhere on one line → a real hyphen;
 *   3. the document writes the joined word elsewhere → a cut word;
 *   4. the first half is a word that forms compounds in the document's language (non, post, peace,
 *      twenty…; bien, demi, sous…; ex, franco…) → a real hyphen;
 *   5. otherwise → a cut word (typesetters hyphenate at syllables; compounds are rarer).
 */
const LAST_WORD = /(\p{L}+)-$/u;
const FIRST_WORD = /^(\p{L}+)/u;
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * Returns the joiner for one document, given its language's compound formers; the document's word
 * list is read once, on first need.
 */
export function createHyphenJoiner(document: string, compoundFormers: readonly string[]): (before: string, after: string) => boolean {
  const formers = new Set(compoundFormers.map((word) => word.toLowerCase()));
  let words: Set<string> | null = null;
  return (before, after) => {
    const left = LAST_WORD.exec(before)?.[1];
    const right = FIRST_WORD.exec(after)?.[1];
    if (!left || !right || !/^\p{Ll}/u.test(right)) return false;
    words ??= readWords(document);
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    if (words.has(`${l}-${r}`)) return false;
    if (words.has(l + r)) return true;
    return !formers.has(l);
  };
}

function readWords(document: string): Set<string> {
  const words = new Set<string>();
  for (const match of document.matchAll(WORDS)) {
    const word = match[0].toLowerCase();
    words.add(word);
    // Compounds of three parts also vouch for each pair ("non-self-governing").
    if (word.includes('-')) {
      const parts = word.split('-');
      for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return words;
}

/**
 * Hyphen at a line end: a cut word ("meet-" + "ing" → "meeting") or a real compound
 * ("post-" + "conflict" → "post-conflict")? The rule, in order:
 *   1. the next line does not start with a lower-case letter → a real hyphen ("Secretary-\nGeneral");
 *   2. the document writes the compound with its hyphen elsewhere on one line → a real hyphen;
 *   3. the document writes the joined word elsewhere → a cut word;
 *   4. the first half is a prefix or word that forms compounds (non, post, co, peace, twenty…) → a real hyphen;
 *   5. otherwise → a cut word (typesetters hyphenate at syllables; compounds are rarer).
 */
const COMPOUND_FORMERS = new Set(
  (
    'above anti bi cease co counter cross decision ex extra follow full gender half high intra ' +
    'large long low macro mid micro multi neo non part peace post pre pro pseudo quasi ' +
    'self semi short small so socio sub super trans ultra under well wide ' +
    'twenty thirty forty fifty sixty seventy eighty ninety'
  ).split(' '),
);

const LAST_WORD = /(\p{L}+)-$/u;
const FIRST_WORD = /^(\p{L}+)/u;
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;

/** Returns the joiner for one document; the document's word list is read once, on first need. */
export function createHyphenJoiner(document: string): (before: string, after: string) => boolean {
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
    return !COMPOUND_FORMERS.has(l);
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

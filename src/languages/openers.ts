import type { OpenerData, OpenerKind } from './types.js';
import { foldWord, leadingWords, phraseWords, type Word } from './words.js';

/** The opening phrase of a paragraph, as found by `matchOpener`. */
export interface OpenerMatch {
  /** The phrase as written (`paragraph.slice(0, length)`), without trailing punctuation. */
  text: string;
  length: number;
  kind: OpenerKind;
  /** Whether the head phrase is in the language's lists (false: recognised by its form). */
  known: boolean;
}

/** The longest opener is about a dozen words ("Once again strongly calls once again upon" and the like). */
const MAX_WORDS = 16;

/** A list of phrases, each as folded words, indexed by first word: cheap longest-match at a position. */
type PhraseIndex = Map<string, string[][]>;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Kinds of the phrase that ends here, if one does. */
  kinds: Set<OpenerKind>;
}

/** An `OpenerData` turned into lookup structures, built once per language. */
export interface CompiledOpeners {
  heads: TrieNode;
  adjectives: Set<string>;
  adverbsBefore: PhraseIndex;
  adverbsAfter: PhraseIndex;
  adverbsAfterThatQualifyNouns: Set<string>;
  adverbEnding: string;
  notAdverbs: Set<string>;
  feelingPrepositions: Set<string>;
  feelingVerbs: Set<string>;
  feelingDeterminers: PhraseIndex;
  feelingIntensifiers: Set<string>;
  feelings: Set<string>;
  perfectAuxiliaries: Set<string>;
  copulas: Map<string, { words: string[]; kind: OpenerKind }[]>;
  reflexivePronouns: Set<string>;
  conjunctions: Set<string>;
  objectStarters: Set<string>;
  adjectiveComplements: Set<string>;
  notOpeners: PhraseIndex;
  endings: OpenerData['endings'];
  irregularPastParticiples: Set<string>;
}

const foldedSet = (words: readonly string[]) => new Set(words.map(foldWord));

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    const bucket = index.get(words[0]) ?? [];
    bucket.push(words);
    index.set(words[0], bucket);
  }
  return index;
}

function addToTrie(root: TrieNode, phrase: string, kind: OpenerKind): void {
  let node = root;
  for (const word of phraseWords(phrase)) {
    let child = node.children.get(word);
    if (!child) {
      child = { children: new Map(), kinds: new Set() };
      node.children.set(word, child);
    }
    node = child;
  }
  node.kinds.add(kind);
}

/** "Préoccupé" → ["Préoccupé", "Préoccupée"]: the masculine plus the first feminine rule that applies. */
function genderForms(adjective: string, feminineEndings: OpenerData['feminineEndings']): string[] {
  const rule = feminineEndings.find(([masculine]) => adjective.endsWith(masculine));
  if (!rule) return [adjective];
  const [masculine, feminine] = rule;
  return [adjective, adjective.slice(0, adjective.length - masculine.length) + feminine];
}

export function compileOpeners(data: OpenerData): CompiledOpeners {
  const heads: TrieNode = { children: new Map(), kinds: new Set() };
  for (const phrase of data.preambular) addToTrie(heads, phrase, 'preambular');
  for (const phrase of data.operative) addToTrie(heads, phrase, 'operative');
  const adjectiveForms = data.adjectives.flatMap((adjective) => genderForms(adjective, data.feminineEndings));
  for (const adjective of adjectiveForms) addToTrie(heads, adjective, 'preambular');

  const copulas = new Map<string, { words: string[]; kind: OpenerKind }[]>();
  for (const [phrase, kind] of data.copulas) {
    const words = phraseWords(phrase);
    copulas.set(words[0], [...(copulas.get(words[0]) ?? []), { words, kind }]);
  }

  return {
    heads,
    adjectives: foldedSet(adjectiveForms),
    adverbsBefore: phraseIndex(data.adverbsBefore),
    adverbsAfter: phraseIndex(data.adverbsAfter),
    adverbsAfterThatQualifyNouns: foldedSet(data.adverbsAfterThatQualifyNouns),
    adverbEnding: foldWord(data.adverbEnding),
    notAdverbs: foldedSet(data.notAdverbs),
    feelingPrepositions: foldedSet(data.feelingPrepositions),
    feelingVerbs: foldedSet(data.feelingVerbs),
    feelingDeterminers: phraseIndex(data.feelingDeterminers),
    feelingIntensifiers: foldedSet(data.feelingIntensifiers),
    feelings: foldedSet(data.feelings),
    perfectAuxiliaries: foldedSet(data.perfectAuxiliaries),
    copulas,
    reflexivePronouns: foldedSet(data.reflexivePronouns),
    conjunctions: foldedSet(data.conjunctions),
    objectStarters: foldedSet(data.objectStarters),
    adjectiveComplements: foldedSet(data.adjectiveComplements),
    notOpeners: phraseIndex(data.notOpeners),
    endings: {
      preambular: data.endings.preambular.map(foldWord),
      operative: data.endings.operative.map(foldWord),
      notOperative: data.endings.notOperative.map(foldWord),
      pastParticiple: data.endings.pastParticiple.map(foldWord),
      adjective: data.endings.adjective.map(foldWord),
    },
    irregularPastParticiples: foldedSet(data.irregularPastParticiples),
  };
}

/** A possible reading of the head: the words it spans (`end` is the index after its last word). */
interface HeadReading {
  end: number;
  kind: OpenerKind;
  known: boolean;
  /** Began with "Having": a past participle may follow "and" ("Having received and examined"). */
  perfect: boolean;
}

/** Number of words of the longest phrase of `index` found at `at`, or 0. */
function phraseAt(index: PhraseIndex, words: Word[], at: number): number {
  let longest = 0;
  for (const phrase of index.get(words[at]?.folded) ?? []) {
    if (phrase.length > longest && phrase.every((word, offset) => words[at + offset]?.folded === word)) {
      longest = phrase.length;
    }
  }
  return longest;
}

const endsWithAny = (word: string, endings: readonly string[]) =>
  endings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));

/** Class of each word position, as the matcher needs it. */
class Reader {
  constructor(
    private readonly lang: CompiledOpeners,
    private readonly words: Word[],
  ) {}

  private folded(at: number): string | undefined {
    return this.words[at]?.folded;
  }

  /** Words of a listed or "-ly"/"-ment" adverb at `at` (0 if none). */
  adverb(at: number, listed: PhraseIndex): number {
    const length = phraseAt(listed, this.words, at);
    if (length) return length;
    const word = this.folded(at);
    const { adverbEnding, notAdverbs } = this.lang;
    return word && endsWithAny(word, [adverbEnding]) && !notAdverbs.has(word) ? 1 : 0;
  }

  /**
   * Index after any adverbs that may follow a head at `at`. "further" before a noun qualifies the
   * noun and is left out ("Invites further use"), unless no noun can follow (`nounMayFollow` false).
   */
  adverbsAfter(at: number, nounMayFollow = true): number {
    for (;;) {
      const length = this.adverb(at, this.lang.adverbsAfter);
      if (!length) return at;
      const qualifiesNoun = length === 1 && this.lang.adverbsAfterThatQualifyNouns.has(this.folded(at)!);
      if (nounMayFollow && qualifiesNoun && !this.startsObject(at + 1)) {
        return at;
      }
      at += length;
    }
  }

  /** Whether the words from `at` may begin what follows an opener (or nothing follows: punctuation). */
  startsObject(at: number): boolean {
    const word = this.words[at];
    if (!word) return true;
    const { objectStarters, feelingPrepositions } = this.lang;
    return (
      objectStarters.has(word.folded) ||
      feelingPrepositions.has(word.folded) ||
      this.adverb(at, this.lang.adverbsAfter) > 0
    );
  }

  /** Whether an unlisted head at `at` is followed by something an opener's object can begin with. */
  private followedByObject(at: number): boolean {
    return at + 1 < this.words.length && this.startsObject(at + 1);
  }

  /** Longest listed phrases at `at`, adverbs allowed between their words ("Calls once again upon"). */
  listedHeads(at: number): HeadReading[] {
    const perfect = this.lang.perfectAuxiliaries.has(this.folded(at) ?? '');
    let node = this.lang.heads;
    let best: { end: number; kinds: Set<OpenerKind> } | null = null;
    let next = at;
    while (next < this.words.length) {
      let child = node.children.get(this.words[next].folded);
      if (!child && node !== this.lang.heads) {
        const skip = this.adverbsAfter(next);
        if (skip > next) {
          child = node.children.get(this.folded(skip) ?? '');
          if (child) next = skip;
        }
      }
      if (!child) break;
      node = child;
      next += 1;
      if (node.kinds.size) best = { end: next, kinds: node.kinds };
    }
    if (!best) return [];
    const { end, kinds } = best;
    return [...kinds].map((kind) => ({ end, kind, known: true, perfect }));
  }

  /** Heads found by their form alone. */
  unlistedHeads(at: number): HeadReading[] {
    const word = this.folded(at);
    if (!word || this.lang.copulas.has(word)) return [];
    if (this.lang.perfectAuxiliaries.has(word)) {
      const end = this.pastParticiples(this.adverbsAfter(at + 1, false));
      return end > at + 1 ? [{ end, kind: 'preambular', known: false, perfect: true }] : [];
    }
    const { endings } = this.lang;
    const readings: HeadReading[] = [];
    const unlisted = (kind: OpenerKind) => readings.push({ end: at + 1, kind, known: false, perfect: false });
    const isOperative = endsWithAny(word, endings.operative) && !endings.notOperative.some((e) => word.endsWith(e));
    if (endsWithAny(word, endings.preambular) && this.followedByObject(at)) unlisted('preambular');
    if (isOperative && this.followedByObject(at)) unlisted('operative');
    if (endsWithAny(word, endings.adjective) && this.lang.adjectiveComplements.has(this.folded(at + 1) ?? '')) {
      unlisted('preambular');
    }
    return readings;
  }

  /** Index after a run of past participles ("been informed"), or `at` when there is none. */
  pastParticiples(at: number): number {
    while (this.isPastParticiple(at)) at += 1;
    return at;
  }

  private isPastParticiple(at: number): boolean {
    const word = this.folded(at);
    if (!word) return false;
    return this.lang.irregularPastParticiples.has(word) || endsWithAny(word, this.lang.endings.pastParticiple);
  }

  /** "Being gravely concerned", "Remains seized": a copula, adverbs, then an adjective. */
  copulaHeads(at: number): HeadReading[] {
    const readings: HeadReading[] = [];
    for (const { words, kind } of this.lang.copulas.get(this.folded(at) ?? '') ?? []) {
      if (!words.every((word, offset) => this.folded(at + offset) === word)) continue;
      let next = at + words.length;
      for (let length = this.adverb(next, this.lang.adverbsBefore); length; length = this.adverb(next, this.lang.adverbsBefore)) {
        next += length;
      }
      const adjective = this.folded(next);
      if (!adjective) continue;
      const known = this.lang.adjectives.has(adjective);
      if (known || endsWithAny(adjective, this.lang.endings.adjective)) {
        readings.push({ end: next + 1, kind, known, perfect: false });
      }
    }
    return readings;
  }

  /** Every reading of a head at `at`, a reflexive pronoun included ("Se félicite"). */
  heads(at: number): HeadReading[] {
    if (phraseAt(this.lang.notOpeners, this.words, at)) return [];
    const readings = [...this.listedHeads(at), ...this.copulaHeads(at), ...this.unlistedHeads(at)];
    if (this.lang.reflexivePronouns.has(this.folded(at) ?? '') && !readings.some((r) => r.known)) {
      readings.push(...this.unlistedHeads(at + 1));
    }
    return readings;
  }

  /** Index after a feeling at `at`: "with deep concern", or for Express- "its full support". */
  feeling(at: number, headWord: string): number {
    let next = at;
    if (this.lang.feelingPrepositions.has(this.folded(next) ?? '')) next += 1;
    else if (!this.lang.feelingVerbs.has(headWord)) return at;
    next += phraseAt(this.lang.feelingDeterminers, this.words, next);
    while (this.lang.feelingIntensifiers.has(this.folded(next) ?? '')) next += 1;
    if (!this.lang.feelings.has(this.folded(next) ?? '')) return at;
    next += 1;
    while (this.lang.feelingIntensifiers.has(this.folded(next) ?? '')) next += 1;
    return next;
  }

  /** Index after what may follow a head that ends before `at`: adverbs, then a feeling. */
  complements(at: number, headStart: number): number {
    const afterAdverbs = this.adverbsAfter(at);
    return this.feeling(afterAdverbs, this.folded(headStart)!);
  }

  /** Index after "and" + a second head of the same kind ("Recalling and reaffirming"), or `at`. */
  joinedHead(at: number, reading: HeadReading): number {
    if (!this.lang.conjunctions.has(this.folded(at) ?? '')) return at;
    const start = at + 1;
    const second = this.heads(start).filter((r) => r.kind === reading.kind);
    let end = Math.max(0, ...second.map((r) => r.end));
    if (reading.perfect) end = Math.max(end, this.pastParticiples(start));
    return end > start ? this.complements(end, start) : at;
  }
}

/** Which reading to keep: the expected kind, then a listed phrase, then the longest. */
function preferred(readings: HeadReading[], expected: OpenerKind | undefined): HeadReading | undefined {
  const ofExpectedKind = readings.filter((r) => r.kind === expected);
  const candidates = ofExpectedKind.length ? ofExpectedKind : readings;
  return candidates.reduce<HeadReading | undefined>((best, r) => {
    if (!best) return r;
    if (r.known !== best.known) return r.known ? r : best;
    return r.end > best.end ? r : best;
  }, undefined);
}

/**
 * The opener at the start of `paragraph` (a paragraph's text after its number, no markup), or null
 * when the paragraph does not begin with one. See counting-conventions.md for what the phrase spans.
 */
export function matchOpenerWith(
  lang: CompiledOpeners,
  paragraph: string,
  expected?: OpenerKind,
): OpenerMatch | null {
  const words = leadingWords(paragraph, MAX_WORDS);
  if (!words.length || words[0].start !== 0 || !words[0].capitalised) return null;
  const reader = new Reader(lang, words);

  let headStart = 0;
  for (let length = reader.adverb(0, lang.adverbsBefore); length; length = reader.adverb(headStart, lang.adverbsBefore)) {
    headStart += length;
  }
  const head = preferred(reader.heads(headStart), expected);
  if (!head) return null;

  let end = reader.complements(head.end, headStart);
  for (let joined = reader.joinedHead(end, head); joined > end; joined = reader.joinedHead(end, head)) {
    end = joined;
  }
  const length = words[end - 1].end;
  return { text: paragraph.slice(0, length), length, kind: head.kind, known: head.known };
}

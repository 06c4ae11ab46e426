import type { OpenerData, OpenerKind } from './types.js';
import { foldWord, LeadingWords, lowerWord, phraseWords, type Word } from './words.js';

/** The opening phrase of a paragraph, as found by `matchOpener`. */
export interface OpenerMatch {
  /** The phrase as written (`paragraph.slice(0, length)`), without trailing punctuation. */
  text: string;
  length: number;
  kind: OpenerKind;
  /** Whether the head phrase is in the language's lists (false: recognised by its form). */
  known: boolean;
  /** Whether the head reads as either kind as well spelled (French "Note"): `kind` is then only the preferred reading. */
  readsBothWays: boolean;
}

/** Phrases as words in one form, indexed by their first word: a cheap longest match at a position. */
interface PhraseIndex {
  /** `folded` ignores accents; `lower` keeps them ("Adopté" is not "Adopte"). */
  form: 'folded' | 'lower';
  phrases: Map<string, string[][]>;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /**
   * For a listed phrase ending here: its kinds, each with the accented spellings of its first word.
   * Accents are ignored in matching but settle "Décide" (operative) against "Décidé" (preambular).
   */
  kinds: { kind: OpenerKind; spellings: Set<string> }[];
}

/** An `OpenerData` turned into lookup structures, built once per language. */
export interface CompiledOpeners {
  heads: TrieNode;
  adjectives: Set<string>;
  adverbsBefore: PhraseIndex;
  adverbsAfter: PhraseIndex;
  adverbsAfterThatQualifyNouns: Set<string>;
  prepositions: Set<string>;
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
  /** Endings in lower case with their accents: compared with `Word.lower`. */
  endings: OpenerData['endings'];
  irregularPastParticiples: Set<string>;
}

const foldedSet = (words: readonly string[]) => new Set(words.map(foldWord));
const foldedWords = (phrase: string) => phraseWords(phrase).map((word) => word.folded);

function phraseIndex(phrases: readonly string[], form: PhraseIndex['form'] = 'folded'): PhraseIndex {
  const index: PhraseIndex = { form, phrases: new Map() };
  for (const phrase of phrases) {
    const words = phraseWords(phrase).map((word) => word[form]);
    index.phrases.set(words[0], [...(index.phrases.get(words[0]) ?? []), words]);
  }
  return index;
}

const newNode = (): TrieNode => ({ children: new Map(), kinds: [] });

function addToTrie(root: TrieNode, phrase: string, kind: OpenerKind): void {
  const words = phraseWords(phrase);
  let node = root;
  for (const { folded } of words) {
    let child = node.children.get(folded);
    if (!child) {
      child = newNode();
      node.children.set(folded, child);
    }
    node = child;
  }
  let listed = node.kinds.find((entry) => entry.kind === kind);
  if (!listed) node.kinds.push((listed = { kind, spellings: new Set() }));
  listed.spellings.add(words[0].lower);
}

/** "Préoccupé" → ["Préoccupé", "Préoccupée"]: the masculine plus the first feminine rule that applies. */
function genderForms(adjective: string, feminineEndings: OpenerData['feminineEndings']): string[] {
  const rule = feminineEndings.find(([masculine]) => adjective.endsWith(masculine));
  if (!rule) return [adjective];
  const [masculine, feminine] = rule;
  return [adjective, adjective.slice(0, adjective.length - masculine.length) + feminine];
}

export function compileOpeners(data: OpenerData): CompiledOpeners {
  const heads = newNode();
  for (const phrase of data.preambular) addToTrie(heads, phrase, 'preambular');
  for (const phrase of data.operative) addToTrie(heads, phrase, 'operative');
  const adjectives = data.adjectives.flatMap((adjective) => genderForms(adjective, data.feminineEndings));
  for (const adjective of adjectives) addToTrie(heads, adjective, 'preambular');

  const copulas: CompiledOpeners['copulas'] = new Map();
  for (const [phrase, kind] of data.copulas) {
    const words = foldedWords(phrase);
    copulas.set(words[0], [...(copulas.get(words[0]) ?? []), { words, kind }]);
  }
  const lowerAll = (endings: readonly string[]) => endings.map(lowerWord);

  return {
    heads,
    adjectives: foldedSet(adjectives),
    adverbsBefore: phraseIndex(data.adverbsBefore),
    adverbsAfter: phraseIndex(data.adverbsAfter),
    adverbsAfterThatQualifyNouns: foldedSet(data.adverbsAfterThatQualifyNouns),
    prepositions: foldedSet(data.prepositions),
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
    notOpeners: phraseIndex(data.notOpeners, 'lower'),
    endings: {
      preambular: lowerAll(data.endings.preambular),
      operative: lowerAll(data.endings.operative),
      notOperative: lowerAll(data.endings.notOperative),
      pastParticiple: lowerAll(data.endings.pastParticiple),
      adjective: lowerAll(data.endings.adjective),
    },
    irregularPastParticiples: foldedSet(data.irregularPastParticiples),
  };
}

/**
 * Receives the possible readings of a head, one at a time (no array of readings is built): `end` is
 * the index of the word after the head, `known` whether the head phrase is listed, `spelledAsListed`
 * whether the text has the accents of the listed spelling (always true for unlisted heads), `perfect`
 * whether it began with "Having" (a past participle may then follow "and": "Having received and examined").
 */
interface HeadReadings {
  offer(end: number, kind: OpenerKind, known: boolean, spelledAsListed: boolean, perfect: boolean): void;
}

const KIND_BIT: Record<OpenerKind, number> = { preambular: 1, operative: 2 };
const BOTH_KINDS = 3;

/**
 * Keeps the reading to use: those the accents allow, then the expected kind, then a listed phrase,
 * then the longest; on a full tie, the first.
 */
class PreferredHead implements HeadReadings {
  found = false;
  end = 0;
  kind: OpenerKind = 'preambular';
  known = false;
  perfect = false;
  /** The kinds read among the readings as well spelled as the best one, as bits (see `KIND_BIT`). */
  private kinds = 0;
  private spelledAsListed = false;

  constructor(private readonly expected: OpenerKind | undefined) {}

  get readsBothWays(): boolean {
    return this.kinds === BOTH_KINDS;
  }

  offer(end: number, kind: OpenerKind, known: boolean, spelledAsListed: boolean, perfect: boolean): void {
    if (!this.found || (spelledAsListed && !this.spelledAsListed)) this.kinds = KIND_BIT[kind];
    else if (spelledAsListed === this.spelledAsListed) this.kinds |= KIND_BIT[kind];
    if (this.found && !this.isBetter(end, kind, known, spelledAsListed)) return;
    this.found = true;
    this.end = end;
    this.kind = kind;
    this.known = known;
    this.perfect = perfect;
    this.spelledAsListed = spelledAsListed;
  }

  private isBetter(end: number, kind: OpenerKind, known: boolean, spelledAsListed: boolean): boolean {
    if (spelledAsListed !== this.spelledAsListed) return spelledAsListed;
    const expected = kind === this.expected;
    if (expected !== (this.kind === this.expected)) return expected;
    if (known !== this.known) return known;
    return end > this.end;
  }
}

/** The end of the longest listed head of one kind (`start` when there is none). */
class LongestListedHead implements HeadReadings {
  constructor(
    private readonly kind: OpenerKind,
    public end: number,
  ) {}

  offer(end: number, kind: OpenerKind, known: boolean): void {
    if (known && kind === this.kind && end > this.end) this.end = end;
  }
}

/** Number of words of the longest phrase of `index` found at `at`, or 0. */
function phraseAt({ form, phrases }: PhraseIndex, words: LeadingWords, at: number): number {
  const first = words.get(at);
  const candidates = first && phrases.get(wordIn(form, first));
  if (!candidates) return 0;
  let longest = 0;
  for (const phrase of candidates) {
    if (phrase.length > longest && startsAt(phrase, form, words, at)) longest = phrase.length;
  }
  return longest;
}

/** Whether the words from `at` on are `phrase`'s, in `form`. */
function startsAt(phrase: readonly string[], form: PhraseIndex['form'], words: LeadingWords, at: number): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const word = words.get(at + offset);
    if (!word || wordIn(form, word) !== phrase[offset]) return false;
  }
  return true;
}

/** `word[form]` read by a plain property access (a keyed one is slow on this path). */
const wordIn = (form: PhraseIndex['form'], word: Word) => (form === 'lower' ? word.lower : word.folded);

/** Whether `word` ends with `ending` after a stem of at least three letters ("Notes", not "Is"). */
const endsWith = (word: string, ending: string) => word.length > ending.length + 2 && word.endsWith(ending);
function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (endsWith(word, ending)) return true;
  return false;
}
/** Whether `word` ends with one of `endings`, however short its stem. */
function endsWithAnyOf(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}

/** Reads the words at the start of one paragraph: what each run of words can be in an opener. */
class OpenerReader {
  constructor(
    public lang: CompiledOpeners,
    private readonly words: LeadingWords,
  ) {}

  private folded(at: number): string {
    return this.words.get(at)?.folded ?? '';
  }

  /** Number of words of a listed adverb, or of one with the adverb ending ("-ly"), at `at`; 0 if none. */
  adverb(at: number, listed: PhraseIndex): number {
    const length = phraseAt(listed, this.words, at);
    if (length) return length;
    const word = this.folded(at);
    return endsWith(word, this.lang.adverbEnding) && !this.lang.notAdverbs.has(word) ? 1 : 0;
  }

  /** Index after any adverbs that may come before a head at `at`. */
  adverbsBefore(at: number): number {
    for (let length = this.adverb(at, this.lang.adverbsBefore); length; length = this.adverb(at, this.lang.adverbsBefore)) {
      at += length;
    }
    return at;
  }

  /**
   * Index after any adverbs that may follow a head at `at`. "further" before a noun qualifies the
   * noun and is left out ("Invites further use"), unless no noun can follow (`nounMayFollow` false).
   */
  adverbsAfter(at: number, nounMayFollow = true): number {
    for (;;) {
      const length = this.adverb(at, this.lang.adverbsAfter);
      if (!length) return at;
      const qualifiesNoun = length === 1 && this.lang.adverbsAfterThatQualifyNouns.has(this.folded(at));
      if (nounMayFollow && qualifiesNoun && !this.startsObject(at + 1) && !this.lang.prepositions.has(this.folded(at + 1))) return at;
      at += length;
    }
  }

  /** Whether the word at `at` may begin what follows an opener (or nothing follows: punctuation). */
  startsObject(at: number): boolean {
    const word = this.words.get(at);
    if (!word) return true;
    const { objectStarters, feelingPrepositions, adverbsAfter } = this.lang;
    return objectStarters.has(word.folded) || feelingPrepositions.has(word.folded) || this.adverb(at, adverbsAfter) > 0;
  }

  /**
   * Offers the listed phrase at `at`, longest first match; adverbs may stand between its words
   * ("Calls once again upon"). Whether there was one (a listed head is a known one).
   */
  listedHeads(at: number, readings: HeadReadings): boolean {
    const root = this.lang.heads;
    let node = root;
    let best: TrieNode | null = null;
    let end = at;
    let next = at;
    while (this.words.get(next)) {
      let child = node.children.get(this.folded(next));
      if (!child && node !== root) {
        const afterAdverbs = this.adverbsAfter(next);
        child = node.children.get(this.folded(afterAdverbs));
        if (child) next = afterAdverbs;
      }
      if (!child) break;
      node = child;
      next += 1;
      if (node.kinds.length) {
        best = node;
        end = next;
      }
    }
    if (!best) return false;
    const perfect = this.lang.perfectAuxiliaries.has(this.folded(at));
    const lower = this.words.get(at)!.lower;
    for (const { kind, spellings } of best.kinds) readings.offer(end, kind, true, spellings.has(lower), perfect);
    return true;
  }

  /** Offers the heads found by their form alone: participle or verb endings, or "Having" + past participle. */
  unlistedHeads(at: number, readings: HeadReadings): void {
    const word = this.words.get(at);
    if (!word || this.lang.copulas.has(word.folded)) return;
    if (this.lang.perfectAuxiliaries.has(word.folded)) {
      const end = this.pastParticiples(this.adverbsAfter(at + 1, false));
      if (end > at + 1) readings.offer(end, 'preambular', false, true, true);
      return;
    }
    const { endings, adjectiveComplements } = this.lang;
    const objectFollows = this.words.get(at + 1) !== undefined && this.startsObject(at + 1);
    const lower = word.lower;
    if (objectFollows && endsWithAny(lower, endings.preambular)) readings.offer(at + 1, 'preambular', false, true, false);
    if (objectFollows && endsWithAny(lower, endings.operative) && !endsWithAnyOf(lower, endings.notOperative)) {
      readings.offer(at + 1, 'operative', false, true, false);
    }
    if (endsWithAny(lower, endings.adjective) && adjectiveComplements.has(this.folded(at + 1))) {
      readings.offer(at + 1, 'preambular', false, true, false);
    }
  }

  /** Index after a run of past participles ("been informed"), or `at` when there is none. */
  pastParticiples(at: number): number {
    while (this.isPastParticiple(at)) at += 1;
    return at;
  }

  private isPastParticiple(at: number): boolean {
    const word = this.words.get(at);
    if (!word) return false;
    return this.lang.irregularPastParticiples.has(word.folded) || endsWithAny(word.lower, this.lang.endings.pastParticiple);
  }

  /** Offers "Being gravely concerned", "Remains seized": a copula, adverbs, then an adjective. Whether one was known. */
  copulaHeads(at: number, readings: HeadReadings): boolean {
    const copulas = this.lang.copulas.get(this.folded(at));
    if (!copulas) return false;
    let known = false;
    for (const { words, kind } of copulas) {
      if (!this.foldedWordsAt(at, words)) continue;
      const adjectiveAt = this.adverbsBefore(at + words.length);
      const adjective = this.words.get(adjectiveAt);
      if (!adjective) continue;
      const listed = this.lang.adjectives.has(adjective.folded);
      if (listed || endsWithAny(adjective.lower, this.lang.endings.adjective)) {
        readings.offer(adjectiveAt + 1, kind, listed, true, false);
        known ||= listed;
      }
    }
    return known;
  }

  /** Whether the words from `at` on are `words` (folded). */
  private foldedWordsAt(at: number, words: readonly string[]): boolean {
    for (let offset = 0; offset < words.length; offset++) if (this.folded(at + offset) !== words[offset]) return false;
    return true;
  }

  /** Offers every reading of a head at `at`, after a reflexive pronoun too ("Se félicite"). */
  heads(at: number, readings: HeadReadings): void {
    if (phraseAt(this.lang.notOpeners, this.words, at)) return;
    const listed = this.listedHeads(at, readings);
    const knownCopula = this.copulaHeads(at, readings);
    this.unlistedHeads(at, readings);
    if (this.lang.reflexivePronouns.has(this.folded(at)) && !listed && !knownCopula) this.unlistedHeads(at + 1, readings);
  }

  /** Index after a feeling at `at` ("with deep concern"; after Express-, "its full support"), or `at`. */
  feeling(at: number, headWord: string): number {
    const { feelingPrepositions, feelingVerbs, feelingDeterminers, feelingIntensifiers, feelings } = this.lang;
    let next = at;
    if (feelingPrepositions.has(this.folded(next))) next += 1;
    else if (!feelingVerbs.has(headWord)) return at;
    next += phraseAt(feelingDeterminers, this.words, next);
    while (feelingIntensifiers.has(this.folded(next))) next += 1;
    if (!feelings.has(this.folded(next))) return at;
    next += 1;
    while (feelingIntensifiers.has(this.folded(next))) next += 1;
    // "with deep regret and concern", "its appreciation and gratitude": feelings joined by "and".
    for (;;) {
      let joined = next;
      if (!this.lang.conjunctions.has(this.folded(joined))) break;
      joined += 1;
      while (feelingIntensifiers.has(this.folded(joined))) joined += 1;
      if (!feelings.has(this.folded(joined))) break;
      next = joined + 1;
    }
    return next;
  }

  /** Index after what may follow a head that starts at `headStart` and ends before `at`: adverbs, then a feeling. */
  complements(at: number, headStart: number): number {
    const afterAdverbs = this.adverbsAfter(at);
    const afterFeeling = this.feeling(afterAdverbs, this.folded(headStart));
    // "Noting with appreciation also the …": an adverb may follow the feeling too.
    return afterFeeling > afterAdverbs ? this.adverbsAfter(afterFeeling) : afterFeeling;
  }

  /** Index after "and" + a second head of the same kind ("Recalling and reaffirming"), or `at`. */
  joinedHead(at: number, first: PreferredHead): number {
    if (!this.lang.conjunctions.has(this.folded(at))) return at;
    const start = at + 1;
    // Only a listed head joins: "Decides and efforts" is a verb and its object, not two verbs.
    const sameKind = new LongestListedHead(first.kind, start);
    this.heads(start, sameKind);
    let end = sameKind.end;
    if (first.perfect) end = Math.max(end, this.pastParticiples(start));
    return end > start ? this.complements(end, start) : at;
  }
}

/**
 * The opener at the very start of `paragraph` (a paragraph's text after its number, no markup, no
 * leading white space), or null when the paragraph does not begin with one. What the phrase spans
 * follows counting-conventions.md.
 */
export function matchOpenerWith(lang: CompiledOpeners, paragraph: string, expected?: OpenerKind): OpenerMatch | null {
  // Most texts asked about start with no capital: an ASCII character other than A-Z settles it.
  const code = paragraph.charCodeAt(0);
  if (code < 65 || (code > 90 && code < 128)) return null;
  const words = sharedWords.reset(paragraph);
  const first = words.get(0);
  if (!first || first.start !== 0 || !first.capitalised) return null;
  const reader = (sharedReader ??= new OpenerReader(lang, words));
  reader.lang = lang;

  const headStart = reader.adverbsBefore(0);
  const head = new PreferredHead(expected);
  reader.heads(headStart, head);
  if (!head.found) return null;

  let end = reader.complements(head.end, headStart);
  for (let joined = reader.joinedHead(end, head); joined > end; joined = reader.joinedHead(end, head)) {
    end = joined;
  }
  const length = words.get(end - 1)!.end;
  return { text: paragraph.slice(0, length), length, kind: head.kind, known: head.known, readsBothWays: head.readsBothWays };
}

// One reader of words for every call (a match runs to its end without re-entering): most lines and
// paragraphs are asked about, and their words are read into the same objects.
const sharedWords = new LeadingWords('');
let sharedReader: OpenerReader | undefined;

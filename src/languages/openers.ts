import type { OpenerData, OpenerKind } from './types.js';
import { foldWord, LeadingWords, lowerWord, phraseWords, Vocabulary, type Word } from './words.js';

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

/** A phrase as words in one form: `folded` ignores accents; `lower` keeps them ("Adopté" is not "Adopte"). */
type PhraseForm = 'folded' | 'lower';

interface TrieNode {
  children: Map<string, TrieNode>;
  /**
   * For a listed phrase ending here: its kinds, each with the accented spellings of its first word.
   * Accents are ignored in matching but settle "Décide" (operative) against "Décidé" (preambular).
   */
  kinds: { kind: OpenerKind; spellings: Set<string> }[];
}

/** What a word may be in an opener: a bit for each list it is in (see `WordFacts.bits`). */
const ADJECTIVE = 1 << 0;
const QUALIFIES_NOUN = 1 << 1;
const PREPOSITION = 1 << 2;
const NOT_ADVERB = 1 << 3;
const FEELING_PREPOSITION = 1 << 4;
const FEELING_VERB = 1 << 5;
const FEELING_INTENSIFIER = 1 << 6;
const FEELING = 1 << 7;
const PERFECT_AUXILIARY = 1 << 8;
const REFLEXIVE_PRONOUN = 1 << 9;
const CONJUNCTION = 1 << 10;
const OBJECT_STARTER = 1 << 11;
const ADJECTIVE_COMPLEMENT = 1 << 12;
const IRREGULAR_PAST_PARTICIPLE = 1 << 13;

/**
 * Everything the lists say about one word (folded), found by one lookup when the word is read: a
 * reading asks about each of its first words many times (is it an adverb, a head, an object's start …).
 */
interface WordFacts {
  bits: number;
  /** The heads trie's node for the word as a head's first word. */
  head: TrieNode | undefined;
  /** The phrases of each list that begin with the word, as words in the list's form. */
  adverbsBefore: string[][] | undefined;
  adverbsAfter: string[][] | undefined;
  feelingDeterminers: string[][] | undefined;
  /** In lower case (accents kept): all the phrases whose first word folds to this one. */
  notOpeners: string[][] | undefined;
  copulas: { words: string[]; kind: OpenerKind }[] | undefined;
}

const NO_FACTS: WordFacts = Object.freeze({
  bits: 0,
  head: undefined,
  adverbsBefore: undefined,
  adverbsAfter: undefined,
  feelingDeterminers: undefined,
  notOpeners: undefined,
  copulas: undefined,
});

/** An `OpenerData` turned into lookup structures, built once per language. */
export interface CompiledOpeners {
  /** The facts of every word in the lists, by its folded form. */
  lexicon: Vocabulary<WordFacts>;
  adverbEnding: string;
  /** Endings in lower case with their accents: compared with `Word.lower`. */
  endings: OpenerData['endings'];
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
  const lexicon = new Map<string, WordFacts>();
  const factsOf = (folded: string): WordFacts => {
    let facts = lexicon.get(folded);
    if (!facts) lexicon.set(folded, (facts = { ...NO_FACTS }));
    return facts;
  };
  const mark = (words: readonly string[], bit: number) => {
    for (const word of words) factsOf(foldWord(word)).bits |= bit;
  };
  /** Files each phrase under its first word (folded), as words in `form`. */
  const index = (phrases: readonly string[], list: 'adverbsBefore' | 'adverbsAfter' | 'feelingDeterminers' | 'notOpeners', form: PhraseForm = 'folded') => {
    for (const phrase of phrases) {
      const words = phraseWords(phrase);
      const facts = factsOf(words[0].folded);
      (facts[list] ??= []).push(words.map((word) => word[form]));
    }
  };

  const heads = newNode();
  for (const phrase of data.preambular) addToTrie(heads, phrase, 'preambular');
  for (const phrase of data.operative) addToTrie(heads, phrase, 'operative');
  const adjectives = data.adjectives.flatMap((adjective) => genderForms(adjective, data.feminineEndings));
  for (const adjective of adjectives) addToTrie(heads, adjective, 'preambular');
  for (const [folded, node] of heads.children) factsOf(folded).head = node;

  for (const [phrase, kind] of data.copulas) {
    const words = phraseWords(phrase).map((word) => word.folded);
    (factsOf(words[0]).copulas ??= []).push({ words, kind });
  }
  index(data.adverbsBefore, 'adverbsBefore');
  index(data.adverbsAfter, 'adverbsAfter');
  index(data.feelingDeterminers, 'feelingDeterminers');
  index(data.notOpeners, 'notOpeners', 'lower');
  mark(adjectives, ADJECTIVE);
  mark(data.adverbsAfterThatQualifyNouns, QUALIFIES_NOUN);
  mark(data.prepositions, PREPOSITION);
  mark(data.notAdverbs, NOT_ADVERB);
  mark(data.feelingPrepositions, FEELING_PREPOSITION);
  mark(data.feelingVerbs, FEELING_VERB);
  mark(data.feelingIntensifiers, FEELING_INTENSIFIER);
  mark(data.feelings, FEELING);
  mark(data.perfectAuxiliaries, PERFECT_AUXILIARY);
  mark(data.reflexivePronouns, REFLEXIVE_PRONOUN);
  mark(data.conjunctions, CONJUNCTION);
  mark(data.objectStarters, OBJECT_STARTER);
  mark(data.adjectiveComplements, ADJECTIVE_COMPLEMENT);
  mark(data.irregularPastParticiples, IRREGULAR_PAST_PARTICIPLE);
  // Every word of a listed phrase is in the lexicon too ("note", "mind"), with no facts when it has
  // none: reading it then builds no string (see `Vocabulary`).
  const phrases = [data.preambular, data.operative, data.adverbsBefore, data.adverbsAfter, data.feelingDeterminers, data.notOpeners, data.copulas.map(([phrase]) => phrase)];
  for (const phrase of phrases.flat()) for (const { folded } of phraseWords(phrase)) factsOf(folded);

  const lowerAll = (endings: readonly string[]) => endings.map(lowerWord);
  return {
    lexicon: new Vocabulary(lexicon),
    adverbEnding: foldWord(data.adverbEnding),
    endings: {
      preambular: lowerAll(data.endings.preambular),
      operative: lowerAll(data.endings.operative),
      notOperative: lowerAll(data.endings.notOperative),
      pastParticiple: lowerAll(data.endings.pastParticiple),
      adjective: lowerAll(data.endings.adjective),
    },
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

const kindBit = (kind: OpenerKind) => (kind === 'preambular' ? 1 : 2);
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
  /** The kinds read among the readings as well spelled as the best one, as bits (see `kindBit`). */
  private kinds = 0;
  private spelledAsListed = false;

  private expected: OpenerKind | undefined;

  /** Starts over for another text (one object serves every call). */
  reset(expected: OpenerKind | undefined): this {
    this.found = false;
    this.end = 0;
    this.kind = 'preambular';
    this.known = false;
    this.perfect = false;
    this.kinds = 0;
    this.spelledAsListed = false;
    this.expected = expected;
    return this;
  }

  get readsBothWays(): boolean {
    return this.kinds === BOTH_KINDS;
  }

  offer(end: number, kind: OpenerKind, known: boolean, spelledAsListed: boolean, perfect: boolean): void {
    if (!this.found || (spelledAsListed && !this.spelledAsListed)) this.kinds = kindBit(kind);
    else if (spelledAsListed === this.spelledAsListed) this.kinds |= kindBit(kind);
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

/** Number of words of the longest of `phrases` (in `form`, all beginning with the word at `at`) found at `at`, or 0. */
function phraseAt(phrases: readonly string[][] | undefined, form: PhraseForm, words: LeadingWords, at: number): number {
  if (!phrases) return 0;
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length > longest && startsAt(phrase, form, words, at)) longest = phrase.length;
  }
  return longest;
}

/** Whether the words from `at` on are `phrase`'s, in `form`. */
function startsAt(phrase: readonly string[], form: PhraseForm, words: LeadingWords, at: number): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    const word = words.get(at + offset);
    if (!word || wordIn(form, word) !== phrase[offset]) return false;
  }
  return true;
}

/** `word[form]` read by a plain property access (a keyed one is slow on this path). */
const wordIn = (form: PhraseForm, word: Word) => (form === 'lower' ? word.lower : word.folded);

/** Whether `word` ends with `ending` after a stem of at least three letters ("Notes", not "Is"). */
const endsWith = (word: string, ending: string) => word.length > ending.length + 2 && hasEnding(word, ending);
function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (endsWith(word, ending)) return true;
  return false;
}
/** `word.endsWith(ending)` compared by hand: endings are a few letters, and the built-in's call costs more than the comparison. */
function hasEnding(word: string, ending: string): boolean {
  const offset = word.length - ending.length;
  if (offset < 0) return false;
  for (let i = 0; i < ending.length; i++) if (word.charCodeAt(offset + i) !== ending.charCodeAt(i)) return false;
  return true;
}
/** Whether `word` ends with one of `endings`, however short its stem. */
function endsWithAnyOf(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (hasEnding(word, ending)) return true;
  return false;
}

/** Reads the words at the start of one paragraph: what each run of words can be in an opener. */
class OpenerReader {
  constructor(
    private lang: CompiledOpeners,
    private readonly words: LeadingWords<WordFacts>,
  ) {}

  /** Starts on another text (its words reset) in `lang`. */
  reset(lang: CompiledOpeners): void {
    this.lang = lang;
  }

  private folded(at: number): string {
    return this.words.get(at)?.folded ?? '';
  }

  /** What the lists say about the word at `at` (nothing past the last word), looked up as the word was read. */
  private facts(at: number): WordFacts {
    return this.words.get(at)?.entry ?? NO_FACTS;
  }

  /** Whether the word at `at` is in the list of `bit`. */
  private is(at: number, bit: number): boolean {
    return (this.facts(at).bits & bit) !== 0;
  }

  /** Number of words of a listed adverb (before a head or after it), or of one with the adverb ending ("-ly"), at `at`; 0 if none. */
  adverb(at: number, beforeHead: boolean): number {
    const facts = this.facts(at);
    const length = phraseAt(beforeHead ? facts.adverbsBefore : facts.adverbsAfter, 'folded', this.words, at);
    if (length) return length;
    return (facts.bits & NOT_ADVERB) === 0 && endsWith(this.folded(at), this.lang.adverbEnding) ? 1 : 0;
  }

  /** Index after any adverbs that may come before a head at `at`. */
  adverbsBefore(at: number): number {
    for (let length = this.adverb(at, true); length; length = this.adverb(at, true)) at += length;
    return at;
  }

  /**
   * Index after any adverbs that may follow a head at `at`. "further" before a noun qualifies the
   * noun and is left out ("Invites further use"), unless no noun can follow (`nounMayFollow` false).
   */
  adverbsAfter(at: number, nounMayFollow = true): number {
    for (;;) {
      const length = this.adverb(at, false);
      if (!length) return at;
      const qualifiesNoun = length === 1 && this.is(at, QUALIFIES_NOUN);
      if (nounMayFollow && qualifiesNoun && !this.startsObject(at + 1) && !this.is(at + 1, PREPOSITION)) return at;
      at += length;
    }
  }

  /** Whether the word at `at` may begin what follows an opener (or nothing follows: punctuation). */
  startsObject(at: number): boolean {
    if (!this.words.get(at)) return true;
    return this.is(at, OBJECT_STARTER | FEELING_PREPOSITION) || this.adverb(at, false) > 0;
  }

  /**
   * Offers the listed phrase at `at`, longest first match; adverbs may stand between its words
   * ("Calls once again upon"). Whether there was one (a listed head is a known one).
   */
  listedHeads(at: number, readings: HeadReadings): boolean {
    let node = this.facts(at).head;
    if (!node) return false;
    let best: TrieNode | null = node.kinds.length ? node : null;
    let end = at + 1;
    let next = at + 1;
    // Most heads are one word: no word after them is read unless the trie goes on.
    while (node.children.size > 0 && this.words.get(next)) {
      let child = node.children.get(this.folded(next));
      if (!child) {
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
    const perfect = this.is(at, PERFECT_AUXILIARY);
    const lower = this.words.get(at)!.lower;
    for (const { kind, spellings } of best.kinds) readings.offer(end, kind, true, spellings.has(lower), perfect);
    return true;
  }

  /** Offers the heads found by their form alone: participle or verb endings, or "Having" + past participle. */
  unlistedHeads(at: number, readings: HeadReadings): void {
    const word = this.words.get(at);
    if (!word) return;
    const facts = this.facts(at);
    if (facts.copulas) return;
    if (facts.bits & PERFECT_AUXILIARY) {
      const end = this.pastParticiples(this.adverbsAfter(at + 1, false));
      if (end > at + 1) readings.offer(end, 'preambular', false, true, true);
      return;
    }
    const endings = this.lang.endings;
    const objectFollows = this.words.get(at + 1) !== undefined && this.startsObject(at + 1);
    const lower = word.lower;
    if (objectFollows && endsWithAny(lower, endings.preambular)) readings.offer(at + 1, 'preambular', false, true, false);
    if (objectFollows && endsWithAny(lower, endings.operative) && !endsWithAnyOf(lower, endings.notOperative)) {
      readings.offer(at + 1, 'operative', false, true, false);
    }
    if (endsWithAny(lower, endings.adjective) && this.is(at + 1, ADJECTIVE_COMPLEMENT)) {
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
    return this.is(at, IRREGULAR_PAST_PARTICIPLE) || endsWithAny(word.lower, this.lang.endings.pastParticiple);
  }

  /** Offers "Being gravely concerned", "Remains seized": a copula, adverbs, then an adjective. Whether one was known. */
  copulaHeads(at: number, readings: HeadReadings): boolean {
    const copulas = this.facts(at).copulas;
    if (!copulas) return false;
    let known = false;
    for (const { words, kind } of copulas) {
      if (!this.foldedWordsAt(at, words)) continue;
      const adjectiveAt = this.adverbsBefore(at + words.length);
      const adjective = this.words.get(adjectiveAt);
      if (!adjective) continue;
      const listed = this.is(adjectiveAt, ADJECTIVE);
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
    if (phraseAt(this.facts(at).notOpeners, 'lower', this.words, at)) return;
    const listed = this.listedHeads(at, readings);
    const knownCopula = this.copulaHeads(at, readings);
    this.unlistedHeads(at, readings);
    if (this.is(at, REFLEXIVE_PRONOUN) && !listed && !knownCopula) this.unlistedHeads(at + 1, readings);
  }

  /** Index after a feeling at `at` ("with deep concern"; after Express-, "its full support"), or `at`. */
  feeling(at: number, headStart: number): number {
    let next = at;
    if (this.is(next, FEELING_PREPOSITION)) next += 1;
    else if (!this.is(headStart, FEELING_VERB)) return at;
    next += phraseAt(this.facts(next).feelingDeterminers, 'folded', this.words, next);
    while (this.is(next, FEELING_INTENSIFIER)) next += 1;
    if (!this.is(next, FEELING)) return at;
    next += 1;
    while (this.is(next, FEELING_INTENSIFIER)) next += 1;
    // "with deep regret and concern", "its appreciation and gratitude": feelings joined by "and".
    for (;;) {
      let joined = next;
      if (!this.is(joined, CONJUNCTION)) break;
      joined += 1;
      while (this.is(joined, FEELING_INTENSIFIER)) joined += 1;
      if (!this.is(joined, FEELING)) break;
      next = joined + 1;
    }
    return next;
  }

  /** Index after what may follow a head that starts at `headStart` and ends before `at`: adverbs, then a feeling. */
  complements(at: number, headStart: number): number {
    const afterAdverbs = this.adverbsAfter(at);
    const afterFeeling = this.feeling(afterAdverbs, headStart);
    // "Noting with appreciation also the …": an adverb may follow the feeling too.
    return afterFeeling > afterAdverbs ? this.adverbsAfter(afterFeeling) : afterFeeling;
  }

  /** Index after "and" + a second head of the same kind ("Recalling and reaffirming"), or `at`. */
  joinedHead(at: number, first: PreferredHead): number {
    if (!this.is(at, CONJUNCTION)) return at;
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
  if (!mayOpen(paragraph)) return null;
  const words = sharedWords.reset(paragraph, lang.lexicon);
  const first = words.get(0);
  if (!first || first.start !== 0 || !first.capitalised) return null;
  const reader = (sharedReader ??= new OpenerReader(lang, words));
  reader.reset(lang);

  const headStart = reader.adverbsBefore(0);
  const head = sharedHead.reset(expected);
  reader.heads(headStart, head);
  if (!head.found) return null;

  let end = reader.complements(head.end, headStart);
  for (let joined = reader.joinedHead(end, head); joined > end; joined = reader.joinedHead(end, head)) {
    end = joined;
  }
  const length = words.get(end - 1)!.end;
  return { text: paragraph.slice(0, length), length, kind: head.kind, known: head.known, readsBothWays: head.readsBothWays };
}

/**
 * The part of `text[from, to)` that `matchOpenerWith` reads: words are read up to the first ASCII
 * character that is none of a letter, white space, a hyphen or an apostrophe (a comma, a digit, a
 * bracket ends the run of words), so the text through that character gets the same answer as the
 * whole paragraph. `OpenerCache` keeps the readings that ask past its prefix by that part.
 */
export function openerScope(text: string, from = 0, to = text.length): string {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && !isAsciiLetter(code) && code !== 32 && !(code >= 9 && code <= 13) && code !== HYPHEN && code !== APOSTROPHE) return text.slice(from, i + 1);
  }
  return text.slice(from, to);
}

/** Most texts asked about start with no capital: an ASCII character other than A-Z rules an opener out. */
function mayOpen(text: string): boolean {
  const code = text.charCodeAt(0);
  return !(code < 65 || (code > 90 && code < 128));
}

/**
 * Words a reading seldom asks past (it asks for the word after a head, an adverb, a feeling …):
 * 98% of the corpus's readings ask for none after the fourth (five words: 99.8%, but longer keys
 * and fewer shared).
 */
const PREFIX_WORDS = 4;
/** In the cache's first map: the reading of a text with this prefix asked for words past it. */
const READS_FURTHER = 'reads further';

/**
 * The openers of one document's texts (whole paragraphs or lines, or their opener scopes), each
 * reading done once. Texts are keyed by their prefix (`prefixEnd`): shorter to hash than the scope,
 * and shared by paragraphs that open alike ("Requests the Secretary-General to"). A reading that
 * asked for no word past the prefix's words holds for any text with that prefix, since the words
 * it read and the characters that ended them are the same; the few others are kept by scope.
 */
export class OpenerCache {
  private readonly byPrefix = new Map<string, OpenerMatch | null | typeof READS_FURTHER>();
  private readonly byScope = new Map<string, OpenerMatch | null>();

  constructor(private readonly lang: CompiledOpeners) {}

  /** `matchOpenerWith(lang, text)`, read once per prefix. */
  match(text: string): OpenerMatch | null {
    if (!mayOpen(text)) return null;
    const prefix = text.slice(0, prefixEnd(text));
    const known = this.byPrefix.get(prefix);
    if (known !== undefined && known !== READS_FURTHER) return known;
    if (known === undefined) {
      const match = matchOpenerWith(this.lang, text);
      if (sharedWords.furthest < PREFIX_WORDS) {
        this.byPrefix.set(prefix, match);
        return match;
      }
      this.byPrefix.set(prefix, READS_FURTHER);
      this.byScope.set(openerScope(text), match);
      return match;
    }
    const scope = openerScope(text);
    let match = this.byScope.get(scope);
    if (match === undefined) this.byScope.set(scope, (match = matchOpenerWith(this.lang, text)));
    return match;
  }
}

/**
 * End of a text's prefix: its opener scope (`openerScope`) up to two characters past its
 * `PREFIX_WORDS`th run of non-space characters. Each run holds a word of the reading, or the reading
 * stops in it (words lie within runs; an elided "l'" shares its run), so the prefix holds the first
 * `PREFIX_WORDS` words and the space and character after them that ended the last one.
 */
function prefixEnd(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) {
      if (inRun && ++runs === PREFIX_WORDS) return Math.min(text.length, i + 2);
      inRun = false;
    } else {
      if (code < 128 && !isAsciiLetter(code) && code !== HYPHEN && code !== APOSTROPHE) return i + 1;
      inRun = true;
    }
  }
  return text.length;
}

const HYPHEN = 45;
const APOSTROPHE = 39;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// One reader of words for every call (a match runs to its end without re-entering): most lines and
// paragraphs are asked about, and their words are read into the same objects.
const sharedWords = new LeadingWords<WordFacts>('');
let sharedReader: OpenerReader | undefined;
const sharedHead = new PreferredHead();

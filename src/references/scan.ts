import { languages, parseDateAt, type LanguageCode, type NamedOrganId } from '../languages/index.js';
import type { ReferenceKind } from '../schema/index.js';
import {
  ARTICLE_NUMBER,
  CHAPTER_NUMBER,
  compileReferencePatterns,
  LONGEST_SYMBOL_PREFIX,
  PARAGRAPH_NUMBER,
  PRECEDES_SYMBOL,
  PRECEDES_WORD,
  RESOLUTION_NUMBER,
  SYMBOL_AT,
  SYMBOL_SHAPE,
  SYMBOL_YEAR,
  type ReferencePatterns,
} from './patterns.js';
import { isWhiteSpace } from '../source/spaces.js';
import { organOf, resolutionSymbol, symbolKind, type ResolutionNumber } from './targets.js';

/** A reference found in a text: its place in that text and what it points to. */
export interface FoundReference {
  start: number;
  end: number;
  kind: ReferenceKind;
  target: string | null;
  organ: NamedOrganId | null;
  date: string | null;
  paragraph: string | null;
  item: string | null;
  article: string | null;
  chapter: string | null;
  range: 'from' | 'to' | null;
}

export interface ScanContext {
  language: LanguageCode;
  /** The organ of the text being read: "its resolution" is one of its own. */
  organ: NamedOrganId | null;
  /** The text is a footnote: a paragraph it names without saying whose ("para. 20") is another text's. */
  inNote: boolean;
}

/** Stands for a footnote marker in a scanned text: a list may go on after it, no reference spans it. */
export const MARKER = '\uFFFC';

/** Where the Charter is cited, the same target in every language. */
export const CHARTER = 'Charter of the United Nations';

/**
 * The references in `text`, in order and without overlap: each place where a reference may begin
 * (the next keyword or symbol) is read on by sticky expressions at that place.
 */
export function scanReferences(text: string, context: ScanContext): FoundReference[] {
  const patterns = compileReferencePatterns(languages[context.language]);
  const reader = new Reader(text, patterns, context);
  const starts = new Starts(text, patterns);
  const found: FoundReference[] = [];
  for (let start = starts.next(0); start; ) {
    let from: number;
    if (start.index > 0 && isInsideWord(text, start.index, start.kind === 'symbol')) from = start.index + 1;
    else {
      const read = reader.read(start);
      for (const reference of read) found.push(reference);
      from = Math.max(read.length ? read[read.length - 1].end : start.end, start.index + 1);
    }
    start = starts.next(from);
  }
  return found;
}

/** A place where a reference may begin: a keyword (perhaps after an organ's name) or a symbol. */
interface Start {
  kind: 'resolution' | 'decision' | 'paragraph' | 'article' | 'chapter' | 'symbol';
  index: number;
  /** The end of the keyword and the white space after it, or of the symbol. */
  end: number;
  /** The keyword ("resolutions") or the symbol. */
  word: string;
  /** The organ named before a resolution or decision keyword ("Security Council resolution"). */
  organ: NamedOrganId | null;
}

/**
 * The first place from a given offset where a reference may begin, as one expression of keywords
 * (each perhaps after an organ's name) and symbols would find it: the earlier of the next keyword
 * and the next symbol. Symbols are few and each has a slash within a prefix's length of its start,
 * so they are tried only there; an organ's name is looked for only before a resolution keyword.
 * Each search's result is kept while it lies ahead.
 */
class Starts {
  /** The expression that finds keywords in this text, and the one that finds an organ's name before them. */
  private readonly keywords: RegExp;
  private readonly organBefore: RegExp;
  private keyword: Start | null | undefined;
  private symbol: Start | null | undefined;
  /** The next slash whose symbol starts have not been tried. */
  private slash = 0;
  /** Before this offset every place has been tried for a symbol. */
  private tried = 0;

  constructor(
    private readonly text: string,
    private readonly p: ReferencePatterns,
  ) {
    const atWord = mayReadAtWord(text);
    this.keywords = atWord ? p.keywordsAtWord : p.keywords;
    this.organBefore = atWord ? p.organBeforeAtWord : p.organBefore;
  }

  next(from: number): Start | null {
    if (this.keyword !== null && (this.keyword === undefined || this.keyword.index < from)) this.keyword = this.nextKeyword(from);
    if (this.symbol !== null && (this.symbol === undefined || this.symbol.index < from)) this.symbol = this.nextSymbol(from);
    // At one place a keyword comes first, as in an alternation of keywords before symbols.
    if (this.symbol && (!this.keyword || this.symbol.index < this.keyword.index)) return this.symbol;
    return this.keyword;
  }

  /**
   * The next keyword from `from`, with the organ named before it when that name starts there or
   * after (the one expression would not find a name it has passed: it finds the bare keyword).
   */
  private nextKeyword(from: number): Start | null {
    const { keywords, organBefore, text } = this;
    const { keywordGroups: k, organBeforeGroups, organIds } = this.p;
    keywords.lastIndex = from;
    const match = keywords.exec(text);
    if (!match) return null;
    const end = match.index + match[0].length;
    const kind =
      match[k.resolution] !== undefined
        ? 'resolution'
        : match[k.decision] !== undefined
          ? 'decision'
          : match[k.paragraph] !== undefined
            ? 'paragraph'
            : match[k.article] !== undefined
              ? 'article'
              : 'chapter';
    const word = match[k[kind]];
    if (kind === 'resolution' || kind === 'decision') {
      organBefore.lastIndex = match.index;
      const organ = organBefore.exec(text);
      const named = organ ? match.index - organ[organBeforeGroups.named].length : -1;
      if (organ && named >= from) return { kind, index: named, end, word, organ: organAt(organ, organBeforeGroups.organ1, organIds) };
    }
    return { kind, index: match.index, end, word, organ: null };
  }

  private nextSymbol(from: number): Start | null {
    const { text } = this;
    const { symbolAt } = this.p;
    let tried = Math.max(this.tried, from);
    for (let slash = text.indexOf('/', Math.max(this.slash, from)); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      // A prefix is letters: a symbol can start only in the run of letters before the slash ("57/263" has none).
      let letters = slash;
      while (letters > slash - LONGEST_SYMBOL_PREFIX && mayBePrefixLetter(text.charCodeAt(letters - 1))) letters--;
      for (let at = Math.max(tried, letters); at < slash; at++) {
        symbolAt.lastIndex = at;
        const match = symbolAt.exec(text);
        if (match) {
          this.slash = slash;
          this.tried = at;
          return { kind: 'symbol', index: at, end: at + match[0].length, word: match[0], organ: null };
        }
      }
      tried = slash + 1;
    }
    return null;
  }
}

/**
 * Whether the faster `keywordsAtWord` finds what `keywords` would: unless the text has a character
 * on which they differ (three searches for one character, each far cheaper than a regular expression's scan).
 */
function mayReadAtWord(text: string): boolean {
  return text.indexOf('_') < 0 && text.indexOf('\u017F') < 0 && text.indexOf('\u212A') < 0;
}

/**
 * Whether the character before `index` puts a start there inside a word (`PRECEDES_WORD`), or for a
 * symbol inside another symbol or word (`PRECEDES_SYMBOL`): by code for ASCII, where a regular
 * expression's call would cost more than the test.
 */
function isInsideWord(text: string, index: number, symbol: boolean): boolean {
  const code = text.charCodeAt(index - 1);
  if (code >= 0x80) return (symbol ? PRECEDES_SYMBOL : PRECEDES_WORD).test(text[index - 1]);
  const lower = code | 0x20;
  if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  return symbol && (code === 0x2f || code === 0x2e || code === 0x2d); // "/", ".", "-"
}

/** An ASCII letter, or "ſ" or "K" (which `symbolAt` reads as "s" and "k"): a character of a symbol's prefix. */
function mayBePrefixLetter(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x17f || code === 0x212a;
}

/** A list item: a number and its place, with the date printed after it. */
interface Item<T> {
  start: number;
  end: number;
  value: T;
  date: string | null;
  range: 'from' | 'to' | null;
}

const DIGIT = /\d/;

class Reader {
  constructor(
    private readonly text: string,
    private readonly p: ReferencePatterns,
    private readonly context: ScanContext,
  ) {}

  read(start: Start): FoundReference[] {
    const { kind, index, end, organ } = start;
    switch (kind) {
      case 'resolution':
      case 'decision':
        if (!organ && this.isForeignBefore(index)) return [];
        return this.resolutions(kind, index, end, organ, isPlural(start.word), null) ?? [];
      case 'paragraph':
        return this.paragraphs(index, end);
      case 'article':
        return this.articles(index, end);
      case 'chapter':
        return this.chapter(index, end);
      case 'symbol': {
        const symbol = this.symbol(index, start.word);
        return symbol ? [symbol] : [];
      }
    }
  }

  // Resolutions and decisions --------------------------------------------------------------------

  /**
   * "resolutions 2216 (2015), 2722 (2024) and 2739 (2024)": one reference per number, the first
   * from `start` (the keyword or a pinpoint before it), each with its date.
   */
  private resolutions(
    kind: 'resolution' | 'decision',
    start: number,
    at: number,
    named: NamedOrganId | null,
    plural: boolean,
    pinpoint: { paragraph: string | null; item: string | null } | null,
  ): FoundReference[] | null {
    const bare = named !== null || this.context.organ === 'security-council';
    const items = this.list(
      at,
      (from) => this.resolutionNumber(from, kind, bare),
      (first, next) => (first.form === 'bare' ? next.form === 'bare' && plural : next.form !== 'bare'),
    );
    if (!items) return null;
    const end = items[items.length - 1].end;
    const organ = named ?? this.organAfter(end);
    if (organ === null && this.isForeignAfter(end)) return null;
    return items.map((item, i) => {
      const resolved = organOf(item.value, organ, this.context.organ);
      const reference = empty(kind, i === 0 ? start : item.start, item.end);
      reference.target = resolutionSymbol(kind, item.value, resolved);
      reference.organ = resolved;
      reference.date = item.date;
      if (pinpoint) {
        reference.paragraph = pinpoint.paragraph;
        reference.item = pinpoint.item;
      }
      reference.range = item.range;
      return reference;
    });
  }

  /**
   * A resolution or decision number at `at`. A bare number ("resolution 687") is one only where the
   * organ is known (`bare`): in a General Assembly text, "resolution 1, annex II" of a conference is not.
   */
  private resolutionNumber(at: number, kind: 'resolution' | 'decision', bare: boolean): { end: number; value: ResolutionNumber } | null {
    const { regex, group: g } = RESOLUTION_NUMBER;
    regex.lastIndex = at;
    const m = regex.exec(this.text);
    if (!m) return null;
    const value: ResolutionNumber =
      m[g.number] !== undefined
        ? { form: 'session', session: m[g.session], number: m[g.number], part: m[g.part] ?? null }
        : m[g.scNumber] !== undefined
          ? { form: 'year', session: m[g.year], number: m[g.scNumber], part: null }
          : m[g.oldNumber] !== undefined
            ? { form: 'roman', session: m[g.roman], number: m[g.oldNumber], part: m[g.oldPart] ?? null }
            : { form: 'bare', session: null, number: m[g.bare], part: null };
    // Decisions are numbered by session ("58/554", "2004/235"); a bare number is not one.
    if (kind === 'decision' && value.form !== 'session') return null;
    if (value.form === 'bare' && !bare) return null;
    return { end: at + m[0].length, value };
  }

  /**
   * A list of items from `at`: the first, then each one a separator introduces and `fits` accepts.
   * A separator that no fitting item follows is not part of the list.
   */
  private list<T>(at: number, readItem: (at: number) => { end: number; value: T } | null, fits: (first: T, next: T) => boolean): Item<T>[] | null {
    const first = readItem(at);
    if (!first) return null;
    const items: Item<T>[] = [this.dated({ start: at, end: first.end, value: first.value, date: null, range: null })];
    const { separator } = this.p;
    for (;;) {
      const last = items[items.length - 1];
      separator.lastIndex = last.end;
      const sep = separator.exec(this.text);
      if (!sep) break;
      const from = last.end + sep[0].length;
      const next = readItem(from);
      if (!next || !fits(first.value, next.value)) break;
      const through = sep[this.p.separatorThrough] !== undefined;
      if (through && last.range === null) last.range = 'from';
      items.push(this.dated({ start: from, end: next.end, value: next.value, date: null, range: through ? 'to' : null }));
    }
    return items;
  }

  /** Extends an item over the date printed after it ("of 20 December 2002", ", de 20 de diciembre de 2002"). */
  private dated<T>(item: Item<T>): Item<T> {
    const { dated } = this.p;
    dated.lastIndex = item.end;
    if (!dated.test(this.text)) return item;
    const from = dated.lastIndex;
    const date = parseDateAt(this.text, from, this.context.language);
    if (date) {
      item.end = from + date.length;
      item.date = date.iso;
    }
    return item;
  }

  /** The organ named after a resolution: "of the General Assembly", "du Conseil de sécurité". */
  private organAfter(at: number): NamedOrganId | null {
    this.p.organAfter.lastIndex = at;
    const m = this.p.organAfter.exec(this.text);
    return m ? organAt(m, 1, this.p.organIds) : null;
  }

  /**
   * "World Health Assembly resolution": a capitalised name before the keyword at `at`. The name is
   * the word before the white space there; a word of lower-case letters ("its", "in") is none, so
   * the expression is left untried.
   */
  private isForeignBefore(at: number): boolean {
    const { text } = this;
    let end = at;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === at) return false;
    let start = end;
    while (start > 0 && isLowerAscii(text.charCodeAt(start - 1))) start--;
    if (start === 0 || isWhiteSpace(text.charCodeAt(start - 1))) return false;
    return this.p.foreignBefore.test(text.slice(Math.max(0, at - 40), at));
  }

  /** " of the World Health Assembly": the resolution is another body's. */
  private isForeignAfter(at: number): boolean {
    this.p.foreignAfter.lastIndex = at;
    return this.p.foreignAfter.test(this.text);
  }

  // Paragraphs -----------------------------------------------------------------------------------

  /**
   * "paragraph 10 of resolution 2722 (2024)" (one reference to the resolution, with the pinpoint),
   * "paragraph 1 (a) above" or "paragraphs 3 and 4" (one reference per paragraph of this text).
   * A paragraph of another text that is not a resolution or a symbol ("of the report") is none.
   */
  private paragraphs(start: number, at: number): FoundReference[] {
    const pins = this.list(at, (from) => this.paragraphNumber(from), () => true);
    if (!pins) return [];
    const last = pins[pins.length - 1];
    const { here, of } = this.p;
    here.lastIndex = last.end;
    if (here.test(this.text)) last.end = here.lastIndex;
    else {
      of.lastIndex = last.end;
      if (of.test(this.text)) return this.pinpointed(start, of.lastIndex, pinpointOf(pins)) ?? [];
      if (this.context.inNote) return [];
    }
    return pins.map((pin, i) => {
      const reference = empty('paragraph', i === 0 ? start : pin.start, pin.end);
      reference.paragraph = pin.value.number;
      reference.item = pin.value.item;
      reference.range = pin.range;
      return reference;
    });
  }

  private paragraphNumber(at: number): { end: number; value: { number: string; item: string | null } } | null {
    const { regex, group: g } = PARAGRAPH_NUMBER;
    regex.lastIndex = at;
    const m = regex.exec(this.text);
    if (!m) return null;
    const item = m[g.item];
    const subitem = m[g.subitem];
    return { end: at + m[0].length, value: { number: m[g.number], item: item === undefined ? (subitem ?? null) : subitem === undefined ? item : `${item} (${subitem})` } };
  }

  /** The text a pinpoint is "of": a resolution or decision ("of its resolution 57/263"), or a symbol. */
  private pinpointed(start: number, at: number, pinpoint: { paragraph: string | null; item: string | null }): FoundReference[] | null {
    const head = this.resolutionHead(at);
    if (head) return this.resolutions(head.kind, start, head.end, head.named, head.plural, pinpoint);
    SYMBOL_AT.lastIndex = at;
    const symbol = SYMBOL_AT.exec(this.text);
    const reference = symbol ? this.symbol(at, symbol[0]) : null;
    if (!reference) return null;
    reference.start = start;
    reference.paragraph = pinpoint.paragraph;
    reference.item = pinpoint.item;
    return [reference];
  }

  /** "its resolution ", "the General Assembly resolution ", "la résolution ", "su resolución " at `at`. */
  private resolutionHead(at: number): { kind: 'resolution' | 'decision'; end: number; named: NamedOrganId | null; plural: boolean } | null {
    const { resolutionHead } = this.p;
    resolutionHead.lastIndex = at;
    const match = resolutionHead.exec(this.text);
    if (!match) return null;
    const g = this.p.resolutionHeadGroups;
    const resolution = match[g.resolution];
    return {
      kind: resolution !== undefined ? 'resolution' : 'decision',
      end: at + match[0].length,
      named: organAt(match, g.organ1, this.p.organIds),
      plural: isPlural(resolution ?? match[g.decision]),
    };
  }

  // The Charter and other instruments ------------------------------------------------------------

  /** "Article 73 e of the Charter", "Articles 10 and 11 of the Charter", "article II of the Convention on …". */
  private articles(start: number, at: number): FoundReference[] {
    const pins = this.list(at, (from) => this.articleNumber(from), () => true);
    if (!pins) return [];
    const end = pins[pins.length - 1].end;
    const article = pins.length === 1 ? pins[0].value.number : joinPins(pins.map((p) => ({ number: p.value.number, range: p.range })));
    const item = pins.length === 1 ? pins[0].value.item : null;
    const instrument = this.instrumentAfter(end);
    if (!instrument) return [];
    const reference = empty(instrument.kind, start, instrument.end);
    reference.target = instrument.target;
    reference.article = article;
    reference.item = item;
    return [reference];
  }

  private articleNumber(at: number): { end: number; value: { number: string; item: string | null } } | null {
    const { regex, group: g } = ARTICLE_NUMBER;
    regex.lastIndex = at;
    const m = regex.exec(this.text);
    if (!m) return null;
    return { end: at + m[0].length, value: { number: m[g.number], item: m[g.item] ?? m[g.letter] ?? null } };
  }

  /** "Chapter VII of the Charter of the United Nations". */
  private chapter(start: number, at: number): FoundReference[] {
    CHAPTER_NUMBER.lastIndex = at;
    const m = CHAPTER_NUMBER.exec(this.text);
    if (!m) return [];
    const instrument = this.instrumentAfter(at + m[0].length);
    if (!instrument || instrument.kind !== 'charter') return [];
    const reference = empty('charter', start, instrument.end);
    reference.target = CHARTER;
    reference.chapter = m[0];
    return [reference];
  }

  /** " of the Charter …" or " of the Convention on …" at `at`. */
  private instrumentAfter(at: number): { kind: 'charter' | 'instrument'; target: string; end: number } | null {
    const { of, charter, instrument } = this.p;
    of.lastIndex = at;
    if (!of.test(this.text)) return null;
    const from = of.lastIndex;
    charter.lastIndex = from;
    if (charter.test(this.text)) return { kind: 'charter', target: CHARTER, end: charter.lastIndex };
    instrument.lastIndex = from;
    const named = instrument.exec(this.text);
    if (!named) return null;
    const name = named[0];
    return { kind: 'instrument', target: name.replace(/\s+/g, ' '), end: from + name.length };
  }

  // Symbols --------------------------------------------------------------------------------------

  /** "A/58/319", "S/RES/2722 (2024)", "A/HRC/RES/59/25": a symbol of the UN's document series. */
  private symbol(start: number, symbol: string): FoundReference | null {
    if (!SYMBOL_SHAPE.test(symbol) || !DIGIT.test(symbol)) return null;
    let end = start + symbol.length;
    let target = symbol;
    const { kind, organ } = symbolKind(symbol);
    if (kind === 'resolution' && organ === 'security-council') {
      SYMBOL_YEAR.lastIndex = end;
      const year = SYMBOL_YEAR.exec(this.text);
      if (year) {
        end += year[0].length;
        target = `${symbol} ${year[0].trim()}`;
      }
    }
    const pinpoint = this.pinpointAfter(end);
    const reference = empty(kind, start, pinpoint ? pinpoint.end : end);
    reference.target = target;
    reference.organ = organ;
    if (pinpoint) {
      reference.paragraph = pinpoint.value.paragraph;
      reference.item = pinpoint.value.item;
    }
    return reference;
  }

  /** ", para. 20" after a symbol. */
  private pinpointAfter(at: number): { end: number; value: { paragraph: string; item: string | null } } | null {
    const { pinpointAfter } = this.p;
    pinpointAfter.lastIndex = at;
    if (!pinpointAfter.test(this.text)) return null;
    const pins = this.list(pinpointAfter.lastIndex, (from) => this.paragraphNumber(from), () => true);
    return pins ? { end: pins[pins.length - 1].end, value: pinpointOf(pins) } : null;
  }
}

/** The organ whose group matched, of the organs' groups that follow one another from `first`. */
function organAt(match: RegExpExecArray, first: number, organIds: NamedOrganId[]): NamedOrganId | null {
  for (let i = 0; i < organIds.length; i++) if (match[first + i] !== undefined) return organIds[i];
  return null;
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isPlural(keyword: string): boolean {
  const last = keyword.charCodeAt(keyword.length - 1);
  return last === 0x73 || last === 0x53; // s, S
}

/**
 * A reference with only its place and kind; the readers fill in the rest. Every reference is built
 * here and then assigned to (no spread, no other literal), so that all have one shape.
 */
function empty(kind: ReferenceKind, start: number, end: number): FoundReference {
  return { start, end, kind, target: null, organ: null, date: null, paragraph: null, item: null, article: null, chapter: null, range: null };
}

/** The pinpoint of a list of paragraphs: "10" and its item, "3, 4", "174-178". */
function pinpointOf(pins: Item<{ number: string; item: string | null }>[]): { paragraph: string; item: string | null } {
  if (pins.length === 1) return { paragraph: pins[0].value.number, item: pins[0].value.item };
  return { paragraph: joinPins(pins.map((p) => ({ number: p.value.number, range: p.range }))), item: null };
}

function joinPins(pins: { number: string; range: 'from' | 'to' | null }[]): string {
  let out = '';
  for (const pin of pins) out += out === '' ? pin.number : `${pin.range === 'to' ? '-' : ', '}${pin.number}`;
  return out;
}

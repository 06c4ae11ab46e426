import { languages, parseDate, parseOrdinalWords, type DateMatch, type LanguageCode, type OrganMatch } from '../languages/index.js';
import { findOrgan, findOrganAtStart } from '../languages/organs.js';
import type { Position } from '../schema/index.js';
import { isClosingText } from '../document/closing.js';
import { alternation, printersNoticePattern, WORD_END, WORD_START } from '../languages/alternation.js';
import { perLanguage } from '../languages/per-language.js';
import type { LanguageData } from '../languages/types.js';
import { OFFICE_JOB_NUMBER } from '../source/pages.js';
import { isWhiteSpace } from '../source/spaces.js';

/** A cell of the masthead: a line, a column of a line laid out in columns, or a markdown table cell. */
export interface HeaderCell {
  text: string;
  position: Position;
  /** The cell opens a block of lines (a blank line before it). */
  opensBlock: boolean;
}

/**
 * The symbol of each kind of cell in the masthead grammar (grammar/masthead.peggy says what each
 * stands for).
 */
export type CellSymbol = 'U' | 'S' | 'O' | 'C' | 'D' | 'd' | 'g' | 'T' | 'P' | 'J' | 'B' | 'Q' | 'N' | 'A' | 'R' | 'r' | 'K' | 'M' | 'm' | 'b' | '[' | ']' | '#' | 'F' | 'L' | 'n' | 'z' | 'x' | 'y';

export const SYMBOL = /^(?:[ASE]\/(?:[A-Z0-9.]+\/)*[\w.\-]+(?:\/[\w.\-]+)*(?:\s*\(\d{4}\))?)$/;
/** "25-15779 (E)", "25-16107 (E)    101025", the date stamp alone ("101025"), the 1990s footer "95-34567 (E)   /...". */
const JOB_NUMBER = /^(?:\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6})?(\s+\/\.{3})?|\d{6})$/;
const BARCODE = /^\*\d{6,}\*$/;
/** "58/220. Title" (from 1976), "1514 (XV). Title" and "S-10/2", "ES-10/1" (before 1976: the session in roman numerals). */
export const GA_NUMBER_TITLE = /^((?:[SE]{1,2}-)?\d{1,3}\/\d{1,4}(?:\s+[A-Z](?:-[A-Z])?)?|\d{1,4}\s*\((?:E?S-)?[IVXL]+\)(?:\s+[A-Z](?:-[A-Z])?)?)\s*\.\s*(.*)$/s;
/** "Resolution 2768 (2025)", "82 (1950). Resolution of …"; a year misprinted short is kept as printed ("1812 (208)"). */
export const COUNCIL_NUMBER = /^(?:(?:resolution|résolution|resolución)\s+)?(\d{1,4}\s*\(\d{3,4}\))\s*\.?\s*(.*)$/is;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u;
/** A session's dates: "24 February–4 April 2025", "9–27 June 2025". */
const DATE_RANGE = /^\d{1,2}(?:\s+\p{L}+)?\s*[–—-]\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u;
/** Columns of a line laid out by the extractor ("United Nations        S/RES/1663 (2006)"). */
const COLUMN_GAP = /\s{3,}/;

const LETTER = /^\p{L}$/u;

/**
 * A pattern that opens with one of some phrases (`^(?:phrase|…)`), run only on a text whose first two
 * characters may open one: most of a masthead's lines are ruled out by them, and a pattern not run
 * costs nothing (run once a line, between other work, each pattern runs cold).
 */
class OpeningPhrase {
  private readonly initials: Set<number>;
  /** The phrases' second letters; null when a phrase's second character is not a letter (a space matches more than one). */
  private readonly seconds: Set<number> | null;

  constructor(phrases: readonly string[], private readonly pattern: RegExp) {
    this.initials = letterVariants(phrases.map((phrase) => phrase.charAt(0)));
    const seconds = phrases.map((phrase) => phrase.charAt(1));
    this.seconds = seconds.every((letter) => LETTER.test(letter)) ? letterVariants(seconds) : null;
  }

  private mayOpen(text: string): boolean {
    return this.initials.has(text.charCodeAt(0)) && (this.seconds === null || this.seconds.has(text.charCodeAt(1)));
  }

  test(text: string): boolean {
    return this.mayOpen(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayOpen(text) ? this.pattern.exec(text) : null;
  }
}

/** `^(?:phrase|…)` and `rest`, as an `OpeningPhrase`. */
function opening(phrases: readonly string[], rest: string, flags = 'iu'): OpeningPhrase {
  return new OpeningPhrase(phrases, new RegExp(`^(?:${alternation(phrases)})${rest}`, flags));
}

/** The masthead's patterns of a language, compiled once per language. */
const mastheadPatterns = perLanguage((l: LanguageData) => ({
  distribution: opening(l.distribution.label, '\\s*:?\\s*(.*)$'),
  distributionValue: opening([...l.distribution.general, ...l.distribution.limited, ...l.distribution.restricted], '\\.?$'),
  session: new RegExp(`^(.+?)\\s+(?:${alternation(sessionWords(l))})${WORD_END}`, 'iu'),
  sessionEnds: letterVariants(sessionWords(l).map((phrase) => phrase.charAt(phrase.length - 1))),
  agenda: opening(l.agendaItem.before, '\\s+(.*)$', 'isu'),
  adoptedBy: opening(Object.values(l.resolutionAdoptedBy).flat(), WORD_END),
  resolutionWord: opening(l.resolutionWord, WORD_END),
  unitedNations: opening(l.unitedNations, '$'),
  unitedNationsBefore: opening(l.unitedNations, '\\s+'),
  draft: new RegExp(`${WORD_START}(?:${alternation(l.draftResolution)})${WORD_END}`, 'iu'),
  original: opening(l.original, '\\s*:'),
  fullTextOf: opening(l.fullTextOf, '\\s+\\d{1,4}\\s*\\(\\d{4}\\)'),
  adoptedByOrgan: opening(l.adopted, WORD_END),
  committee: opening([...l.mainCommittees.flat(), ...l.otherCommittees], '$'),
  /** What follows an agenda item's numbers in some languages ("Point 97, b, de l'ordre du jour"). */
  agendaAfter: l.agendaItem.after.length ? new RegExp(`\\s*(?:${alternation(l.agendaItem.after)})\\s*$`, 'iu') : null,
  noMainCommittee: new RegExp(`(?:${alternation(l.withoutReferenceToMainCommittee)})`, 'iu'),
  onReport: new RegExp(`(?:${alternation(l.onTheReportOf)})\\s*(.*?)\\s*(?:\\((?=[ASE]\\/)|$)`, 'iu'),
  limited: l.distribution.limited.map((w) => w.toLowerCase()),
  restricted: l.distribution.restricted.map((w) => w.toLowerCase()),
}));

export type MastheadPatterns = ReturnType<typeof mastheadPatterns>;

const sessionWords = (l: LanguageData) => [...l.emergencySpecialSession, ...l.specialSession, ...l.session];

/** Letters that the flag `iu` matches for a Latin letter beside its other case ("ſ" for s, the Kelvin sign for k). */
const OTHER_FOLDS: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f', å: '\u212b', ß: '\u1e9e' };

/**
 * The characters that the flag `iu` matches for some letters: either case, and the letters that fold
 * to them. The phrases begin and end with letters (`alternation` loosens spaces, hyphens, apostrophes).
 */
function letterVariants(letters: readonly string[]): Set<number> {
  const variants = new Set<number>();
  for (const letter of letters) {
    if (!LETTER.test(letter)) throw new Error(`A masthead phrase begins or ends with "${letter}", not a letter`);
    const lower = letter.toLowerCase();
    for (const variant of [letter, lower, letter.toUpperCase(), OTHER_FOLDS[lower] ?? '']) if (variant.length === 1) variants.add(variant.charCodeAt(0));
  }
  return variants;
}

/**
 * What the masthead's reader asks of its cells' texts, each answered once: a text's symbol (a cell
 * split in parts is classified whole when it is split, then again as it is read), the organ named at
 * its start (asked when it is split and when it is classified) and the date it holds (asked when it
 * is classified, and again when its field is read). The symbol and the organ are asked of one text
 * twice in a row: the last answer is kept, not a table of them.
 */
export class CellTexts {
  private readonly dates = new Map<string, DateMatch | null>();
  private symbolText: string | null = null;
  private lastSymbol: CellSymbol = 'x';
  private organText: string | null = null;
  private lastOrgan: OrganMatch | null = null;
  /** The language's data and patterns, looked up once for all the cells. */
  readonly data: LanguageData;
  readonly patterns: MastheadPatterns;

  constructor(readonly code: LanguageCode) {
    this.data = languages[code];
    this.patterns = mastheadPatterns(this.data);
  }

  symbol(text: string): CellSymbol {
    if (text !== this.symbolText) {
      this.lastSymbol = classifyCell(text, this);
      this.symbolText = text;
    }
    return this.lastSymbol;
  }

  /** The organ named at the start of the text (`matchOrganAtStart`). */
  organAtStart(text: string): OrganMatch | null {
    if (text !== this.organText) {
      this.lastOrgan = findOrganAtStart(this.data, text);
      this.organText = text;
    }
    return this.lastOrgan;
  }

  /** The first organ named in the text (`matchOrgan`). */
  organ(text: string): OrganMatch | null {
    return findOrgan(this.data, text);
  }

  /** `parseDate` of the text. */
  date(text: string): DateMatch | null {
    let date = this.dates.get(text);
    if (date === undefined) this.dates.set(text, (date = parseDate(text, this.code)));
    return date;
  }
}

/** "[S/1501]"; OCR may print the opening bracket as a parenthesis: "(S/3139/Rev.2]". */
const BRACKETED = /^(?:\[.*|\([^)]*)\]$/s;
/** A council resolution's number at the start, without the word "resolution": "82 (1950)". */
const COUNCIL_NUMBER_ALONE = /^\d{1,4}\s*\(\d{4}\)/;

/** The grammar's symbol for one cell's text. */
function classifyCell(text: string, texts: CellTexts): CellSymbol {
  const code = texts.code;
  const patterns = texts.patterns;
  // Most tests are of a shape that one character rules out; they are run only where it fits.
  const length = text.length;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  const opensWithDigit = isDigit(first);
  if (last === 0x5d) {
    if (BRACKETED.test(text)) return 'b';
    if (!text.includes('[')) return ']';
  } else if (first === 0x5b && !text.includes(']')) return '[';
  if (text.charCodeAt(1) === 0x2f && SYMBOL.test(text)) return 'S';
  // A job number has its hyphen third ("25-15779"); a date stamp is six digits.
  if (opensWithDigit && (text.charCodeAt(2) === 0x2d || length === 6) && JOB_NUMBER.test(text)) return 'J';
  if ((first === 0x47 || first === 0x56) && OFFICE_JOB_NUMBER.test(text)) return 'J';
  if (first === 0x2a && BARCODE.test(text)) return 'B';
  if (patterns.unitedNations.test(text)) return 'U';
  // "Please recycle", printed beside the job number and the barcode: furniture of the masthead as they are.
  if (printersNoticePattern(languages[code]).test(text)) return 'B';
  if (patterns.original.test(text)) return 'Q';
  if (length === 1 && first >= 0x41 && first <= 0x5a) return 'L';
  // A number alone: a page or footnote number that an extractor printed on its own line.
  if (length <= 3 && isDigits(text)) return 'n';
  const organ = texts.organAtStart(text);
  if (organ && organ.length >= lengthBeforeStops(text)) return 'O';
  if (patterns.committee.test(text)) return 'C';
  const distribution = patterns.distribution.exec(text);
  if (distribution) return distribution[1].trim() === '' ? 'd' : 'D';
  if (patterns.distributionValue.test(text)) return 'g';
  if (patterns.adoptedBy.test(text)) return texts.date(text) ? 'R' : 'r';
  const agenda = patterns.agenda.exec(text);
  if (agenda && hasDigitBefore(agenda[1], 12)) return 'A';
  if (sessionNumber(text, texts) !== null) return 'N';
  // A number and title has its full stop. A council's number that opens with its digits ("82 (1950)")
  // is `COUNCIL_NUMBER` without the word "resolution": its bracket is looked for first.
  if ((opensWithDigit || first === 0x53 || first === 0x45) && text.includes('.') && GA_NUMBER_TITLE.test(text)) return '#';
  if (opensWithDigit ? text.includes('(') && COUNCIL_NUMBER_ALONE.test(text) : (first === 0x52 || first === 0x72) && COUNCIL_NUMBER.test(text) && patterns.resolutionWord.test(text)) return 'K';
  if (patterns.fullTextOf.test(text)) return 'K';
  if (isClosingText(text, code)) return texts.date(text) ? 'M' : 'm';
  // "Adopted by the Security Council at its" / "3163rd meeting, on 25 January 1993".
  if (patterns.adoptedByOrgan.test(text) && texts.organ(text) !== null) return 'm';
  if (endsNearDigit(text)) {
    const date = texts.date(text);
    if (date && date.index <= 3 && date.length >= length - 4) return 'T';
  }
  if (opensWithDigit && DATE_RANGE.test(text)) return 'P';
  if (length < 200 && patterns.draft.test(text)) return 'F';
  if (length < 120 && !opensInLowerCase(text) && ALL_CAPS.test(text)) return 'z';
  return length < 400 && last !== 0x2c && last !== 0x3b ? 'x' : 'y';
}

/** Whether one of the first four characters is a lower-case ASCII letter: the text is not in capitals. */
function opensInLowerCase(text: string): boolean {
  for (let i = Math.min(4, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `/^\d+$/.test(text)`. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Whether one of the first `end` characters of the text is a digit. */
function hasDigitBefore(text: string, end: number): boolean {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The length of the text without the white space, commas and full stops that end it. */
function lengthBeforeStops(text: string): number {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x2c && c !== 0x2e && !isWhiteSpace(c)) break;
    end--;
  }
  return end;
}

/**
 * Whether one of the last five characters is a digit: a date that ends at most four characters before
 * the end of the text (a title date's) ends with its year's digits there. Most cells that reach the
 * date's test are titles, ruled out without the search for a date.
 */
function endsNearDigit(text: string): boolean {
  for (let i = Math.max(0, text.length - 5); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** "Eightieth session", "58th session": the session's number; not a title that ends "… during the eightieth session". */
export function sessionNumber(text: string, texts: CellTexts): number | null {
  const patterns = texts.patterns;
  // The session's words end the text, but for two characters ("Eightieth session:"): a text that does
  // not end near one of their last letters is not searched.
  const ends = patterns.sessionEnds;
  const n = text.length;
  if (!ends.has(text.charCodeAt(n - 1)) && !ends.has(text.charCodeAt(n - 2)) && !ends.has(text.charCodeAt(n - 3))) return null;
  const session = patterns.session.exec(text);
  if (!session || session[0].length < text.length - 2) return null;
  const words = session[1].trim();
  const spelled = parseOrdinalWords(words, texts.code);
  if (spelled !== null) return spelled;
  const ordinal = NUMBERED_ORDINAL.exec(words);
  return ordinal ? Number(ordinal[1]) : null;
}

/** "58th", "80e". */
const NUMBERED_ORDINAL = /^(\d{1,3})\s*\p{L}{0,3}\.?$/u;

/**
 * A cell that holds two fields side by side: columns of a layout extraction ("Security Council
 * Distr.: General" with a wide gap), or an organ or "United Nations" before another field on one
 * line. Returns the parts when each reads as a field, else null (the cell is read whole).
 */
export function splitCell(cell: HeaderCell, texts: CellTexts): HeaderCell[] | null {
  const text = cell.text;
  if (hasColumnGap(text)) {
    const columns = text.split(COLUMN_GAP).filter((c) => c.length > 0);
    if (columns.length > 1 && columns.some((c) => isField(texts.symbol(c)))) return columns.map((c, i) => partOf(cell, c, cell.opensBlock && i === 0));
  }
  const prefix = texts.patterns.unitedNationsBefore.exec(text)?.[0].length ?? texts.organAtStart(text)?.length ?? 0;
  if (prefix === 0 || isField(texts.symbol(text))) return null;
  const tail = text.slice(prefix).trim();
  if (!isField(texts.symbol(tail))) return null;
  return [partOf(cell, text.slice(0, prefix).trim(), cell.opensBlock), partOf(cell, tail, false)];
}

function partOf(cell: HeaderCell, text: string, opensBlock: boolean): HeaderCell {
  return { text, position: cell.position, opensBlock };
}

/**
 * `COLUMN_GAP.test(text)` by a scan: most cells are short lines with single spaces. A run of three
 * holds one of every three characters: only around such a character that is white space is the run
 * measured.
 */
function hasColumnGap(text: string): boolean {
  const length = text.length;
  for (let i = 2; i < length; i += 3) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < length && isWhiteSpace(text.charCodeAt(end))) end++;
    if (end - start >= 3) return true;
    // The character at `end` is not white space: the next run of three holds `end + 2`.
    i = end - 1;
  }
  return false;
}

/** Symbols that stand for a field, not for text. */
function isField(symbol: CellSymbol): boolean {
  return symbol !== 'x' && symbol !== 'y' && symbol !== 'z';
}

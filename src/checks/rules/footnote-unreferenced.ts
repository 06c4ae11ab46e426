import { languages } from '../../languages/index.js';
import { perLanguage } from '../../languages/per-language.js';
import type { LanguageData } from '../../languages/types.js';
import type { Position } from '../../schema/index.js';
import { LineIndex } from '../../source/line-index.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import { wordsOf } from '../../tree.js';
import { isWhiteSpace } from '../../source/spaces.js';
import { maxOf } from '../../arrays.js';
import { allContent, headOf } from '../walk.js';

/**
 * A footnote that no marker points to.
 * - `footnote-unreferenced`: its number stands nowhere in the text where a marker could be.
 * - `footnote-unlinked` (info): its number does stand in the text, after a word as a marker would
 *   ("third report 20 of", "meeting.44"), but was not read as a marker — often in the adoption line,
 *   which holds no markers in the tree. Worth a look, not a fault of the document.
 */
export const footnoteUnreferenced: Rule = {
  name: 'footnote-unreferenced',
  codes: {
    'footnote-unreferenced': { severity: 'warning', description: 'A footnote that no marker in the text refers to.' },
    'footnote-unlinked': { severity: 'info', description: 'A footnote whose number stands in the text but was not read as its marker.' },
  },
  check(context) {
    const findings: Finding[] = [];
    if (context.resolution.footnotes.every((note) => note.references.length > 0)) return findings;
    // A draft's sponsors note ("* Any changes to the list of sponsors …") is marked on the sponsors
    // line of the masthead ("Egypt:* draft resolution"), which holds no inline content.
    const masthead = context.resolution.header.other;
    const markedInMasthead = (marker: string) => !DIGITS.test(marker) && masthead.some((line) => markedAfterWord(line.value, marker));
    const unreferenced = context.resolution.footnotes.filter((note) => note.references.length === 0 && !markedInMasthead(note.marker));
    if (!unreferenced.length) return findings;
    const finder = new MarkerFinder(textPlaces(context), context, unreferenced.map((note) => note.marker));
    for (const note of unreferenced) {
      const candidate = finder.find(note.marker);
      if (candidate) {
        findings.push({
          code: 'footnote-unlinked',
          message: `Expected a marker "${note.marker}" for footnote ${note.marker}; found "${note.marker}" in "${candidate.excerpt}", not read as a marker.`,
          position: headOf(note.position, note.marker.length),
          related: [{ message: `"${note.marker}" here may be its marker`, position: candidate.position }],
        });
      } else {
        findings.push({
          code: 'footnote-unreferenced',
          message: `Expected a marker "${note.marker}" in the text for footnote ${note.marker}, found none.`,
          position: headOf(note.position, note.marker.length),
        });
      }
    }
    return findings;
  },
};

/**
 * Whether `marker` stands in `line` after a letter, a closing bracket or a colon ("Zambia:*"), and
 * before white space or the end: not inside a barcode ("*2518767*"). Found by plain search.
 */
function markedAfterWord(line: string, marker: string): boolean {
  if (!marker) return false;
  for (let at = line.indexOf(marker, 1); at > 0; at = line.indexOf(marker, at + 1)) {
    const after = at + marker.length;
    if ((after === line.length || isWhiteSpace(line.charCodeAt(after))) && wordOrCloserBefore(line, at)) return true;
  }
  return false;
}

/** A letter, ")" or ":" ends `text` before `at` (a letter may be a surrogate pair). */
function wordOrCloserBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return c === 0x29 || c === 0x3a || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER.test(pair ? text.slice(at - 2, at) : text[at - 1]);
}

const LETTER = /^\p{L}$/u;

interface Place {
  text: string;
  position: Position;
}

/** The text of the paragraphs, of the adoption line and of what was left unparsed: as the source spans it when given. */
function textPlaces({ resolution, walk, source }: RuleContext): Place[] {
  const places: Place[] = [];
  // Given the source, a place's text is the source it spans (markers the tree took out included).
  const add = (text: () => string, position: Position) => places.push({ text: source ? source.slice(position.start.offset, position.end.offset) : text(), position });
  for (const paragraph of walk.paragraphs) add(() => allContent(paragraph).map((node) => wordsOf(node) ?? ' ').join(''), paragraph.position);
  if (resolution.closing) add(() => resolution.closing!.text, resolution.closing.position);
  // Text the parser could not place (an adoption line it did not recognise) may hold the marker too.
  for (const node of resolution.unparsed) add(() => node.text, node.position);
  return places;
}

const lineIndexes = new WeakMap<object, LineIndex>();

/** Numbers that name a paragraph, a resolution, an article … rather than a note. */
const REFERS_TO_NUMBER = /(?:paragraphs?|para\.|resolutions?|articles?|chapter|no\.|items?|annex|pages?|vol\.|volume|rule|section|and|to|or|by|[\p{N}],)\s?$/iu;
const DIGITS = /^\d+$/;
/** Markers of signs only ("*", "**", "†"): in markdown such a sign is markup, never a note left as text. */
const SIGNS_ONLY = /^[^\p{L}\p{N}]+$/u;

interface Candidate {
  place: Place;
  /** Offset of the marker in the place's text. */
  start: number;
  text: string;
}

/**
 * Finds where a marker stands as a marker would: right after a word or a mark, not as a paragraph
 * or list number, a day of a date, a resolution number or part of a longer number. Numbers (every
 * marker of the text form) are found for all notes in one pass over the places; other markers are
 * looked for one by one.
 */
class MarkerFinder {
  private numbers: Map<string, Candidate> | null = null;
  /** The markers looked for that are numbers: only runs of digits among them are read. */
  private readonly wantedNumbers: Set<string>;
  /** The length of the longest of them: a longer run of digits is none of them. */
  private readonly longestNumber: number;

  constructor(
    private readonly places: Place[],
    private readonly context: RuleContext,
    markers: string[],
  ) {
    this.wantedNumbers = new Set(markers.filter((marker) => DIGITS.test(marker)));
    this.longestNumber = maxOf([...this.wantedNumbers].map((marker) => marker.length), 0);
  }

  find(marker: string): { excerpt: string; position: Position } | null {
    if (SIGNS_ONLY.test(marker) && this.context.resolution.form === 'markdown') return null;
    const candidate = DIGITS.test(marker) ? this.firstNumbers().get(marker) : this.first(markerPattern(languages[this.context.language], escapeRegExp(marker)));
    return candidate ? this.describe(candidate, marker) : null;
  }

  /** The first place where `pattern` matches as a marker. */
  private first(pattern: RegExp): Candidate | null {
    for (let p = 0; p < this.places.length; p++) {
      const text = this.places[p].text;
      for (const match of text.matchAll(pattern)) {
        if (!REFERS_TO_NUMBER.test(text.slice(Math.max(0, match.index - 12), match.index))) return { place: this.places[p], start: match.index, text };
      }
    }
    return null;
  }

  /**
   * The first place of every number looked for that stands as a marker would (`markerPattern`). Its
   * neighbours exclude a digit on either side, so a number marker is a whole run of digits: each run
   * is found by a plain scan and, when it is a number looked for, its neighbours are read where it
   * starts and ends (a pattern that opens with a lookbehind would be tried at every character).
   */
  private firstNumbers(): Map<string, Candidate> {
    if (this.numbers) return this.numbers;
    const numbers = (this.numbers = new Map());
    const wanted = this.wantedNumbers;
    const notAfter = notAfterMarker(languages[this.context.language]);
    for (const place of this.places) {
      const text = place.text;
      // The next digit is found by a native search: most of the text has none.
      DIGIT.lastIndex = 0;
      while (numbers.size < wanted.size && DIGIT.test(text)) {
        const start = DIGIT.lastIndex - 1;
        let end = start + 1;
        while (end < text.length && isDigit(text.charCodeAt(end))) end++;
        DIGIT.lastIndex = end;
        const run = end - start <= this.longestNumber ? text.slice(start, end) : '';
        if (run && wanted.has(run) && !numbers.has(run) && MARKER_AFTER.test(text.slice(Math.max(0, start - 2), start))) {
          notAfter.lastIndex = end;
          if (!notAfter.test(text) && !REFERS_TO_NUMBER.test(text.slice(Math.max(0, start - 12), start))) numbers.set(run, { place, start, text });
        }
      }
    }
    return numbers;
  }

  private describe({ place, start, text }: Candidate, marker: string): { excerpt: string; position: Position } {
    const { source, resolution } = this.context;
    const excerpt = `…${text.slice(Math.max(0, start - 25), start + marker.length + 10).replace(/\s+/g, ' ').trim()}…`;
    if (!source) return { excerpt, position: place.position };
    let index = lineIndexes.get(resolution);
    if (!index) lineIndexes.set(resolution, (index = new LineIndex(source)));
    const offset = place.position.start.offset + start;
    return { excerpt, position: index.position(offset, offset + marker.length) };
  }
}

/**
 * Where `marker` (a pattern source) stands as a marker would: after a letter or a closing mark ("report 20", "meeting.44",
 * "Congo, 21"), or after a space (" 1976 2"); not part of a longer number, not "2. Notes" (a paragraph), "(2)", "2 (1967)"
 * or "2 May".
 */
function markerPattern(language: LanguageData, marker: string): RegExp {
  const compiled = markerPatterns(language);
  let pattern = compiled.get(marker);
  if (!pattern) {
    // Markers are few ("*", "**", "a"); a text that makes up many is not kept whole.
    if (compiled.size >= 256) compiled.clear();
    compiled.set(marker, (pattern = new RegExp(`(?:(?<=${MARK_BEFORE})|(?<=\\S[ \\t]))${marker}(?!${notAfterSource(language)})`, 'gu')));
  }
  return pattern;
}

/** `markerPattern`'s patterns of each language by marker, compiled once (`matchAll` reads a copy, so one is shared). */
const markerPatterns = perLanguage((): Map<string, RegExp> => new Map());

/** A letter or a closing mark, after which a marker may stand ("report 20", "meeting.44", "Congo, 21"). */
const MARK_BEFORE = `[\\p{L}.,;:’'"”\\]]`;
/** The end of what stands before a number marker, read on its last two characters: `markerPattern`'s lookbehind. */
const MARKER_AFTER = new RegExp(`(?:${MARK_BEFORE}|\\S[ \\t])$`, 'u');
const isDigit = (c: number) => c >= 48 && c <= 57;
/** One ASCII digit: where `firstNumbers` reads the next run of digits from. */
const DIGIT = /[0-9]/g;

/** What may not follow a marker: a digit or letter, "/", ")", ".5", "(1967)", ". Notes", " May". */
function notAfterSource(language: LanguageData): string {
  return `[\\p{N}\\p{L}/)]|\\.\\p{N}|\\.?\\s*\\(\\p{N}|\\.\\s+\\p{Lu}|\\s+(?:${language.months.flat().join('|')})\\b`;
}

/** `notAfterSource` read where a number ends (sticky), compiled once per language. */
const notAfterMarker = perLanguage((language: LanguageData) => new RegExp(notAfterSource(language), 'uy'));

/** `text` as a pattern that matches it literally (in `u` mode only syntax characters may be escaped). */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

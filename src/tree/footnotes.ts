import type { InputForm } from '../schema/index.js';
import type { Flow } from '../blocks/flow.js';
import { isWhiteSpace } from '../source/spaces.js';
import type { FlowInline } from './inline.js';
import { codePointBefore, isLetterAt, isLetterBefore } from '../blocks/letters.js';

/** A footnote as found on the page, before its content is built. */
export interface NoteSite {
  id: string;
  marker: string;
  /** Page the note is printed on (count of page breaks before it). */
  page: number;
}

/** Text that may carry footnote references. */
export interface ReferenceHolder {
  flow: Flow;
  nodes: FlowInline[];
}

export interface ReferenceWords {
  /** Words after which a number is a quantity or a cross-reference, not a note marker ("resolution 22"). */
  numberTakers: ReadonlySet<string>;
  /** Words before which a number is part of a date or quantity ("22 June", "3 per cent"). */
  numberFollowers: ReadonlySet<string>;
  /** Month names, lower case: "27 October 1953 8" ends a date before its marker. */
  months: ReadonlySet<string>;
}

interface Candidate {
  holder: ReferenceHolder;
  from: number;
  to: number;
  marker: string;
  glued: boolean;
  /** A spaced number after a year ("Reduction 2015–2030 7 and"): the note's marker only where the note has no other. */
  weak?: boolean;
}

const GLUE = /[\p{L},;:.)\]”’"»]/u;
/** What stands before a year with a marker glued to it: a month ("September ") or the first year of a range ("2014–"). */
const BEFORE_GLUED_YEAR = /(?:(\p{L}+)\s+|((?:1[89]|20)\d\d)[-–]\s?|(\p{L},)\s)$/u;
/** Before a sign marker: a word, a number or punctuation, perhaps then one space (a sticky test at the sign). */
const BEFORE_SIGN = /(?<=[\p{L}\p{N},;:.)\]”’"»] ?)/uy;
/** What may end the code before a glued marker ("COVID‑1916"): its capitals start after neither a letter nor a digit. */
const CODE_START = /(?<![\p{L}\d])/uy;
const UPPER = /^\p{Lu}$/u;
/** After a sign marker: the end, white space or a mark that closes a clause. */
const AFTER_SIGN = /[\s,;:.)]/;

/** Gives every note an id, unique even when a marker repeats. */
export function noteIds(markers: string[]): string[] {
  const seen = new Map<string, number>();
  return markers.map((marker) => {
    const count = (seen.get(marker) ?? 0) + 1;
    seen.set(marker, count);
    return count === 1 ? `fn-${marker}` : `fn-${marker}-${count}`;
  });
}

/**
 * Links footnote markers to notes. Markdown marks them (`<sup>1</sup>`); in plain text a number is a
 * marker only when a note with that number is printed on the same page, and only where it is glued
 * to the text ("session,1") or stands apart from words that take numbers ("resolution 22", "22 June").
 * Every marker of a note counts, repeats included (counting-conventions.md). `pageAt` gives the page
 * of an offset of the original input.
 */
export function linkReferences(holders: ReferenceHolder[], notes: NoteSite[], form: InputForm, words: ReferenceWords, pageAt: (offset: number) => number): void {
  let nextId = 1;
  const newId = () => `fnref-${nextId++}`;
  if (form === 'markdown') {
    const byMarker = new Map<string, NoteSite>();
    for (const note of notes) if (!byMarker.has(note.marker)) byMarker.set(note.marker, note);
    const visit = (nodes: FlowInline[]) => {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.type === 'sup' && (byMarker.has(node.value) || /^\d{1,3}$/.test(node.value))) {
          nodes[i] = { type: 'reference', marker: node.value, from: node.from, to: node.to, id: newId(), footnoteId: byMarker.get(node.value)?.id ?? null };
        } else if (node.type === 'emphasis' || node.type === 'strong') visit(node.children);
      }
    };
    for (const holder of holders) visit(holder.nodes);
    return;
  }
  if (notes.length === 0) return;
  // By marker, then by page: the last note of a marker on a page serves it.
  const notesByMarker = new Map<string, Map<number, NoteSite>>();
  for (const note of notes) {
    let byPage = notesByMarker.get(note.marker);
    if (!byPage) notesByMarker.set(note.marker, (byPage = new Map()));
    byPage.set(note.page, note);
  }
  const numbers = markerNumbers(notesByMarker);
  const chosen = new Map<NoteSite, Candidate[]>();
  const found: Candidate[] = [];
  // A marker is linked only to a note on its own page (or one of page -1): text on pages without notes is not read.
  const notePages = [...new Set(notes.map((note) => note.page))];
  const anyPage = notePages.includes(-1);
  for (const holder of holders) {
    if (!anyPage && !onNotePage(holder.flow, notePages, pageAt)) continue;
    found.length = 0;
    findCandidates(holder, notesByMarker, numbers, words, found);
    for (const candidate of found) {
      const byPage = notesByMarker.get(candidate.marker)!;
      const note = byPage.get(pageAt(holder.flow.startOf(candidate.from))) ?? byPage.get(-1);
      if (!note) continue;
      const list = chosen.get(note) ?? [];
      list.push(candidate);
      chosen.set(note, list);
    }
  }
  const byHolder = new Map<ReferenceHolder, { candidate: Candidate; note: NoteSite }[]>();
  for (const [note, all] of chosen) {
    // A number after a year is the note's marker only where the note has no other, and it alone.
    const strong = all.filter((candidate) => !candidate.weak);
    const candidates = strong.length > 0 || all.length > 1 ? strong : all;
    for (const candidate of candidates) {
      const list = byHolder.get(candidate.holder) ?? [];
      list.push({ candidate, note });
      byHolder.set(candidate.holder, list);
    }
  }
  for (const [holder, found] of byHolder) {
    found.sort((a, b) => a.candidate.from - b.candidate.from);
    holder.nodes = splitText(holder.nodes, found.map(({ candidate, note }) => ({
      type: 'reference' as const,
      marker: candidate.marker,
      from: candidate.from,
      to: candidate.to,
      id: newId(),
      footnoteId: note.id,
    })));
  }
}

/** Whether any of the flow's text stands on one of `pages` (segments are contiguous in the input). */
function onNotePage(flow: Flow, pages: number[], pageAt: (offset: number) => number): boolean {
  for (const segment of flow.segments) {
    const first = pageAt(segment.from);
    const last = pageAt(segment.from + segment.length);
    for (const page of pages) if (page >= first && page <= last) return true;
  }
  return false;
}

/**
 * The table of `markerNumbers`, one for every document: a typed array this size is allocated
 * outside the engine's heap, which cost more than the rest of the call at each document.
 */
const MARKER_NUMBERS = new Uint8Array(1000);

/**
 * The values of the markers that are one to three digits ("7", "07": 7): a run of digits whose value
 * is none of them is no marker, and is not copied out of the text to be looked up. The table is
 * shared: it holds the last call's markers.
 */
function markerNumbers(markers: ReadonlyMap<string, unknown>): Uint8Array {
  const numbers = MARKER_NUMBERS.fill(0);
  for (const marker of markers.keys()) {
    if (marker.length > 3) continue;
    let value = 0;
    for (let i = 0; i < marker.length && value >= 0; i++) value = isDigit(marker.charCodeAt(i)) ? value * 10 + marker.charCodeAt(i) - 48 : -1;
    if (value >= 0 && marker.length > 0) numbers[value] = 1;
  }
  return numbers;
}

/** The value of the digits `text[from, to)` (at most three). */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Adds to `out` the places of `holder`'s text that may be the marker of one of the notes (the keys
 * of `markers`; `numbers` flags the values of those of digits), in text order, found in one pass that
 * stops only at digits and signs:
 * - a number of one to three digits (and a slash: "22/"), glued to the text ("session,1") or
 *   standing apart from words that take numbers;
 * - a marker glued to the year of a date: "29 September 20117" (2011, note 7);
 * - a sign: "Relies on * the Chief of Staff" (a note "* Paragraph 3 …");
 * - a marker glued to a code that ends in two digits: "COVID‑1916" (COVID-19, note 16).
 */
function findCandidates(holder: ReferenceHolder, markers: ReadonlyMap<string, unknown>, numbers: Uint8Array, words: ReferenceWords, out: Candidate[]): void {
  const text = holder.flow.text;
  MARKER_START.lastIndex = 0;
  while (MARKER_START.test(text)) {
    const start = MARKER_START.lastIndex - 1;
    const code = text.charCodeAt(start);
    let end = start + 1;
    if (!isDigit(code)) {
      if (code === STAR) while (text.charCodeAt(end) === STAR) end++;
      const from = start;
      MARKER_START.lastIndex = end;
      const marker = text.slice(from, end);
      if (!markers.has(marker) || end - from > 3 || !endsSign(text, end)) continue;
      BEFORE_SIGN.lastIndex = from;
      if (BEFORE_SIGN.test(text)) out.push({ holder, from, to: end, marker, glued: from > 0 && !isWhiteSpace(text.charCodeAt(from - 1)) });
      continue;
    }
    while (isDigit(text.charCodeAt(end))) end++;
    const digits = end - start;
    const from = start;
    MARKER_START.lastIndex = end;
    if (digits <= 3 && numbers[digitsValue(text, from, end)] === 1) {
      const marker = text.slice(from, end);
      const to = text.charCodeAt(end) === SLASH ? end + 1 : end; // "22/"
      const glued = markers.has(marker) ? numberMarker(text, from, to, words) : null;
      if (glued !== null) {
        out.push({ holder, from, to, marker, glued });
        continue;
      }
      if (markers.has(marker) && followsYear(text, from, to, words)) {
        out.push({ holder, from, to, marker, glued: false, weak: true });
        continue;
      }
    }
    if (digits < 3 || digits > 7) continue;
    // A year then a marker of one to three digits; a code's two digits then a marker of one or two.
    if (digits === 7 && !afterTitleComma(text, from)) continue;
    const markerAt = digits >= 5 ? from + 4 : from + 2;
    if (numbers[digitsValue(text, markerAt, end)] !== 1 || !endsMarker(text, end)) continue;
    const marker = text.slice(markerAt, end);
    if (!markers.has(marker)) continue;
    if (digits >= 5 ? gluedToYear(text, from, words) : gluedToCode(text, from)) out.push({ holder, from: markerAt, to: end, marker, glued: true });
  }
}

/** Where a marker may start: a digit or a sign. */
const MARKER_START = /[\d*†‡]/g;
const STAR = 42;
const SLASH = 47;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** After a marker: the end, white space or closing punctuation (`/[\s,;:.)\]”’"»]/u`, by code). */
const endsMarker = (text: string, end: number) => end === text.length || isAfterMarker(text.charCodeAt(end));
const endsSign = (text: string, end: number) => end === text.length || AFTER_SIGN.test(text[end]);

/** `,;:.)]”’"»`: punctuation that may close a clause or a quotation right after a marker, or before a glued one. */
const isClosing = (code: number) =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x29 || code === 0x5d || code === 0x201d || code === 0x2019 || code === 0x22 || code === 0xbb;
const isAfterMarker = (code: number) => isWhiteSpace(code) || isClosing(code);
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLetter = (code: number) => isAsciiUpper(code) || (code >= 97 && code <= 122);

/**
 * Whether the number `text[from, to)` (a whole run of digits, perhaps with a slash) may be a
 * marker: whether it is glued to the text, or null when it is no marker.
 */
function numberMarker(text: string, from: number, to: number, words: ReferenceWords): boolean | null {
  if (from === 0 || isDigit(text.charCodeAt(to))) return null;
  // "1.2 billion", "3,500": the number goes on after its point or comma.
  if ((text[to] === '.' || text[to] === ',') && isDigit(text.charCodeAt(to + 1))) return null;
  if (!endsMarker(text, to)) {
    // Text extraction may set a raised marker against the next word: "the Paris Agreement 5and its",
    // "resolutions 3on the follow-up" (a number glued to a word is no quantity nor a resolution's).
    return isWhiteSpace(text.charCodeAt(from - 1)) && opensWord(text, to) ? false : null;
  }
  // "session,1", "sixty-first2"; not "G77": `GLUE` and not `UPPER`, by code for ASCII.
  const code = text.charCodeAt(from - 1);
  const glued = code < 128 ? (isAsciiLetter(code) && !isAsciiUpper(code)) || isClosing(code) : isClosing(code) || (GLUE.test(text[from - 1]) && !UPPER.test(text[from - 1]));
  if (glued) return continuesNumber(text, from, to) ? null : true;
  return isWhiteSpace(code) && standsApart(text, from, to, words) ? false : null;
}

/** Whether a word and its comma stand before `from`: seven digits there are a year and a marker of three only after a title ("Ships, 2009134"). */
function afterTitleComma(text: string, from: number): boolean {
  return text.charCodeAt(from - 1) === 0x20 && text.charCodeAt(from - 2) === 0x2c && isLetterBefore(text, from - 2);
}

/**
 * "Disaster Risk Reduction 2015–2030 7 and", "since 2011 66 resulting": a spaced number of one or two
 * digits right after a year or a range of years, then white space and a word that takes no number
 * ("2030 7 million" is a quantity). Such a number is a marker only where its note has no other
 * (`weak`): "by 2030 7 countries" would read as one otherwise.
 */
function followsYear(text: string, from: number, to: number, words: ReferenceWords): boolean {
  if (to - from > 2 || !isWhiteSpace(text.charCodeAt(from - 1)) || !endsMarker(text, to)) return false;
  const previous = lastWordBefore(text, Math.max(0, from - 20), from);
  if (!YEAR_OR_RANGE.test(previous)) return false;
  const next = firstWordAfter(text, to, Math.min(text.length, to + 40));
  return next !== '' && !isDigit(next.charCodeAt(0)) && !words.numberFollowers.has(lettersOf(next, 0x25)) && next.charCodeAt(0) !== 0x28;
}

/** A year of 1900-2099, or a range of them ("2015–2030", "2021-2026"). */
const YEAR_OR_RANGE = /^(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?$/;

/**
 * Whether a word of two lower-case letters or more starts at `at`, and is not what follows a number
 * in a word of its own: an ordinal's ending ("2nd", "21st") or a unit ("5km", "10am").
 */
function opensWord(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at <= MAX_WORD && isAsciiLower(text.charCodeAt(end))) end++;
  if (end - at < 2 || end - at > MAX_WORD || (end < text.length && isLetterAt(text, end))) return false;
  return !NUMBER_SUFFIXES.has(text.slice(at, end));
}

const MAX_WORD = 20;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;
/** Endings written against a number: ordinals (English, and French "e", "er", "ème"), units of measure and time, "bis". */
const NUMBER_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'er', 'ème', 'bis', 'ter', 'km', 'kg', 'cm', 'mm', 'mg', 'ml', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'am', 'pm', 'hrs', 'ha', 'kt', 'mt', 'gt', 'bn', 'm', 'x']);

/**
 * "29 September 20117", "for 20244", "Decade 2014–20243", "Recycling of Ships, 2009134": five to
 * seven digits at `from`, a year and a marker, after a month, a word that takes a year, the first year
 * of a range, or the comma that sets a year after an instrument's title.
 */
function gluedToYear(text: string, from: number, words: ReferenceWords): boolean {
  const century = text.slice(from, from + 2);
  if (century !== '18' && century !== '19' && century !== '20') return false;
  if (isLetterBefore(text, from)) return false;
  const year = Number(text.slice(from, from + 4));
  const [, month, rangeStart, titleComma] = BEFORE_GLUED_YEAR.exec(text.slice(Math.max(0, from - 20), from)) ?? [];
  const range = rangeStart !== undefined && year > Number(rangeStart) && year - Number(rangeStart) <= 30;
  const word = month?.toLowerCase();
  return range || titleComma !== undefined || (word !== undefined && (words.months.has(word) || words.numberTakers.has(word)));
}

/** "COVID‑1916": three or four digits at `from` after three capitals or more and a hyphen. */
function gluedToCode(text: string, from: number): boolean {
  const hyphen = text.charCodeAt(from - 1);
  if (hyphen !== 45 && hyphen !== 0x2010 && hyphen !== 0x2011) return false;
  let start = from - 1;
  let capitals = 0;
  for (let char = codePointBefore(text, start); start > 0 && UPPER.test(char); char = codePointBefore(text, start)) {
    start -= char.length;
    capitals++;
  }
  CODE_START.lastIndex = start;
  return capitals >= 3 && CODE_START.test(text);
}

/**
 * "target 16.4", "4.5 per cent", "1,000": digits after a digit and a point continue that number, and
 * three digits after a digit and a comma are its thousands. A marker may follow a comma ("2015,3",
 * "5/CMA.5,34") and may end the text ("… in 2030.4").
 */
function continuesNumber(text: string, from: number, to: number): boolean {
  // "decision 9/CP.19", "A/80/412/Rev.1": the number of a symbol's part.
  if (text[from - 1] === '.' && /\p{Lu}/u.test(text[from - 2] ?? '') && /\p{Lu}/u.test(text[from - 3] ?? '')) return true;
  if ((text[from - 1] !== '.' && text[from - 1] !== ',') || !/\d/.test(text[from - 2] ?? '')) return false;
  if (to === text.length || /^\s*$/.test(text.slice(to))) return false;
  return text[from - 1] === '.' || to - from === 3;
}

/**
 * A spaced number is a marker unless the words around it take numbers. A number right after another
 * number is not, unless that one ends a date ("27 October 1953 8"), is a document symbol
 * ("S/10182 11") or is the marker before it ("the Congo, 21 22").
 */
function standsApart(text: string, from: number, to: number, words: ReferenceWords): boolean {
  const windowStart = Math.max(0, from - 60);
  const previous = lastWordBefore(text, windowStart, from);
  const last = previous.charCodeAt(previous.length - 1);
  if (last === 0x28 || last === 0x5b || last === 0x2d) return false; // "(", "[", "-"
  const previousWord = lettersOf(previous, 0x2e);
  // A word takes the number right after it ("session 16"), not one after its comma ("session, 16").
  if (words.numberTakers.has(previousWord) && last !== 0x2c && last !== 0x3b) return false;
  const value = digitsValue(text, from, text.charCodeAt(to - 1) === SLASH ? to - 1 : to);
  // "of 3, 11 and 22 March", "paragraphs 3, 4 and 5": a number in a list of numbers.
  if (last === 0x2c && previous.length <= 4 && previous.length >= 2 && allDigits(previous, 0, previous.length - 1)) return false;
  if (isDigit(last) && !endsDate(text.slice(windowStart, from), words) && !/^[A-Z]+\/\S*\d$/.test(previous) && Number(previous) !== value - 1) return false;
  const next = firstWordAfter(text, to, Math.min(text.length, to + 40));
  const nextWord = lettersOf(next, 0x25);
  if (words.numberFollowers.has(nextWord) || next.charCodeAt(0) === 0x28) return false;
  // "2008, 6 18/15 of …": a symbol may follow a marker; a plain number does not, unless it is the next marker.
  // … nor a date ("of 2 August, 11 5 August 12").
  if (isDigit(next.charCodeAt(0)) && !/^\d+\/\d/.test(next) && Number(/^\d+/.exec(next)![0]) !== value + 1 && !startsDate(text.slice(to, to + 40), words)) return false;
  return true;
}

/** Whether `text[from, to)` is all digits. */
function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `word.replace(/[^\p{L}X]/gu, '').toLowerCase()`, with X the character `kept` ("." or "%"): a word
 * of ASCII letters (and `kept`) alone, the common case, is lowered without the replacement.
 */
function lettersOf(word: string, kept: number): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isAsciiLetter(code) && code !== kept) return word.replace(kept === 0x2e ? NOT_LETTER_OR_POINT : NOT_LETTER_OR_PERCENT, '').toLowerCase();
  }
  return word.toLowerCase();
}

const NOT_LETTER_OR_POINT = /[^\p{L}.]/gu;
const NOT_LETTER_OR_PERCENT = /[^\p{L}%]/gu;

/**
 * The run of non-space characters before the white space that ends `text[from, to)` (what
 * `/(\S+)\s+$/` captures in that window), or '' when the window does not end with white space.
 * Scanned in place: this runs for every spaced number of the text.
 */
function lastWordBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return '';
  let start = end;
  while (start > from && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The first run of non-space characters in `text[from, to)` after any white space (what `/^\s*(\S+)/` captures), or ''. */
function firstWordAfter(text: string, from: number, to: number): string {
  let start = from;
  while (start < to && isWhiteSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < to && !isWhiteSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Whether the text (after a number) goes on with a day and month: " 5 August …". */
function startsDate(text: string, words: ReferenceWords): boolean {
  const month = /^\s*\d{1,2}\s+(\p{L}+)/u.exec(text)?.[1];
  return month !== undefined && words.months.has(month.toLowerCase());
}

/** Whether the text ends with a date's year: "27 October 1953", "13 August 1948", "of 1949". */
function endsDate(text: string, words: ReferenceWords): boolean {
  const match = /(\S+)\s+(?:1[89]|20)\d\d\s*$/u.exec(text);
  if (!match) return false;
  const word = match[1].replace(/[^\p{L}]/gu, '').toLowerCase();
  return words.months.has(word) || word === 'of' || word === 'de' || word === 'del';
}

/** Cuts the text nodes around the references (sorted by offset). */
function splitText(nodes: FlowInline[], references: Extract<FlowInline, { type: 'reference' }>[]): FlowInline[] {
  const out: FlowInline[] = [];
  let r = 0;
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let from = node.from;
    while (r < references.length && references[r].from < node.to) {
      const reference = references[r++];
      if (reference.from < from) continue;
      if (reference.from > from) out.push({ type: 'text', from, to: reference.from });
      out.push(reference);
      from = reference.to;
    }
    if (from < node.to) out.push({ type: 'text', from, to: node.to });
  }
  return out;
}

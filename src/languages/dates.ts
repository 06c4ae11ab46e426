import { perLanguage } from './per-language.js';
import { alternatives, phrasePattern } from './patterns.js';
import type { LanguageData } from './types.js';
import { foldWord } from './words.js';

/** A full date found in a text: ISO form and where it is written. */
export interface DateMatch {
  /** yyyy-mm-dd. */
  iso: string;
  index: number;
  length: number;
}

/** A month name as the pattern captures it: letters, with the characters OCR puts in their place ("Apri]"). */
const MONTH_NAME = '(\\p{L}[\\p{L}\\]\\[|!]{2,9})';
/** OCR slips are accepted only in names this long, where one wrong letter cannot hide another month. */
const MIN_LENGTH_FOR_SLIPS = 5;

interface CompiledDates {
  pattern: RegExp;
  /** `pattern`, sticky: tried at one place only. */
  patternAt: RegExp;
  months: Map<string, number>;
  /** `monthNumber` of each month name as written, remembered: a text's dates repeat a few names. */
  written: Map<string, number | null>;
}

/** The most names as written that `CompiledDates.written` keeps (OCR's slips make them many); it is emptied when full. */
const MAX_WRITTEN = 2_000;

const compileDates = perLanguage((data: LanguageData): CompiledDates => {
  const { daySuffixes, dayMonthLinks, monthYearLinks, monthFirst } = data.dates;
  const suffix = daySuffixes.length ? `(?:${alternatives(daySuffixes, phrasePattern)})?` : '';
  const link = (words: readonly string[]) => (words.length ? `(?:(?:${alternatives(words, phrasePattern)})\\s+)?` : '');
  const day = `(\\d{1,2})${suffix}`;
  const year = '(\\d{4})(?!\\d)';
  const dayFirst = `(?<!\\d)${day}\\s+${link(dayMonthLinks)}${MONTH_NAME}\\s+${link(monthYearLinks)}${year}`;
  const monthFirstForm = `(?<!\\p{L})${MONTH_NAME}\\s+${day},?\\s+${year}`;
  const source = monthFirst ? `${dayFirst}|${monthFirstForm}` : dayFirst;

  const months = new Map<string, number>();
  data.months.forEach((names, index) => names.forEach((name) => months.set(foldWord(name), index + 1)));
  return { pattern: new RegExp(source, 'giu'), patternAt: new RegExp(source, 'iuy'), months, written: new Map() };
});

/** The month a written name stands for, allowing one wrong character in a long name when only one month fits. */
function monthNumber(written: string, months: Map<string, number>): number | null {
  const folded = foldWord(written);
  const exact = months.get(folded);
  if (exact) return exact;
  if (folded.length < MIN_LENGTH_FOR_SLIPS) return null;
  const nearby = new Set<number>();
  for (const [name, month] of months) {
    if (name.length === folded.length && differsByOne(name, folded)) nearby.add(month);
  }
  return nearby.size === 1 ? [...nearby][0] : null;
}

function differsByOne(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/** Days of each month (1–12) in a common year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Gregorian calendar's days in a month (computed, not by building a `Date`: it runs for every date found). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month];
}

const FOUR_DIGITS = /\d{4}/;

/**
 * The first full date in `text` that exists ("23 décembre 2003", "March 11, 1994",
 * "19 de febrero de 2004"), or null.
 */
export function findDate(data: LanguageData, text: string): DateMatch | null {
  // Every full date has a year of four digits: most texts have none, and a plain search rules them out.
  if (!FOUR_DIGITS.test(text)) return null;
  const compiled = compileDates(data);
  const { pattern } = compiled;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const date = dateOf(match, compiled);
    if (date) return date;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/**
 * The full date that starts at `at` in `text`, or null: where `findDate` would find a date at the start
 * of the text, the same date, without a search of the rest.
 */
export function findDateAt(data: LanguageData, text: string, at: number): DateMatch | null {
  const compiled = compileDates(data);
  compiled.patternAt.lastIndex = at;
  const match = compiled.patternAt.exec(text);
  return match && dateOf(match, compiled);
}

/** The date a match of the pattern writes, or null when it does not exist (a month name misread, a 31 April). */
function dateOf(match: RegExpExecArray, { months, written }: CompiledDates): DateMatch | null {
  // Groups 1-3: day, month, year; 4-6: month, day, year.
  const dayFirst = match[1] !== undefined;
  const name = dayFirst ? match[2] : match[4];
  let month = written.get(name);
  if (month === undefined) {
    if (written.size >= MAX_WRITTEN) written.clear();
    written.set(name, (month = monthNumber(name, months)));
  }
  const day = Number(dayFirst ? match[1] : match[5]);
  const yearText = dayFirst ? match[3] : match[6];
  if (!month || day < 1 || day > daysInMonth(Number(yearText), month)) return null;
  // The year is four digits as written: "0999" stays so.
  return { iso: `${yearText}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`, index: match.index, length: match[0].length };
}

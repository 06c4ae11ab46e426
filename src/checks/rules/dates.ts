import { languages, type LanguageCode } from '../../languages/index.js';
import { perLanguage } from '../../languages/per-language.js';
import type { LanguageData } from '../../languages/types.js';
import type { Position, Resolution } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { isWhiteSpace } from '../../source/spaces.js';

/** The adoption date: the closing's ("23 December 2003"), else the header's ("Resolution adopted … on …"). */
export function adoptionDate(resolution: Resolution): { value: string; text: string; position: Position } | null {
  const closing = resolution.closing?.date;
  if (closing) return closing;
  const header = resolution.header.adoptedBy;
  return header?.value ? { value: header.value, text: header.text, position: header.position } : null;
}

/** The United Nations Charter was signed on 26 June 1945: no resolution is older. */
const EARLIEST = '1945-06-26';

/** Whether an ISO date names a real day ("2003-02-30" does not), read by character: a year of four digits from 0100 on. */
export function isRealDate(iso: string): boolean {
  if (iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN) return false;
  return isRealDay(digitsAt(iso, 0, 4), digitsAt(iso, 5, 2), digitsAt(iso, 8, 2));
}

const HYPHEN = 45;

/** The value of the `length` ASCII digits at `at`, or -1. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a day of the (proleptic Gregorian) calendar exists. Years before 100 do not count, as `Date.UTC`
 * reads them as 1900 and on, and this rule was first written with it.
 */
function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}

/** The patterns of `impossibleDates`, and each month's number by its lower-case spelling. */
interface ImpossibleDatePatterns {
  /** Groups: day, month, year. */
  dayFirst: RegExp;
  /** `dayFirst`, read where a day may stand (sticky). */
  dayFirstAt: RegExp;
  /** Groups: month, day, year; null where the language writes no month first. */
  monthFirst: RegExp | null;
  months: Map<string, number>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `\b` before a day or month and after a year, where a word character stands on the other side:
 * V8 runs `\b` under `iu` some ten times slower than these lookarounds, which read the same `\w`.
 */
const NO_WORD_BEFORE = '(?<!\\w)';
const NO_WORD_AFTER = '(?!\\w)';

const impossibleDatePatterns = perLanguage((data: LanguageData): ImpossibleDatePatterns => {
  const month = `(${data.months.map((spellings) => spellings.map(escape).join('|')).join('|')})`;
  const link = (words: readonly string[]) => (words.length ? `(?:\\s+(?:${words.join('|')}))?` : '');
  const suffix = data.dates.daySuffixes.length ? `(?:${data.dates.daySuffixes.map(escape).join('|')})?` : '';
  const months = new Map<string, number>();
  data.months.forEach((spellings, index) => spellings.forEach((s) => months.has(s.toLowerCase()) || months.set(s.toLowerCase(), index + 1)));
  const dayFirst = `${NO_WORD_BEFORE}(\\d{1,2})${suffix}${link(data.dates.dayMonthLinks)}\\s+${month}${link(data.dates.monthYearLinks)}\\s+(\\d{4})${NO_WORD_AFTER}`;
  return {
    dayFirst: new RegExp(dayFirst, 'giu'),
    dayFirstAt: new RegExp(dayFirst, 'iuy'),
    monthFirst: data.dates.monthFirst ? new RegExp(`${NO_WORD_BEFORE}${month}\\s+(\\d{1,2})${suffix},?\\s+(\\d{4})${NO_WORD_AFTER}`, 'giu') : null,
    months,
  };
});

/**
 * Dates written in full ("30 février 2004", "February 30, 2004") with a day the month does not
 * have. The parser reads only real dates, so an impossible one is left as text: this finds it.
 */
function impossibleDates(text: string, language: LanguageCode): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  const days = impossibleDays(text);
  if (days === null) return found;
  const { dayFirst, dayFirstAt, monthFirst, months } = impossibleDatePatterns(languages[language]);
  const report = (match: RegExpExecArray, dayGroup: number, monthGroup: number) => {
    const month = months.get(match[monthGroup].toLowerCase());
    if (month !== undefined && !isRealDay(Number(match[3]), month, Number(match[dayGroup]))) found.push({ text: match[0], index: match.index });
  };
  const read = (pattern: RegExp, dayGroup: number, monthGroup: number) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) report(match, dayGroup, monthGroup);
  };
  if (days === ANY_DAY) read(dayFirst, 1, 2);
  else {
    // A day-first date starts at its day, and matches do not overlap (no day stands inside one).
    for (const start of days.starts) {
      dayFirstAt.lastIndex = start;
      const match = dayFirstAt.exec(text);
      if (match) report(match, 1, 2);
    }
  }
  // A month-first date has white space before its day.
  if (monthFirst && (days === ANY_DAY || days.afterSpace)) read(monthFirst, 2, 1);
  return found;
}

/** Every day may be impossible: the text names a year before 100 ("0050"). */
const ANY_DAY = 'any';

/**
 * Where `text` may hold a date `impossibleDates` finds, read on its runs of digits: null without a
 * year (a run of four) or a day no month can be sure to have (a run of one or two: 0, or 29 and more);
 * `ANY_DAY` with a year before 100 ("0050"); else where those days start, and whether one follows
 * white space. Days 1 to 28 exist in every month, so most lines need no pattern run.
 */
function impossibleDays(text: string): { starts: number[]; afterSpace: boolean } | typeof ANY_DAY | null {
  let year = false;
  let anyDay = false;
  let starts: number[] | null = null;
  let afterSpace = false;
  for (let start = 0; start < text.length; ) {
    if (!isDigit(text.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const length = end - start;
    if (length === 4) {
      year = true;
      if (text.charCodeAt(start) === ZERO && text.charCodeAt(start + 1) === ZERO) anyDay = true;
    } else if (length <= 2) {
      const day = length === 1 ? text.charCodeAt(start) - ZERO : (text.charCodeAt(start) - ZERO) * 10 + text.charCodeAt(start + 1) - ZERO;
      if (day === 0 || day >= 29) {
        (starts ??= []).push(start);
        if (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) afterSpace = true;
      }
    }
    start = end;
  }
  if (!year) return null;
  if (anyDay) return ANY_DAY;
  return starts ? { starts, afterSpace } : null;
}

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;

/** The last day a date may name: the end of next year. Kept until the year changes (a `Date` made for each check costs more than the rule). */
let latest = { value: '', from: 0, until: 0 };

function latestDate(): string {
  const now = Date.now();
  if (now < latest.from || now >= latest.until) {
    const year = new Date(now).getUTCFullYear();
    latest = { value: `${year + 1}-12-31`, from: Date.UTC(year, 0, 1), until: Date.UTC(year + 1, 0, 1) };
  }
  return latest.value;
}

/**
 * - `adoption-after-issue`: the resolution is issued (the header's date) after its adoption, never before.
 * - `adoption-date-mismatch`: the header's "adopted … on" date and the closing's date differ.
 * - `date-impossible`: a date that does not exist ("30 February"), or one before the United Nations
 *   or far in the future.
 */
export const dates: Rule = {
  name: 'dates',
  codes: {
    'adoption-after-issue': { severity: 'error', description: 'The adoption date is later than the date of issue.' },
    'adoption-date-mismatch': { severity: 'error', description: 'The header and the closing give different adoption dates.' },
    'date-impossible': { severity: 'error', description: 'A date that does not exist ("30 February") or is out of range.' },
  },
  check({ resolution, language }) {
    const findings: Finding[] = [];
    const { header, closing } = resolution;
    const adopted = adoptionDate(resolution);
    const latest = latestDate();
    const checkField = (name: string, value: string, text: string, position: Position) => {
      if (isRealDate(value) && value >= EARLIEST && value <= latest) return;
      findings.push({
        code: 'date-impossible',
        message: `Expected a ${name} between ${EARLIEST} (the Charter) and ${latest}, found ${value} ("${text}").`,
        position,
      });
    };
    if (header.issueDate) checkField('date of issue', header.issueDate.value, header.issueDate.text, header.issueDate.position);
    if (header.adoptedBy?.value) checkField('adoption date', header.adoptedBy.value, header.adoptedBy.text, header.adoptedBy.position);
    if (closing?.date) checkField('adoption date', closing.date.value, closing.date.text, closing.date.position);
    // Dates the parser could not read because they do not exist, where dates are written.
    const checkPlace = (text: string, position: Position) => {
      for (const date of impossibleDates(text, language)) {
        findings.push({ code: 'date-impossible', message: `Expected a real date, found "${date.text}", a day that month does not have.`, position });
      }
    };
    if (closing) checkPlace(closing.text, closing.position);
    for (const line of header.other) checkPlace(line.text, line.position);
    if (adopted && header.issueDate && adopted.value > header.issueDate.value) {
      findings.push({
        code: 'adoption-after-issue',
        message: `Expected the adoption date to be on or before the date of issue ${header.issueDate.value}, found ${adopted.value} ("${adopted.text}").`,
        position: adopted.position,
        related: [{ message: `issued on ${header.issueDate.value}`, position: header.issueDate.position }],
      });
    }
    const stated = header.adoptedBy?.value;
    if (stated && closing?.date && stated !== closing.date.value) {
      findings.push({
        code: 'adoption-date-mismatch',
        message: `Expected the closing to give the adoption date of the header, ${stated}, found ${closing.date.value} ("${closing.date.text}").`,
        position: closing.date.position,
        related: [{ message: `the header says adopted on ${stated}`, position: header.adoptedBy!.position }],
      });
    }
    return findings;
  },
};

import { languages, type LanguageCode } from '../../languages/index.js';
import { perLanguage } from '../../languages/per-language.js';
import type { LanguageData } from '../../languages/types.js';
import type { Position, Resolution } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';

/** The adoption date: the closing's ("23 December 2003"), else the header's ("Resolution adopted … on …"). */
export function adoptionDate(resolution: Resolution): { value: string; text: string; position: Position } | null {
  const closing = resolution.closing?.date;
  if (closing) return closing;
  const header = resolution.header.adoptedBy;
  return header?.value ? { value: header.value, text: header.text, position: header.position } : null;
}

/** The United Nations Charter was signed on 26 June 1945: no resolution is older. */
const EARLIEST = '1945-06-26';

/** Whether an ISO date names a real day ("2003-02-30" does not). */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The patterns of `impossibleDates`, and each month's number by its lower-case spelling. */
interface ImpossibleDatePatterns {
  /** Groups: day, month, year. */
  dayFirst: RegExp;
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
  return {
    dayFirst: new RegExp(`${NO_WORD_BEFORE}(\\d{1,2})${suffix}${link(data.dates.dayMonthLinks)}\\s+${month}${link(data.dates.monthYearLinks)}\\s+(\\d{4})${NO_WORD_AFTER}`, 'giu'),
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
  // Every date has a year: a text without four digits in a row has none.
  if (!FOUR_DIGITS.test(text)) return found;
  const { dayFirst, monthFirst, months } = impossibleDatePatterns(languages[language]);
  const read = (pattern: RegExp, dayGroup: number, monthGroup: number) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const month = months.get(match[monthGroup].toLowerCase());
      const iso = `${match[3]}-${String(month ?? 0).padStart(2, '0')}-${match[dayGroup].padStart(2, '0')}`;
      if (month !== undefined && !isRealDate(iso)) found.push({ text: match[0], index: match.index });
    }
  };
  read(dayFirst, 1, 2);
  if (monthFirst) read(monthFirst, 2, 1);
  return found;
}

const FOUR_DIGITS = /\d{4}/;

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
    const latest = `${new Date().getUTCFullYear() + 1}-12-31`;
    const fields = [
      { name: 'date of issue', field: header.issueDate },
      { name: 'adoption date', field: header.adoptedBy?.value ? { ...header.adoptedBy, value: header.adoptedBy.value } : null },
      { name: 'adoption date', field: closing?.date ?? null },
    ];
    for (const { name, field } of fields) {
      if (!field) continue;
      if (!isRealDate(field.value) || field.value < EARLIEST || field.value > latest) {
        findings.push({
          code: 'date-impossible',
          message: `Expected a ${name} between ${EARLIEST} (the Charter) and ${latest}, found ${field.value} ("${field.text}").`,
          position: field.position,
        });
      }
    }
    // Dates the parser could not read because they do not exist, where dates are written.
    const places = [closing && { text: closing.text, position: closing.position }, ...header.other.map((line) => ({ text: line.text, position: line.position }))];
    for (const place of places) {
      if (!place) continue;
      for (const date of impossibleDates(place.text, language)) {
        findings.push({ code: 'date-impossible', message: `Expected a real date, found "${date.text}", a day that month does not have.`, position: place.position });
      }
    }
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

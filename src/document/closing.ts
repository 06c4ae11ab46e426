import { languages, parseDate, parseOrdinalNumber, type LanguageCode } from '../languages/index.js';
import type { Vote } from '../schema/index.js';
import { alternation, WORD_END, WORD_START } from '../languages/alternation.js';
import { perLanguage } from '../languages/per-language.js';
import type { LanguageData } from '../languages/types.js';
import { isWhiteSpace } from '../source/spaces.js';

/** The closing as read from its text; offsets are into that text. */
export interface ClosingText {
  meeting: { value: number; index: number; length: number } | null;
  date: { iso: string; index: number; length: number } | null;
  vote: Omit<Vote, 'position' | 'text'> & { index: number; length: number } | null;
}


/**
 * `\b` next to a letter, as the flag `iu` reads it (a word character is `\w`, with "ſ" and the Kelvin
 * sign): V8 runs `\b` under `iu` some ten times slower than these lookarounds, and the meeting word is
 * looked for in every short paragraph with a digit.
 */
const NO_WORD_AFTER = '(?!\\w)';
const NO_WORD_BEFORE = '(?<!\\w)';

/** The closing's patterns of a language, compiled once per language. */
const closingPatterns = perLanguage((l: LanguageData) => {
  const meetingWords = alternation([...l.plenaryMeeting, ...l.meeting]);
  return {
    /** "3347th meeting", "78th plenary meeting", "3017th (closed) meeting", OCR's "295 1st meeting". */
    meeting: new RegExp(`((?:\\d{1,3} (?=\\d{1,2}(?:st|nd|rd|th)${NO_WORD_AFTER}))?\\d{1,5})\\s*(?:[a-zªº.]{0,3})[_.,]?(?:\\s*\\([^)]{1,20}\\))?\\s+(?:${meetingWords})${WORD_END}`, 'iu'),
    /** "Adopted at the meeting.11": the meeting word without its number (its words begin and end with a letter, so the lookarounds read as `\b`). */
    meetingWord: new RegExp(`${NO_WORD_BEFORE}(?:${alternation(l.meeting)})${NO_WORD_AFTER}`, 'iu'),
    adopted: new RegExp(`^(?:${alternation(l.adopted)})${WORD_END}`, 'iu'),
    ocrOrdinal: new RegExp(`(?<![\\p{L}\\d])([\\dIilO\\]|S]{3,6})(?=[a-z]{0,3}[_.,]?\\s+(?:${meetingWords})\\b)`, 'gu'),
    unanimously: new RegExp(`${WORD_START}(?:${alternation(l.unanimously)})${WORD_END}`, 'iu'),
    withoutVote: new RegExp(`${WORD_START}(?:${alternation(l.withoutVote)})${WORD_END}`, 'iu'),
    vote: votePattern(l),
    voteLists: new RegExp(`(?:^|\\s)(${alternation(l.vote.lists.inFavour)}|${alternation(l.vote.lists.against)}|${alternation(l.vote.lists.abstaining)})\\s*:`, 'giu'),
  };
});

type ClosingPatterns = ReturnType<typeof closingPatterns>;

const patternsOf = (code: LanguageCode): ClosingPatterns => closingPatterns(languages[code]);

const DIGITS = /^\d+$/;
/** The names of the States that abstained: "Ecuador, Yemen", "Egypt and India". */
const NAME_SEPARATOR = /\s*,\s*|\s+(?:and|et|y)\s+/;

/**
 * A closing that does not open with "Adopted" names its meeting within its first `MEETING_WITHIN`
 * characters; the meeting's number has digits as printed within its first `OCR_NUMBER` characters
 * (OCR misprints at most all but two of a number's three to six: see `readOcrOrdinals`).
 */
const MEETING_WITHIN = 40;
const OCR_NUMBER = 6;

/** A letter that OCR may have printed for a digit, next to a digit. */
const OCR_LETTER_BY_DIGIT = /\d[IilO\]|S]|[IilO\]|S]\d/;

const OCR_DIGITS: Readonly<Record<string, string>> = { I: '1', i: '1', l: '1', ']': '1', '|': '1', O: '0', S: '5' };

/**
 * Meeting numbers as OCR printed them, letters read back as digits ("I851st", "298Ist", "3O93rd"),
 * where most of the number is digits. Keeps every offset: one character for one.
 */
function readOcrOrdinals(text: string, ocrOrdinal: RegExp): string {
  // A letter read back has a digit beside it in its number (of 3 to 6, all digits but one): most texts have none.
  if (!OCR_LETTER_BY_DIGIT.test(text)) return text;
  return text.replace(ocrOrdinal, (token: string) =>
    (token.match(/\d/g)?.length ?? 0) >= token.length - 1 && token.length >= 3 ? token.replace(/[IilO\]|S]/g, (c) => OCR_DIGITS[c]) : token,
  );
}

/** "Adopted … meeting" (an OCR stray after the ordinal allowed: "473rd_ meeting") or "78th plenary meeting" (with or without its date). */
export function isClosingText(text: string, code: LanguageCode): boolean {
  if (text.length > 400) return false;
  const patterns = patternsOf(code);
  if (patterns.adopted.test(text)) return findMeeting(text, patterns) !== null || patterns.withoutVote.test(text) || patterns.meetingWord.test(text) || patterns.vote.test(text);
  // The meeting's number has digits, as printed or as OCR misprinted it ("I851st"): a text without one
  // near its start (most paragraphs) names none there.
  if (!hasDigitBefore(text, MEETING_WITHIN + OCR_NUMBER)) return false;
  const meeting = findMeeting(text, patterns);
  if (meeting === null) return false;
  // "Adapted at the 1821st meeting by 13 votes to none." (OCR): a short line with a meeting and a vote.
  return meeting.index === 0 || (meeting.index < MEETING_WITHIN && text.length < 300 && patterns.vote.test(text));
}

function hasDigitBefore(text: string, end: number): boolean {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** The meeting number as printed, else as OCR misprinted it ("I851st meeting"); offsets are the text's. */
function findMeeting(text: string, patterns: ClosingPatterns): RegExpExecArray | null {
  return patterns.meetingWord.test(text) ? patterns.meeting.exec(readOcrOrdinals(text, patterns.ocrOrdinal)) : null;
}

export function readClosing(text: string, code: LanguageCode): ClosingText {
  const patterns = patternsOf(code);
  const meetingMatch = findMeeting(text, patterns);
  // "295 1st meeting": OCR split the ordinal 2951st.
  const digits = meetingMatch?.[1].replace(/\s+/g, '') ?? '';
  // The ordinal as written ("2951st"): the number's digits and the rest of its word.
  const meetingNumber = meetingMatch ? parseOrdinalNumber(digits + wordRest(meetingMatch[0], meetingMatch[1].length), code) ?? Number(digits) : null;
  return {
    meeting: meetingMatch && meetingNumber !== null ? { value: meetingNumber, index: meetingMatch.index, length: meetingMatch[0].length } : null,
    date: parseDate(text, code),
    vote: readVote(text, code, patterns),
  };
}

/** `text` from `from` to the first white space. */
function wordRest(text: string, from: number): string {
  let end = from;
  while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
  return text.slice(from, end);
}

/** "by 12 votes to 1 (Cuba), with 2 abstentions (Ecuador, Yemen)": the names after "to 1" voted against. */
function votePattern({ vote: v }: LanguageData): RegExp {
  const count = '(\\d+|\\p{L}+)';
  const against = v.against.length ? `(?:\\s+(?:${alternation(v.against)}))?` : '';
  return new RegExp(
    `${WORD_START}(?:${alternation(v.by)})\\s+(?:(?:${alternation(v.recorded)})\\s+)?${count}\\s+(?:(?:${alternation(v.votes)})\\s+)?(?:${alternation(v.to)})\\s+${count}${against}(?:\\s*\\([^)]*\\))?` +
      `(?:,?\\s*(?:${alternation(v.with)})\\s+${count}\\s+(?:${alternation(v.abstentions)})(?:\\s*\\(([^)]*)\\))?)?`,
    'iu',
  );
}

/** "unanimously", "without vote", "by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia)". */
function readVote(text: string, code: LanguageCode, patterns: ClosingPatterns): ClosingText['vote'] {
  const unanimous = patterns.unanimously.exec(text);
  const withoutVote = patterns.withoutVote.exec(text);
  const counted = patterns.vote.exec(text);
  const found = counted ?? unanimous ?? withoutVote;
  if (!found) return null;
  const { numbers } = languages[code].vote;
  const count = (word: string | undefined) => (word === undefined ? null : DIGITS.test(word) ? Number(word) : numbers[word.toLowerCase()] ?? null);
  return {
    unanimous: unanimous !== null,
    withoutVote: withoutVote !== null,
    inFavour: count(counted?.[1]),
    against: count(counted?.[2]),
    abstentions: count(counted?.[3]),
    abstaining: counted?.[4] ? counted[4].trim().split(NAME_SEPARATOR).filter(Boolean) : [],
    recorded: readVoteLists(text, code, patterns.voteLists),
    index: found.index,
    length: found[0].length,
  };
}

/** "In favour: Algeria, Bangladesh, … Against: Czechia, … Abstaining: …": the States of a recorded vote, or null. */
function readVoteLists(text: string, code: LanguageCode, heading: RegExp): NonNullable<Vote['recorded']> | null {
  // Every heading ends with a colon: most closings have none, and are not searched.
  if (!text.includes(':')) return null;
  const { lists } = languages[code].vote;
  const found: RegExpExecArray[] = [];
  heading.lastIndex = 0;
  for (let match = heading.exec(text); match; match = heading.exec(text)) found.push(match);
  if (found.length === 0) return null;
  const recorded: NonNullable<Vote['recorded']> = { inFavour: [], against: [], abstaining: [] };
  found.forEach((match, n) => {
    const end = n + 1 < found.length ? found[n + 1].index : text.length;
    const names = text.slice(match.index + match[0].length, end).replace(/\][.\s]*$/, '').trim();
    const word = match[1].toLowerCase();
    const list = lists.inFavour.some((w) => w.toLowerCase() === word) ? 'inFavour' : lists.against.some((w) => w.toLowerCase() === word) ? 'against' : 'abstaining';
    // Names are set off by commas; a name's own words may wrap onto the next line.
    recorded[list] = names.split(/\s*,\s*(?![^(]*\))/).map((name) => name.replace(/\s+/g, ' ').replace(/\.$/, '').trim()).filter(Boolean);
  });
  return recorded;
}

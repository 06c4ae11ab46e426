import { languages, parseDate, parseOrdinalNumber, type LanguageCode } from '../languages/index.js';
import type { Vote } from '../schema/index.js';
import { alternation, languagePattern, WORD_END, WORD_START } from '../languages/alternation.js';
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

/** "3347th meeting", "78th plenary meeting", "3017th (closed) meeting", OCR's "295 1st meeting". */
function meetingPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'meeting', (l) => new RegExp(`((?:\\d{1,3} (?=\\d{1,2}(?:st|nd|rd|th)${NO_WORD_AFTER}))?\\d{1,5})\\s*(?:[a-zªº.]{0,3})[_.,]?(?:\\s*\\([^)]{1,20}\\))?\\s+(?:${alternation([...l.plenaryMeeting, ...l.meeting])})${WORD_END}`, 'iu'));
}

function adoptedPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'adopted', (l) => new RegExp(`^(?:${alternation(l.adopted)})${WORD_END}`, 'iu'));
}

function ocrOrdinalPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'ocrOrdinal', (l) => new RegExp(`(?<![\\p{L}\\d])([\\dIilO\\]|S]{3,6})(?=[a-z]{0,3}[_.,]?\\s+(?:${alternation([...l.plenaryMeeting, ...l.meeting])})\\b)`, 'gu'));
}

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
function readOcrOrdinals(text: string, code: LanguageCode): string {
  // A letter read back has a digit beside it in its number (of 3 to 6, all digits but one): most texts have none.
  if (!OCR_LETTER_BY_DIGIT.test(text)) return text;
  return text.replace(ocrOrdinalPattern(code), (token: string) =>
    (token.match(/\d/g)?.length ?? 0) >= token.length - 1 && token.length >= 3 ? token.replace(/[IilO\]|S]/g, (c) => OCR_DIGITS[c]) : token,
  );
}

/** "Adopted … meeting" (an OCR stray after the ordinal allowed: "473rd_ meeting") or "78th plenary meeting" (with or without its date). */
export function isClosingText(text: string, code: LanguageCode): boolean {
  if (text.length > 400) return false;
  if (adoptedPattern(code).test(text)) return findMeeting(text, code) !== null || withoutVotePattern(code).test(text) || meetingWordPattern(code).test(text) || votePattern(code).test(text);
  // The meeting's number has digits, as printed or as OCR misprinted it ("I851st"): a text without one
  // near its start (most paragraphs) names none there.
  if (!hasDigitBefore(text, MEETING_WITHIN + OCR_NUMBER)) return false;
  const meeting = findMeeting(text, code);
  if (meeting === null) return false;
  // "Adapted at the 1821st meeting by 13 votes to none." (OCR): a short line with a meeting and a vote.
  return meeting.index === 0 || (meeting.index < MEETING_WITHIN && text.length < 300 && votePattern(code).test(text));
}

function hasDigitBefore(text: string, end: number): boolean {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** The meeting number as printed, else as OCR misprinted it ("I851st meeting"); offsets are the text's. */
function findMeeting(text: string, code: LanguageCode): RegExpExecArray | null {
  return meetingWordPattern(code).test(text) ? meetingPattern(code).exec(readOcrOrdinals(text, code)) : null;
}

/** "Adopted at the meeting.11": the meeting word without its number (its words begin and end with a letter, so the lookarounds read as `\b`). */
function meetingWordPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'meetingWord', (l) => new RegExp(`${NO_WORD_BEFORE}(?:${alternation(l.meeting)})${NO_WORD_AFTER}`, 'iu'));
}

export function readClosing(text: string, code: LanguageCode): ClosingText {
  const meetingMatch = findMeeting(text, code);
  // "295 1st meeting": OCR split the ordinal 2951st.
  const digits = meetingMatch?.[1].replace(/\s+/g, '') ?? '';
  // The ordinal as written ("2951st"): the number's digits and the rest of its word.
  const meetingNumber = meetingMatch ? parseOrdinalNumber(digits + wordRest(meetingMatch[0], meetingMatch[1].length), code) ?? Number(digits) : null;
  return {
    meeting: meetingMatch && meetingNumber !== null ? { value: meetingNumber, index: meetingMatch.index, length: meetingMatch[0].length } : null,
    date: parseDate(text, code),
    vote: readVote(text, code),
  };
}

/** `text` from `from` to the first white space. */
function wordRest(text: string, from: number): string {
  let end = from;
  while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
  return text.slice(from, end);
}

function withoutVotePattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'withoutVote', (l) => new RegExp(`${WORD_START}(?:${alternation(l.withoutVote)})${WORD_END}`, 'iu'));
}

/** "by 12 votes to 1 (Cuba), with 2 abstentions (Ecuador, Yemen)": the names after "to 1" voted against. */
function votePattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'vote', ({ vote: v }) => {
    const count = '(\\d+|\\p{L}+)';
    const against = v.against.length ? `(?:\\s+(?:${alternation(v.against)}))?` : '';
    return new RegExp(
      `${WORD_START}(?:${alternation(v.by)})\\s+(?:(?:${alternation(v.recorded)})\\s+)?${count}\\s+(?:(?:${alternation(v.votes)})\\s+)?(?:${alternation(v.to)})\\s+${count}${against}(?:\\s*\\([^)]*\\))?` +
        `(?:,?\\s*(?:${alternation(v.with)})\\s+${count}\\s+(?:${alternation(v.abstentions)})(?:\\s*\\(([^)]*)\\))?)?`,
      'iu',
    );
  });
}

/** "unanimously", "without vote", "by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia)". */
function readVote(text: string, code: LanguageCode): ClosingText['vote'] {
  const language = languages[code];
  const unanimous = languagePattern(language, 'unanimously', (l) => new RegExp(`${WORD_START}(?:${alternation(l.unanimously)})${WORD_END}`, 'iu')).exec(text);
  const withoutVote = withoutVotePattern(code).exec(text);
  const counted = votePattern(code).exec(text);
  const found = counted ?? unanimous ?? withoutVote;
  if (!found) return null;
  const count = (word: string | undefined) => (word === undefined ? null : /^\d+$/.test(word) ? Number(word) : language.vote.numbers[word.toLowerCase()] ?? null);
  return {
    unanimous: unanimous !== null,
    withoutVote: withoutVote !== null,
    inFavour: count(counted?.[1]),
    against: count(counted?.[2]),
    abstentions: count(counted?.[3]),
    abstaining: counted?.[4] ? counted[4].trim().split(/\s*,\s*|\s+(?:and|et|y)\s+/).filter(Boolean) : [],
    recorded: readVoteLists(text, code),
    index: found.index,
    length: found[0].length,
  };
}

/** "In favour: Algeria, Bangladesh, … Against: Czechia, … Abstaining: …": the States of a recorded vote, or null. */
function readVoteLists(text: string, code: LanguageCode): NonNullable<Vote['recorded']> | null {
  // Every heading ends with a colon: most closings have none, and are not searched.
  if (!text.includes(':')) return null;
  const { lists } = languages[code].vote;
  const heading = languagePattern(languages[code], 'voteLists', () =>
    new RegExp(`(?:^|\\s)(${alternation(lists.inFavour)}|${alternation(lists.against)}|${alternation(lists.abstaining)})\\s*:`, 'giu'),
  );
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

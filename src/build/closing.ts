import { languages, parseDate, parseOrdinalNumber, type LanguageCode } from '../languages/index.js';
import type { Vote } from '../schema/index.js';
import { alternation, languagePattern } from './words.js';

/** The closing as read from its text; offsets are into that text. */
export interface ClosingText {
  meeting: { value: number; index: number; length: number } | null;
  date: { iso: string; index: number; length: number } | null;
  vote: Omit<Vote, 'position' | 'text'> & { index: number; length: number } | null;
}

const NUMBER_WORDS: Record<string, number> = { none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function meetingPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'meeting', (l) => new RegExp(`(\\d{1,5})\\s*(?:[a-zªº.]{0,3})\\s+(?:${alternation([...l.plenaryMeeting, ...l.meeting])})\\b`, 'iu'));
}

function adoptedPattern(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'adopted', (l) => new RegExp(`^(?:${alternation(l.adopted)})\\b`, 'iu'));
}

/** "Adopted … meeting" or "78th plenary meeting" (with or without its date). */
export function isClosingText(text: string, code: LanguageCode): boolean {
  if (text.length > 400) return false;
  const meeting = meetingPattern(code).exec(text);
  if (adoptedPattern(code).test(text)) return meeting !== null || /without vote|sans vote|sin votación/i.test(text);
  return meeting !== null && meeting.index === 0;
}

export function readClosing(text: string, code: LanguageCode): ClosingText {
  const meetingMatch = meetingPattern(code).exec(text);
  const meetingNumber = meetingMatch ? parseOrdinalNumber(meetingMatch[0].split(/\s+/)[0], code) ?? Number(meetingMatch[1]) : null;
  return {
    meeting: meetingMatch && meetingNumber !== null ? { value: meetingNumber, index: meetingMatch.index, length: meetingMatch[0].length } : null,
    date: parseDate(text, code),
    vote: readVote(text, code),
  };
}

const VOTE = /\bby\s+(\d+|[a-z]+)\s+votes?\s+to\s+(\d+|none|[a-z]+)(?:,?\s*with\s+(\d+|[a-z]+)\s+abstentions?)?(?:\s*\(([^)]*)\))?/i;

/** "unanimously", "without vote", "by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia)". */
function readVote(text: string, code: LanguageCode): ClosingText['vote'] {
  const language = languages[code];
  const unanimous = new RegExp(`\\b(?:${alternation(language.unanimously)})`, 'iu').exec(text);
  const withoutVote = /without (?:a )?vote|sans vote|sin votación/i.exec(text);
  const counted = VOTE.exec(text);
  const found = counted ?? unanimous ?? withoutVote;
  if (!found) return null;
  const count = (word: string | undefined) => (word === undefined ? null : /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? null);
  return {
    unanimous: unanimous !== null,
    withoutVote: withoutVote !== null,
    inFavour: count(counted?.[1]),
    against: count(counted?.[2]),
    abstentions: count(counted?.[3]),
    abstaining: counted?.[4] ? counted[4].split(/\s*,\s*|\s+and\s+/).filter(Boolean) : [],
    index: found.index,
    length: found[0].length,
  };
}

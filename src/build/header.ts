import { languages, matchOrgan, parseDate, parseOrdinalWords, type LanguageCode } from '../languages/index.js';
import type { Header, OrganId, Position, ReportReference } from '../schema/index.js';
import { alternation, languagePattern, WORD_END, WORD_START } from './words.js';

/** A line of the header: its text without markup, and where it stands. */
export interface HeaderLine {
  text: string;
  position: Position;
}

/** The field a header line filled, so that the lines after it in the same block can continue it. */
export type HeaderTag = 'agenda' | 'title' | 'adoptedBy' | 'reference' | 'distribution' | 'other' | 'field';

export interface HeaderState {
  expectTitle: boolean;
  draft: boolean;
}

const SYMBOL = /^(?:[ASE]\/(?:RES\/)?[\w.\-/]+(?:\s*\(\d{4}\))?)$/;
/** "25-15779 (E)", "25-16107 (E)    101025", and the 1990s footer "95-34567 (E)   /...". */
const JOB_NUMBER = /^\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6})?(\s+\/\.{3})?$/;
const BARCODE = /^\*\d{6,}\*$/;
/** "58/220. Title" (from 1976), "1514 (XV). Title" and "S-10/2", "ES-10/1" (before 1976: the session in roman numerals). */
const GA_NUMBER_TITLE = /^((?:[SE]{1,2}-)?\d{1,3}\/\d{1,4}(?:\s+[A-Z](?:-[A-Z])?)?|\d{1,4}\s*\((?:E?S-)?[IVXL]+\)(?:\s+[A-Z](?:-[A-Z])?)?)\s*\.\s*(.*)$/s;
const SC_NUMBER = /^(?:(?:resolution|résolution|resolución)\s+)?(\d{1,4}\s*\(\d{4}\))\s*\.?\s*(.*)$/is;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u;
const REFERENCE_SYMBOL = /\(?\b([ASE]\/[\w.\-/]+(?:\/Rev\.\d+)?)(?:,\s*(paras?\.\s*[^)]*))?\)?/;

/** An empty header, filled by `readHeaderLine`. */
export function emptyHeader(): Header {
  return {
    type: 'header',
    organ: null,
    symbol: null,
    distribution: null,
    issueDate: null,
    session: null,
    agendaItems: [],
    agendaTitle: null,
    adoptedBy: null,
    reference: null,
    resolutionNumber: null,
    title: null,
    other: [],
    position: null,
  };
}

function pattern(code: LanguageCode, key: keyof typeof PATTERNS): RegExp {
  return languagePattern(languages[code], key, PATTERNS[key]);
}

const PATTERNS = {
  distribution: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.distribution.label)})\\s*:?\\s*(.*)$`, 'iu'),
  session: (l: (typeof languages)['en']) => new RegExp(`^(.+?)\\s+(?:${alternation([...l.emergencySpecialSession, ...l.specialSession, ...l.session])})${WORD_END}`, 'iu'),
  agenda: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.agendaItem.before)})\\s+(.*)$`, 'isu'),
  adoptedBy: (l: (typeof languages)['en']) =>
    new RegExp(`^(?:${alternation(Object.values(l.resolutionAdoptedBy).flat())})${WORD_END}`, 'iu'),
  resolutionWord: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.resolutionWord)})${WORD_END}`, 'iu'),
  unitedNations: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.unitedNations)})$`, 'iu'),
  unitedNationsBefore: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.unitedNations)})\\s+`, 'iu'),
  draft: (l: (typeof languages)['en']) => new RegExp(`${WORD_START}(?:${alternation(l.draftResolution)})${WORD_END}`, 'iu'),
  original: (l: (typeof languages)['en']) => new RegExp(`^(?:${alternation(l.original)})\\s*:`, 'iu'),
};

/**
 * Reads one header block into the header. Returns false when the block is not a header line: the
 * header has ended.
 */
export function readHeaderLine(header: Header, line: HeaderLine, code: LanguageCode, state: HeaderState): HeaderTag | null {
  const { text, position } = line;
  const field = <T>(value: T) => ({ value, text, position });
  const other = (): HeaderTag => {
    header.other.push(field(text));
    return 'other';
  };
  if (text.length === 0) return 'field';
  // "[S/1501]"; OCR may print its opening bracket as a parenthesis: "(S/3139/Rev.2]".
  if (/^[[(].*\]$/s.test(text)) {
    if (header.reference) return other();
    header.reference = readReference(text, position, code);
    state.expectTitle = true;
    return 'reference';
  }
  if (SYMBOL.test(text) && !header.symbol) {
    header.symbol = { value: text.replace(/\s+/g, ' '), stated: true, text, position };
    return 'field';
  }
  if (JOB_NUMBER.test(text) || BARCODE.test(text) || pattern(code, 'unitedNations').test(text) || pattern(code, 'original').test(text)) return other();
  if (/^[A-Z]$/.test(text)) return other();
  const organ = matchOrgan(text, code);
  if (organ && organ.index === 0 && organ.length >= text.replace(/[\s,.]+$/, '').length) {
    if (header.organ) return other();
    header.organ = field(organ.id);
    return 'field';
  }
  const distribution = pattern(code, 'distribution').exec(text);
  if (distribution) {
    if (header.distribution) return other();
    header.distribution = field(distributionOf(distribution[1], code));
    // "Distr." / "GENERAL": the value on the next line.
    return distribution[1].trim() === '' ? 'distribution' : 'field';
  }
  const adoptedBy = pattern(code, 'adoptedBy').exec(text);
  if (adoptedBy) {
    const date = parseDate(text, code);
    if (header.adoptedBy) return other();
    header.adoptedBy = field(date?.iso ?? null);
    const organName = matchOrgan(text, code);
    if (organName) header.organ ??= field(organName.id);
    return 'adoptedBy';
  }
  const agenda = pattern(code, 'agenda').exec(text);
  if (agenda && /\d/.test(agenda[1].slice(0, 12))) {
    readAgenda(header, agenda[1], text, position, code);
    return 'agenda';
  }
  const session = pattern(code, 'session').exec(text);
  if (session && session[0].length >= text.length - 2) {
    // "Eightieth session", "58th session"; not a title that ends with "… during the eightieth session".
    const ordinal = /^(\d{1,3})\s*\p{L}{0,3}\.?$/u.exec(session[1].trim());
    const number = parseOrdinalWords(session[1].trim(), code) ?? (ordinal ? Number(ordinal[1]) : null);
    if (number !== null) {
      if (header.session) return other();
      header.session = field(number);
      return 'field';
    }
  }
  if (/^(?:of|du|de)\s/i.test(text) && header.resolutionNumber && !header.adoptedBy) {
    const of = parseDate(text, code);
    if (of) {
      header.adoptedBy = field(of.iso);
      return 'field';
    }
  }
  const gaNumber = GA_NUMBER_TITLE.exec(text);
  if (gaNumber && !header.resolutionNumber) {
    header.resolutionNumber = field(gaNumber[1]);
    if (gaNumber[2]) header.title = field(gaNumber[2].trim());
    return 'title';
  }
  const scNumber = SC_NUMBER.exec(text);
  if (scNumber && !header.resolutionNumber && (pattern(code, 'resolutionWord').test(text) || /^\d{1,4}\s*\(\d{4}\)/.test(text))) {
    header.resolutionNumber = field(scNumber[1].replace(/\s+/g, ' '));
    const of = parseDate(scNumber[2], code);
    if (of) header.adoptedBy ??= field(of.iso);
    return 'field';
  }
  const date = parseDate(text, code);
  if (date && date.index <= 3 && date.length >= text.length - 4) {
    if (header.issueDate) return other();
    header.issueDate = field(date.iso);
    return 'field';
  }
  if (pattern(code, 'draft').test(text) && text.length < 200) {
    state.draft = true;
    state.expectTitle = true;
    return other();
  }
  if (ALL_CAPS.test(text) && text.length < 120) return other();
  if (state.expectTitle && !header.title && text.length < 400 && !/[,;]$/.test(text)) {
    header.title = field(text);
    state.expectTitle = false;
    return 'title';
  }
  return null;
}

/** Continues the field of the line before: an agenda item's title, a wrapped title, the date of "Resolution adopted … on". */
export function continueHeaderLine(header: Header, tag: HeaderTag, line: HeaderLine, code: LanguageCode): boolean {
  const join = (field: { text: string; position: Position }) => {
    field.text += `\n${line.text}`;
    field.position = { start: field.position.start, end: line.position.end };
  };
  if (tag === 'agenda') {
    if (header.agendaTitle) {
      header.agendaTitle.value += ` ${line.text}`;
      join(header.agendaTitle);
    } else header.agendaTitle = { value: line.text, text: line.text, position: line.position };
    return true;
  }
  if (tag === 'title' && header.title) {
    header.title.value += ` ${line.text}`;
    join(header.title);
    return true;
  }
  if (tag === 'distribution' && header.distribution && /^\p{L}+\.?$/u.test(line.text)) {
    header.distribution.value = distributionOf(line.text, code);
    join(header.distribution);
    return true;
  }
  if (tag === 'adoptedBy' && header.adoptedBy && header.adoptedBy.value === null) {
    header.adoptedBy.value = parseDate(line.text, code)?.iso ?? null;
    join(header.adoptedBy);
    return true;
  }
  return false;
}

function distributionOf(words: string, code: LanguageCode): 'general' | 'limited' | 'restricted' {
  const { distribution } = languages[code];
  const lower = words.toLowerCase();
  if (distribution.limited.some((w) => lower.startsWith(w.toLowerCase()))) return 'limited';
  if (distribution.restricted.some((w) => lower.startsWith(w.toLowerCase()))) return 'restricted';
  return 'general';
}

/** "97 (b)", "Point 97, b, de l'ordre du jour", "items 12 and 34"; the lines after the number are the item's title. */
function readAgenda(header: Header, rest: string, text: string, position: Position, code: LanguageCode): void {
  const firstLine = rest.split(/\n/)[0];
  const after = languages[code].agendaItem.after;
  const numbers = firstLine.replace(new RegExp(`\\s*(?:${alternation(after)})\\s*$`, 'iu'), '');
  const itemPattern = /(\d{1,3})(?:\s*[,(]?\s*([a-z])\s*[,)]?)?/g;
  let end = 0;
  for (const match of numbers.matchAll(itemPattern)) {
    header.agendaItems.push({ value: match[2] ? `${match[1]} (${match[2]})` : match[1], text, position });
    end = match.index + match[0].length;
  }
  const title = (numbers.slice(end).replace(/^[\s,.]+/, '') + ' ' + rest.slice(firstLine.length)).trim();
  if (title && !/^(?:and|et|y)\b/i.test(title)) header.agendaTitle = { value: title.replace(/\s+/g, ' '), text, position };
}

function readReference(text: string, position: Position, code: LanguageCode): ReportReference {
  const language = languages[code];
  const inner = text.slice(1, -1).replace(/\s+/g, ' ').trim();
  const symbol = REFERENCE_SYMBOL.exec(inner);
  const noMainCommittee = new RegExp(`(?:${alternation(language.withoutReferenceToMainCommittee)})`, 'iu').test(inner);
  const onReport = new RegExp(`(?:${alternation(language.onTheReportOf)})\\s*(.*?)\\s*(?:\\(|$)`, 'iu').exec(inner);
  return {
    kind: noMainCommittee ? 'no-main-committee' : onReport ? 'committee-report' : 'other',
    committee: onReport ? onReport[1].replace(/^(?:the|la|le|l['’])\s*/i, '').trim() || null : null,
    symbol: symbol?.[1] ?? null,
    paragraph: symbol?.[2] ?? null,
    text,
    position,
  };
}

/** The symbol a resolution number stands for: "A/RES/58/220", "S/RES/242 (1967)". */
export function deriveSymbol(number: string, organ: OrganId | null): string | null {
  if (/^\d{1,4} \(\d{4}\)$/.test(number)) return `S/RES/${number}`;
  const general = organ === 'general-assembly' || organ === null;
  if (/^(?:[SE]{1,2}-)?\d{1,3}\/\d{1,4}/.test(number) && general) return `A/RES/${number}`;
  // "1514 (XV)" is filed as A/RES/1514(XV).
  if (/^\d{1,4} ?\((?:E?S-)?[IVXL]+\)/.test(number) && general) return `A/RES/${number.replace(/\s+/g, '')}`;
  return null;
}

/** A header cell: its text without markup, where it stands, and whether it opens its block. */
export interface HeaderCell extends HeaderLine {
  opensBlock: boolean;
}

/**
 * Reads the cells of one header block. Returns false when the block's first cell is not a header
 * line: the header has ended there. Later cells that fit no field continue the field before them
 * (an agenda item's title, a wrapped title) or are kept in `other`.
 */
export function readHeaderBlock(header: Header, cells: HeaderCell[], code: LanguageCode, state: HeaderState): boolean {
  let tag: HeaderTag | null = null;
  for (const { opensBlock, ...line } of cells) {
    // A wrapped title goes on in the lines of its block, even one that reads "United Nations".
    if (tag === 'title' && !opensBlock && continueHeaderLine(header, tag, line, code)) continue;
    // "Resolution adopted by the General Assembly" / "on 14 October 2025": the date line continues it.
    if (tag === 'adoptedBy' && header.adoptedBy?.value === null && continueHeaderLine(header, tag, line, code)) continue;
    if (tag === 'distribution' && continueHeaderLine(header, tag, line, code)) {
      tag = 'field';
      continue;
    }
    const read = readHeaderLineOrParts(header, line, code, state);
    if (read) tag = read;
    else if (tag && continueHeaderLine(header, tag, line, code)) continue;
    else if (opensBlock) return false;
    else header.other.push({ value: line.text, text: line.text, position: line.position });
  }
  return true;
}

/** A header line, or a line that joins two header fields ("Security Council Distr.: General"). */
function readHeaderLineOrParts(header: Header, line: HeaderLine, code: LanguageCode, state: HeaderState): HeaderTag | null {
  const read = readHeaderLine(header, line, code, state);
  if (read) return read;
  const organ = matchOrgan(line.text, code);
  const prefix = pattern(code, 'unitedNationsBefore').exec(line.text)?.[0].length ?? (organ?.index === 0 ? organ.length : 0);
  if (prefix === 0) return null;
  const head = { text: line.text.slice(0, prefix).trim(), position: line.position };
  const tail = { text: line.text.slice(prefix).trim(), position: line.position };
  if (!readHeaderLine(header, tail, code, state)) return null;
  readHeaderLine(header, head, code, state);
  return 'field';
}

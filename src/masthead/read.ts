import { parse as parseMasthead } from '../generated/masthead.js';
import type { LanguageCode } from '../languages/index.js';
import type { Header, Position, ReportReference } from '../schema/index.js';
import { CellTexts, COUNCIL_NUMBER, GA_NUMBER_TITLE, sessionNumber, splitCell, type HeaderCell, type MastheadPatterns } from './cells.js';

/** A field as the masthead grammar returns it: its kind, its cells [start, end), and a part of it by kind. */
interface GrammarField {
  kind: 'other' | 'stray' | 'symbol' | 'organ' | 'distribution' | 'issueDate' | 'session' | 'agenda' | 'adoptedBy' | 'councilNumber' | 'closing' | 'reference' | 'numberAndTitle' | 'sponsors';
  start: number;
  end: number;
  part: number | [number, number] | [number, number][] | null;
}

/** What the masthead holds beyond the header's fields. */
export interface MastheadResult {
  /** How many of the given cells the masthead took; the body starts with the next one's block. */
  cellsRead: number;
  /** The cells of an adoption line printed in the masthead ("Adopted by the Security Council at its … meeting, on"). */
  closingCells: HeaderCell[] | null;
  /** Sponsors and "draft resolution": the text is a draft. */
  draft: boolean;
  /** Lines of the masthead that fit none of its fields. */
  unread: HeaderCell[];
}

/**
 * Reads the masthead from the header's cells into `header` (grammar/masthead.peggy gives its shape).
 * Cells are split first where one line holds two fields.
 */
export function readMasthead(header: Header, given: HeaderCell[], code: LanguageCode): MastheadResult {
  const texts = new CellTexts(code);
  const cells: HeaderCell[] = [];
  /** For each cell, the given cell it is (a part of). */
  const origins: number[] = [];
  /** For each symbol, its cell; -1 for a gap. */
  const cellAt: number[] = [];
  let symbols = '';
  const add = (part: HeaderCell, origin: number) => {
    if (part.text.length === 0) return;
    if (part.opensBlock && cells.length > 0) {
      symbols += '/';
      cellAt.push(-1);
    }
    symbols += texts.symbol(part.text);
    cellAt.push(cells.length);
    cells.push(part);
    origins.push(origin);
  };
  for (let origin = 0; origin < given.length; origin++) {
    const parts = splitCell(given[origin], texts);
    if (parts === null) add(given[origin], origin);
    else for (const part of parts) add(part, origin);
  }
  const result: MastheadResult = { cellsRead: 0, closingCells: null, draft: false, unread: [] };
  const parsed = parseSymbols(symbols);
  const reader = new FieldReader(header, cells, cellAt, texts, result);
  for (const field of parsed.fields) reader.read(field);
  // The cells read: up to the last cell of the last field (a gap is not a cell).
  let end = parsed.end;
  while (end > 0 && cellAt[end - 1] === -1) end--;
  result.cellsRead = end === 0 ? 0 : origins[cellAt[end - 1]] + 1;
  return result;
}

/** What the masthead grammar reads from a string of symbols. */
interface ParsedMasthead {
  fields: readonly GrammarField[];
  end: number;
}

/**
 * The grammar's reading of each symbol string seen: mastheads come in a few dozen shapes (79 in the
 * corpus of 1,027), and each parser call costs far more than its short input (peggy builds its
 * rules' closures anew). Readings are shared, so never changed; the memo is emptied when it grows
 * past `MAX_SHAPES`.
 */
const readings = new Map<string, ParsedMasthead>();
const MAX_SHAPES = 512;

function parseSymbols(symbols: string): ParsedMasthead {
  let parsed = readings.get(symbols);
  if (parsed === undefined) {
    if (readings.size >= MAX_SHAPES) readings.clear();
    readings.set(symbols, (parsed = parseMasthead(symbols) as ParsedMasthead));
  }
  return parsed;
}

class FieldReader {
  constructor(
    private readonly header: Header,
    private readonly cells: HeaderCell[],
    private readonly cellAt: number[],
    private readonly texts: CellTexts,
    private readonly result: MastheadResult,
  ) {}

  /** The cells of symbols [start, end), gaps left out. */
  private cellsOf(start: number, end: number): HeaderCell[] {
    const found: HeaderCell[] = [];
    for (let i = start; i < end; i++) if (this.cellAt[i] >= 0) found.push(this.cells[this.cellAt[i]]);
    return found;
  }

  /** A field's value with its text (lines joined by newlines) and the span of its cells. */
  private field<T>(value: T, cells: HeaderCell[]) {
    return { value, text: cells.length === 1 ? cells[0].text : cells.map((c) => c.text).join('\n'), position: span(cells) };
  }

  private other(cells: HeaderCell[]): void {
    for (const cell of cells) this.header.other.push(this.field(cell.text, [cell]));
  }

  read(field: GrammarField): void {
    const cells = this.cellsOf(field.start, field.end);
    const first = cells[0];
    const header = this.header;
    switch (field.kind) {
      case 'other':
        return this.other(cells);
      case 'stray':
        this.result.unread.push(...cells);
        return this.other(cells);
      case 'symbol':
        if (header.symbol) return this.other(cells);
        header.symbol = { value: collapseSpace(first.text), stated: true, text: first.text, position: first.position };
        return;
      case 'organ': {
        const organ = this.texts.organAtStart(first.text)!.id;
        // "General Assembly" above "Human Rights Council": the Council adopted it.
        if (header.organ && !(header.organ.value === 'general-assembly' && organ === 'human-rights-council')) return this.other(cells);
        if (header.organ) this.other([cellOf(header.organ)]);
        header.organ = this.field(organ, cells);
        return;
      }
      case 'distribution': {
        if (header.distribution) return this.other(cells);
        const words = cells.length > 1 ? cells[cells.length - 1].text : first.text.replace(/^[^:]*:?\s*/, '').replace(/^Distr\.?\s*/i, '');
        header.distribution = this.field(distributionOf(words, this.texts.patterns), cells);
        return;
      }
      case 'issueDate': {
        if (header.issueDate) return this.other(cells);
        header.issueDate = this.field(this.texts.date(first.text)!.iso, cells);
        return;
      }
      case 'session': {
        if (header.session) return this.other(cells);
        header.session = this.field(sessionNumber(first.text, this.texts)!, [first]);
        this.other(cells.slice(1));
        return;
      }
      case 'agenda':
        return this.agenda(cells[0], (field.part as [number, number][]).map(([s, e]) => this.cellsOf(s, e)));
      case 'adoptedBy': {
        if (header.adoptedBy) return this.other(cells);
        const text = cells.map((c) => c.text).join(' ');
        header.adoptedBy = this.field(this.texts.date(text)?.iso ?? null, cells);
        const organ = this.texts.organ(first.text);
        if (organ) header.organ ??= this.field(organ.id, [first]);
        return;
      }
      case 'councilNumber': {
        // "Resolution 2768 (2025)", or a press copy's "The full text of resolution 1919 (2010) reads as follows:".
        const number = COUNCIL_NUMBER.exec(first.text) ?? PRESS_NUMBER.exec(first.text)!;
        if (header.resolutionNumber) return this.other(cells);
        header.resolutionNumber = this.field(collapseSpace(number[1]), [first]);
        const of = this.texts.date(cells.length > 1 ? cells[1].text : number[2]);
        if (of) header.adoptedBy ??= this.field(of.iso, cells);
        return;
      }
      case 'closing':
        if (this.result.closingCells) return this.other(cells);
        this.result.closingCells = cells;
        return;
      case 'reference': {
        const title = field.part as [number, number] | null;
        const end = title ? title[0] : field.end;
        const bracket = this.cellsOf(field.start, end);
        if (header.reference) this.other(bracket);
        else header.reference = readReference(bracket.map((c) => c.text).join('\n'), span(bracket), this.texts.patterns);
        if (title) this.title(this.cellsOf(title[0], title[1]));
        return;
      }
      case 'numberAndTitle': {
        const number = GA_NUMBER_TITLE.exec(first.text)!;
        if (header.resolutionNumber) return this.other(cells);
        header.resolutionNumber = this.field(number[1], [first]);
        const title = [number[2].trim(), ...cells.slice(1).map((c) => c.text)].filter(Boolean).join(' ');
        // The number's title is the title: one read before it (lines under the bracket) is kept as other text.
        if (title && header.title) this.other([cellOf(header.title)]);
        if (title) header.title = { value: collapseSpace(title), text: cells.map((c) => c.text).join('\n'), position: span(cells) };
        return;
      }
      case 'sponsors': {
        this.result.draft = true;
        const title = field.part as [number, number] | null;
        this.other(this.cellsOf(field.start, title ? title[0] : field.end));
        if (title) this.title(this.cellsOf(title[0], title[1]));
        return;
      }
    }
  }

  private title(cells: HeaderCell[]): void {
    if (this.header.title) return this.other(cells);
    this.header.title = this.field(collapseSpace(cells.map((c) => c.text).join(' ')), cells);
  }

  /** "Agenda items 134 and 145", "Agenda item 97 (b)", "Point 97, b, de l'ordre du jour", and one title per item printed under it. */
  private agenda(head: HeaderCell, titles: HeaderCell[][]): void {
    const header = this.header;
    const { agenda, agendaAfter } = this.texts.patterns;
    const rest = agenda.exec(head.text)![1];
    const numbers = agendaAfter ? rest.replace(agendaAfter, '') : rest;
    let end = 0;
    AGENDA_ITEM.lastIndex = 0;
    for (let match = AGENDA_ITEM.exec(numbers); match; match = AGENDA_ITEM.exec(numbers)) {
      if (match.index !== end && !/^[\s,]*(?:and|et|y|&)?[\s,]*$/iu.test(numbers.slice(end, match.index))) break;
      const letter = match[2] ?? match[3] ?? match[4];
      header.agendaItems.push({ value: letter ? `${match[1]} (${letter})` : match[1], text: head.text, position: head.position });
      end = match.index + match[0].length;
    }
    const sameLine = numbers.slice(end).replace(/^[\s,.]+/, '').trim();
    if (sameLine) header.agendaTitles.push({ value: collapseSpace(sameLine), text: head.text, position: head.position });
    for (const title of titles) header.agendaTitles.push(this.field(collapseSpace(title.map((c) => c.text).join(' ')), title));
  }
}

/** An agenda item's number and its letter: "97 (b)", "99 (jj)", "97 b)", "97, b,"; never a word's first letter ("134 and"). */
const AGENDA_ITEM = /(\d{1,3})(?:\s*\(([a-z]{1,2})\)|\s+([a-z]{1,2})\)|\s*,\s*([a-z]{1,2})(?=\s*,|\s*$))?/g;

const PRESS_NUMBER = /(\d{1,4}\s*\(\d{4}\))()/;

const REFERENCE_SYMBOL = /\(?\b([ASE]\/[\w.\-/]+(?:\/Rev\.\d+)?)(?:,\s*(paras?\.\s*[^)]*))?\)?/;

function readReference(text: string, position: Position, patterns: MastheadPatterns): ReportReference {
  const inner = collapseSpace(text.replace(/^[[(]|\]$/g, '')).trim();
  const symbol = REFERENCE_SYMBOL.exec(inner);
  const noMainCommittee = patterns.noMainCommittee.test(inner);
  const onReport = patterns.onReport.exec(inner);
  return {
    kind: noMainCommittee ? 'no-main-committee' : onReport ? 'committee-report' : 'other',
    committee: onReport ? onReport[1].replace(/^(?:the|la|le|l['’])\s*/i, '').trim() || null : null,
    symbol: symbol?.[1] ?? null,
    paragraph: symbol?.[2] ?? null,
    text,
    position,
  };
}

function distributionOf(words: string, { limited, restricted }: MastheadPatterns): 'general' | 'limited' | 'restricted' {
  const lower = words.toLowerCase();
  if (limited.some((w) => lower.startsWith(w))) return 'limited';
  if (restricted.some((w) => lower.startsWith(w))) return 'restricted';
  return 'general';
}

/**
 * `text.replace(/\s+/g, ' ')`: only runs of two or more and white space other than a space are
 * replaced, not each single space of a title.
 */
function collapseSpace(text: string): string {
  return text.replace(UNEVEN_SPACE, ' ');
}

const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

function span(cells: HeaderCell[]): Position {
  return { start: cells[0].position.start, end: cells[cells.length - 1].position.end };
}

function cellOf(field: { text: string; position: Position }): HeaderCell {
  return { text: field.text, position: field.position, opensBlock: false };
}

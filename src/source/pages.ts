import type { InputForm } from '../schema/index.js';
import type { SourceLine } from './lines.js';
import { countAtMost, runningMax } from '../arrays.js';
import { isWhiteSpace } from './spaces.js';

/**
 * What a line is to the reader once the page is set aside: part of the text flow, page furniture
 * (running headers and footers, job numbers, page counters), the rule above a footnote block, or a
 * line of a footnote.
 */
export type LineRole = 'content' | 'blank' | 'furniture' | 'separator' | 'note';

export interface PageBreakInfo {
  firstLine: number;
  lastLine: number;
  page: number | null;
}

export interface NoteBlock {
  marker: string;
  /** The rule of underscores above the block, for its first note: the note's node covers it. */
  ruleLine?: number;
  /** Offset where the note's text begins (after its marker). */
  bodyStart: number;
  firstLine: number;
  lastLine: number;
  /** Index of the page break that follows the note (the note belongs to the page before it), or -1 at the end. */
  pageIndex: number;
}

export interface PageLayout {
  roles: LineRole[];
  pageBreaks: PageBreakInfo[];
  notes: NoteBlock[];
}

/** "25-15779 (E)", "25-16107 (E)    101025", and the 1990s footer "95-34567 (E)   /...". */
const JOB_NUMBER = /^\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6})?(\s+\/\.{3})?$/;
/** The job number of a document of the Geneva or Vienna office: "GE.25-05712(E)", "GE.25-05712  (E)    080425    090425", "V.25-01234 (E)". */
export const OFFICE_JOB_NUMBER = /^(?:GE|V)\.\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6}){0,2}$/;
const BARCODE = /^\*\d{6,}\*$/;
const PAGE_COUNTER = /^(\d{1,3})\s*\/\s*\d{1,3}$|^Page\s+(\d{1,3})$|^-\s*(\d{1,3})\s*-$/i;
/** A page number printed alone beside a running header. */
const BARE_PAGE_NUMBER = /^\d{1,3}$/;
/** A job number and a page counter on one line, in either order. */
const FURNITURE_PAIR = /^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?\s+\d{1,3}\s*\/\s*\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?)$/;
const SYMBOL = /^[ASE]\/(?:RES\/)?[\w.\-/]+(?:\s*\(\d{4}\))?$/;
/** A note marked by a sign rather than a number: "* Any changes to the list of sponsors …". */
const SYMBOL_NOTE = /^(\*{1,3}|[†‡])\s+(?=\S)/;
/** `SYMBOL_NOTE`'s match, tested only on a line that opens with one of its signs. */
function signNote(text: string): RegExpExecArray | null {
  const first = text.charCodeAt(0);
  return first === 0x2a || first === 0x2020 || first === 0x2021 ? SYMBOL_NOTE.exec(text) : null;
}
/** Lines of a running title are at least this long, so that a short content line is not taken for one. */
const MIN_TITLE_LINE = 12;
/** A shorter running title ("Commodities") is read as one only between two lines of furniture. */
const MIN_SHORT_TITLE = 4;

export interface LayoutHints {
  /** Index of the first line after the header block: furniture is looked for from there on. */
  bodyStartLine: number;
  /** Normalised texts a running title may be cut from (title, agenda item title). */
  runningTitles: string[];
  /** Lines that open with a number but are not notes (a date: "23 December 2003"). */
  isNotNote: (text: string) => boolean;
  /** Lines that open a paragraph (a known opener): a footnote block without page furniture ends there. */
  isParagraphStart: (text: string) => boolean;
  /** "Please recycle" (with its sign, or without): furniture beside a job number or a barcode. */
  isPrintersNotice: (text: string) => boolean;
}

const DASHES = /[\u2010\u2011\u2012\u2013]/g;
/** Runs of white space other than one space: replacing these alone reads as replacing every run (`\s+`), at a fraction of the matches. */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

/** Lower case, hyphens for dashes, one space for each run of white space, trimmed. */
export function normaliseForComparison(text: string): string {
  return text.toLowerCase().replace(DASHES, '-').replace(UNEVEN_SPACE, ' ').trim();
}

/** Finds the page furniture and the footnote blocks of the input. */
export function analysePages(lines: SourceLine[], form: InputForm, hints: LayoutHints): PageLayout {
  const roles: LineRole[] = [];
  for (const line of lines) roles.push(line.kind === 'blank' ? 'blank' : 'content');
  const pageBreaks: PageBreakInfo[] = [];
  const notes: NoteBlock[] = [];
  if (form === 'markdown') markMarkdownPages(lines, roles, pageBreaks, notes);
  else markTextPages(lines, roles, pageBreaks, notes, hints);
  const firstLines = runningMax(pageBreaks.map((pb) => pb.firstLine));
  for (const note of notes) {
    const next = countAtMost(firstLines, note.lastLine);
    note.pageIndex = next < pageBreaks.length ? next : -1;
  }
  return { roles, pageBreaks, notes };
}

function markMarkdownPages(lines: SourceLine[], roles: LineRole[], pageBreaks: PageBreakInfo[], notes: NoteBlock[]): void {
  let page = 1;
  for (const line of lines) {
    if (line.kind === 'thematicBreak') {
      roles[line.index] = 'furniture';
      pageBreaks.push({ firstLine: line.index, lastLine: line.index, page: null });
      page++;
    } else if (line.kind === 'markdownFootnote') {
      roles[line.index] = 'note';
      notes.push(noteOf(line, line.marker ?? '', line.body ?? line.end));
    }
  }
}

function noteOf(line: SourceLine, marker: string, bodyStart: number): NoteBlock {
  return { marker, bodyStart, firstLine: line.index, lastLine: line.index, pageIndex: -1 };
}

/**
 * A line that is furniture wherever it stands: a job number, a barcode, a page counter, the document's
 * own symbol. Each pattern opens with its own characters, so the line's first one picks the tests.
 */
function isStrongFurniture(text: string, symbol: string | null): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    // Text extraction may put the job number and the page counter on one line: "25-15779 2/2". A job
    // number has its hyphen third ("25-"), a page counter its slash: most lines that open with a
    // digit (paragraph numbers) have neither and run no pattern.
    if (text.charCodeAt(2) === 0x2d /* - */ && JOB_NUMBER.test(text)) return true;
    if (text.includes('/') && (PAGE_COUNTER.test(text) || FURNITURE_PAIR.test(text))) return true;
  } else if (first === 0x2a /* * */) {
    if (BARCODE.test(text)) return true;
  } else if (first === 0x47 /* G */ || first === 0x56 /* V */) {
    if (OFFICE_JOB_NUMBER.test(text)) return true;
  } else if (first === 0x50 /* P */ || first === 0x70 /* p */ || first === 0x2d /* - */) {
    if (PAGE_COUNTER.test(text)) return true;
  }
  return symbol !== null && first === symbol.charCodeAt(0) && readsCollapsed(text, symbol);
}

/** Whether `text` reads `wanted` once each run of white space in it is one space (`text.replace(/\s+/g, ' ') === wanted`). */
function readsCollapsed(text: string, wanted: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
      if (wanted.charCodeAt(j++) !== 0x20) return false;
    } else if (wanted.charCodeAt(j++) !== c) return false;
  }
  return j === wanted.length;
}

/** A symbol next to strong furniture is the running header even when the header did not state it. */
function isClusterLine(text: string, symbol: string | null, hints: LayoutHints): boolean {
  return isStrongFurniture(text, symbol) || SYMBOL.test(text) || BARE_PAGE_NUMBER.test(text) || text === '/...' || hints.isPrintersNotice(text);
}

function pageNumberOf(text: string): number | null {
  if (BARE_PAGE_NUMBER.test(text)) return Number(text);
  if (FURNITURE_PAIR.test(text)) return Number(/(\d{1,3})\s*\/\s*\d{1,3}/.exec(text.replace(/\d{2}-\d{5}/, ''))![1]);
  const match = PAGE_COUNTER.exec(text);
  if (!match) return null;
  return Number(match[1] ?? match[2] ?? match[3]);
}

function markTextPages(
  lines: SourceLine[],
  roles: LineRole[],
  pageBreaks: PageBreakInfo[],
  notes: NoteBlock[],
  hints: LayoutHints,
): void {
  const symbol = findSymbol(lines, hints.bodyStartLine);
  const isTitleLine = (text: string, minimum = MIN_TITLE_LINE) => {
    // The running title may share its line with the symbol: "A/RES/80/2 Barème des quotes-parts …".
    const withoutSymbol = symbol !== null && text.startsWith(symbol) ? text.slice(symbol.length).trim() : symbol !== null && text.endsWith(symbol) ? text.slice(0, -symbol.length).trim() : text;
    if (withoutSymbol.length < minimum) return false;
    const normal = normaliseForComparison(withoutSymbol);
    return hints.runningTitles.some((title) => title.includes(normal));
  };
  // 1. Running headers and footers: clusters of furniture lines joined by blanks and title lines.
  for (let i = hints.bodyStartLine; i < lines.length; i++) {
    if (roles[i] !== 'content' || !isStrongFurniture(lines[i].text, symbol)) continue;
    let first = i;
    let last = i;
    // A running title of two lines: the short second line ("in Africa") continues the first.
    const continuesTitle = (j: number, previous: number) => previous >= 0 && isTitleLine(lines[previous].text) && isTitleLine(`${lines[previous].text} ${lines[j].text}`, 0);
    let titleLine = -1;
    // A running title shorter than a title line ("Commodities") counts only between furniture lines.
    const shortTitleBetween = (j: number) => {
      if (!isTitleLine(lines[j].text, MIN_SHORT_TITLE)) return false;
      let next = j + 1;
      while (next < lines.length && roles[next] === 'blank') next++;
      return next < lines.length && isClusterLine(lines[next].text, symbol, hints);
    };
    for (let j = i + 1; j < lines.length; j++) {
      if (roles[j] === 'blank') continue;
      if (isClusterLine(lines[j].text, symbol, hints) || isTitleLine(lines[j].text) || continuesTitle(j, titleLine) || shortTitleBetween(j)) last = j;
      else break;
      titleLine = j;
    }
    const endsTitle = (j: number) => {
      let above = j - 1;
      while (above >= hints.bodyStartLine && roles[above] === 'blank') above--;
      return above >= hints.bodyStartLine && continuesTitle(j, above);
    };
    for (let j = i - 1; j >= hints.bodyStartLine; j--) {
      if (roles[j] === 'blank') continue;
      if (isTitleLine(lines[j].text) || ((SYMBOL.test(lines[j].text) || hints.isPrintersNotice(lines[j].text)) && j >= i - 3)) first = j;
      else if (endsTitle(j)) first = j;
      else break;
    }
    let page: number | null = null;
    for (let j = first; j <= last; j++) {
      if (roles[j] !== 'blank') roles[j] = 'furniture';
      page ??= pageNumberOf(lines[j].text);
    }
    pageBreaks.push({ firstLine: first, lastLine: last, page });
    i = last;
  }
  // The page number of the last page, printed alone after the text ("… seized of the matter." / "2").
  let last = lines.length - 1;
  while (last > hints.bodyStartLine && roles[last] === 'blank') last--;
  if (last > hints.bodyStartLine && roles[last] === 'content' && BARE_PAGE_NUMBER.test(lines[last].text) && lines[last].kind === 'text') {
    roles[last] = 'furniture';
    pageBreaks.push({ firstLine: last, lastLine: last, page: Number(lines[last].text) });
  }
  // 2. Footnote blocks under a rule of underscores, up to the next page furniture.
  let lastMarker = 0;
  const rules: number[] = [];
  for (let i = hints.bodyStartLine; i < lines.length; i++) {
    if (lines[i].kind !== 'separator' || roles[i] !== 'content') continue;
    roles[i] = 'separator';
    rules.push(i);
    let current: NoteBlock | null = null;
    let j = i + 1;
    for (; j < lines.length && roles[j] !== 'furniture'; j++) {
      const line = lines[j];
      if (roles[j] === 'blank') continue;
      const symbolMarker = current === null || !isDigit(current.marker.charCodeAt(0)) ? signNote(line.text) : null;
      if (symbolMarker) {
        // "* Any changes to the list of sponsors …": a note marked by a sign, first in its block or
        // after another ("**  United Nations, Treaty Series …").
        current = noteOf(line, symbolMarker[1], (line.body ?? line.start) + symbolMarker[0].length);
        current.ruleLine = i;
        notes.push(current);
        roles[j] = 'note';
        continue;
      }
      // pdftotext prints a note's number alone on its line, its text on the next: "1" / "" / "United Nations, …".
      const alone = line.kind === 'text' && BARE_PAGE_NUMBER.test(line.text);
      const num = line.kind === 'leadingNumber' ? Number(line.num) : alone ? Number(line.text) : NaN;
      if (num > lastMarker && num <= lastMarker + 5 && (current === null || num === lastMarker + 1)) {
        const first = current === null;
        current = alone ? noteOf(line, line.text, nextContentStart(lines, roles, j)) : noteOf(line, line.num ?? '', line.body ?? line.end);
        if (first) current.ruleLine = i;
        notes.push(current);
        lastMarker = num;
        roles[j] = 'note';
      } else if (current && line.kind !== 'numbered' && !hints.isParagraphStart(line.text)) {
        current.lastLine = j;
        roles[j] = 'note';
      } else break;
    }
    i = j - 1;
  }
  // 3. Notes printed without a rule: "1/ …" before a page footer, and the notes at the end of a
  //    compilation page ("22 Adopted without vote.").
  markUnruledNotes(lines, roles, notes, hints);
  // A rule with no note under it is a line of the text ("____" in a form), not a footnote rule.
  for (const i of rules) {
    if (roles[i] !== 'separator') continue;
    let j = i + 1;
    while (j < lines.length && roles[j] === 'blank') j++;
    if (j === lines.length || roles[j] !== 'note') roles[i] = 'content';
    else {
      const first = notes.find((note) => note.firstLine === j);
      if (first && first.ruleLine === undefined) first.ruleLine = i;
    }
  }
  // Mostly in order already (unruled notes come last only when a page has both kinds).
  if (notes.some((note, k) => k > 0 && note.firstLine < notes[k - 1].firstLine)) notes.sort((a, b) => a.firstLine - b.firstLine);
}

/** Where the next line with text after line `j` begins (a note's text under its number), or line `j`'s end. */
function nextContentStart(lines: SourceLine[], roles: LineRole[], j: number): number {
  for (let k = j + 1; k < lines.length && k <= j + 3; k++) if (roles[k] !== 'blank') return lines[k].body ?? lines[k].start;
  return lines[j].end;
}

/** The document's symbol as its header prints it, alone or beside other words ("United Nations S/RES/1445 (2002)"). */
const SYMBOL_IN_LINE = /(?:^|\s)([ASE]\/(?:RES\/)?[\w.\-/]+(?:\s*\(\d{4}\))?)\s*$/;

function findSymbol(lines: SourceLine[], headerEnd: number): string | null {
  for (let i = 0; i < headerEnd && i < lines.length; i++) {
    const { text } = lines[i];
    if (!text.includes('/')) continue;
    const match = SYMBOL_IN_LINE.exec(text);
    if (match) return match[1].replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * Walks back from each page break (and from the end) over blocks that open with a note number:
 * "1/ S/1994/262." or, at the very end, "49 Ibid., document S/11823". Numbers must rise by one.
 */
function markUnruledNotes(lines: SourceLine[], roles: LineRole[], notes: NoteBlock[], hints: LayoutHints): void {
  const from = hints.bodyStartLine;
  let signUses: ReadonlyMap<string, number> | null = null;
  const signUsedAbove = (index: number, sign: string) => ((signUses ??= firstSignUses(lines)).get(sign) ?? Infinity) < index;
  const ends: number[] = [];
  for (let i = from; i < lines.length; i++) if (roles[i] === 'furniture' && (i === 0 || roles[i - 1] !== 'furniture')) ends.push(i);
  ends.push(lines.length);
  for (const end of ends) {
    const found = collectNotesBefore(lines, roles, end, from, end === lines.length, hints.isNotNote, signUsedAbove);
    for (const note of found) {
      for (let j = note.firstLine; j <= note.lastLine; j++) if (roles[j] !== 'blank') roles[j] = 'note';
      notes.push(note);
    }
  }
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * The first line that puts each note sign after a word or a mark, as a note's marker ("Uzbekistan:*",
 * "Court,**"): read in one pass over the lines, on first need. Asked at every page foot, a search of
 * the lines above made a text of many pages quadratic.
 */
function firstSignUses(lines: SourceLine[]): ReadonlyMap<string, number> {
  const uses = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    for (let at = 1; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code !== 0x2a && code !== 0x2020 && code !== 0x2021) continue;
      let end = at + 1;
      if (code === 0x2a) while (text.charCodeAt(end) === 0x2a) end++;
      const sign = text.slice(at, end);
      if (!isWhiteSpace(text.charCodeAt(at - 1)) && !uses.has(sign)) uses.set(sign, i);
      at = end - 1;
    }
  }
  return uses;
}

function collectNotesBefore(
  lines: SourceLine[],
  roles: LineRole[],
  end: number,
  from: number,
  atEnd: boolean,
  isNotNote: (text: string) => boolean,
  signUsedAbove: (index: number, sign: string) => boolean,
): NoteBlock[] {
  // Asked twice of a block's first line (walking up, then down): the date test is not cheap.
  const answers = new Map<number, boolean>();
  const opens = (line: SourceLine) => {
    if (line.kind !== 'leadingNumber' || (line.slash !== true && !atEnd)) return false;
    let answer = answers.get(line.index);
    if (answer === undefined) answers.set(line.index, (answer = !isNotNote(line.text)));
    return answer;
  };
  // Blocks of non-blank lines above `end`, bottom-up, while each block opens with a note number; the
  // last one may be a note marked by a sign that the text above uses ("Uzbekistan:*" / "* Any
  // changes to the list of sponsors …", printed without a rule over it).
  let top = end;
  const signed = new Set<number>();
  let j = end - 1;
  while (j >= from) {
    while (j >= from && roles[j] === 'blank') j--;
    if (j < from || roles[j] !== 'content') break;
    let blockStart = j;
    while (blockStart - 1 >= from && roles[blockStart - 1] === 'content') blockStart--;
    if (!opens(lines[blockStart])) {
      const sign = signNote(lines[blockStart].text);
      if (!sign || !signUsedAbove(blockStart, sign[1])) break;
      signed.add(blockStart);
    }
    top = blockStart;
    j = blockStart - 1;
  }
  const run: NoteBlock[] = [];
  let previous = -1;
  for (let k = top; k < end; k++) {
    if (roles[k] === 'blank') continue;
    const line = lines[k];
    // "* Paragraph 3 of the English text …": a note marked by a sign, after the numbered ones at the end.
    const sign = (atEnd && run.length > 0) || signed.has(k) ? signNote(line.text) : null;
    if (sign) {
      run.push(noteOf(line, sign[1], (line.body ?? line.start) + sign[0].length));
      continue;
    }
    const num = Number(line.num);
    const startsNote = opens(line) && (previous < 0 || num === previous + 1 || (k > 0 && roles[k - 1] === 'blank' && num > previous));
    if (startsNote) {
      run.push(noteOf(line, line.num ?? '', line.body ?? line.end));
      previous = num;
    } else if (run.length) run[run.length - 1].lastLine = k;
  }
  return run;
}

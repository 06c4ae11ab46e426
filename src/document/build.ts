import { detectLanguage, languages, matchOrgan, openerCache, parseDate, parseDateAt, type LanguageCode, type OpenerCache, type OpenerMatch } from '../languages/index.js';
import type {
  Closing,
  Diagnostic,
  Division,
  Footnote,
  Header,
  Heading,
  InputForm,
  OperativeParagraph,
  OrganId,
  PageBreak,
  PreambularParagraph,
  Resolution,
  Subparagraph,
} from '../schema/index.js';
import { LineIndex } from '../source/line-index.js';
import { perLanguage } from '../languages/per-language.js';
import { skipSpace, trimmedEnd } from '../source/spaces.js';
import { readLines, type SourceLine } from '../source/lines.js';
import { analysePages, normaliseForComparison, type PageLayout } from '../source/pages.js';
import { splitRunOnParagraphs } from '../blocks/run-on.js';
import { alternation, languagePattern, printersNoticePattern } from '../languages/alternation.js';
import { groupBlocks, type Block } from '../blocks/blocks.js';
import { isClosingText, readClosing, type ClosingText } from './closing.js';
import { DocumentAssembler, type AssemblyContext, type LabelledEntry, type ParagraphDraft } from './assemble.js';
import { Flow } from '../blocks/flow.js';
import { ContentBuilder, type ContentJob, type OpenerReadings } from '../tree/content.js';
import { noteIds } from '../tree/footnotes.js';
import { deriveSymbol, emptyHeader } from '../masthead/header.js';
import { readMasthead } from '../masthead/read.js';
import { checkCoherence } from './coherence.js';
import type { HeaderCell } from '../masthead/cells.js';
import { normaliseSpace } from '../tree/inline.js';
import { authorityReader, emptyBody, endsOperativePart, isAnnexLabel, type BodyDraft, type StructureContext } from './roles.js';
import { placeLabels } from './subparagraphs.js';
import { countAtMost, runningMax } from '../arrays.js';
import { citationSplitter, endsWithPinpoint, organOfText } from '../references/index.js';

/** Markdown markup left out of plain text: superscript tags, emphasis runs, backslash escapes. */
const MARKUP = /<\/?sup>|\[\^[^\]]{1,8}\]:?|\*+|\\(?=[!-/:-@[-`{-~])/g;
/** Cells of a markdown table row and lines joined by `<br>`, as converters lay out the header. */
const CELL_SEPARATOR = /\s*(?:\||<br\s*\/?>)\s*/i;
const TABLE_RULE = /^[\s|:-]*-[\s|:-]*$/;
/** A line that holds cells: a table row, or `<br>` between lines. */
const CELLS_MARKUP = /\||<br/i;

/** Words at the end of a line that say the sentence goes on: function words, and nouns that take a number. */
const endWords = perLanguage((data) => ({
  functionWords: new Set(data.stopWords.map((word) => word.toLowerCase())),
  // Nouns that take a number ("paragraph 4", "resolution 1514"); prepositions and articles are left to the sequence.
  numberTakers: new Set(data.numberContext.takers.filter((word) => word.length > 4 || word.endsWith('.')).map((word) => word.toLowerCase())),
}));

interface BuildOptions {
  language: LanguageCode | 'auto';
  form: InputForm;
  /** Filled with how each opener was read, when given (for `validate`). */
  readings?: OpenerReadings;
}

/** Builds the resolution tree from the source text. Never throws on content. */
export function buildResolution(source: string, options: BuildOptions): { resolution: Resolution; diagnostics: Diagnostic[] } {
  return new ResolutionBuilder(source, options).build();
}

class ResolutionBuilder implements AssemblyContext {
  /** Roles of blocks: the document's language and openers (set before the body is assembled). */
  structure!: StructureContext;
  readonly index: LineIndex;
  private readonly lines: SourceLine[];
  private readonly code: LanguageCode;
  private readonly form: InputForm;
  readonly diagnostics: Diagnostic[] = [];
  readonly content: ContentBuilder;
  private layout!: PageLayout;
  /** Where each page break starts, as running maxima (see `runningMax`). */
  private pageStarts: number[] = [];

  constructor(
    readonly source: string,
    options: BuildOptions,
  ) {
    this.lines = readLines(source);
    this.index = LineIndex.ofLines(source, this.lines);
    this.form = options.form;
    this.code = options.language === 'auto' ? detectLanguage(source) : options.language;
    this.openers = openerCache(this.code);
    this.authority = authorityReader(this.code);
    this.content = new ContentBuilder({ index: this.index, form: this.form, code: this.code, opener: this.opener, pageAt: this.pageAt, diagnostics: this.diagnostics, readings: options.readings });
  }

  /** The organ's words of an authority line ("The General Assembly,"), or null; once per text. */
  private readonly authority: (text: string) => string | null;

  /** Openers found so far: the same text is asked about from several places (a block's role, its opener, a lead-in). */
  private readonly openers: OpenerCache;

  /** `matchOpener` in the document's language, of a whole line or paragraph (or its opener scope), once per text. */
  private opener = (text: string): OpenerMatch | null => this.openers.match(text);

  /** Text without markdown's markup; plain text is returned as it is. */
  private unmarked(text: string): string {
    return this.form === 'markdown' ? text.replace(MARKUP, '') : text;
  }

  private plainLine(line: SourceLine): string {
    // A heading's text, and a press copy's quoted line, begin at the body; other lines are their trimmed `text`.
    if ((line.kind === 'heading' || line.quoted) && line.body !== null) return this.unmarked(this.source.slice(line.body, line.end)).trim();
    return this.form === 'markdown' ? this.unmarked(line.text).trim() : line.text;
  }

  /**
   * Plain text of each block, asked for by its role, the grammar's predicates and the builders. A
   * Map, not a WeakMap: it lives as long as the document's blocks, and the collector treats weak
   * entries (ephemerons) at extra cost.
   */
  private readonly plainTexts = new Map<Block, string>();

  plain = (block: Block): string => {
    let text = this.plainTexts.get(block);
    if (text === undefined) this.plainTexts.set(block, (text = this.unmarked(block.flow.text).trim()));
    return text;
  };

  private position(start: number, end: number) {
    return this.index.position(start, end);
  }

  build(): { resolution: Resolution; diagnostics: Diagnostic[] } {
    const bodyStartLine = this.findBodyStart();
    const headerText = normaliseForComparison(this.lines.slice(0, bodyStartLine).map((l) => this.plainLine(l)).join(' '));
    const { functionWords, numberTakers } = endWords(languages[this.code]);
    // Asked of each line by the page layout and again by the blocks: answered once per text.
    const paragraphStarts = new Map<string, boolean>();
    const startsParagraph = (text: string) => {
      let starts = paragraphStarts.get(text);
      if (starts === undefined) {
        const clean = this.unmarked(text);
        starts = this.opener(clean)?.known === true || this.authority(clean) !== null || isClosingText(clean, this.code) || isAnnexLabel(clean, this.code);
        paragraphStarts.set(text, starts);
      }
      return starts;
    };
    this.layout = analysePages(this.lines, this.form, {
      bodyStartLine,
      isParagraphStart: startsParagraph,
      runningTitles: [headerText],
      isNotNote: (text) => parseDateAt(text, 0, this.code) !== null,
      isPrintersNotice: (text) => printersNoticePattern(languages[this.code]).test(text),
    });
    this.pageStarts = runningMax(this.layout.pageBreaks.map((pb) => this.lines[pb.firstLine].start));
    const context: StructureContext = { code: this.code, opener: this.opener, plain: this.plain, firstLine: (block) => this.plainLine(block.first), authority: this.authority };
    const blocks = groupBlocks(this.source, this.lines, this.layout, {
      form: this.form,
      compoundFormers: languages[this.code].compoundFormers,
      suspendingConjunctions: languages[this.code].suspendingConjunctions,
      startsParagraph,
      isAuthority: (text) => this.authority(this.unmarked(text)) !== null,
      endsOperativePart: (text) => endsOperativePart(this.unmarked(text), this.code),
      opensWithOpener: (text) => this.opener(this.unmarked(text))?.known === true,
      endsWithFunctionWord: (text) => functionWords.has(lastWord(text, false)),
      endsWithNumberTaker: (text) => numberTakers.has(lastWord(text, true)),
      endsWithPinpoint: (text) => endsWithPinpoint(text, this.code),
      isArticledAuthority: (text) => {
        const clean = this.unmarked(text).trim();
        const organ = this.authority(clean);
        return organ !== null && organ !== '' && clean.indexOf(organ) > 0;
      },
    });
    const resolution = this.assemble(splitRunOnParagraphs(blocks), context);
    return { resolution, diagnostics: this.diagnostics };
  }

  /** The first line of the body: the authority line, else the first numbered or opener line. */
  private findBodyStart(): number {
    const limit = Math.min(this.lines.length, 400);
    for (let i = 0; i < limit; i++) if (this.authority(this.plainLine(this.lines[i])) !== null) return i;
    // Openers are asked only of a text with no authority line: the masthead's lines before it are many.
    for (let i = 0; i < limit; i++) {
      const line = this.lines[i];
      if (line.kind === 'numbered' || this.opener(this.plainLine(line))?.known) return i;
    }
    return 0;
  }

  /** How many page breaks start at or before `offset`: the breaks before the first that starts after it. */
  private pageAt = (offset: number): number => countAtMost(this.pageStarts, offset);

  heading(block: Block): Heading {
    return { type: 'heading', text: normaliseSpace(this.plain(block)), position: this.position(block.start, block.end) };
  }

  private assemble(blocks: Block[], context: StructureContext): Resolution {
    const header = emptyHeader();
    const { blocksRead, closing: mastheadClosing, draft, unread } = this.masthead(header, blocks);
    if (blocksRead > 0) header.position = this.position(blocks[0].start, blocks[blocksRead - 1].end);
    this.structure = context;
    const { root, closing, annexes, unparsed } = new DocumentAssembler(blocks.slice(blocksRead), this, mastheadClosing).assemble();

    if (!header.organ && root.authority?.organ) {
      // The organ of the authority line stands in for a header that does not name it.
      const organ = this.organOf(root.authority.organ);
      if (organ) {
        header.organ = { value: organ, text: root.authority.organ, position: root.authority.position };
        // The header then reaches down to the authority line, so that its fields lie inside it.
        if (header.position) header.position = { start: header.position.start, end: root.authority.position.end };
      }
    }
    // The blocks' plain texts (in markdown, a copy of each) are not asked for past the structure: let them die young.
    this.plainTexts.clear();
    const footnotes = this.footnotes();
    const organ = organOfText(header, root.authority, this.code);
    this.content.finish(footnotes, citationSplitter(this.code, organ, { offsetsOf: this.content.offsetsOf, position: (start, end) => this.position(start, end) }));
    const pageBreaks = this.pageBreaks();
    const resolution: Resolution = {
      type: 'resolution',
      status: draft || header.distribution?.value === 'limited' || !this.showsAdoption(header, closing, root) ? 'draft' : 'resolution',
      language: this.code,
      form: this.form,
      header,
      authority: root.authority,
      preamble: root.preamble,
      leadIn: root.leadIn,
      operative: root.operative,
      divisions: root.divisions,
      closing,
      annexes,
      footnotes,
      pageBreaks,
      unparsed,
      position: this.position(0, this.source.length),
    };
    this.diagnostics.push(...checkCoherence(resolution, unread, this.code));
    if (header.resolutionNumber && !header.symbol) {
      const derived = deriveSymbol(header.resolutionNumber.value, header.organ?.value ?? null);
      if (derived) header.symbol = { value: derived, stated: false, text: null, position: null };
    }
    return resolution;
  }

  /**
   * Reads the masthead from the blocks before the body's first paragraph (the authority line, a
   * numbered or labelled paragraph, an opener). Returns how many blocks it took, and the closing
   * when the adoption line is printed in the masthead (the Security Council's layout).
   */
  private masthead(header: Header, blocks: Block[]): { blocksRead: number; closing: Closing | null; draft: boolean; unread: HeaderCell[] } {
    let candidates = 0;
    for (; candidates < blocks.length; candidates++) {
      const block = blocks[candidates];
      const text = this.plain(block);
      if (block.first.kind === 'numbered' || block.first.kind === 'labelled' || this.authority(text) !== null) break;
      // "A" alone before "The Security Council,": the first part opens, the header has ended.
      const next = blocks[candidates + 1];
      if (block.first.kind === 'numeral' && block.first.body === null && next && this.authority(this.plain(next)) !== null) break;
      if (this.opener(text)?.known && !isClosingText(text, this.code)) break;
    }
    const cells: HeaderCell[] = [];
    const blockOf: number[] = [];
    for (let b = 0; b < candidates; b++) {
      this.addHeaderCells(blocks[b], cells);
      while (blockOf.length < cells.length) blockOf.push(b);
    }
    const read = readMasthead(header, cells, this.code);
    // The grammar ends the masthead where a block begins: it takes whole blocks.
    const blocksRead = read.cellsRead === 0 ? 0 : blockOf[read.cellsRead - 1] + 1;
    const closing = read.closingCells ? this.closing([this.blockOfCells(blocks[blockOf[0]], read.closingCells)]) : null;
    return { blocksRead, closing, draft: read.draft, unread: read.unread };
  }

  /** A block of the lines under some header cells, for the readers of blocks (the closing's). */
  private blockOfCells(template: Block, cells: HeaderCell[]): Block {
    const start = skipSpace(this.source, cells[0].position.start.offset, cells[0].position.end.offset);
    const end = cells[cells.length - 1].position.end.offset;
    const flow = new Flow(start);
    let at = -1;
    for (const cell of cells) {
      if (cell.position.start.offset <= at) continue;
      const from = skipSpace(this.source, cell.position.start.offset, cell.position.end.offset);
      flow.append(this.source, from, trimmedEnd(this.source, from, cell.position.end.offset), '\n');
      at = cell.position.start.offset;
    }
    return { first: template.first, lines: [], flow, start, end };
  }

  /**
   * Whether a resolution's text shows it was adopted: a resolution number, a resolution's symbol, an
   * adoption date, a closing, or the quotation marks of a press copy (which quotes adopted texts). A
   * body with none of them (a draft's text, as datasets keep it) is a draft; a text with no body is
   * left as it is (validate says what it is).
   */
  private showsAdoption(header: Header, closing: Closing | null, root: BodyDraft): boolean {
    if (root.authority === null && root.operative.length === 0 && root.divisions.length === 0) return true;
    return header.resolutionNumber !== null || header.adoptedBy !== null || closing !== null || /\/RES\//.test(header.symbol?.value ?? '') || this.lines.some((line) => line.quoted);
  }

  /** "[Adopted …" or "[Adoptée …": a vote in brackets. */
  opensBracketedVote(block: Block): boolean {
    const text = this.plain(block);
    return text.startsWith('[') && isClosingText(text.slice(1), this.code);
  }

  /** "Therefore", "Now, therefore,", "Par conséquent" standing alone. */
  isTherefore(text: string): boolean {
    return languagePattern(languages[this.code], 'thereforeAlone', (l) => new RegExp(`^(?:${alternation(l.therefore)}),?$`, 'iu')).test(text);
  }

  private organOf(words: string): OrganId | null {
    return matchOrgan(words, this.code)?.id ?? null;
  }

  isLoneDate(block: Block): boolean {
    const text = this.plain(block);
    const date = parseDate(text, this.code);
    return date !== null && date.index <= 2 && date.length >= text.length - 2;
  }

  /** Adds the header cells of a block to `cells`: its lines, or the cells of a markdown table row and `<br>` lines. */
  private addHeaderCells(block: Block, cells: HeaderCell[]): void {
    for (const line of block.lines) {
      // A line of markup only ("*", "##") keeps its characters, so that it is not read as nothing.
      const text = this.plainLine(line) || line.text;
      const position = this.position(line.start, line.end);
      const opensBlock = line === block.first;
      if (this.form !== 'markdown' || !CELLS_MARKUP.test(text)) cells.push({ text, position, opensBlock });
      else if (!TABLE_RULE.test(text)) for (const cell of text.split(CELL_SEPARATOR)) if (cell.length > 0) cells.push({ text: cell, position, opensBlock });
    }
  }

  newDivision(kind: 'part' | 'section', num: string, heading: Heading | null, block: Block): Division {
    return { type: 'division', kind, num, heading, ...emptyBody(), position: this.position(block.start, block.end) };
  }

  newParagraph(
    block: Block,
    body: BodyDraft,
    heading: Heading | null,
    kind: 'preambular' | 'operative',
    numbered: { num: string; number: number; ocr: boolean; printed: string } | null,
  ) {
    // A heading printed above the paragraph belongs to it: the paragraph's position includes it.
    const start = heading ? heading.position.start.offset : block.start;
    const position = this.position(start, block.end);
    // Written out, not spread from shared fields: a spread after other keys is copied by the engine's slow path.
    let node: PreambularParagraph | OperativeParagraph;
    if (kind === 'operative') {
      const number = numbered ? numbered.number : null;
      if (numbered?.ocr) {
        this.diagnostics.push({
          code: 'ocr-corrected',
          severity: 'warning',
          message: `Paragraph number printed "${numbered.printed}" read as "${number}." (an OCR slip).`,
          position: this.position(block.first.start, block.first.end),
        });
      }
      node = { type: 'operativeParagraph', num: numbered ? String(number) : null, number, heading, opener: null, content: [], subparagraphs: [], text: '', position };
      body.operative.push(node);
    } else {
      node = { type: 'preambularParagraph', heading, opener: null, content: [], subparagraphs: [], text: '', position };
      body.preamble.push(node);
    }
    const job = this.content.job([block.flow], node, true);
    const draft: ParagraphDraft = { node, job, labelled: [] };
    return draft;
  }

  nestSubparagraphs(paragraph: ParagraphDraft): void {
    const jobs = new Map(paragraph.labelled.map((entry) => [entry.node, entry.job]));
    const lists: LabelledEntry[][] = [];
    for (const entry of paragraph.labelled) {
      if (entry.restartsList || lists.length === 0) lists.push([]);
      lists[lists.length - 1].push(entry);
    }
    for (const list of lists) this.placeList(paragraph, list, jobs);
    // A subparagraph ends where its last descendant ends.
    const reach = (node: Subparagraph): void => {
      for (const child of node.subparagraphs) {
        reach(child);
        extendTo(node, child);
      }
    };
    paragraph.node.subparagraphs.forEach(reach);
    const last = paragraph.labelled[paragraph.labelled.length - 1];
    extendTo(paragraph.node, last.node);
    for (const top of paragraph.node.subparagraphs) extendTo(paragraph.node, top);
  }

  private placeList(paragraph: ParagraphDraft, list: LabelledEntry[], jobs: Map<Subparagraph, ContentJob>): void {
    placeLabels(
      list.map((entry) => entry.node),
      list.map((entry) => entry.node.label),
      (node, placement) => {
        if (placement.printed !== undefined) {
          this.diagnostics.push({
            code: 'ocr-corrected',
            severity: 'warning',
            message: `Subparagraph label printed "(${placement.printed})" read as "(${placement.label})" (an OCR slip).`,
            position: node.position,
          });
        }
        node.label = placement.label;
        const parent = placement.parent;
        if (parent) {
          if (parent.subparagraphs.includes(node)) return;
          parent.subparagraphs.push(node);
          jobs.get(parent)!.children.push(jobs.get(node)!);
          extendTo(parent, node);
        } else if (!paragraph.node.subparagraphs.includes(node)) {
          paragraph.node.subparagraphs.push(node);
          paragraph.job.children.push(jobs.get(node)!);
        }
      },
    );
  }

  closingText(block: Block): ClosingText {
    return readClosing(this.plain(block), this.code);
  }

  closing(parts: Block[]): Closing {
    const first = parts[0];
    const last = parts[parts.length - 1];
    const text = parts.map((part) => this.plain(part)).join('\n');
    const read = readClosing(text, this.code);
    // Positions of the closing's fields are given for the whole closing: its text is short.
    const position = this.position(first.start, last.end);
    const closing: Closing = {
      type: 'closing',
      meeting: read.meeting ? { value: read.meeting.value, text: text.slice(read.meeting.index, read.meeting.index + read.meeting.length), position } : null,
      date: read.date ? { value: read.date.iso, text: text.slice(read.date.index, read.date.index + read.date.length), position } : null,
      vote: read.vote
        ? {
            unanimous: read.vote.unanimous,
            withoutVote: read.vote.withoutVote,
            inFavour: read.vote.inFavour,
            against: read.vote.against,
            abstentions: read.vote.abstentions,
            abstaining: read.vote.abstaining,
            recorded: read.vote.recorded,
            text: text.slice(read.vote.index, read.vote.index + read.vote.length),
            position,
          }
        : null,
      text: normaliseSpace(text),
      content: [],
      position,
    };
    // The closing carries footnote markers too ("Adopted at the 2nd meeting. 22"): its inline
    // content is built with the paragraphs'; its text stays as printed.
    this.content.job(parts.map((part) => part.flow), closing, false, 'closing');
    return closing;
  }

  private footnotes(): Footnote[] {
    const notes = this.layout.notes;
    const ids = noteIds(notes.map((note) => note.marker));
    return notes.map((note, n) => {
      const flow = new Flow(note.bodyStart);
      let afterBreak = false;
      for (let l = note.firstLine; l <= note.lastLine; l++) {
        const line = this.lines[l];
        if (this.layout.roles[l] === 'furniture') afterBreak = true;
        if (this.layout.roles[l] !== 'note') continue;
        const from = l === note.firstLine ? note.bodyStart : line.start;
        flow.append(this.source, skipSpace(this.source, from, line.end), trimmedEnd(this.source, from, line.end), ' ', afterBreak);
        afterBreak = false;
      }
      const first = this.lines[note.ruleLine ?? note.firstLine];
      const footnote: Footnote = {
        type: 'footnote',
        id: ids[n],
        marker: note.marker,
        content: [],
        text: '',
        references: [],
        position: this.position(skipSpace(this.source, first.start, first.end), this.lines[note.lastLine].end),
      };
      this.content.note(footnote, flow);
      return footnote;
    });
  }

  private pageBreaks(): PageBreak[] {
    return this.layout.pageBreaks.map((pb) => {
      const lines = this.lines.slice(pb.firstLine, pb.lastLine + 1).filter((l) => l.kind !== 'blank');
      const first = this.lines[pb.firstLine];
      const last = this.lines[pb.lastLine];
      return {
        type: 'pageBreak',
        page: pb.page,
        lines: lines.map((l) => l.text),
        position: this.position(skipSpace(this.source, first.start, first.end), last.end),
      };
    });
  }
}

/** Words at the end of a text are read within its last characters. */
const END_WORD_WINDOW = 30;
const LETTER = /^\p{L}$/u;

/**
 * The letters that end `text` (with its full stop, when `withStop`), lower-cased, within its last
 * `END_WORD_WINDOW` characters; '' when it ends otherwise. As `/(\p{L}+\.?)$/u` reads it, by hand:
 * it is asked at most lines of a paragraph.
 */
function lastWord(text: string, withStop: boolean): string {
  const stop = Math.max(0, text.length - END_WORD_WINDOW);
  const end = withStop && text.charCodeAt(text.length - 1) === 0x2e ? text.length - 1 : text.length;
  let start = end;
  while (start > stop) {
    const c = text.charCodeAt(start - 1);
    if (c < 0x80) {
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
      start--;
      continue;
    }
    // Beyond ASCII a letter may take two code units (a surrogate pair): `\p{L}` is asked of it.
    const width = c >= 0xdc00 && c <= 0xdfff && start - 2 >= stop ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start === end ? '' : text.slice(start, text.length).toLowerCase();
}

function extendTo(parent: { position: { end: { offset: number } } }, child: { position: { end: { offset: number } } }): void {
  if (child.position.end.offset > parent.position.end.offset) parent.position.end = child.position.end as never;
}

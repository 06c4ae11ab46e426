import type { Annex, Closing, Diagnostic, Division, Heading, OperativeParagraph, PreambularParagraph, Subparagraph, Unparsed } from '../schema/index.js';
import type { ClosingText } from './closing.js';
import type { Block } from '../blocks/blocks.js';
import { Flow } from '../blocks/flow.js';
import type { LineIndex } from '../source/line-index.js';
import type { ContentBuilder, ContentJob } from '../tree/content.js';
import { normaliseSpace } from '../tree/inline.js';
import { parse as parseDocument } from '../generated/document.js';
import { emptyBody, endsOperativePart, roleOf, type BlockRole, type BodyDraft, type StructureContext } from './roles.js';

/** A labelled item of a paragraph, before its place in the list tree is known. */
export interface LabelledEntry {
  block: Block;
  node: Subparagraph;
  job: ContentJob;
  /** Text of the paragraph came between this item and the one before: a new list begins. */
  restartsList?: boolean;
}

/** A paragraph being built, with its labelled items in reading order. */
export interface ParagraphDraft {
  node: PreambularParagraph | OperativeParagraph;
  job: ContentJob;
  labelled: LabelledEntry[];
  textSinceList?: boolean;
}

/** What the assembler needs from the resolution's builder: block text, positions and the node factories. */
export interface AssemblyContext {
  index: LineIndex;
  source: string;
  diagnostics: Diagnostic[];
  content: ContentBuilder;
  structure: StructureContext;
  plain(block: Block): string;
  heading(block: Block): Heading;
  newParagraph(block: Block, body: BodyDraft, heading: Heading | null, kind: 'preambular' | 'operative', numbered: Extract<BlockRole, { kind: 'numbered' }> | null): ParagraphDraft;
  newDivision(kind: 'part' | 'section', num: string, heading: Heading | null, block: Block): Division;
  nestSubparagraphs(paragraph: ParagraphDraft): void;
  closing(parts: Block[]): Closing;
  /** The adoption line's words read: meeting, date, vote. */
  closingText(block: Block): ClosingText;
  isLoneDate(block: Block): boolean;
  opensBracketedVote(block: Block): boolean;
  isTherefore(text: string): boolean;
}

/** The body of the resolution as the document grammar (grammar/document.peggy) reads it. */
export interface AssembledBody {
  root: BodyDraft;
  closing: Closing | null;
  annexes: Annex[];
  unparsed: Unparsed[];
}

/** One symbol per block role, as grammar/document.peggy names them. */
function symbolOf(role: BlockRole): string {
  switch (role.kind) {
    case 'authority': return 'a';
    case 'numbered': return 'n';
    case 'labelled': return 'l';
    case 'division': return role.division === 'part' ? 'P' : 'S';
    case 'annex': return 'x';
    case 'closing': return 'c';
    case 'heading': return 'h';
    case 'paragraph': return role.opener?.kind === 'preambular' ? 'p' : role.opener?.kind === 'operative' ? 'o' : 't';
  }
}

type Container = { position: { end: ReturnType<LineIndex['point']> } };

/**
 * Builds the body, closing and annexes from the blocks after the masthead, as the document grammar
 * places them: its actions and predicates are this class's methods, called in reading order. The
 * state is the tree as it grows: the open body (the resolution's, a division's or an annex's), the
 * paragraph still open, headings waiting for their paragraph.
 */
export class DocumentAssembler {
  private readonly roles: BlockRole[];
  private readonly root = emptyBody();
  private readonly annexes: Annex[] = [];
  private readonly unparsed: Unparsed[] = [];
  private body: BodyDraft = this.root;
  private divisionStack: Division[] = [];
  private openContainers: Container[] = [];
  private pendingHeading: Heading | null = null;
  private open: ParagraphDraft | null = null;
  /** The last block of the open paragraph: a heading right after it may introduce a document. */
  private paragraphEnd = -1;
  private annexOpen: Annex | null = null;
  private closingNode: Closing | null;

  constructor(
    private readonly blocks: Block[],
    private readonly context: AssemblyContext,
    mastheadClosing: Closing | null,
  ) {
    this.closingNode = mastheadClosing;
    this.roles = blocks.map((block, i) => roleOf(block, blocks[i + 1], context.structure));
  }

  assemble(): AssembledBody {
    parseDocument(this.roles.map(symbolOf).join(''), { builder: this });
    this.finishParagraph();
    this.flushHeading();
    return { root: this.root, closing: this.closingNode, annexes: this.annexes, unparsed: this.unparsed };
  }

  // ---- Predicates of the grammar: facts about a block ----

  /** "Therefore" alone before numbered clauses that name the organ ("1. The Security Council requests …"). */
  isThereforeLeadIn(i: number): boolean {
    return this.blocks[i + 1]?.first.kind === 'numbered' && this.context.isTherefore(this.plain(i));
  }

  /** "Resolves:", "Declares that:" before numbered clauses that open with their subject ("1. That the sub-committee …"). */
  isColonLeadIn(i: number): boolean {
    const text = this.plain(i);
    const next = this.blocks[i + 1];
    if (!text.endsWith(':') || next?.first.kind !== 'numbered') return false;
    const role = this.roles[i];
    const opener = role.kind === 'paragraph' ? role.opener : null;
    return !opener || (text.length < 80 && this.context.structure.opener(this.context.plain(next)) === null);
  }

  /**
   * Text with no opener right after a preambular paragraph that ends with a colon, and before a
   * paragraph that opens with one: the passage the paragraph quotes ("… advisory opinion on the
   * following question:" / "What are the obligations of Israel …?" / "Commending …").
   */
  quotesAfterColon(i: number): boolean {
    const before = this.roles[i - 1];
    const after = this.roles[i + 1];
    return before?.kind === 'paragraph' && this.plain(i - 1).endsWith(':') && after?.kind === 'paragraph' && after.opener !== null;
  }

  /** Text after "Decides to remain seized of the matter." that opens in capitals: an annex whose label was lost. */
  opensAnnexAfterSeized(i: number): boolean {
    // Asked while the paragraph is being read (before its action runs): the block before must be one of a paragraph's.
    const role = this.roles[i];
    const before = this.roles[i - 1]?.kind;
    if (this.annexOpen || role?.kind !== 'paragraph' || role.opener || (before !== 'paragraph' && before !== 'numbered' && before !== 'labelled')) return false;
    return endsOperativePart(this.blocks[i - 1].flow.text, this.context.structure.code) && /^\p{Lu}/u.test(this.plain(i));
  }

  /**
   * An operative paragraph that ends with a colon and no list, followed by a title, introduces a
   * document the resolution adopts ("Adopts the following Declaration:" / "DECLARATION ON …", or
   * "Adopts the following outcome document …:" / "Transforming our world: …" / "Preamble"). The
   * title is in capitals, or another heading follows it.
   */
  introducesDocument(i: number): boolean {
    const paragraph = this.open;
    if (this.annexOpen || paragraph === null || this.paragraphEnd !== i - 1) return false;
    if (paragraph.node.type !== 'operativeParagraph' || paragraph.labelled.length > 0) return false;
    if (!/:\s*$/.test(paragraph.job.holders.at(-1)!.flow.text)) return false;
    const title = this.plain(i);
    if (title.length >= 12 && title === title.toUpperCase() && /\p{Lu}{3}/u.test(title)) return true;
    return this.roles[i + 1]?.kind === 'heading';
  }

  /** Whether a label's block has no heading of its own and the next block reads as one. */
  hasTitleAfter(label: number): boolean {
    const role = this.roles[label];
    const inBlock = role.kind === 'division' ? role.heading : role.kind === 'annex' && role.titleInBlock && this.blocks[label].lines[1] !== undefined;
    return !inBlock && label + 1 < this.blocks.length && this.isHeadingCandidate(label + 1);
  }

  /** A heading, or short text with no opener that does not read as a clause: a title. */
  private isHeadingCandidate(i: number): boolean {
    const role = this.roles[i];
    const text = this.plain(i);
    return (role.kind === 'heading' || (role.kind === 'paragraph' && !role.opener && text.length < 200 && !/[,;]$/.test(text))) && !this.blocks[i].first.kind.startsWith('numbered');
  }

  /** The date or the meeting's ordinal on the block after an adoption line that lacks it. */
  completesClosing(i: number): boolean {
    const line = this.blocks[i - 1];
    const next = this.blocks[i];
    const read = this.context.closingText(line);
    return (this.context.isLoneDate(next) && !read.date) || (/^\d{1,5}(?:st|nd|rd|th)$/.test(this.plain(i)) && !read.meeting);
  }

  opensBracketedVote(i: number): boolean {
    return this.blocks[i] !== undefined && this.context.opensBracketedVote(this.blocks[i]);
  }

  closesBracketedVote(i: number): boolean {
    return /\]\.?$/.test(this.plain(i));
  }

  hasClosing(): boolean {
    return this.closingNode !== null;
  }

  // ---- Actions of the grammar ----

  /** "The General Assembly,": the body's authority line, or, when the body has begun, an unnumbered part. */
  authority(i: number): void {
    const block = this.blocks[i];
    const role = this.roles[i] as Extract<BlockRole, { kind: 'authority' }>;
    this.finishParagraph();
    this.flushHeading();
    const authority = { type: 'authority' as const, text: normaliseSpace(this.plain(i)), organ: role.organ, position: this.position(block.start, block.end) };
    if (this.body.authority || this.body.preamble.length || this.body.operative.length) {
      const division = this.context.newDivision('part', '', null, block);
      this.root.divisions.push(division);
      this.divisionStack = [division];
      this.body = division;
      this.openContainers = [division, ...(this.annexOpen ? [this.annexOpen] : [])];
    }
    this.body.authority = authority;
    this.extend(i);
  }

  /** A paragraph: the headings above it, its first block, then its labelled items and continued text. */
  paragraph(headings: number[], start: number, items: number[]): void {
    this.takeHeadings(headings);
    this.finishParagraph();
    const block = this.blocks[start];
    const role = this.roles[start];
    if (role.kind === 'labelled') {
      // A list with no paragraph to hang on ("(a) Resolves …; (b) Requests …" right after the
      // authority line): an unnumbered operative paragraph with no text of its own holds it.
      const holder: Block = { ...block, lines: [block.first], flow: new Flow(block.start), end: block.start };
      this.openParagraph(holder, 'operative', null);
      this.labelled(start);
    } else if (role.kind === 'numbered') this.openParagraph(block, 'operative', role);
    else {
      const kind = role.kind === 'paragraph' ? role.opener?.kind : undefined;
      const isOperative = kind === 'operative' || (kind === undefined && this.body.operative.length > 0);
      this.openParagraph(block, isOperative ? 'operative' : 'preambular', null);
    }
    this.paragraphEnd = start;
    this.extend(start);
    for (const item of items) {
      if (this.roles[item].kind === 'labelled') this.labelled(item);
      else this.continuation(item);
      this.paragraphEnd = item;
      this.extend(item);
    }
  }

  /** The lead-in of the operative part ("Therefore", "Declares that:"), with the headings above it. */
  leadIn(headings: number[], i: number): void {
    this.takeHeadings(headings);
    this.finishParagraph();
    let leadIn = this.context.heading(this.blocks[i]);
    if (this.pendingHeading) {
      // "And to this end / Declares that:": the line before belongs to the lead-in.
      leadIn = { type: 'heading', text: `${this.pendingHeading.text} ${leadIn.text}`, position: { start: this.pendingHeading.position.start, end: leadIn.position.end } };
      this.pendingHeading = null;
    }
    this.body.leadIn = leadIn;
    this.extend(i);
  }

  /** Headings that the next paragraph of this body does not follow: they wait for a paragraph, or are stray. */
  headings(indices: number[]): void {
    this.takeHeadings(indices);
  }

  /** A part or section label, with its title when the next block holds it. */
  division(i: number, title: number | null): void {
    const role = this.roles[i] as Extract<BlockRole, { kind: 'division' }>;
    const block = this.blocks[i];
    this.finishParagraph();
    this.flushHeading();
    let heading: Heading | null = null;
    if (role.heading) heading = { type: 'heading', text: normaliseSpace(this.plain(i)), position: this.position(block.start, block.end) };
    else if (title !== null) heading = this.context.heading(this.blocks[title]);
    const division = this.context.newDivision(role.division, role.num, heading, block);
    if (heading) division.position.end = heading.position.end;
    const parentIsPart = this.divisionStack[0]?.kind === 'part';
    if (role.division === 'section' && parentIsPart) {
      this.divisionStack = [this.divisionStack[0], division];
      this.divisionStack[0].divisions.push(division);
    } else {
      this.divisionStack = [division];
      (this.annexOpen ?? this.root).divisions.push(division);
    }
    this.body = division;
    this.openContainers = [...this.divisionStack, ...(this.annexOpen ? [this.annexOpen] : [])];
    this.extend(title ?? i);
  }

  /** The adoption line, with the date lost from it and the vote in brackets under it. */
  closing(line: number, lost: number | null, vote: [number, number] | null): void {
    this.finishParagraph();
    const last = vote ? vote[1] : lost ?? line;
    const parts = this.blocks.slice(line, last + 1);
    const block = this.blocks[line];
    if (this.closingNode) {
      this.context.diagnostics.push({ code: 'duplicate-closing', severity: 'warning', message: 'A second adoption line; the first is kept as the closing.', position: this.position(block.start, block.end) });
      const end = parts[parts.length - 1].end;
      this.unparsed.push({ type: 'unparsed', text: this.context.source.slice(block.start, end), position: this.position(block.start, end) });
    } else this.closingNode = this.context.closing(parts);
    // Text after a closing that follows an annex still belongs to the annex.
    this.openContainers = this.annexOpen ? [this.annexOpen] : [];
    this.extend(last);
  }

  /** A second adoption line after the closing, in an annex (the 1993–1994 compilations): a heading. */
  closingAsHeading(i: number): void {
    this.finishParagraph();
    this.pendingHeading = this.context.heading(this.blocks[i]);
    this.extend(i);
  }

  textAfterClosing(i: number): void {
    this.keepUnparsed(i, 'text-after-closing', 'warning', 'Text after the closing (meeting and date) that is neither a footnote nor an annex.');
  }

  /** "Annex II", with its title in the block or on the next one. */
  annex(i: number, title: number | null): void {
    const role = this.roles[i] as Extract<BlockRole, { kind: 'annex' }>;
    const block = this.blocks[i];
    this.finishParagraph();
    this.flushHeading();
    let heading: Heading | null = null;
    const second = block.lines[1];
    if (role.titleInBlock && second) {
      heading = { type: 'heading', text: normaliseSpace(this.plain(i).slice(role.label.length)).trim(), position: this.position(second.start, block.end) };
    } else if (title !== null) heading = this.context.heading(this.blocks[title]);
    this.openAnnex(role.label, role.num, heading, block.start, heading ? heading.position.end.offset : block.end);
    this.extend(title ?? i);
  }

  /**
   * "Adopts the following Declaration:" / "DECLARATION ON …": the text adopted is a document of its
   * own, printed inside the resolution; it is kept as an annex (label "") so that its paragraphs are
   * not counted as the resolution's.
   */
  adoptedDocument(i: number): void {
    this.finishParagraph();
    const block = this.blocks[i];
    this.openAnnex('', null, this.context.heading(block), block.start, block.end);
    this.extend(i);
  }

  /** "24. Decides to remain actively seized of the matter." / "The Houthis have engaged …": an annex whose label was lost. */
  annexAfterSeized(i: number, items: number[]): void {
    this.finishParagraph();
    const block = this.blocks[i];
    this.openAnnex('', null, null, block.start, block.end);
    this.open = this.context.newParagraph(block, this.body, null, 'preambular', null);
    this.paragraphEnd = i;
    this.extend(i);
    for (const item of items) {
      this.labelled(item);
      this.paragraphEnd = item;
      this.extend(item);
    }
  }

  /** A block the grammar could not place (none should be): kept as unparsed, reported. */
  unplaced(i: number): void {
    this.keepUnparsed(i, 'internal-error', 'error', 'The document grammar could not place this block; it is kept as unparsed. Please report it.');
  }

  // ---- The tree as it grows ----

  private keepUnparsed(i: number, code: string, severity: Diagnostic['severity'], message: string): void {
    const block = this.blocks[i];
    const position = this.position(block.start, block.end);
    this.unparsed.push({ type: 'unparsed', text: this.context.source.slice(block.start, block.end), position });
    this.context.diagnostics.push({ code, severity, message, position });
  }

  private plain(i: number): string {
    return this.context.plain(this.blocks[i]);
  }

  private position(start: number, end: number) {
    return this.context.index.position(start, end);
  }

  private takeHeadings(indices: number[]): void {
    for (const i of indices) {
      this.finishParagraph();
      const block = this.blocks[i];
      if (this.pendingHeading) {
        this.pendingHeading.text += ` ${normaliseSpace(this.plain(i))}`;
        this.pendingHeading.position.end = this.context.index.point(block.end);
      } else this.pendingHeading = this.context.heading(block);
      this.extend(i);
    }
  }

  private openParagraph(block: Block, kind: 'preambular' | 'operative', numbered: Extract<BlockRole, { kind: 'numbered' }> | null): void {
    this.open = this.context.newParagraph(block, this.body, this.pendingHeading, kind, numbered);
    this.pendingHeading = null;
  }

  private labelled(i: number): void {
    const block = this.blocks[i];
    const role = this.roles[i] as Extract<BlockRole, { kind: 'labelled' }>;
    const paragraph = this.open!;
    const node: Subparagraph = { type: 'subparagraph', label: role.label, marker: role.marker, content: [], text: '', subparagraphs: [], position: this.position(block.start, block.end) };
    const job: ContentJob = this.context.content.job([block.flow], node, false);
    paragraph.labelled.push({ block, node, job, restartsList: paragraph.textSinceList === true });
    paragraph.textSinceList = false;
    paragraph.node.position.end = this.context.index.point(block.end);
  }

  /** Text without an opener after the operative part began: it continues the paragraph before. */
  private continuation(i: number): void {
    const block = this.blocks[i];
    const paragraph = this.open!;
    const last = paragraph.labelled.length ? paragraph.labelled[paragraph.labelled.length - 1] : null;
    (last?.job ?? paragraph.job).holders.push(this.context.content.holderOf(block.flow));
    // "(a) …; or (b) …;" / "shall freeze such funds … by:" / "(i) …": the paragraph's sentence
    // resumes after its list, and the labels that follow open a list of their own.
    if (last && /^\p{Ll}/u.test(this.plain(i))) paragraph.textSinceList = true;
    if (last) last.node.position.end = this.context.index.point(block.end);
    paragraph.node.position.end = this.context.index.point(block.end);
  }

  private finishParagraph(): void {
    if (this.open && this.open.labelled.length) this.context.nestSubparagraphs(this.open);
    this.open = null;
    this.paragraphEnd = -1;
  }

  private flushHeading(): void {
    if (!this.pendingHeading) return;
    const heading = this.pendingHeading;
    this.pendingHeading = null;
    this.unparsed.push({ type: 'unparsed', text: heading.text, position: heading.position });
    this.context.diagnostics.push({ code: 'stray-heading', severity: 'warning', message: `A heading with no paragraph after it: "${heading.text}".`, position: heading.position });
  }

  /** Opens an annex: what follows belongs to it, and the resolution's own text has ended. */
  private openAnnex(label: string, num: string | null, title: Heading | null, start: number, end: number): void {
    const opened: Annex = { type: 'annex', label, num, title, ...emptyBody(), position: this.position(start, end) };
    this.annexOpen = opened;
    this.annexes.push(opened);
    this.body = opened;
    this.divisionStack = [];
    this.openContainers = [opened];
  }

  /** The open containers (divisions, annex) reach down to block `i`. */
  private extend(i: number): void {
    const end = this.blocks[i].end;
    const point = this.context.index.point(end);
    for (const container of this.openContainers) if (container.position.end.offset < end) container.position.end = point;
  }
}

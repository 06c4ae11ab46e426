import { languages, type LanguageCode, type OpenerMatch } from '../languages/index.js';
import type { Diagnostic, Footnote, Inline, InputForm, Opener, PreambularParagraph, Text } from '../schema/index.js';
import type { LineIndex } from '../source/line-index.js';
import type { Flow } from '../blocks/flow.js';
import { linkReferences, type NoteSite, type ReferenceHolder, type ReferenceWords } from './footnotes.js';
import { perLanguage } from '../languages/per-language.js';
import { appendTreeInline, normaliseSpace, PlainTextBuilder, readInline, TextOrigins, valueOffsets, type InlineSink } from './inline.js';
import { splitOpener } from './openers.js';
import type { ValueSpans } from '../references/split.js';

/** The words around numbers that tell a footnote marker from a number, once per language. */
const referenceWords = perLanguage((language): ReferenceWords => {
  const months = language.months.flat().map((m) => m.toLowerCase());
  return {
    numberTakers: new Set(language.numberContext.takers),
    numberFollowers: new Set([...months, ...language.numberContext.followers]),
    months: new Set(months),
  };
});

/** A piece of content whose inline nodes are built once footnote references are linked. */
export interface ContentJob {
  holders: ReferenceHolder[];
  target: { content: Inline[]; text: string; opener?: PreambularParagraph['opener'] };
  withOpener: boolean;
  /**
   * A paragraph's or subparagraph's content, whose references are split off; the closing keeps its
   * text as printed (only its content is built) and cites nothing.
   */
  kind: 'paragraph' | 'closing';
  /** Items whose text is part of this one's plain text (subparagraphs). */
  children: ContentJob[];
}

export interface ContentContext {
  index: LineIndex;
  form: InputForm;
  code: LanguageCode;
  /** The opener at the start of a text (`matchOpener` in the document's language). */
  opener: (text: string) => OpenerMatch | null;
  /** How many page breaks come before an offset of the original input. */
  pageAt: (offset: number) => number;
  diagnostics: Diagnostic[];
  /** Where to record how each opener was read, for `validate` (see `OpenerReadings`). */
  readings?: OpenerReadings;
}

/** How the parser read each opener node of a tree: facts `validate` reuses instead of reading the phrase again. */
export type OpenerReadings = Map<Opener, OpenerMatch>;

/** Splits the references off the inline content of a paragraph or a footnote (`inNote`): the references stage. */
export type CitationSplitter = (content: Inline[], inNote: boolean) => Inline[];

/**
 * The inline content of the tree. Content is registered while the structure is built and finished
 * at the end, because a footnote marker in plain text can only be told from a number once every
 * note on its page is known: references are linked first, then openers are split off and the
 * inline nodes, plain texts and footnote back-links are written into their nodes.
 */
export class ContentBuilder {
  private readonly jobs: ContentJob[] = [];
  private readonly holders: ReferenceHolder[] = [];
  private readonly notes: { note: Footnote; flow: Flow; holder: ReferenceHolder }[] = [];
  /** Where each text node of the piece of content being finished was read from. */
  private readonly origins = new TextOrigins();
  /**
   * The inline nodes of the piece being finished, copied out at its end at their exact count: an
   * array grown by pushes reserves room for seventeen, and most pieces hold one to three nodes.
   */
  private readonly scratch = new InlineScratch();

  constructor(private readonly context: ContentContext) {}

  /**
   * Maps spans of a text node's value to original offsets, exactly (through the flow it was read
   * from); null for a node that is not of the content being finished.
   */
  offsetsOf = (node: Text): ValueSpans | null => {
    const origin = this.origins.of(node);
    if (!origin) return null;
    // A value as long as its span was read character for character (no escape, no run of spaces folded).
    if (node.value.length === origin.to - origin.from) return new ReadSpans(origin.flow, origin.from);
    const offsets = valueOffsets(origin);
    if (offsets.length !== node.value.length + 1) return null;
    return new MappedSpans(origin.flow, offsets, origin.from);
  };

  /** Reads a flow's inline markup; its footnote markers will be linked with every other's. */
  holderOf(flow: Flow): ReferenceHolder {
    const holder: ReferenceHolder = { flow, nodes: readInline(flow, this.context.form) };
    this.holders.push(holder);
    return holder;
  }

  /**
   * Registers content for `target`, read from `flows` (in order); `withOpener` splits its opener off.
   */
  job(flows: Flow[], target: ContentJob['target'], withOpener: boolean, kind: ContentJob['kind'] = 'paragraph'): ContentJob {
    const job: ContentJob = { holders: flows.map((flow) => this.holderOf(flow)), target, withOpener, kind, children: [] };
    this.jobs.push(job);
    return job;
  }

  /** Registers a footnote whose content is `flow`. */
  note(note: Footnote, flow: Flow): void {
    this.notes.push({ note, flow, holder: { flow, nodes: readInline(flow, this.context.form) } });
  }

  /**
   * Links footnote references, then builds every job's inline nodes, opener and text, and the
   * footnotes', splitting citations off each piece as it is built with `splitCitations`.
   */
  finish(footnotes: Footnote[], splitCitations: CitationSplitter): void {
    const { code, form, index, pageAt } = this.context;
    // A note serves the references printed on its own page.
    const sites: NoteSite[] = this.notes.map(({ note }) => ({ id: note.id, marker: note.marker, page: pageAt(note.position.start.offset) }));
    linkReferences(this.holders, sites, form, referenceWords(languages[code]), pageAt);
    // Children were registered after their parents: finishing in reverse gives parents their children's text.
    for (let j = this.jobs.length - 1; j >= 0; j--) this.finishJob(this.jobs[j], splitCitations);
    for (const { note, flow, holder } of this.notes) {
      const text = new PlainTextBuilder();
      appendTreeInline(this.scratch, holder.nodes, flow, index, this.origins, text);
      note.content = splitCitations(this.scratch.take(), true);
      note.text = text.text.trim();
      this.origins.clear();
    }
    this.linkBack(footnotes);
  }

  private finishJob(job: ContentJob, splitCitations: CitationSplitter): void {
    const { opener: matchOpener, form, index, readings } = this.context;
    const text = new PlainTextBuilder();
    for (let h = 0; h < job.holders.length; h++) {
      const holder = job.holders[h];
      let nodes = holder.nodes;
      if (h === 0 && job.withOpener) {
        const split = splitOpener(nodes, holder.flow, form, matchOpener);
        if (split) {
          const { opener, reading } = split;
          const node: Opener = {
            type: 'opener',
            text: opener.text,
            known: opener.known,
            position: index.position(holder.flow.startOf(opener.from), holder.flow.endOf(opener.to)),
          };
          job.target.opener = node;
          if (readings && reading) readings.set(node, reading);
          const printed = normaliseSpace(opener.text);
          // An opener read from text (not from emphasis, whose span has its markers too) is the flow's text there.
          if (printed === opener.text && opener.to - opener.from === printed.length) text.appendVerbatim(printed, holder.flow.text, opener.from);
          else text.append(printed);
          nodes = split.rest;
        }
      }
      text.separateNext();
      appendTreeInline(this.scratch, nodes, holder.flow, index, this.origins, text);
    }
    for (const child of job.children) {
      text.append(' ');
      text.append(child.target.text);
    }
    if (job.kind === 'closing') job.target.content = this.scratch.take();
    else {
      job.target.content = splitCitations(this.scratch.take(), false);
      job.target.text = text.text.trim();
    }
    this.origins.clear();
  }

  /** Gives each footnote the ids of its references, and reports markers that have no note. */
  private linkBack(footnotes: Footnote[]): void {
    const byId = new Map(footnotes.map((note) => [note.id, note]));
    const visit = (nodes: Inline[]) => {
      for (const node of nodes) {
        if (node.type === 'footnoteReference') {
          if (node.footnoteId) byId.get(node.footnoteId)?.references.push(node.id);
          else
            this.context.diagnostics.push({
              code: 'footnote-missing',
              severity: 'warning',
              message: `Footnote marker "${node.marker}" has no footnote.`,
              position: node.position,
            });
        } else if (node.type === 'emphasis' || node.type === 'strong') visit(node.children);
      }
    };
    for (const job of this.jobs) visit(job.target.content);
  }
}

/**
 * Inline nodes gathered for one piece of content, then taken out at their exact count. Emptied by
 * resetting a count: setting an array's length to 0 would free its room, to be reserved again.
 */
class InlineScratch implements InlineSink {
  private readonly nodes: Inline[] = [];
  private count = 0;

  push(node: Inline): void {
    this.nodes[this.count++] = node;
  }

  /** The nodes pushed since the last call, in an array of their own. */
  take(): Inline[] {
    const nodes = this.nodes.slice(0, this.count);
    this.count = 0;
    return nodes;
  }
}

/** Spans of a value read character for character from `flow`, starting at flow offset `start`. */
class ReadSpans implements ValueSpans {
  constructor(
    private readonly flow: Flow,
    private readonly start: number,
  ) {}

  startOf(from: number): number {
    return this.flow.startOf(this.start + from);
  }

  endOf(from: number, to: number): number {
    return this.flow.endOf(this.start + Math.max(from, to));
  }
}

/** Spans of a value whose characters were read from the flow offsets `offsets` (`valueOffsets`). */
const BACKSLASH = 92;

class MappedSpans implements ValueSpans {
  constructor(
    private readonly flow: Flow,
    private readonly offsets: Int32Array,
    /** Flow offset where the value's text begins. */
    private readonly start: number,
  ) {}

  /** Where the character at `from` starts: at its backslash when it was escaped ("\)"). */
  startOf(from: number): number {
    const at = this.offsets[from];
    // Between the characters before and at `from` lie only what the value left out: the spaces of a
    // run folded into one, or the backslash of an escape, which stands just before what it escapes.
    const gapStart = from > 0 ? this.offsets[from - 1] + 1 : this.start;
    const escaped = at > gapStart && this.flow.text.charCodeAt(at - 1) === BACKSLASH;
    return this.flow.startOf(escaped ? at - 1 : at);
  }

  endOf(from: number, to: number): number {
    return this.flow.endOf(to > from ? this.offsets[to - 1] + 1 : this.offsets[from]);
  }
}

import { pieces } from './pieces.js';
import type {
  Annex,
  Authority,
  Closing,
  Division,
  Footnote,
  Header,
  Heading,
  Inline,
  InputForm,
  OperativeParagraph,
  Position,
  PreambularParagraph,
  Resolution,
  Subparagraph,
  Unparsed,
} from '../schema/index.js';
import { pushAll } from '../arrays.js';
import { checkOptions, checkResolution } from '../arguments.js';
import { wordsOf } from '../tree.js';

export interface PrintOptions {
  /**
   * `markdown`: the conventions of PDFs converted to markdown (`# organ`, `**session**`, `*opener*`,
   * `<sup>1</sup>` references and `<sup>1</sup> note` lines). `text`: plain text as extracted from a
   * PDF, footnotes under a rule at the end. Default: the form the tree was read from.
   */
  form?: InputForm;
}

/**
 * Prints a resolution back as text in the UN's layout: header lines, the authority line, preambular
 * paragraphs, numbered operative paragraphs with their subparagraphs, the closing, annexes, then the
 * footnotes. `parse(print(tree))` gives `tree` back, positions and page layout aside (see
 * `comparable` for what is not carried over).
 */
export function print(resolution: Resolution, options?: PrintOptions): string {
  checkResolution('print', resolution);
  const form = checkOptions('print', options, ['form']).form ?? resolution.form;
  if (form !== 'markdown' && form !== 'text') throw new TypeError(`Unknown form "${String(form)}": expected markdown or text`);
  return new Printer(form, resolution).print();
}

/** A character a footnote marker may be glued to in plain text: a lower-case letter or closing punctuation. */
const GLUES = /^[\p{Ll},;:.)\]”’"»]$/u;

/** One line of the header as read, with the field it filled (for the markdown decoration). */
interface HeaderRecord {
  kind: 'organ' | 'session' | 'adoptedBy' | 'title' | 'other';
  text: string;
  position: Position | null;
}

/** A stretch of the output and what the page layout needs to know of it. */
interface Unit {
  text: string;
  /** Ids of the footnotes it refers to. */
  notes: string[];
  /** A page may end before it: it opens with a number or a label, or a page break cut the text there. */
  breakable: boolean;
  /** Between it and the stretch before: a blank line (a new block) or a line end (the same paragraph). */
  joiner: string;
}

/** Where a page break cut a paragraph in the source (plain text only). */
const CUT = '\u0001';

class Printer {
  private readonly units: Unit[] = [];
  /** Footnotes referred to by the inline content printed since the last block, by the stretch they fall in. */
  private pendingNotes: { id: string; cut: number }[] = [];
  private cuts = 0;

  constructor(
    private readonly form: InputForm,
    private readonly resolution: Resolution,
  ) {}

  private get markdown(): boolean {
    return this.form === 'markdown';
  }

  print(): string {
    const r = this.resolution;
    this.header(r.header, r.authority);
    this.body(r);
    const closingAt = r.closing?.position.start.offset ?? Infinity;
    const [before, after] = partition(r.unparsed, (u) => u.position.start.offset < closingAt);
    // Unplaced text before the closing is a heading with nothing after it: printed as headings are.
    for (const node of before) this.heading({ type: 'heading', text: node.text, position: node.position });
    if (r.closing) this.closing(r.closing);
    this.unparsed(after);
    for (const annex of r.annexes) this.annex(annex);
    const out = this.markdown ? this.markdownNotes(r.footnotes) : this.textPages(r.footnotes);
    return `${out.join('\n\n')}\n`;
  }

  /** A block of lines: hard line breaks in markdown, plain line ends in text. */
  private block(lines: string[], numbered = false): void {
    const kept = lines.filter((line) => line.length > 0);
    if (kept.length) {
      const stretches = kept.join(this.markdown ? '  \n' : '\n').split(CUT);
      stretches.forEach((text, cut) => {
        const notes = this.pendingNotes.filter((note) => note.cut === cut).map((note) => note.id);
        this.units.push({ text, notes, breakable: cut === 0 ? numbered : true, joiner: cut === 0 ? '\n\n' : '\n' });
      });
    }
    this.pendingNotes = [];
    this.cuts = 0;
  }

  // Footnotes and pages ----------------------------------------------------------------------------

  private noteText(note: Footnote): string {
    return this.inline(note.content);
  }

  /** Markdown links a reference to its note by the marker alone: the notes go at the end. */
  private markdownNotes(notes: Footnote[]): string[] {
    const body = this.units.map((unit, i) => (i === 0 ? unit.text : `${unit.joiner}${unit.text}`)).join('');
    return [body, ...notes.map((note) => `<sup>${note.marker}</sup> ${this.noteText(note)}`)];
  }

  /**
   * Plain text links a number to a note only when the note is printed on the same page, so the notes
   * are set under a rule at the foot of the page that refers to them, and a page ends ("Page 2")
   * before the next numbered paragraph or subparagraph (or where a page break cut a paragraph in the
   * source) once the notes it owes are printed. The notes keep their order (their ids depend on it).
   */
  private textPages(notes: Footnote[]): string[] {
    const firstUse = new Map<string, number>();
    const lastUse = new Map<string, number>();
    this.units.forEach((unit, index) => {
      for (const id of unit.notes) {
        if (!firstUse.has(id)) firstUse.set(id, index);
        lastUse.set(id, index);
      }
    });
    const out: string[] = [];
    let next = 0;
    let page = 1;
    let lastMarker = 0;
    const noteLines = (upTo: number) => {
      const lines = ['__________________'];
      let sequential = true;
      let signs = true;
      for (; next < upTo; next++) {
        const note = notes[next];
        // Notes marked by a sign ("*", "**") open the block, as the parser reads them there.
        signs &&= !/^\d+$/.test(note.marker);
        if (signs) {
          lines.push(`${note.marker} ${this.noteText(note)}`);
          continue;
        }
        const num = /^\d+$/.test(note.marker) ? Number(note.marker) : NaN;
        // Under the rule, numbers must follow on; other notes are marked "12/" as older documents do.
        sequential &&= num > lastMarker && num <= lastMarker + 5 && (lines.length === 1 || num === lastMarker + 1);
        if (sequential) lastMarker = num;
        lines.push(`${note.marker}${sequential ? '' : '/'} ${this.noteText(note)}`);
      }
      return lines;
    };
    let text = '';
    this.units.forEach((unit, index) => {
      if (unit.breakable && index > 0) {
        // The notes whose references all stand before this stretch, taken in order.
        let ready = next;
        while (ready < notes.length && (lastUse.get(notes[ready].id) ?? -1) < index) ready++;
        const owed = notes.slice(next, ready).some((note) => lastUse.has(note.id));
        // A note referred to above that cannot be printed yet keeps the page open.
        const waiting = notes.slice(ready).some((note) => (firstUse.get(note.id) ?? Infinity) < index);
        // Where the source's page ended inside a paragraph, it ends again, owing notes or not.
        const cut = unit.joiner === '\n';
        if (cut || (ready > next && owed && !waiting)) {
          out.push(text, ...(ready > next ? noteLines(ready) : []), `Page ${++page}`);
          text = unit.text;
          return;
        }
      }
      text = index === 0 ? unit.text : `${text}${unit.joiner}${unit.text}`;
    });
    out.push(text);
    if (next < notes.length) pushAll(out, noteLines(notes.length));
    return out;
  }

  // Header -----------------------------------------------------------------------------------------

  private header(header: Header, authority: Authority | null): void {
    const records = headerRecords(header, authority);
    for (const group of groupRecords(records)) {
      const lines: string[] = [];
      group.forEach((record, index) => {
        const recordLines = record.text.split('\n').map((line) => line.trim());
        if (this.markdown && recordLines.length === 1) lines.push(decorate(record, index === 0));
        else pushAll(lines, recordLines);
      });
      this.block(lines);
    }
  }

  // Body -------------------------------------------------------------------------------------------

  private body(body: Resolution | Division | Annex): void {
    if (body.authority) this.block([this.markdown ? `*${body.authority.text}*` : body.authority.text]);
    for (const paragraph of body.preamble) this.paragraph(paragraph);
    // The lead-in stands where it was printed: after the unnumbered operative paragraphs that came
    // before it ("Solemnly proclaims …" / "And to this end / Declares that:" / "1. …"), else first.
    const leadInAt = body.leadIn ? body.operative.filter((p) => p.position.start.offset < body.leadIn!.position.start.offset).length : 0;
    body.operative.forEach((paragraph, index) => {
      if (body.leadIn && index === leadInAt) this.heading(body.leadIn);
      this.paragraph(paragraph);
    });
    if (body.leadIn && leadInAt === body.operative.length) this.heading(body.leadIn);
    for (const division of body.divisions) this.division(division);
  }

  /**
   * A heading is a short line: one that a run of heading lines made longer (a list of names) is
   * printed as several, cut before a capital, which are read back as one heading again.
   */
  private heading(heading: Heading): void {
    for (const line of headingLines(heading.text)) this.block(this.wrap(line));
  }

  private division(division: Division): void {
    if (division.kind === 'section') {
      // A dot makes a letter a section number; a roman numeral is a section number as it stands.
      const num = /^[IVXL]+$/.test(division.num) && division.num !== 'L' ? division.num : `${division.num.replace(/\.$/, '')}.`;
      if (division.heading) this.block([`${num.endsWith('.') ? num : `${num}.`} ${division.heading.text}`]);
      else this.block([num]);
    } else {
      if (division.num) this.block([division.num]);
      if (division.heading) this.heading(division.heading);
    }
    this.body(division);
  }

  private paragraph(paragraph: PreambularParagraph | OperativeParagraph): void {
    if (paragraph.heading) this.heading(paragraph.heading);
    const num = paragraph.type === 'operativeParagraph' && paragraph.num !== null ? `${paragraph.num}. ` : '';
    const [first, ...rest] = pieces(paragraph.content, paragraph.text, paragraph.opener?.text ?? '', this.resolution.pageBreaks);
    let text = this.inline(first);
    if (paragraph.opener) {
      const opener = this.markdown ? `*${paragraph.opener.text}*` : paragraph.opener.text;
      text = text.length === 0 ? opener : /^[,;:.]/.test(text) ? `${opener}${text}` : `${opener} ${text}`;
    }
    this.block(this.wrap(`${num}${text}`), num !== '');
    for (const piece of rest) this.block(this.wrap(this.inline(piece)));
    for (const subparagraph of paragraph.subparagraphs) this.subparagraph(subparagraph);
  }

  private subparagraph(subparagraph: Subparagraph): void {
    const [first, ...rest] = pieces(subparagraph.content, subparagraph.text, '', this.resolution.pageBreaks);
    const text = this.inline(first);
    this.block(this.wrap(text ? `${subparagraph.marker} ${text}` : subparagraph.marker), true);
    for (const piece of rest) this.block(this.wrap(this.inline(piece)));
    for (const child of subparagraph.subparagraphs) this.subparagraph(child);
  }

  private annex(annex: Annex): void {
    this.block([annex.label]);
    // The title is one block, however it wraps: the parser reads the block after the label as the title.
    if (annex.title) this.block(this.wrap(annex.title.text));
    this.body(annex);
  }

  /**
   * Plain text is set in lines of about 80 columns, as text extracted from a PDF is. A line breaks
   * only before a word in lower case, after a word without closing punctuation or hyphen, so that no
   * line can be taken for the start of a paragraph, a subparagraph, a note or a heading. Markdown
   * keeps a paragraph on one line.
   */
  private wrap(text: string): string[] {
    if (this.markdown) return [text];
    return text.split(CUT).map((stretch) => wrapLine(stretch)).join(CUT).split('\n');
  }

  // Closing, footnotes, unparsed ---------------------------------------------------------------------

  /** The closing; the meeting and the date on two lines when that is all it says ("78th plenary meeting" / "23 December 2003"). */
  private closing(closing: Closing): void {
    const { meeting, date } = closing;
    const [first, ...rest] = pieces(closing.content, closing.text, '', this.resolution.pageBreaks);
    const text = this.inline(first, false);
    if (meeting && date && closing.text === `${meeting.text} ${date.text}` && text.endsWith(` ${date.text}`)) {
      this.block([text.slice(0, text.length - date.text.length - 1), date.text]);
    } else this.block([text]);
    // A closing read from several blocks ("Adopted at the 476th meeting." / "23 March 1950").
    for (const piece of rest) this.block([this.inline(piece, false)]);
  }

  private unparsed(nodes: Unparsed[]): void {
    for (const node of nodes) this.block([node.text.trim()]);
  }

  // Inline -----------------------------------------------------------------------------------------

  /**
   * Inline nodes as markup (markdown) or plain text. In plain text a footnote marker is set against
   * the word before it unless `glue` is false (the closing, whose plain `text` keeps the space).
   */
  private inline(nodes: Inline[], glue = true): string {
    let out = '';
    let previous: Inline | null = null;
    for (const [index, node] of nodes.entries()) {
      switch (node.type) {
        case 'text':
        case 'reference': {
          // A page break cut the text here in the source: the page layout may end a page here again.
          const words = previous && wordsOf(previous);
          if (!this.markdown && words && /\s$/.test(words) && this.cutBetween(previous!, node)) {
            out += CUT;
            this.cuts++;
          }
          // A reference is printed as it was printed in the source, to be read back as the same reference.
          out += wordsOf(node);
          break;
        }
        case 'footnoteReference':
          if (this.markdown) out += `<sup>${node.marker}</sup>`;
          else {
            // Against the word before it, as the superscript stands in print: a glued number is read
            // as a marker wherever it stands, a spaced one only where no other number competes.
            // Markers in a run ("Congo, 21 22") keep their spacing, which is what makes them a run.
            const trimmed = out.replace(/\s+$/, '');
            const run = nextToReference(nodes, index);
            // Not after a number's point or comma: "16.4" would read as one number.
            const afterNumber = /\d[.,]$/.test(trimmed);
            out = glue && !run && !afterNumber && GLUES.test(trimmed.slice(-1)) ? trimmed + node.marker : out + node.marker;
            // A marker that text extraction set against the next word ("Agreement 5and") is printed
            // clear of it: a number glued to a word on both sides reads as no marker.
            const after = nodes[index + 1];
            if (after?.type === 'text' && /^[\p{L}\p{N}]/u.test(after.value)) out += ' ';
          }
          if (node.footnoteId) this.pendingNotes.push({ id: node.footnoteId, cut: this.cuts });
          break;
        case 'superscript':
          out += this.markdown ? `<sup>${node.value}</sup>` : node.value;
          break;
        case 'emphasis':
          out += this.markdown ? `*${this.inline(node.children, glue)}*` : this.inline(node.children, glue);
          break;
        case 'strong':
          out += this.markdown ? `**${this.inline(node.children, glue)}**` : this.inline(node.children, glue);
          break;
      }
      previous = node;
    }
    return out;
  }

  private cutBetween(a: Inline, b: Inline): boolean {
    const from = a.position.end.offset;
    const to = b.position.start.offset;
    return this.resolution.pageBreaks.some((pb) => pb.position.start.offset >= from && pb.position.start.offset < to);
  }
}

const WIDTH = 80;

function wrapLine(text: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const breakable = line.length > 0 && !/[,;:.!?'"’”»)\]-]$/.test(line) && /^\p{Ll}/u.test(word) && !/^\p{Ll}{1,5}\)/u.test(word);
    if (breakable && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

const HEADING_LENGTH = 120;

function headingLines(text: string): string[] {
  if (text.length < HEADING_LENGTH) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length >= HEADING_LENGTH) {
    let cut = -1;
    for (const match of rest.matchAll(/ (?=\p{Lu})/gu)) {
      if (match.index >= HEADING_LENGTH) break;
      if (match.index > 0 && !/[,;:.!?]["”’)]*$/.test(rest.slice(0, match.index))) cut = match.index;
    }
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  return [...lines, rest];
}

/** Whether the reference at `index` has another reference beside it, with nothing but white space between. */
export function nextToReference(nodes: Inline[], index: number): boolean {
  const blank = (node: Inline | undefined) => node?.type === 'text' && node.value.trim() === '';
  const before = blank(nodes[index - 1]) ? nodes[index - 2] : nodes[index - 1];
  const after = blank(nodes[index + 1]) ? nodes[index + 2] : nodes[index + 1];
  return before?.type === 'footnoteReference' || after?.type === 'footnoteReference';
}

/** The header's lines, once each, in the order they were read (the canonical order when positions do not tell). */
function headerRecords(header: Header, authority: Authority | null): HeaderRecord[] {
  const records: HeaderRecord[] = [];
  const add = (kind: HeaderRecord['kind'], field: { text: string | null; position: Position | null } | null) => {
    if (!field || field.text === null || field.text.trim() === '') return;
    const text = field.text;
    // One line can fill two fields ("80/6. Report of …": number and title): print it once, with
    // the lines that continue it.
    const same = records.findIndex((r) => sameStart(r.position, field.position) && (r.text.startsWith(text) || text.startsWith(r.text)));
    if (same >= 0) {
      if (text.length > records[same].text.length) records[same] = { ...records[same], text, position: field.position };
      return;
    }
    records.push({ kind, text, position: field.position });
  };
  // An organ read from the authority line (no organ line in the header) is not a header line.
  if (header.organ && !(authority && samePlace(header.organ.position, authority.position))) add('organ', header.organ);
  if (header.symbol?.stated) add('other', header.symbol);
  add('other', header.distribution);
  add('other', header.issueDate);
  add('session', header.session);
  for (const item of header.agendaItems) add('other', item);
  for (const title of header.agendaTitles) add('other', title);
  add('adoptedBy', header.adoptedBy);
  add('other', header.reference);
  add('title', header.resolutionNumber);
  add('title', header.title);
  for (const line of header.other) add('other', line);
  const placed = records.every((r) => r.position !== null);
  if (!placed) return records;
  const order = records.map((r, i) => ({ r, i }));
  order.sort((a, b) => a.r.position!.start.offset - b.r.position!.start.offset || a.i - b.i);
  return order.map(({ r }) => r);
}

/** Records on consecutive source lines were one block of the header; others are separated by a blank line. */
function groupRecords(records: HeaderRecord[]): HeaderRecord[][] {
  const groups: HeaderRecord[][] = [];
  let last: HeaderRecord | null = null;
  for (const record of records) {
    const adjacent =
      last !== null &&
      last.position !== null &&
      record.position !== null &&
      record.position.start.line === last.position.end.line + 1 &&
      record.position.start.offset > 0;
    if (adjacent) groups[groups.length - 1].push(record);
    else groups.push([record]);
    last = record;
  }
  return groups;
}

function decorate(record: HeaderRecord, first: boolean): string {
  const text = record.text.trim();
  switch (record.kind) {
    case 'organ':
      return first ? `# ${text}` : text;
    case 'adoptedBy':
      return first ? `## ${text}` : text;
    case 'title':
      return first ? `### **${text}**` : `**${text}**`;
    case 'session':
      return `**${text}**`;
    default:
      return text;
  }
}

function sameStart(a: Position | null, b: Position | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start.offset === b.start.offset;
}

function samePlace(a: Position | null, b: Position | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

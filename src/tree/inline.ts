import { parse as parseGrammar } from '../generated/inline.js';
import type { InputForm, Inline, Text } from '../schema/index.js';
import type { LineIndex } from '../source/line-index.js';
import { isWhiteSpace } from '../source/spaces.js';
import type { Flow } from '../blocks/flow.js';

/** An inline node in flow coordinates, before positions are mapped to the original input. */
export type FlowInline =
  | { type: 'text'; from: number; to: number }
  | { type: 'sup'; value: string; from: number; to: number }
  | { type: 'reference'; marker: string; from: number; to: number; id: string; footnoteId: string | null }
  | { type: 'emphasis' | 'strong'; children: FlowInline[]; from: number; to: number };

interface Token {
  kind: 'delimiter' | 'sup' | 'text';
  /** The run of `*`, or the marker of a footnote; '' for text, which is read from the flow by its offsets. */
  value: string;
  start: number;
  end: number;
}


/** What makes the markdown inline grammar build more than one text node: emphasis or a superscript. */
const INLINE_MARKUP = /\*|<sup>|\[\^/;

/** Reads the inline markup of a flow: markdown emphasis and superscripts, or plain text. */
export function readInline(flow: Flow, form: InputForm): FlowInline[] {
  if (flow.text.length === 0) return [];
  flow.markdown = form === 'markdown';
  // Without markup the grammar would read one text node (escapes are text too): skip it.
  if (form === 'text' || !INLINE_MARKUP.test(flow.text)) return [{ type: 'text', from: 0, to: flow.text.length }];
  const tokens: Token[] = parseGrammar(flow.text, { startRule: 'Inline' });
  return pairEmphasis(tokens, flow.text);
}

/**
 * Pairs `*` / `**` delimiter runs with a stack, as CommonMark does in spirit: a run opens when a
 * non-space follows it and closes when a non-space precedes it and an opener of the same length is
 * open. Unpaired runs stay text. Linear in the number of tokens.
 */
function pairEmphasis(tokens: Token[], text: string): FlowInline[] {
  const out: FlowInline[] = [];
  const open: { at: number; length: number; from: number }[] = [];
  // Opening delimiters wait in `out` as text nodes that must not absorb the text after them.
  const waiting = new Set<FlowInline>();
  const pushText = (from: number, to: number) => {
    const last = out[out.length - 1];
    if (last?.type === 'text' && last.to === from && !waiting.has(last)) last.to = to;
    else out.push({ type: 'text', from, to });
  };
  for (const token of tokens) {
    if (token.kind === 'sup') {
      out.push({ type: 'sup', value: token.value, from: token.start, to: token.end });
      continue;
    }
    if (token.kind === 'text') {
      pushText(token.start, token.end);
      continue;
    }
    const length = token.value.length;
    const before = text.charCodeAt(token.start - 1);
    const after = text.charCodeAt(token.end);
    const canClose = token.start > 0 && !isWhiteSpace(before);
    const opener = canClose ? findOpener(open, length) : -1;
    if (opener >= 0) {
      const entry = open[opener];
      open.length = opener;
      const children = out.splice(entry.at + 1);
      out[entry.at] = {
        type: length === 2 ? 'strong' : 'emphasis',
        children: length === 3 ? [{ type: 'strong', children, from: entry.from + 1, to: token.end - 1 }] : children,
        from: entry.from,
        to: token.end,
      };
    } else if (token.end < text.length && !isWhiteSpace(after)) {
      open.push({ at: out.length, length, from: token.start });
      const placeholder: FlowInline = { type: 'text', from: token.start, to: token.end };
      waiting.add(placeholder);
      out.push(placeholder);
    } else {
      pushText(token.start, token.end);
    }
  }
  return mergeText(out);
}

function findOpener(open: { length: number }[], length: number): number {
  for (let i = open.length - 1; i >= 0; i--) if (open[i].length === length) return i;
  return -1;
}

/** Unpaired delimiters were left as separate text nodes; join neighbours. */
function mergeText(nodes: FlowInline[]): FlowInline[] {
  const out: FlowInline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && last.to === node.from) last.to = node.to;
    else out.push(node);
  }
  return out;
}

/** Plain text of flow inline nodes, markup left out (markers of footnote references too). */
export function plainText(nodes: FlowInline[], flow: Flow): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += flow.read(node.from, node.to);
    else if (node.type === 'sup') text += node.value;
    else if (node.type === 'emphasis' || node.type === 'strong') text += plainText(node.children, flow);
  }
  return text;
}

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u3000]+/g;

/** Collapses runs of white space to one space. */
export function normaliseSpace(text: string): string {
  // Most texts have single spaces only: a test does not build a new string for each of them.
  return UNNORMAL_SPACE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
}

/**
 * What `SPACE_RUN` would change: white space other than a space, or two spaces in a row. A regular
 * expression rather than a loop over `charCodeAt`: the values are slices of a flow's text, which
 * the engine's scanner reads directly, at nearly twice the speed.
 */
const UNNORMAL_SPACE = /[^\S ]|\u200b| {2}/;

/** The span of a flow a text node's value was read from (`flow.read`, then `normaliseSpace`). */
export interface TextOrigin {
  flow: Flow;
  from: number;
  to: number;
}

/**
 * Where the text nodes of one piece of content were read from, kept only until its references are
 * split off. Parallel arrays reused from piece to piece (emptied by resetting a count: setting an
 * array's length is a call into the engine), searched from the end: a piece has a few text nodes,
 * and a map of every node of the document kept them all alive to its end.
 */
export class TextOrigins {
  private readonly nodes: Text[] = [];
  private readonly flows: Flow[] = [];
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];
  private count = 0;

  add(node: Text, flow: Flow, from: number, to: number): void {
    const i = this.count++;
    this.nodes[i] = node;
    this.flows[i] = flow;
    this.froms[i] = from;
    this.tos[i] = to;
  }

  /** The origin of `node`, or null for a node not read into this piece. */
  of(node: Text): TextOrigin | null {
    for (let i = this.count - 1; i >= 0; i--) if (this.nodes[i] === node) return { flow: this.flows[i], from: this.froms[i], to: this.tos[i] };
    return null;
  }

  clear(): void {
    this.count = 0;
  }
}

/** Whether a character is one that `SPACE_RUN` folds into a run (tested by code: this runs once per character). */
function isFoldedSpace(code: number): boolean {
  return isWhiteSpace(code) || code === 0x200b;
}

/** Whether a character may follow a markdown escape (`MARKDOWN_ESCAPE` of flow.ts): ASCII punctuation. */
function isEscapable(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/**
 * For each character of the value read from `origin`, the flow offset it was read from, and the
 * flow offset of the value's end last: the inverse of `flow.read` (markdown escapes) followed by
 * `normaliseSpace` (a run of white space kept as its first character).
 */
export function valueOffsets({ flow, from, to }: TextOrigin): Int32Array {
  const text = flow.text;
  const offsets = new Int32Array(to - from + 1);
  let length = 0;
  let inSpace = false;
  for (let i = from; i < to; i++) {
    if (flow.markdown && text.charCodeAt(i) === 92 && i + 1 < to && isEscapable(text.charCodeAt(i + 1))) i++;
    const space = isFoldedSpace(text.charCodeAt(i));
    if (!(space && inSpace)) offsets[length++] = i;
    inSpace = space;
  }
  offsets[length] = to;
  return offsets.subarray(0, length + 1);
}

/**
 * Plain text built piece by piece (markup and footnote markers left out), its white space normalised
 * as it grows: each piece is normalised, and a space ending the text and one starting the next piece
 * make one. The result is `normaliseSpace` of the pieces joined, without scanning it again.
 *
 * Pieces read verbatim from one string, one after another (`appendVerbatim`), are kept as a span of
 * it until a piece breaks the run: most paragraphs of plain text are one such run, and their text is
 * then a slice sharing the flow's characters, where concatenated pieces would be copied flat.
 */
export class PlainTextBuilder {
  /** The text so far when it is not a run. */
  private built = '';
  /** While not null, the text so far is `run.slice(runFrom, runTo)`. */
  private run: string | null = null;
  private runFrom = 0;
  private runTo = 0;
  private endsWithSpace = false;
  private separate = false;

  get text(): string {
    return this.run === null ? this.built : this.run.slice(this.runFrom, this.runTo);
  }

  private get empty(): boolean {
    return this.run === null && this.built.length === 0;
  }

  /** Appends a piece whose white space is normalised already. */
  append(piece: string): void {
    piece = this.beforePiece(piece);
    if (piece.length === 0) return;
    this.endRun();
    this.built += piece;
    this.endsWithSpace = piece.charCodeAt(piece.length - 1) === 32;
  }

  /** Appends `source.slice(from, from + piece.length)`, which is `piece`, normalised already. */
  appendVerbatim(piece: string, source: string, from: number): void {
    const whole = piece.length;
    piece = this.beforePiece(piece);
    if (piece.length === 0) return;
    from += whole - piece.length;
    if (this.empty) {
      this.run = source;
      this.runFrom = from;
      this.runTo = from;
    }
    if (this.run === source && this.runTo === from) this.runTo += piece.length;
    else {
      this.endRun();
      this.built += piece;
    }
    this.endsWithSpace = piece.charCodeAt(piece.length - 1) === 32;
  }

  /** Puts a space before the next piece unless the text is empty or the piece begins with punctuation (", …"). */
  separateNext(): void {
    this.separate = !this.empty;
  }

  /** The separating space due before `piece`, then `piece` less a space the text ends with already. */
  private beforePiece(piece: string): string {
    if (piece.length === 0) return piece;
    if (this.separate) {
      this.separate = false;
      if (!startsWithPunctuation(piece)) this.appendSpace();
    }
    return this.endsWithSpace && piece.charCodeAt(0) === 32 ? piece.slice(1) : piece;
  }

  private appendSpace(): void {
    if (this.endsWithSpace) return;
    this.endsWithSpace = true;
    if (this.run !== null && this.run.charCodeAt(this.runTo) === 32) this.runTo++;
    else {
      this.endRun();
      this.built += ' ';
    }
  }

  /** Copies the run out: a piece that does not continue it follows. */
  private endRun(): void {
    if (this.run === null) return;
    this.built = this.run.slice(this.runFrom, this.runTo);
    this.run = null;
  }
}

/** Whether a normalised text joins the text before it without a space: ", …", "; …". */
function startsWithPunctuation(text: string): boolean {
  const code = text.charCodeAt(0);
  return code === 32 || code === 44 || code === 59 || code === 58 || code === 46;
}

/**
 * Converts flow inline nodes into tree nodes with original positions, appended to `out`, and their
 * plain text to `text`. A text node that a page break cuts is split in two, so that no position
 * spans page furniture. Each text node's origin goes into `origins`, for the stages that cut text
 * nodes later (references).
 */
/** Where `appendTreeInline` writes tree nodes: an array, or a buffer reused from piece to piece. */
export interface InlineSink {
  push(node: Inline): unknown;
}

export function appendTreeInline(out: InlineSink, nodes: FlowInline[], flow: Flow, index: LineIndex, origins: TextOrigins, text: PlainTextBuilder): void {
  const pageBreaks = hasPageBreak(flow);
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        if (!pageBreaks) {
          const read = flow.read(node.from, node.to);
          const value = normaliseSpace(read);
          if (value.length > 0) pushText(out, value, flow, node.from, node.to, index, origins);
          // Unchanged by reading (no escape resolved: same length) and by normalising (the same string).
          if (value === read && read.length === node.to - node.from) text.appendVerbatim(value, flow.text, node.from);
          else text.append(value);
          break;
        }
        let from = node.from;
        const cuts = flow.pageBreaksWithin(node.from, node.to);
        cuts.push(node.to);
        for (const cut of cuts) {
          const value = normaliseSpace(flow.read(from, cut));
          if (value.length > 0) pushText(out, value, flow, from, cut, index, origins);
          from = cut;
        }
        // Read whole: a markdown escape may straddle a cut.
        text.append(normaliseSpace(flow.read(node.from, node.to)));
        break;
      }
      case 'sup':
        out.push({ type: 'superscript', value: node.value, position: index.position(flow.startOf(node.from), flow.endOf(node.to)) });
        text.append(normaliseSpace(node.value));
        break;
      case 'reference':
        out.push({
          type: 'footnoteReference',
          id: node.id,
          marker: node.marker,
          footnoteId: node.footnoteId,
          position: index.position(flow.startOf(node.from), flow.endOf(node.to)),
        });
        break;
      default: {
        const children: Inline[] = [];
        appendTreeInline(children, node.children, flow, index, origins, text);
        out.push({ type: node.type, children, position: index.position(flow.startOf(node.from), flow.endOf(node.to)) });
      }
    }
  }
}

function pushText(out: InlineSink, value: string, flow: Flow, from: number, to: number, index: LineIndex, origins: TextOrigins): void {
  const text: Text = { type: 'text', value, position: index.position(flow.startOf(from), flow.endOf(to)) };
  out.push(text);
  origins.add(text, flow, from, to);
}

/** Whether a page break falls anywhere in the flow (seldom: most flows need no cutting). */
function hasPageBreak(flow: Flow): boolean {
  for (const segment of flow.segments) if (segment.afterPageBreak) return true;
  return false;
}

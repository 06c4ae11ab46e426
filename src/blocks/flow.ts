/**
 * Text re-flowed from several pieces of the original input (the lines of a paragraph, possibly on
 * two pages), with a map back to original offsets: every position in the tree points into the
 * original input, not into the re-flowed text.
 */
export interface FlowSegment {
  /** Offset of the segment in the flowed text. */
  at: number;
  /** Offset of the segment in the original input. */
  from: number;
  length: number;
  /** A page break lies between this segment and the previous one. */
  afterPageBreak: boolean;
  /** What joins it to the segment before (a space, or nothing after a cut hyphen); unknown in a slice. */
  joiner?: string;
  /** Characters of the input dropped from its end (the hyphen of a cut word): a text that ends with the segment ends after them. */
  trimmed: number;
}

export class Flow {
  /** Replaced, not pushed to, by the first append: see `append`. */
  segments: FlowSegment[] = [];
  /** Markdown source: a backslash before punctuation is an escape, not text. */
  markdown = false;

  /** The input the segments were appended from (null in a slice, whose joiners are not kept). */
  private source: string | null = null;
  /** The text once asked for since the last change (null before): joined from the segments then, not string by string at each line. */
  private joined: string | null = '';
  /** The text's length. */
  private size = 0;

  /** @param anchor where an empty flow stands in the original input */
  constructor(private readonly anchor = 0) {}

  /**
   * The flowed text. A paragraph grows a line at a time and is read whole once it is complete: made
   * then, in one join, it is one flat string, where appending each line made a chain of string pairs
   * for the engine to allocate and then copy flat at the first read.
   */
  get text(): string {
    return (this.joined ??= this.join());
  }

  private join(): string {
    const { source, segments } = this;
    if (segments.length === 1) return source!.slice(segments[0].from, segments[0].from + segments[0].length);
    // Each segment and the joiner before it (the first's is empty), in an array of the exact size: pushes would grow it twice over.
    const parts = new Array<string>(2 * segments.length);
    for (let n = 0; n < segments.length; n++) {
      const segment = segments[n];
      parts[2 * n] = segment.joiner ?? '';
      parts[2 * n + 1] = source!.slice(segment.from, segment.from + segment.length);
    }
    return parts.join('');
  }

  /** Appends `source[from, to)`, joined to what precedes by `joiner` (a space, or nothing after a cut hyphen). */
  append(source: string, from: number, to: number, joiner: string, afterPageBreak = false): void {
    if (to <= from) return;
    const joined = this.size > 0 ? joiner : '';
    this.size += joined.length;
    const segment: FlowSegment = { at: this.size, from, length: to - from, afterPageBreak, joiner: joined, trimmed: 0 };
    // Most flows keep one segment (a paragraph of one line) as long as their document: an array of one,
    // where a push would grow the empty array to seventeen slots.
    if (this.segments.length === 0) this.segments = [segment];
    else this.segments.push(segment);
    this.size += to - from;
    this.source = source;
    this.joined = null;
  }

  /** Whether the text ends with `char` (one code unit), read without copying the text. */
  endsWith(char: string): boolean {
    const last = this.segments[this.segments.length - 1];
    if (this.source === null || !last) return this.text.endsWith(char);
    return last.length > 0 && this.source.charCodeAt(last.from + last.length - 1) === char.charCodeAt(0);
  }

  /**
   * The last `count` characters of the text (all of it when shorter), read from the input: how a
   * paragraph ends is asked at each of its lines while it grows, and reading the end of `text` itself
   * would copy the whole paragraph each time (the engine flattens a string built by appends).
   */
  endText(count: number): string {
    const source = this.source;
    if (source === null) return this.text.slice(-count);
    let end = '';
    for (let n = this.segments.length - 1; n >= 0 && end.length < count; n--) {
      const segment = this.segments[n];
      const stop = segment.from + segment.length;
      end = source.slice(Math.max(segment.from, stop - (count - end.length)), stop) + end;
      if (end.length < count) end = segment.joiner + end;
    }
    return end.length > count ? end.slice(-count) : end;
  }

  /** Drops the last `count` characters (a hyphen that joined two halves of a word). */
  trimEnd(count: number): void {
    const last = this.segments[this.segments.length - 1];
    if (!last || last.length < count) return;
    last.length -= count;
    last.trimmed += count;
    this.size -= count;
    if (this.joined !== null) this.joined = this.joined.slice(0, this.size);
  }

  private segmentAt(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.segments[mid].at <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Original offset of the character at `offset` of the flowed text. */
  startOf(offset: number): number {
    if (this.segments.length === 0) return this.anchor;
    const segment = this.segments[this.segmentAt(offset)];
    return segment.from + Math.min(Math.max(0, offset - segment.at), segment.length);
  }

  /**
   * Original offset just after the character before `offset` (an exclusive end). At the end of a
   * segment whose cut hyphen was dropped, after the hyphen: a text that ends there (before a page
   * break) holds the first half of the word, and the hyphen with it.
   */
  endOf(offset: number): number {
    if (this.segments.length === 0) return this.anchor;
    if (offset <= 0) return this.segments[0].from;
    const segment = this.segments[this.segmentAt(offset - 1)];
    const within = Math.min(Math.max(0, offset - segment.at), segment.length);
    return segment.from + within + (within === segment.length ? segment.trimmed : 0);
  }

  /** Flow offsets where a page break falls, strictly inside (from, to). */
  pageBreaksWithin(from: number, to: number): number[] {
    const cuts: number[] = [];
    // Segments are in flow order: start at the first one after `from` (called once per text node,
    // a scan of every segment made long paragraphs with many inline nodes quadratic).
    if (this.segments.length === 0) return cuts;
    for (let i = this.segmentAt(from) + 1; i < this.segments.length && this.segments[i].at < to; i++) {
      const segment = this.segments[i];
      if (segment.afterPageBreak && segment.at > from) cuts.push(segment.at);
    }
    const first = this.segments[0];
    if (first.afterPageBreak && first.at > from && first.at < to) cuts.unshift(first.at);
    return cuts;
  }

  /** The flow of `text[from, to)`, mapped to the same original offsets. */
  slice(from: number, to: number): Flow {
    const part = new Flow(this.startOf(from));
    for (const segment of this.segments) {
      const start = Math.max(from, segment.at);
      const end = Math.min(to, segment.at + segment.length);
      if (end <= start) continue;
      part.segments.push({
        at: start - from,
        from: segment.from + (start - segment.at),
        length: end - start,
        afterPageBreak: segment.afterPageBreak && start === segment.at && start > from,
        // Unknown, but present: every segment keeps one object shape.
        joiner: undefined,
        trimmed: end === segment.at + segment.length ? segment.trimmed : 0,
      });
    }
    part.joined = this.text.slice(from, to);
    part.size = part.joined.length;
    part.markdown = this.markdown;
    return part;
  }

  /** The text of `[from, to)` as a reader sees it: markdown escapes resolved. */
  read(from: number, to: number): string {
    const text = this.text.slice(from, to);
    return this.markdown ? text.replace(MARKDOWN_ESCAPE, '$1') : text;
  }
}

const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

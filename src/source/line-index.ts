import type { Point, Position } from '../schema/index.js';

/** Converts 0-based offsets of the original input into unist points (1-based line and column). */
export class LineIndex {
  private readonly lineStarts: number[];

  /** @param lineStarts where each line starts, when they are known already (see `ofLines`) */
  constructor(
    readonly source: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? [0];
    if (lineStarts) return;
    // Lines end at "\r\n", "\n" or "\r". Without "\r", native searches for "\n" find them all.
    if (source.indexOf('\r') === -1) {
      for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /**
   * The index of `source` from its lines as the scanner read them (`readLines` ends lines where this
   * index does), without searching the input for them again.
   */
  static ofLines(source: string, lines: readonly { start: number }[]): LineIndex {
    // The first line's text begins after a byte order mark; the line itself, at 0. Pushed, not
    // written into `new Array(n)`: past 100,000 elements, that makes a dictionary of the array.
    const starts = [0];
    for (let i = 1; i < lines.length; i++) starts.push(lines[i].start);
    return new LineIndex(source, starts);
  }

  /** The line of the last point: the tree asks for points mostly in reading order. */
  private lastLine = 0;

  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.source.length));
    const starts = this.lineStarts;
    let low = this.lastLine;
    // The last point's line, or the next, before a search over every line.
    if (!this.onLine(low, at)) {
      if (this.onLine(low + 1, at)) low++;
      else {
        low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (starts[mid] <= at) low = mid;
          else high = mid - 1;
        }
      }
      this.lastLine = low;
    }
    return { line: low + 1, column: at - starts[low] + 1, offset: at };
  }

  /** Whether offset `at` lies on line `index` (0-based). */
  private onLine(index: number, at: number): boolean {
    const starts = this.lineStarts;
    return index < starts.length && starts[index] <= at && (index + 1 === starts.length || at < starts[index + 1]);
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

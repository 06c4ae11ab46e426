import type { Point, Position } from '../schema/index.js';

/** Converts 0-based offsets of the original input into unist points (1-based line and column). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
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

  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low] + 1, offset: at };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

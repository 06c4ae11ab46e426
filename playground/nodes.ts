/** Walks a parsed tree without knowing its shape: every object with a `type`, in document order. */
import type { Position } from '../src/index.js';

export interface Node {
  type: string;
  position?: Position | null;
  [key: string]: unknown;
}

export function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (value && typeof value === 'object') {
    if (typeof (value as Node).type === 'string') yield value as Node;
    for (const child of Object.values(value)) if (child && typeof child === 'object') yield* nodes(child);
  }
}

/** A span of the source in UTF-16 offsets, end exclusive (the tree's `position.start/end.offset`). */
export interface Range {
  start: number;
  end: number;
}

export const rangeOf = (position: Position): Range => ({ start: position.start.offset, end: position.end.offset });

/** Walks a parsed tree without knowing its shape: every object with a `type`, in document order. */
import type { Position } from '../src/index.js';

export interface Node {
  type: string;
  position?: Position | null;
  [key: string]: unknown;
}

export function visit(value: unknown, onNode: (node: Node) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, onNode);
  } else if (value && typeof value === 'object') {
    if (typeof (value as Node).type === 'string') onNode(value as Node);
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (child && typeof child === 'object') visit(child, onNode);
    }
  }
}

/** A span of the source in UTF-16 offsets, end exclusive (the tree's `position.start/end.offset`). */
export interface Range {
  start: number;
  end: number;
}

export const rangeOf = (position: Position): Range => ({ start: position.start.offset, end: position.end.offset });

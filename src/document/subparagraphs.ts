/**
 * Nesting of subparagraph labels: (a) → (i) → … at any depth, decided from the sequence of labels,
 * since the indentation is lost in extracted text. Repairs OCR slips where the neighbours make them
 * certain: "(1)" for "(i)" when "(ii)" follows, "(5)" between "(a)" and "(c)".
 */
/**
 * Lists nest (a) → (i) → a. → i. in the UN's style: four levels, a few more for odd texts. A
 * label that would open a level below this one is kept beside its neighbours instead.
 */
const MAX_DEPTH = 6;

export type LabelKind = 'letter' | 'roman' | 'digit' | 'upper';

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi', 'xxii', 'xxiii', 'xxiv', 'xxv'];

export function nextLabel(kind: LabelKind, label: string): string | null {
  switch (kind) {
    case 'digit':
      return String(Number(label) + 1);
    case 'roman': {
      const at = ROMANS.indexOf(label);
      return at >= 0 && at + 1 < ROMANS.length ? ROMANS[at + 1] : null;
    }
    case 'letter':
    case 'upper': {
      // a … z, then aa, bb … as the UN numbers them.
      const base = kind === 'upper' ? 65 : 97;
      const code = label.charCodeAt(0);
      if (code - base < 25) return String.fromCharCode(code + 1).repeat(label.length);
      return String.fromCharCode(base).repeat(label.length + 1);
    }
  }
}

const FIRST_LABELS = ['a', 'i', '1', 'A'];

/** The kind a label opens a new level with, or null when it cannot be the first of a list. */
export function firstLabelKind(label: string): LabelKind | null {
  if (label === 'a') return 'letter';
  if (label === 'i') return 'roman';
  if (label === '1') return 'digit';
  if (label === 'A') return 'upper';
  return null;
}

export interface Placement<T> {
  /** Path of the item: 0 for the top level, then deeper. */
  depth: number;
  parent: T | null;
  /** The label after repair. */
  label: string;
  /** Set when an OCR slip was repaired: what was printed. */
  printed?: string;
}

interface Level<T> {
  kind: LabelKind;
  last: string;
  lastItem: T;
  items: T[];
}

/** Places each labelled item (given in reading order) in a tree; `labels[i]` belongs to `items[i]`. */
export function placeLabels<T>(items: T[], labels: string[], relabel: (item: T, placement: Placement<T>) => void): void {
  const stack: Level<T>[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let label = labels[i];
    let printed: string | undefined;
    let depth = findSibling(stack, label);
    if (depth < 0) {
      // "(1)" printed for "(i)": a digit list of one item followed by "(ii)" was a roman list.
      const top = stack[stack.length - 1];
      if (top && top.kind === 'digit' && top.last === '1' && label === 'ii' && top.items.length === 1) {
        top.kind = 'roman';
        top.last = 'i';
        relabel(top.lastItem, { depth: stack.length - 1, parent: stack[stack.length - 2]?.lastItem ?? null, label: 'i', printed: '1' });
        depth = stack.length - 1;
      } else {
        const expected = top ? nextLabel(top.kind, top.last) : null;
        const following = labels[i + 1];
        // A label that continues no open list and cannot open one ("(5)" or "(6)" among letters, "(2)"
        // after "(c)") is the expected one misread, when what follows fits: the label after the
        // expected one, the start of a deeper list, or nothing.
        const between = expected !== null && following !== undefined && following === nextLabel(top!.kind, expected);
        const foreign = top !== undefined && top.kind !== kindOf(label) && (following === undefined || firstLabelKind(following) !== null);
        if (top && expected && kindOf(expected) === top.kind && (between || foreign) && firstLabelKind(label) === null) {
          printed = label;
          label = expected;
          depth = stack.length - 1;
        } else if (firstLabelKind(label) === null && following !== undefined) {
          // "(2)" before "(b)": the first label of the list the next one continues.
          const first = FIRST_LABELS.find((start) => kindOf(label) !== firstLabelKind(start) && nextLabel(firstLabelKind(start)!, start) === following);
          if (first) {
            printed = label;
            label = first;
          }
        }
      }
    }
    if (depth >= 0) {
      stack.length = depth + 1;
    } else {
      const kind = firstLabelKind(label) ?? kindOf(label);
      if ((stack.length > 0 && firstLabelKind(label) === null) || stack.length >= MAX_DEPTH) {
        // Out of sequence, or deeper than any UN list goes: keep it beside its neighbours.
        depth = stack.length - 1;
      } else {
        stack.push({ kind, last: label, lastItem: item, items: [] });
        depth = stack.length - 1;
      }
    }
    const level = stack[depth];
    level.last = label;
    level.lastItem = item;
    level.items.push(item);
    if (firstLabelKind(label) !== null && level.items.length === 1) level.kind = firstLabelKind(label)!;
    relabel(item, { depth, parent: depth > 0 ? stack[depth - 1].lastItem : null, label, printed });
  }
}

function findSibling<T>(stack: Level<T>[], label: string): number {
  for (let depth = stack.length - 1; depth >= 0; depth--) if (nextLabel(stack[depth].kind, stack[depth].last) === label) return depth;
  return -1;
}

function kindOf(label: string): LabelKind {
  if (/^\d+$/.test(label)) return 'digit';
  if (/^[A-Z]$/.test(label)) return 'upper';
  if (ROMANS.includes(label)) return 'roman';
  return 'letter';
}

/**
 * The word-level difference of two texts, with jsdiff's word tokenizer. Spaces count (a space added
 * inside "Non- Proliferation" is a change), so the diff never hides what made two texts differ; a
 * reworded phrase reads as one removal and one addition, not word by word.
 */
import { diffWordsWithSpace } from 'diff';
import type { WordChange } from './schema.js';

/** Beyond this many edits the difference is given as "all removed, all added": no reader follows more. */
const MOST_EDITS = 2_000;
/**
 * The diff's cost grows with the tokens times the edits: long texts get fewer edits before that
 * fallback, so that a paragraph of 300 kB (a misread document) costs milliseconds, not seconds.
 */
const MOST_WORK = 4_000_000;
/** Texts so long that fewer edits than this could be followed are not diffed at all. */
const FEWEST_EDITS = 50;
/** Tokens (words, spaces, punctuation) per character, roughly. */
const TOKENS_PER_CHAR = 1 / 3;

/** The changes that turn `draft` into `adopted`. Texts are compared as given (normalise first). */
export function wordDiff(draft: string, adopted: string): WordChange[] {
  if (draft === adopted) return draft ? [{ type: 'same', text: draft }] : [];
  // The words both texts start and end with are kept as they are; only the middle is diffed.
  const [head, tail] = commonEnds(draft, adopted);
  const middle = diffMiddle(draft.slice(head, draft.length - tail), adopted.slice(head, adopted.length - tail));
  const ends = (from: number, to: number): WordChange[] => (to > from ? [{ type: 'same', text: draft.slice(from, to) }] : []);
  return joinRuns([...ends(0, head), ...middle, ...ends(draft.length - tail, draft.length)]);
}

/** The lengths of the longest common start and end of two texts, each ending at a space (so no word is cut). */
function commonEnds(a: string, b: string): [number, number] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head > 0 && (head < a.length || head < b.length)) head = a.lastIndexOf(' ', head - 1) + 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (tail < a.length - head || tail < b.length - head) {
    const space = a.indexOf(' ', a.length - tail);
    tail = space < 0 ? 0 : a.length - space;
  }
  return [head, tail];
}

function diffMiddle(draft: string, adopted: string): WordChange[] {
  if (!draft || !adopted) return [...(draft ? [{ type: 'removed' as const, text: draft }] : []), ...(adopted ? [{ type: 'added' as const, text: adopted }] : [])];
  const tokens = (draft.length + adopted.length) * TOKENS_PER_CHAR;
  const maxEditLength = Math.min(MOST_EDITS, Math.floor(MOST_WORK / tokens));
  const changes: WordChange[] = ((maxEditLength >= FEWEST_EDITS ? diffWordsWithSpace(draft, adopted, { maxEditLength }) : undefined) ?? [
    { value: draft, added: false, removed: true },
    { value: adopted, added: true, removed: false },
  ]).map((change) => ({ type: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
  return joinRuns(groupPhrases(changes.filter((change) => change.text)));
}

/**
 * A run of changes with only spaces kept between them becomes one removal and one addition:
 * "[-by-]{+to+} [-the-]{+in+}" reads "[-by the-]{+to in+}".
 */
function groupPhrases(changes: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (let i = 0; i < changes.length; ) {
    if (changes[i].type === 'same') {
      out.push(changes[i++]);
      continue;
    }
    let [removed, added] = ['', ''];
    let j = i;
    for (; j < changes.length; j++) {
      const change = changes[j];
      const bridge = change.type === 'same' && !change.text.trim() && changes[j + 1] !== undefined && changes[j + 1].type !== 'same';
      if (change.type === 'same' && !bridge) break;
      if (change.type !== 'added') removed += change.text;
      if (change.type !== 'removed') added += change.text;
    }
    if (removed) out.push({ type: 'removed', text: removed });
    if (added) out.push({ type: 'added', text: added });
    i = j;
  }
  return out;
}

function joinRuns(changes: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (const change of changes) {
    const last = out.at(-1);
    if (last?.type === change.type) last.text += change.text;
    else out.push({ ...change });
  }
  return out;
}

/**
 * The word-level difference of two texts, with jsdiff's word tokenizer. Spaces count (a space added
 * inside "Non- Proliferation" is a change), so the diff never hides what made two texts differ; a
 * reworded phrase reads as one removal and one addition, not word by word.
 */
import { diffWordsWithSpace } from 'diff';
import type { WordChange } from './schema.js';

/** Beyond this many edits the difference is given as "all removed, all added": no reader follows more. */
const MOST_EDITS = 2_000;

/** The changes that turn `draft` into `adopted`. Texts are compared as given (normalise first). */
export function wordDiff(draft: string, adopted: string): WordChange[] {
  if (draft === adopted) return draft ? [{ type: 'same', text: draft }] : [];
  const changes: WordChange[] = (diffWordsWithSpace(draft, adopted, { maxEditLength: MOST_EDITS }) ?? [
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

/**
 * The word-level difference of two texts, with jsdiff's word tokenizer. Spaces count (a space added
 * inside "Non- Proliferation" is a change), so the diff never hides what made two texts differ.
 */
import { diffWordsWithSpace } from 'diff';
import type { WordChange } from './schema.js';

/** Beyond this many edits the difference is given as "all removed, all added": no reader follows more. */
const MOST_EDITS = 2_000;

/** The changes that turn `draft` into `adopted`; runs of one kind are joined. Texts are compared as given (normalise first). */
export function wordDiff(draft: string, adopted: string): WordChange[] {
  if (draft === adopted) return draft ? [{ type: 'same', text: draft }] : [];
  const changes = diffWordsWithSpace(draft, adopted, { maxEditLength: MOST_EDITS }) ?? [
    { value: draft, added: false, removed: true, count: 1 },
    { value: adopted, added: true, removed: false, count: 1 },
  ];
  const result: WordChange[] = [];
  for (const change of changes) {
    if (!change.value) continue;
    const type = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = result.at(-1);
    if (last?.type === type) last.text += change.value;
    else result.push({ type, text: change.value });
  }
  return result;
}

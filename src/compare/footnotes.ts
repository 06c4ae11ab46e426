/** Footnotes of the draft and the adopted text, aligned by their texts: added, removed, reworded or renumbered. */
import type { Footnote, Resolution } from '../schema/index.js';
import { align, itemOf } from './alignment.js';
import { changesOf } from './changes.js';
import { inBothOrders } from './order.js';
import type { ComparedFootnote, FootnoteAlignment } from './schema.js';
import { normalizeText, type Vocabulary } from './text.js';
import { wordDiff } from './word-diff.js';

export function compareFootnotes(draft: Resolution, adopted: Resolution, vocabulary: Vocabulary): FootnoteAlignment[] {
  const [before, after] = [draft.footnotes.map(shown), adopted.footnotes.map(shown)];
  const items = (list: ComparedFootnote[]) => list.map((note) => itemOf(note.text, vocabulary));
  const alignment = align(items(before), items(after), { parts: false });
  return inBothOrders(alignment).map((entry): FootnoteAlignment => {
    if ('added' in entry) return { changes: ['added'], draft: null, adopted: after[entry.added], words: null };
    if ('removed' in entry) return { changes: ['removed'], draft: before[entry.removed], adopted: null, words: null };
    const { link } = entry;
    const [d, a] = [before[link.draft[0]], after[link.adopted[0]]];
    const edited = d.text !== a.text;
    return {
      changes: changesOf(link, { edited, renumbered: d.marker !== a.marker }),
      draft: d,
      adopted: a,
      words: edited ? wordDiff(d.text, a.text) : null,
    };
  });
}

function shown(note: Footnote): ComparedFootnote {
  return { marker: note.marker, text: normalizeText(note.text), position: note.position };
}

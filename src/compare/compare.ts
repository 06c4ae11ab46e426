/**
 * compare(draft, adopted): what changed between a draft resolution and the resolution it became —
 * paragraph by paragraph (preamble and operative part, divisions and annexes included), subparagraph
 * by subparagraph, in the footnotes and in the masthead.
 */
import type { Resolution, Subparagraph } from '../schema/index.js';
import { align, type Link } from './alignment.js';
import { changesOf } from './changes.js';
import { compareFootnotes } from './footnotes.js';
import { compareMasthead } from './masthead.js';
import { inBothOrders } from './order.js';
import { listParagraphs, listSubparagraphs, type Kind, type ListedParagraph } from './paragraphs.js';
import { Change, type Comparison, type ComparisonSummary, type ParagraphAlignment, type SubparagraphAlignment } from './schema.js';
import { normalizeText, Vocabulary } from './text.js';
import { wordDiff } from './word-diff.js';

/** Compares two parsed trees (`parse(text).resolution`); positions in the result point into each one's source. */
export function compare(draft: Resolution, adopted: Resolution): Comparison {
  const vocabulary = new Vocabulary();
  const preamble = compareParagraphs(draft, adopted, 'preamble', vocabulary);
  const operative = compareParagraphs(draft, adopted, 'operative', vocabulary);
  return {
    type: 'comparison',
    draft: documentOf(draft),
    adopted: documentOf(adopted),
    masthead: compareMasthead(draft, adopted),
    preamble,
    operative,
    footnotes: compareFootnotes(draft, adopted, vocabulary),
    summary: summarize([...preamble, ...operative]),
  };
}

function documentOf(resolution: Resolution): Comparison['draft'] {
  return { symbol: resolution.header.symbol?.value ?? null, status: resolution.status, language: resolution.language, form: resolution.form };
}

function compareParagraphs(draft: Resolution, adopted: Resolution, kind: Kind, vocabulary: Vocabulary): ParagraphAlignment[] {
  const [before, after] = [listParagraphs(draft, kind, vocabulary), listParagraphs(adopted, kind, vocabulary)];
  const alignment = align(
    before.map((p) => p.item),
    after.map((p) => p.item),
  );
  return inBothOrders(alignment).map((entry): ParagraphAlignment => {
    if ('added' in entry) return unpaired('added', [], [after[entry.added]]);
    if ('removed' in entry) return unpaired('removed', [before[entry.removed]], []);
    return linked(entry.link, entry.link.draft.map((i) => before[i]), entry.link.adopted.map((i) => after[i]), vocabulary);
  });
}

function unpaired(change: 'added' | 'removed', draft: ListedParagraph[], adopted: ListedParagraph[]): ParagraphAlignment {
  return { changes: [change], draft: draft.map((p) => p.shown), adopted: adopted.map((p) => p.shown), similarity: 0, opener: null, words: null, subparagraphs: [] };
}

function linked(link: Link, draft: ListedParagraph[], adopted: ListedParagraph[], vocabulary: Vocabulary): ParagraphAlignment {
  const [before, after] = [joined(draft), joined(adopted)];
  const edited = before !== after;
  const single = draft.length === 1 && adopted.length === 1;
  const renumbered = single && draft[0].shown.num !== null && adopted[0].shown.num !== null && draft[0].shown.num !== adopted[0].shown.num;
  const [opener, adoptedOpener] = [draft[0].shown.opener, adopted[0].shown.opener];
  return {
    changes: changesOf(link, { edited, renumbered }),
    draft: draft.map((p) => p.shown),
    adopted: adopted.map((p) => p.shown),
    similarity: link.similarity,
    opener: { draft: opener, adopted: adoptedOpener, changed: normalizeText(opener ?? '') !== normalizeText(adoptedOpener ?? '') },
    words: edited ? wordDiff(before, after) : null,
    subparagraphs: edited && single ? compareSubparagraphs(draft[0].paragraph.subparagraphs, adopted[0].paragraph.subparagraphs, vocabulary) : [],
  };
}

const joined = (paragraphs: ListedParagraph[]) => paragraphs.map((p) => p.shown.text).join(' ');

/** The subparagraphs that changed within a pair of paragraphs. */
function compareSubparagraphs(draft: Subparagraph[], adopted: Subparagraph[], vocabulary: Vocabulary): SubparagraphAlignment[] {
  const [before, after] = [listSubparagraphs(draft, vocabulary), listSubparagraphs(adopted, vocabulary)];
  if (!before.length && !after.length) return [];
  const alignment = align(
    before.map((s) => s.item),
    after.map((s) => s.item),
  );
  const entries = inBothOrders(alignment).map((entry): SubparagraphAlignment => {
    if ('added' in entry) return { changes: ['added'], draft: [], adopted: [after[entry.added].shown], words: null };
    if ('removed' in entry) return { changes: ['removed'], draft: [before[entry.removed].shown], adopted: [], words: null };
    const [d, a] = [entry.link.draft.map((i) => before[i].shown), entry.link.adopted.map((i) => after[i].shown)];
    const [textBefore, textAfter] = [d.map((s) => s.text).join(' '), a.map((s) => s.text).join(' ')];
    const edited = textBefore !== textAfter;
    const renumbered = d.length === 1 && a.length === 1 && d[0].label !== a[0].label;
    return { changes: changesOf(entry.link, { edited, renumbered }), draft: d, adopted: a, words: edited ? wordDiff(textBefore, textAfter) : null };
  });
  return entries.filter((entry) => entry.changes[0] !== 'unchanged');
}

function summarize(entries: ParagraphAlignment[]): ComparisonSummary {
  const summary = Object.fromEntries(Change.options.map((change) => [change, 0])) as ComparisonSummary;
  for (const entry of entries) for (const change of entry.changes) summary[change]++;
  return summary;
}

// Properties of compare on generated trees: a tree compared with itself is unchanged throughout; a
// copy whose paragraphs were shuffled, renumbered, deleted, inserted, edited, split or merged (by
// the generators below) is reported with exactly those changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type OperativeParagraph, type PreambularParagraph, type Resolution } from '../../src/index.js';
import { wordDiff } from '../../src/compare/word-diff.js';
import { resolutionArbitrary } from '../output/arbitraries.js';
import { describeComparison, describeEntry } from './expectations.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

type Paragraph = PreambularParagraph | OperativeParagraph;

/** Operative paragraphs in reading order, with the label compare is expected to give each ("O3", "II.O5"). */
function operativeLabels(tree: Resolution): { paragraph: OperativeParagraph; label: string }[] {
  return [
    ...tree.operative.map((paragraph) => ({ paragraph, label: `O${paragraph.num}` })),
    ...tree.divisions.flatMap((division) => division.operative.map((paragraph) => ({ paragraph, label: `${division.num}.O${paragraph.num}` }))),
  ];
}

/** Numbers the operative paragraphs 1, 2, 3 … in reading order, as a secretariat does before adoption. */
function renumber(tree: Resolution): void {
  operativeLabels(tree).forEach(({ paragraph }, i) => {
    paragraph.num = String(i + 1);
    paragraph.number = i + 1;
  });
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const words = (p: Paragraph) => wordsOf(p.text);

/**
 * Trees whose paragraphs of a kind are told apart by their words (at most half of them shared):
 * when two paragraphs are near copies, which of them was edited or deleted is not decidable.
 */
function distinct(tree: Resolution): boolean {
  const kinds: Paragraph[][] = [tree.preamble, operativeLabels(tree).map((o) => o.paragraph)];
  return kinds.every((list) =>
    list.every((a, i) =>
      list.every((b, j) => {
        if (j <= i) return true;
        const [x, y] = [new Set(words(a)), new Set(words(b))];
        const shared = [...x].filter((w) => y.has(w)).length;
        return shared / Math.min(x.size, y.size) <= 0.5;
      }),
    ),
  );
}

const trees = resolutionArbitrary.filter(distinct);

/** Inserts a word after the opener: the paragraph stays recognisable, its text changes. */
function edit(paragraph: Paragraph): void {
  const opener = paragraph.opener?.text ?? '';
  paragraph.text = `${opener} notably${paragraph.text.slice(opener.length)}`;
}

/** A paragraph of words the trees never use: a new paragraph, like nothing in the draft. */
function inserted(n: number): OperativeParagraph {
  const text = `Proclaims the zebra quokka narwhal festival number ${'ab'.repeat(n + 1)};`;
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return { type: 'operativeParagraph', num: null, number: null, heading: null, opener: { type: 'opener', text: 'Proclaims', known: true, position }, content: [], subparagraphs: [], text, position };
}

/** The lines of a comparison, preamble and operative part together, sorted. */
const lines = (comparison: Comparison) => [...describeComparison(comparison, 'preamble'), ...describeComparison(comparison, 'operative')].sort();

/** A pair's line, with `renumbered` and `edited` as found by the generator. */
const pairLine = (from: string, to: string, edited: boolean) =>
  describeEntry([from], [to], [edited ? 'edited' : 'unchanged', ...(numberOf(from) !== numberOf(to) ? ['renumbered'] : [])].filter((c, _, all) => c !== 'unchanged' || all.length === 1), false);

/** The printed number in a label ("II.O5" → "5"); null for a preambular one. */
const numberOf = (label: string) => /O(\d+)$/.exec(label)?.[1] ?? null;

/** Longest increasing subsequence length: how many paragraphs a permutation leaves in order. */
function inOrderCount(sequence: number[]): number {
  const tails: number[] = [];
  for (const value of sequence) {
    let lo = 0;
    while (lo < tails.length && tails[lo] < value) lo++;
    tails[lo] = value;
  }
  return tails.length;
}

/** The entries are in both documents' order: the adopted paragraphs in theirs, the draft's that kept their order in theirs. */
function inBothOrders(entries: Comparison['preamble']): boolean {
  const adopted = entries.flatMap((e) => e.adopted.map((p) => p.index));
  const kept = entries.filter((e) => !e.changes.includes('moved')).flatMap((e) => e.draft.map((p) => p.index));
  const increasing = (list: number[]) => list.every((value, i) => i === 0 || value > list[i - 1]);
  return increasing(adopted) && increasing(kept);
}

describe('compare properties', () => {
  it('the word diff gives back both texts: kept and removed runs the draft, kept and added runs the adopted text', () => {
    const text = fc.array(fc.constantFrom('the', 'report', ' ', ',', 'Non-', 'Proliferation', 'of', '  ', 'État', ';', '(a)'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (draft, adopted) => {
        const changes = wordDiff(draft, adopted);
        const rebuilt = (skip: string) => changes.filter((c) => c.type !== skip).map((c) => c.text).join('');
        expect(rebuilt('added')).toBe(draft);
        expect(rebuilt('removed')).toBe(adopted);
        expect(changes.every((c, i) => c.text !== '' && (i === 0 || c.type !== changes[i - 1].type))).toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('a tree compared with itself is unchanged throughout', () => {
    fc.assert(
      fc.property(resolutionArbitrary, (tree) => {
        const result = compare(tree, structuredClone(tree));
        const entries = [...result.preamble, ...result.operative];
        expect(entries.every((e) => e.changes.join() === 'unchanged' && e.draft.length === 1 && e.adopted.length === 1)).toBe(true);
        expect(entries.every((e) => e.draft[0].label === e.adopted[0].label && e.words === null)).toBe(true);
        expect(result.preamble).toHaveLength(tree.preamble.length);
        expect(result.operative).toHaveLength(operativeLabels(tree).length);
        expect(result.footnotes.every((f) => f.changes.join() === 'unchanged')).toBe(true);
        expect(result.masthead).toEqual([]);
        expect(result.summary.unchanged).toBe(entries.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('deleted, inserted and edited paragraphs are reported as such, and the others renumbered where their number changed', () => {
    const mutation = trees.chain((tree) => {
      const main = tree.operative.length;
      return fc.record({
        tree: fc.constant(tree),
        deletePreamble: fc.subarray(tree.preamble.map((_, i) => i)),
        editPreamble: fc.subarray(tree.preamble.map((_, i) => i)),
        deleteOperative: fc.subarray(tree.operative.map((_, i) => i), { maxLength: Math.max(0, main - 1) }),
        editOperative: fc.subarray(operativeLabels(tree).map((_, i) => i)),
        insertAt: fc.subarray(Array.from({ length: main + 1 }, (_, i) => i), { maxLength: 2 }),
      });
    });
    fc.assert(
      fc.property(mutation, ({ tree, deletePreamble, editPreamble, deleteOperative, editOperative, insertAt }) => {
        const copy = structuredClone(tree);
        const before = operativeLabels(tree);
        operativeLabels(copy).forEach(({ paragraph }, i) => editOperative.includes(i) && edit(paragraph));
        copy.preamble.forEach((paragraph, i) => editPreamble.includes(i) && edit(paragraph));
        const keptOperative = copy.operative.map((paragraph, i) => ({ paragraph, from: i })).filter(({ from }) => !deleteOperative.includes(from));
        // Inserted paragraphs go before the kept paragraph at that place (or at the end).
        const mainList: { paragraph: OperativeParagraph; from: number | null }[] = [];
        keptOperative.forEach((kept, k) => {
          if (insertAt.includes(k)) mainList.push({ paragraph: inserted(k), from: null });
          mainList.push(kept);
        });
        if (insertAt.some((k) => k >= keptOperative.length)) mainList.push({ paragraph: inserted(keptOperative.length), from: null });
        copy.operative = mainList.map((m) => m.paragraph);
        const keptPreamble = copy.preamble.map((paragraph, i) => ({ paragraph, from: i })).filter(({ from }) => !deletePreamble.includes(from));
        copy.preamble = keptPreamble.map((k) => k.paragraph);
        renumber(copy);

        const expected: string[] = [];
        tree.preamble.forEach((_, i) => {
          const at = keptPreamble.findIndex((k) => k.from === i);
          expected.push(at < 0 ? describeEntry([`P${i + 1}`], [], ['removed'], false) : pairLine(`P${i + 1}`, `P${at + 1}`, editPreamble.includes(i)));
        });
        const after = operativeLabels(copy);
        const originIndex = (paragraph: OperativeParagraph) => {
          const inMain = mainList.find((m) => m.paragraph === paragraph);
          if (inMain) return inMain.from;
          // Section paragraphs are neither deleted nor moved: the k-th after the main body is the k-th before.
          return tree.operative.length + (after.findIndex((a) => a.paragraph === paragraph) - copy.operative.length);
        };
        const reached = new Set<number>();
        for (const { paragraph, label } of after) {
          const from = originIndex(paragraph);
          if (from === null) expected.push(describeEntry([], [label], ['added'], false));
          else {
            reached.add(from);
            expected.push(pairLine(before[from].label, label, editOperative.includes(from)));
          }
        }
        before.forEach(({ label }, i) => !reached.has(i) && expected.push(describeEntry([label], [], ['removed'], false)));

        const result = compare(tree, copy);
        expect(lines(result)).toEqual(expected.sort());
        expect(inBothOrders(result.preamble) && inBothOrders(result.operative)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('shuffled paragraphs pair with their originals; the fewest possible are reported moved', () => {
    const mutation = trees.chain((tree) =>
      fc.record({
        tree: fc.constant(tree),
        preambleOrder: fc.shuffledSubarray(tree.preamble.map((_, i) => i), { minLength: tree.preamble.length, maxLength: tree.preamble.length }),
        operativeOrder: fc.shuffledSubarray(tree.operative.map((_, i) => i), { minLength: tree.operative.length, maxLength: tree.operative.length }),
      }),
    );
    fc.assert(
      fc.property(mutation, ({ tree, preambleOrder, operativeOrder }) => {
        const copy = structuredClone(tree);
        copy.preamble = preambleOrder.map((i) => copy.preamble[i]);
        copy.operative = operativeOrder.map((i) => copy.operative[i]);
        const before = operativeLabels(tree);
        renumber(copy);
        const result = compare(tree, copy);
        // Every paragraph pairs with the one it was, its text unchanged.
        const pairs = (entries: Comparison['preamble']) => entries.map((e) => [e.draft.map((p) => p.index), e.adopted.map((p) => p.index)]);
        expect(pairs(result.preamble)).toEqual(preambleOrder.map((from, to) => [[from], [to]]));
        const operativeOrderAll = [...operativeOrder, ...before.slice(tree.operative.length).map((_, k) => tree.operative.length + k)];
        expect(pairs(result.operative)).toEqual(operativeOrderAll.map((from, to) => [[from], [to]]));
        for (const [entries, order] of [
          [result.preamble, preambleOrder],
          [result.operative, operativeOrderAll],
        ] as const) {
          expect(entries.every((e) => !e.changes.includes('edited'))).toBe(true);
          const moved = entries.filter((e) => e.changes.includes('moved'));
          expect(moved).toHaveLength(order.length - inOrderCount(order));
          const kept = entries.filter((e) => !e.changes.includes('moved')).map((e) => e.draft[0].index);
          expect(kept).toEqual([...kept].sort((a, b) => a - b));
        }
        for (const entry of result.operative) {
          expect(entry.changes.includes('renumbered')).toBe(entry.draft[0].num !== entry.adopted[0].num);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a paragraph split in two and two paragraphs merged are reported as a split and a merge', () => {
    // Halves of at least four words, three of them different: a shorter piece ("the the;") could as
    // well be what is left of any paragraph of the generator's small vocabulary.
    // Not one with a generated citation: the generator repeats the same one across paragraphs, so a
    // half made mostly of it matches another paragraph as well as its own other half.
    const long = (p: Paragraph) => p.text.split(' ').length >= 8 && new Set(words(p)).size >= 6 && !p.content.some((node) => node.type === 'reference');
    // Splits and merges cut and join the paragraphs' texts: their subparagraphs are left out (kept as text).
    const withoutSubparagraphs = (tree: Resolution): Resolution => ({ ...tree, operative: tree.operative.map((p) => ({ ...p, subparagraphs: [] })) });
    const mutation = trees
      .map(withoutSubparagraphs)
      .filter((tree) => tree.operative.length >= 3 && tree.operative.filter(long).length >= 1)
      .chain((tree) => {
        const candidates = tree.operative.flatMap((p, i) => (long(p) ? [i] : []));
        return fc.record({ tree: fc.constant(tree), split: fc.constantFrom(...candidates), cut: fc.integer({ min: 4, max: 100 }) }).chain((r) => {
          const merges = tree.operative.flatMap((_, j) => (j + 1 < tree.operative.length && j !== r.split && j + 1 !== r.split ? [j] : []));
          return fc.record({ ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.constant(v)])), merge: merges.length ? fc.constantFrom(...merges) : fc.constant(-1) }) as fc.Arbitrary<typeof r & { merge: number }>;
        });
      })
      .filter(({ merge }) => merge >= 0);
    fc.assert(
      fc.property(mutation, ({ tree, split, cut, merge }) => {
        const copy = structuredClone(tree);
        const source = copy.operative;
        const list: { paragraph: OperativeParagraph; from: number[] }[] = [];
        for (let i = 0; i < source.length; i++) {
          const paragraph = source[i];
          if (i === split) {
            const all = paragraph.text.split(' ');
            const at = Math.min(Math.max(4, cut), all.length - 4);
            fc.pre([all.slice(0, at), all.slice(at)].every((half) => new Set(wordsOf(half.join(' '))).size >= 3));
            list.push({ paragraph: { ...paragraph, text: all.slice(0, at).join(' '), subparagraphs: [] }, from: [i] });
            list.push({ paragraph: { ...paragraph, opener: null, text: all.slice(at).join(' '), subparagraphs: [] }, from: [i] });
          } else if (i === merge) {
            const next = source[i + 1];
            list.push({ paragraph: { ...paragraph, text: `${paragraph.text} ${next.text}`, subparagraphs: [] }, from: [i, i + 1] });
            i++;
          } else list.push({ paragraph, from: [i] });
        }
        copy.operative = list.map((l) => l.paragraph);
        const before = operativeLabels(tree);
        renumber(copy);
        const after = operativeLabels(copy);

        const expected: string[] = [];
        const splitParts = after.filter((_, k) => k < list.length && list[k].from.length === 1 && list[k].from[0] === split).map((a) => a.label);
        expected.push(describeEntry([before[split].label], splitParts, ['split'], false));
        after.forEach(({ label }, k) => {
          if (k >= list.length) expected.push(pairLine(before[k - list.length + tree.operative.length].label, label, false));
          else if (list[k].from.length === 2) expected.push(describeEntry(list[k].from.map((i) => before[i].label), [label], ['merged'], false));
          else if (list[k].from[0] !== split) expected.push(pairLine(before[list[k].from[0]].label, label, false));
        });
        expect(describeComparison(compare(tree, copy), 'operative').sort()).toEqual(expected.sort());
      }),
      { numRuns: RUNS },
    );
  });
});

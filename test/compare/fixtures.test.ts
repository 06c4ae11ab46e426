// Every real draft/resolution pair of fixtures/compare (copied from the corpus, PAIRS.tsv): compare's
// alignment must match the expectation written by hand from reading both texts (*.alignment),
// the preamble and the operative part each on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, parse, print, type Comparison } from '../../src/index.js';
import { describeComparison, isPreambular, readExpectations } from './expectations.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'compare');

const pairs = readFileSync(join(DIR, 'PAIRS.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [resolution, draft] = line.split('\t');
    return { resolution, draft, name: draft.replace(/\.txt$/, '') };
  });

/**
 * Parts of pairs that the current parser misreads, so that compare cannot match what the texts say:
 * the expectation stays what the texts contain, and the test is expected to fail until the parser
 * reads them right (then vitest reports the unexpected pass, and the entry goes).
 */
const KNOWN_FAILURES: Record<string, string> = {};

const comparisons = new Map<string, Comparison>();
/** The comparison of a pair, computed once for its two tests. */
function compared(draft: string, resolution: string): Comparison {
  const key = `${draft} ${resolution}`;
  if (!comparisons.has(key)) {
    const [before, after] = [draft, resolution].map((file) => parse(readFileSync(join(DIR, file), 'utf8')).resolution);
    comparisons.set(key, compare(before, after));
  }
  return comparisons.get(key)!;
}

describe('compare on the real draft/resolution pairs', () => {
  it('has an expectation for each of the 19 pairs', () => {
    expect(pairs).toHaveLength(19);
  });
  for (const pair of pairs) {
    for (const part of ['preamble', 'operative'] as const) {
      const known = KNOWN_FAILURES[`${pair.name} ${part}`];
      (known ? it.fails : it)(`${pair.draft} → ${pair.resolution}, ${part}${known ? ` (known failure: ${known})` : ''}`, () => {
        const expected = readExpectations(readFileSync(join(DIR, `${pair.name}.alignment`), 'utf8')).filter((line) => isPreambular(line) === (part === 'preamble'));
        const found = describeComparison(compared(pair.draft, pair.resolution), part);
        expect([...found].sort()).toEqual([...expected].sort());
      });
    }
  }
});

/** Pairs written by hand (not real documents) to show on real-looking text what the real pairs do not have: moves, splits, merges, subparagraphs. */
const EDITED = join(DIR, 'edited');
const handMade = [
  { expectation: 'draft.en.alignment', draft: 'draft.en.md', adopted: 'adopted.en.md' },
  { expectation: 'draft.es.alignment', draft: 'draft.es.txt', adopted: 'adopted.es.txt' },
];

describe('compare on the hand-made pairs', () => {
  for (const pair of handMade) {
    const [draft, adopted] = [pair.draft, pair.adopted].map((file) => parse(readFileSync(join(EDITED, file), 'utf8')).resolution);
    const expected = readExpectations(readFileSync(join(EDITED, pair.expectation), 'utf8'));
    const lines = (draftTree: typeof draft, adoptedTree: typeof adopted) => {
      const comparison = compare(draftTree, adoptedTree);
      return [...describeComparison(comparison, 'preamble'), ...describeComparison(comparison, 'operative')].sort();
    };
    it(`${pair.draft} → ${pair.adopted}`, () => {
      expect(lines(draft, adopted)).toEqual([...expected].sort());
    });
    // The same documents in the other form, as print() writes them: compare reads both forms alike.
    const other = draft.form === 'markdown' ? 'text' : 'markdown';
    it(`${pair.draft} → ${pair.adopted}, both printed in the ${other} form`, () => {
      const [draftAgain, adoptedAgain] = [draft, adopted].map((tree) => parse(print(tree, { form: other })).resolution);
      expect([draftAgain.form, adoptedAgain.form]).toEqual([other, other]);
      expect(lines(draftAgain, adoptedAgain)).toEqual([...expected].sort());
    });
  }
});

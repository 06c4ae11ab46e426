import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

const withItems = (...labels: string[]) =>
  sc({
    operative: [
      ['1. Decides:', ...labels.map((label) => `(${label}) To act in the matter;`)].join('\n\n'),
      '2. Requests the Secretary-General to report to the Council.',
    ],
  });

describe('subparagraph-sequence', () => {
  it('accepts (a), (b), (c) and (i), (ii), (iii)', () => {
    expect(codesOf(withItems('a', 'b', 'c'))).not.toContain('subparagraph-sequence');
    expect(codesOf(withItems('i', 'ii', 'iii'))).not.toContain('subparagraph-sequence');
  });

  it('reports a skipped letter with the letter expected', () => {
    const finding = check(withItems('a', 'b', 'd')).find((d) => d.code === 'subparagraph-sequence');
    expect(finding?.message).toBe('Expected subparagraph (c) after (b), found (d).');
    expect(finding?.severity).toBe('warning');
  });

  it('reports a list that does not start at (a)', () => {
    const finding = check(withItems('b', 'c')).find((d) => d.code === 'subparagraph-sequence');
    expect(finding?.message).toBe('Expected subparagraph (a) to open the list, found (b).');
  });
});

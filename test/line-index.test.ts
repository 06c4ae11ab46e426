import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/source/line-index.js';
import { readLines } from '../src/source/lines.js';

describe('LineIndex', () => {
  it('built from the scanned lines, gives every offset the point that a search of the input gives', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\ufeff', '1. ', '“', '\u2028'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (source) => {
        const searched = new LineIndex(source);
        const scanned = LineIndex.ofLines(source, readLines(source));
        for (let offset = 0; offset <= source.length; offset++) expect(scanned.point(offset)).toEqual(searched.point(offset));
      }),
      { numRuns: 3000 },
    );
  });
});

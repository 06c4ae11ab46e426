import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Flow } from '../../src/blocks/flow.js';
import { normaliseSpace, valueOffsets } from '../../src/tree/inline.js';

/** valueOffsets inverts flow.read + normaliseSpace: references get exact positions from it. */
describe('valueOffsets', () => {
  const piece = fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\\', '\\.', '\\\\', '*', '.', '57/263');
  it('maps every character of a text node value to the flow character it was read from', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), fc.nat(5), (pieces, markdown, cut) => {
        const source = pieces.join('');
        const flow = new Flow(0);
        flow.append(source, 0, source.length, ' ');
        flow.markdown = markdown;
        const from = Math.min(cut, source.length);
        const value = normaliseSpace(flow.read(from, source.length));
        const offsets = valueOffsets({ flow, from, to: source.length });
        expect(offsets.length).toBe(value.length + 1);
        expect(offsets[value.length]).toBe(source.length);
        for (let i = 0; i < value.length; i++) {
          const read = source[offsets[i]];
          if (value[i] === ' ') expect(/[\s\u200b]/.test(read)).toBe(true);
          else expect(read).toBe(value[i]);
          if (i > 0) expect(offsets[i]).toBeGreaterThan(offsets[i - 1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlainTextBuilder } from '../src/tree/inline.js';

/** A step of building: a piece read verbatim from the source at `from`, a piece of other text, or a separator. */
type Step = { kind: 'verbatim'; from: number; length: number } | { kind: 'other'; piece: string } | { kind: 'separate' };

const SOURCE = 'Recalling  its resolution 57/270 B, ; of 23 June 2003 , and  also';

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('verbatim' as const), from: fc.nat(SOURCE.length - 1), length: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('other' as const), piece: fc.constantFrom('', ' ', 'x', ' y ', ', z', '; ') }),
  fc.constant({ kind: 'separate' as const }),
);

describe('PlainTextBuilder', () => {
  it('builds the same text from verbatim pieces as from the same pieces appended as strings', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const verbatim = new PlainTextBuilder();
        const copied = new PlainTextBuilder();
        for (const s of steps) {
          if (s.kind === 'separate') {
            verbatim.separateNext();
            copied.separateNext();
          } else if (s.kind === 'other') {
            verbatim.append(s.piece);
            copied.append(s.piece);
          } else {
            const piece = SOURCE.slice(s.from, s.from + s.length);
            verbatim.appendVerbatim(piece, SOURCE, s.from);
            copied.append(piece);
          }
        }
        expect(verbatim.text).toBe(copied.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps consecutive verbatim pieces, with the space between them, as one span of the source', () => {
    const text = new PlainTextBuilder();
    text.appendVerbatim('Recalling', SOURCE, 0);
    text.separateNext();
    text.appendVerbatim('its resolution', SOURCE, 11);
    expect(text.text).toBe('Recalling its resolution');
    // Two spaces in the source between the pieces: the text has one, so it is no longer a span.
    const gap = new PlainTextBuilder();
    gap.appendVerbatim('Recalling ', SOURCE, 0);
    gap.appendVerbatim(' its', SOURCE, 10);
    expect(gap.text).toBe('Recalling its');
  });
});

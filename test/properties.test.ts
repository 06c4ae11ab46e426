import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Position } from '../src/schema/index.js';

/** Every object with a position under `node`, with the position of its nearest positioned ancestor. */
function* positioned(node: unknown, parent: Position | null): Generator<{ position: Position; parent: Position | null }> {
  if (Array.isArray(node)) {
    for (const item of node) yield* positioned(item, parent);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const own = (node as { position?: Position | null }).position ?? null;
  if (own && 'start' in own) yield { position: own, parent };
  for (const [key, value] of Object.entries(node)) if (key !== 'position') yield* positioned(value, own && 'start' in own ? own : parent);
}

const resolutionish = fc.array(
  fc.oneof(
    fc.constantFrom('The General Assembly,', 'The Security Council,', "*L'Assemblée générale,*", '1.', '2. Decides', '(a) ', '(i) ', '---', '____', '<sup>1</sup> note', '1 Official Records', 'Adopted at the 2nd meeting.', '78th plenary meeting', 'Annex', 'I', 'A', '', '*Recalling* its resolution,', 'Recalling also,', '12 December 2003', 'A/RES/80/2', '25-15779 (E)', '2/5'),
    fc.string({ maxLength: 40 }),
  ),
  { maxLength: 40 },
).map((lines) => lines.join('\n'));

describe('properties', () => {
  it('never throws, and nests every position inside its parent and the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), resolutionish), (text) => {
        const { resolution } = parse(text);
        for (const { position, parent } of positioned(resolution, null)) {
          expect(position.start.offset).toBeLessThanOrEqual(position.end.offset);
          expect(position.end.offset).toBeLessThanOrEqual(text.length);
          if (parent) {
            expect(position.start.offset).toBeGreaterThanOrEqual(parent.start.offset);
            expect(position.end.offset).toBeLessThanOrEqual(parent.end.offset);
          }
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('throws only on invalid options', () => {
    expect(() => parse('x', { form: 'pdf' as never })).toThrow(TypeError);
    expect(() => parse('x', { language: 'de' as never })).toThrow(TypeError);
  });
});

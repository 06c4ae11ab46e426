import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checks/index.js';
import { parse } from '../../src/parse.js';
import type { Footnote } from '../../src/schema/index.js';
import { sc } from './helpers.js';

describe('footnote-duplicate', () => {
  // Built by hand: the parser links a number to one note, so two notes "1" come from a tree.
  const tree = () => parse(sc({ preamble: ['Recalling the report of the Secretary-General,1'], after: '1 S/1994/262.' })).resolution;

  it('reports a second note with the same number, pointing at the first', () => {
    const resolution = tree();
    const first = resolution.footnotes[0];
    const second: Footnote = { ...first, id: 'fn-copy', references: [], position: { start: { ...first.position.end, column: 1, line: first.position.end.line + 2 }, end: { ...first.position.end, line: first.position.end.line + 2 } } };
    resolution.footnotes.push(second);
    const finding = validate(resolution).find((d) => d.code === 'footnote-duplicate');
    expect(finding?.message).toBe('Expected one footnote 1, found a second one.');
    expect(finding?.related?.[0].position.start.line).toBe(first.position.start.line);
  });

  it('is silent on distinct notes', () => {
    expect(validate(tree()).map((d) => d.code)).not.toContain('footnote-duplicate');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { check, codesOf } from './helpers.js';

const seed = (notes: string) => `# General Assembly

*The General Assembly,*

*Recalling* its resolution 57/263<sup>1</sup>,

1. *Decides* to consider the question at its sixtieth session<sup>2</sup>.

78th plenary meeting
23 December 2003

${notes}
`;

describe('footnote-missing', () => {
  it('reports a marker with no note, once (not again from the parser)', () => {
    const text = seed('<sup>1</sup> A/58/413.');
    const diagnostics = check(text).filter((d) => d.code === 'footnote-missing');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toBe('Expected a footnote "2" for this marker, found none: the notes are 1.');
    // The parser reports it too; validate says it once.
    expect(parse(text).diagnostics.filter((d) => d.code === 'footnote-missing')).toHaveLength(1);
  });

  it('is silent when every marker has its note', () => {
    expect(codesOf(seed('<sup>1</sup> A/58/413.\n\n<sup>2</sup> A/58/319.'))).not.toContain('footnote-missing');
  });
});

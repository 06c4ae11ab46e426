import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

describe('preambular-punctuation', () => {
  it('reports a preambular paragraph ending with a full stop, saying what was expected', () => {
    const finding = check(sc({ preamble: ['Recalling its resolution 425 (1978).', 'Deeply concerned at the situation,'] })).find((d) => d.code === 'preambular-punctuation');
    expect(finding?.message).toBe('Expected a preambular paragraph to end with a comma (","), found a full stop ("."): "Recalling its resolution 425 (1978).".');
    expect(finding?.severity).toBe('warning');
  });

  it('accepts a comma, a closing quote after it, and a footnote number after it', () => {
    const codes = codesOf(sc({ preamble: ['Recalling its resolution entitled "Peace,"', 'Taking note of the report of the Secretary-General, 12'], after: '12 S/1994/262.' }));
    expect(codes).not.toContain('preambular-punctuation');
  });
});

describe('preambular-punctuation with joined clauses', () => {
  it('accepts "Whereas …, and" followed by the next clause', () => {
    const text = sc({ preamble: ['Whereas the Council appointed a Sub-Committee, and', 'Whereas the Sub-Committee has reported,'] });
    expect(codesOf(text)).not.toContain('preambular-punctuation');
  });
});

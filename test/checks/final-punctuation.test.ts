import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

describe('final-punctuation', () => {
  it('reports a last paragraph that ends with a semicolon', () => {
    const finding = check(sc({ operative: ['1. Decides to remain seized of the matter;', '2. Requests a report;'] })).find((d) => d.code === 'final-punctuation');
    expect(finding?.message).toBe('Expected the last operative paragraph to end with a full stop ("."), found a semicolon (";"): "Requests a report;".');
  });

  it('is silent on a full stop, and reports the last paragraph only once', () => {
    expect(codesOf(sc())).not.toContain('final-punctuation');
    const codes = codesOf(sc({ operative: ['1. Decides to act;', '2. Requests a report,'] }));
    expect(codes.filter((c) => c === 'final-punctuation')).toHaveLength(1);
    expect(codes).not.toContain('operative-punctuation');
  });
});

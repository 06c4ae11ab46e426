import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

const numbered = (...numbers: number[]) =>
  numbers.map((n, i) => `${n}. ${i === numbers.length - 1 ? 'Decides to remain seized of the matter.' : 'Requests the Secretary-General to report;'}`);

describe('operative-numbering', () => {
  it('accepts 1, 2, 3', () => {
    expect(codesOf(sc({ operative: numbered(1, 2, 3) })).filter((c) => c.startsWith('operative-number'))).toEqual([]);
  });

  it('reports a gap with the numbers missing', () => {
    const finding = check(sc({ operative: numbered(1, 2, 4) })).find((d) => d.code === 'operative-number-gap');
    expect(finding?.message).toBe('Expected paragraph 3 after paragraph 2, found 4: paragraph 3 is missing.');
    expect(finding?.related?.[0].message).toBe('paragraph 2');
  });

  it('reports numbering that does not start at 1', () => {
    const finding = check(sc({ operative: numbered(2, 3) })).find((d) => d.code === 'operative-number-gap');
    expect(finding?.message).toBe('Expected the operative paragraphs to start at 1, found 2.');
  });

  it('reports a duplicate, pointing at the first use', () => {
    const diagnostics = check(sc({ operative: numbered(1, 2, 2, 3) }));
    expect(diagnostics.map((d) => d.code).filter((c) => c.startsWith('operative-number'))).toEqual(['operative-number-duplicate']);
    const finding = diagnostics.find((d) => d.code === 'operative-number-duplicate')!;
    expect(finding.message).toBe('Expected paragraph 3, found a second paragraph 2.');
    expect(finding.related?.[0].position.start.line).toBeLessThan(finding.position!.start.line);
  });

  it('reports paragraphs out of order, not as a gap', () => {
    const codes = codesOf(sc({ operative: numbered(1, 3, 2, 4) })).filter((c) => c.startsWith('operative-number'));
    expect(codes).toEqual(['operative-number-order']);
  });

  it('points at the paragraph number', () => {
    const finding = check(sc({ operative: numbered(1, 2, 4) })).find((d) => d.code === 'operative-number-gap')!;
    expect(finding.position!.end.column - finding.position!.start.column).toBe(2);
  });
});

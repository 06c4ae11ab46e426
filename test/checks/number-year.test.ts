import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

describe('number-year', () => {
  it('reports a year in the number that is not the year of adoption', () => {
    const finding = check(sc({ header: 'Resolution 434 (1973)\nof 18 September 1978' })).find((d) => d.code === 'number-year-mismatch');
    expect(finding?.message).toMatch(/^Expected resolution 434 \(1973\) to be adopted in 1973, found the adoption date 1978-09-18/);
  });

  it('is silent when they agree', () => {
    expect(codesOf(sc())).not.toContain('number-year-mismatch');
  });
});

import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checks/index.js';
import { parse } from '../../src/parse.js';
import { check, codesOf, ga, sc } from './helpers.js';

describe('dates', () => {
  it('reports an adoption date after the date of issue', () => {
    const finding = check(ga({ issued: '19 February 2003' })).find((d) => d.code === 'adoption-after-issue');
    expect(finding?.message).toBe('Expected the adoption date to be on or before the date of issue 2003-02-19, found 2003-12-23 ("23 December 2003").');
    expect(finding?.related?.[0].message).toBe('issued on 2003-02-19');
  });

  it('reports header and closing that disagree on the adoption date', () => {
    const text = ga().replace('78th plenary meeting\n23 December 2003', '78th plenary meeting\n22 December 2003');
    expect(codesOf(text)).toContain('adoption-date-mismatch');
  });

  it('reports a day the month does not have', () => {
    const finding = check(sc({ closing: 'Adopted unanimously at the 2390th meeting on 30 February 1982.' })).find((d) => d.code === 'date-impossible');
    expect(finding?.message).toBe('Expected a real date, found "30 February 1982", a day that month does not have.');
  });

  it('reports a date before the United Nations', () => {
    const { resolution } = parse(sc());
    resolution.header.adoptedBy = { value: '1931-08-12', text: '12 August 1931', position: resolution.position };
    expect(validate(resolution).map((d) => d.code)).toContain('date-impossible');
  });

  it('is silent on consistent dates', () => {
    const codes = [...codesOf(ga()), ...codesOf(sc())];
    for (const code of ['adoption-after-issue', 'adoption-date-mismatch', 'date-impossible']) expect(codes).not.toContain(code);
  });
});

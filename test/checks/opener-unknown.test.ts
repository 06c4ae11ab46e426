import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { check, codesOf, sc } from './helpers.js';

describe('opener-unknown', () => {
  it('reports, as info, an opener found by its form only', () => {
    const text = sc({ operative: ['1. Retterates its call to the parties;', '2. Requests the Secretary-General to report.'] });
    const opener = parse(text).resolution.operative[0].opener;
    expect(opener).toMatchObject({ text: 'Retterates', known: false });
    const finding = check(text).find((d) => d.code === 'opener-unknown');
    expect(finding).toMatchObject({ severity: 'info', message: 'Expected an operative phrase of the English list, found "Retterates" (recognised by its form only).' });
  });

  it('is silent on listed openers', () => {
    expect(codesOf(sc())).not.toContain('opener-unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { check, codesOf, ga } from './helpers.js';

describe('symbol-number', () => {
  it('reads the symbol as stated', () => {
    expect(parse(ga()).resolution.header.symbol).toMatchObject({ value: 'A/RES/58/220', stated: true });
  });

  it('reports a symbol that names another resolution', () => {
    const finding = check(ga({ symbol: 'A/RES/58/221' })).find((d) => d.code === 'symbol-mismatch');
    expect(finding?.message).toBe('Expected the symbol of resolution 58/220 to be A/RES/58/220, found A/RES/58/221.');
  });

  it('reports a Security Council symbol on a General Assembly resolution', () => {
    const codes = codesOf(ga({ symbol: 'S/RES/58/220' }));
    expect(codes).toContain('symbol-organ-mismatch');
  });

  it('is silent when they agree', () => {
    const codes = codesOf(ga());
    expect(codes).not.toContain('symbol-mismatch');
    expect(codes).not.toContain('symbol-organ-mismatch');
  });
});

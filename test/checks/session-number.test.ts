import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { check, codesOf, ga } from './helpers.js';

describe('session-number', () => {
  it('reads the header of the test resolution', () => {
    const { header } = parse(ga()).resolution;
    expect(header.session?.value).toBe(58);
    expect(header.resolutionNumber?.value).toBe('58/220');
  });

  it('reports session 58 with resolution 57/220', () => {
    const finding = check(ga({ number: '57/220', symbol: 'A/RES/57/220' })).find((d) => d.code === 'session-mismatch');
    expect(finding?.message).toBe('Expected resolution 57/220 to belong to session 57, found session 58 in the header ("Fifty-eighth session").');
    expect(finding?.related).toHaveLength(1);
  });

  it('is silent when they agree', () => {
    expect(codesOf(ga())).not.toContain('session-mismatch');
  });
});

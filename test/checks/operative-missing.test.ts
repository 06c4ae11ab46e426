import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

describe('operative-missing', () => {
  it('fires on a resolution that ends after its preamble', () => {
    const diagnostics = check(sc({ operative: [] }));
    const finding = diagnostics.find((d) => d.code === 'operative-missing');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding?.message).toMatch(/^Expected an operative part .*found none after the 2 preambular paragraphs/);
  });

  it('does not fire on numbered paragraphs or a single unnumbered decision', () => {
    expect(codesOf(sc())).not.toContain('operative-missing');
    expect(codesOf(sc({ operative: ['Decides to remain seized of the matter.'] }))).not.toContain('operative-missing');
  });
});

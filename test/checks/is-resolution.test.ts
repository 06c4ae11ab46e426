import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

const page = readFileSync(new URL('../../fixtures/seed/south-south-cooperation-page.fr.txt', import.meta.url), 'utf8');

describe('is-resolution', () => {
  it('gives a page that is not a resolution one error and nothing else', () => {
    const diagnostics = check(page);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'not-a-resolution', severity: 'error' });
    expect(diagnostics[0].message).toMatch(/^Expected a UN resolution: .*; found /);
  });

  it('does not cascade on prose: no operative-missing, no punctuation findings', () => {
    const prose = 'A note on cooperation\n\nThis page describes the history of cooperation between countries.\n\nIt was written in 2004, and has no paragraphs of a resolution\n';
    expect(codesOf(prose)).toEqual(['not-a-resolution']);
  });

  it('stays silent on a resolution', () => {
    expect(codesOf(sc())).not.toContain('not-a-resolution');
  });

  it('reports a missing authority line as info', () => {
    const diagnostics = check(sc({ authority: '' }));
    expect(diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['authority-missing', 'info']);
    expect(codesOf(sc())).not.toContain('authority-missing');
  });
});

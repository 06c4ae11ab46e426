import { describe, expect, it } from 'vitest';
import { check, codesOf, sc } from './helpers.js';

describe('operative-punctuation', () => {
  it('reports a paragraph other than the last that ends with a comma', () => {
    const diagnostics = check(sc({ operative: ['1. Decides to remain seized of the matter,', '2. Requests the Secretary-General to report.'] }));
    const finding = diagnostics.find((d) => d.code === 'operative-punctuation');
    expect(finding?.message).toBe('Expected an operative paragraph other than the last to end with a semicolon (";"), found a comma (","): "Decides to remain seized of the matter,".');
    // It points at the comma.
    expect(finding?.position?.start.column).toBe('1. Decides to remain seized of the matter'.length + 1);
  });

  it('reads the end of the last subparagraph', () => {
    const text = sc({ operative: ['1. Decides:\n\n(a) To act;\n\n(b) To report;', '2. Requests the Secretary-General to report.'] });
    expect(codesOf(text)).not.toContain('operative-punctuation');
  });

  it('leaves alone an early text whose paragraphs are all sentences', () => {
    const text = sc({ operative: ['1. Decides to act.', '2. Decides to report.', '3. Requests the Secretary-General to report.'] });
    expect(codesOf(text)).not.toContain('operative-punctuation');
  });

  it('accepts the French " ;"', () => {
    const text = `# Assemblée générale

*L'Assemblée générale,*

*Rappelant* sa résolution 57/263,

1. *Prend note* du rapport du Secrétaire général ;

2. *Décide* d'examiner la question à sa soixantième session.

78<sup>e</sup> séance plénière
23 décembre 2003
`;
    expect(check(text)).toEqual([]);
  });
});

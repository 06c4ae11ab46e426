import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Inline } from '../src/schema/index.js';

const seed = readFileSync(new URL('../fixtures/seed/a-res-58-220.fr.md', import.meta.url), 'utf8');
const { resolution, diagnostics } = parse(seed);
const markers = (nodes: Inline[]): string[] =>
  nodes.flatMap((n) => (n.type === 'footnoteReference' ? [n.marker] : 'children' in n ? markers(n.children) : []));

describe('the seed: resolution 58/220 in French (markdown)', () => {
  it('reads the header', () => {
    const h = resolution.header;
    expect(resolution.language).toBe('fr');
    expect(resolution.form).toBe('markdown');
    expect(h.organ?.value).toBe('general-assembly');
    expect(h.organ?.text).toBe('Assemblée générale');
    expect(h.distribution?.value).toBe('general');
    expect(h.issueDate?.value).toBe('2004-02-19');
    expect(h.session?.value).toBe(58);
    expect(h.session?.text).toBe('Cinquante-huitième session');
    expect(h.agendaItems.map((a) => a.value)).toEqual(['97 (b)']);
    expect(h.reference?.kind).toBe('committee-report');
    expect(h.reference?.committee).toBe('Deuxième Commission');
    expect(h.reference?.symbol).toBe('A/58/487');
    expect(h.resolutionNumber?.value).toBe('58/220');
    expect(h.title?.value).toBe('Coopération économique et technique entre pays en développement');
    expect(h.symbol).toMatchObject({ value: 'A/RES/58/220', stated: false });
  });

  it('reads the authority line and the three preambular paragraphs', () => {
    expect(resolution.authority?.text).toBe("L'Assemblée générale,");
    expect(resolution.preamble.map((p) => p.opener?.text)).toEqual(['Soulignant', 'Considérant', 'Prenant note']);
    expect(resolution.preamble[0].content[0]).toMatchObject({ type: 'text' });
    expect((resolution.preamble[0].content[0] as { value: string }).value.startsWith('que la coopération Sud-Sud')).toBe(true);
  });

  it('reads twelve operative paragraphs with their openers', () => {
    expect(resolution.operative.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(resolution.operative.map((p) => p.opener?.text)).toEqual([
      'Prend note', 'Prend acte', 'Réaffirme', 'Note avec intérêt', 'Considère', 'Considère également',
      'Réaffirme', 'Note avec intérêt', 'Demande instamment', 'Considère', 'Décide', 'Décide également',
    ]);
  });

  it('links eight footnotes, each from exactly one reference, in the right paragraphs', () => {
    expect(resolution.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const note of resolution.footnotes) expect(note.references).toHaveLength(1);
    expect(markers(resolution.preamble[2].content)).toEqual(['1']);
    const byParagraph = Object.fromEntries(resolution.operative.map((p) => [p.number, markers(p.content)]));
    expect(byParagraph).toMatchObject({ 1: ['2', '3'], 2: ['4', '5'], 4: ['6'], 9: ['7'], 11: ['8'] });
    expect([3, 5, 6, 7, 8, 10, 12].every((n) => byParagraph[n].length === 0)).toBe(true);
    expect(resolution.footnotes[5].text).toBe('Voir résolution 55/2.');
    const reference = resolution.operative[3].content.find((n) => n.type === 'footnoteReference');
    expect(reference).toMatchObject({ footnoteId: resolution.footnotes[5].id });
  });

  it('joins paragraph 8 across the page break, without the text of footnote 6', () => {
    const p8 = resolution.operative[7];
    expect(p8.text).toContain('dans le domaine du développement et les organisations internationales compétentes');
    expect(p8.text).not.toContain('Voir résolution 55/2');
    expect(p8.text.endsWith("d'intensifier la coopération Sud-Sud ;")).toBe(true);
    // The text node after the break starts on the page after, in the original input.
    const texts = p8.content.filter((n) => n.type === 'text');
    expect(texts.length).toBe(2);
    expect(seed.slice(texts[1].position.start.offset, texts[1].position.end.offset).startsWith('développement et les')).toBe(true);
  });

  it('reads the closing', () => {
    expect(resolution.closing?.meeting?.value).toBe(78);
    expect(resolution.closing?.date?.value).toBe('2003-12-23');
  });

  it('leaves nothing unparsed and reports no error', () => {
    expect(resolution.unparsed).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives positions that point at the original text', () => {
    const opener = resolution.operative[0].opener!;
    // The opener spans its italic markers, as an emphasis node would.
    expect(seed.slice(opener.position.start.offset, opener.position.end.offset)).toBe('*Prend note*');
    const line = seed.split('\n')[opener.position.start.line - 1];
    expect(line.slice(opener.position.start.column - 1).startsWith('*Prend note*')).toBe(true);
  });
});

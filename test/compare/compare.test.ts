// compare() on real and hand-made documents: the masthead fields, positions into each source, the
// word diff, openers, subparagraphs and footnotes, the result's schema (zod and JSON Schema), and
// French markdown (the seed) against edited copies of itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Comparison, compare, comparisonJsonSchema, parse, parseResultJsonSchema, type Position } from '../../src/index.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'compare');
const source = (file: string) => readFileSync(join(DIR, file), 'utf8');
const at = (text: string, position: Position | null) => (position ? text.slice(position.start.offset, position.end.offset) : null);

describe('compare: masthead', () => {
  const [draftText, adoptedText] = [source('a-80-l-7.txt'), source('a-res-80-7.txt')];
  const result = compare(parse(draftText).resolution, parse(adoptedText).resolution);
  const field = (name: string) => result.masthead.find((m) => m.field === name);

  it('reports the fields a draft and its resolution differ in, with the values of each', () => {
    expect(result.masthead.map((m) => m.field)).toEqual(['status', 'symbol', 'distribution', 'issueDate', 'sponsors', 'adoptedBy', 'reference', 'resolutionNumber', 'meeting', 'adoptionDate']);
    expect(field('sponsors')).toMatchObject({ draft: 'Australia', adopted: null });
    expect(field('distribution')).toMatchObject({ draft: 'limited', adopted: 'general' });
    expect(field('reference')).toMatchObject({ draft: null, adopted: '[without reference to a Main Committee (A/80/L.7)]' });
    expect(field('adoptionDate')).toMatchObject({ draft: null, adopted: '2025-11-14' });
    expect(field('meeting')?.adopted).toBe('40th plenary meeting');
    expect(result.draft).toEqual({ symbol: 'A/80/L.7', status: 'draft', language: 'en', form: 'text' });
    expect(result.adopted.symbol).toBe('A/RES/80/7');
  });

  it('points each value to where it is written in its own source', () => {
    expect(at(draftText, field('sponsors')!.draftPosition)?.trim()).toBe('Australia:* draft resolution');
    expect(at(adoptedText, field('reference')!.adoptedPosition)?.trim()).toBe('[without reference to a Main Committee (A/80/L.7)]');
    expect(at(draftText, field('symbol')!.draftPosition)?.trim()).toBe('A/80/L.7');
  });

  it('reports nothing for a resolution compared with itself', () => {
    expect(compare(parse(adoptedText).resolution, parse(adoptedText).resolution).masthead).toEqual([]);
  });
});

describe('compare: paragraphs', () => {
  const [draftText, adoptedText] = [source('a-80-l-2.txt'), source('a-res-80-1.txt')];
  const result = compare(parse(draftText).resolution, parse(adoptedText).resolution);

  it("points each paragraph into its own source, where the paragraph's text starts", () => {
    for (const entry of [...result.preamble, ...result.operative]) {
      for (const [paragraphs, text] of [
        [entry.draft, draftText],
        [entry.adopted, adoptedText],
      ] as const) {
        for (const paragraph of paragraphs) {
          const firstWords = paragraph.text.split(' ').slice(0, 3).join(' ');
          expect(at(text, paragraph.position)!.replace(/^\d+\.\s*/, '').replace(/\s+/g, ' ')).toMatch(new RegExp(`^${firstWords.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        }
      }
    }
  });

  it('marks the words removed and added, and an opener that changed', () => {
    const [p1, p2] = result.preamble;
    expect(p1.words?.filter((w) => w.type === 'removed').map((w) => w.text.trim())).toContain('grave');
    expect(p2.opener).toEqual({ draft: 'Deploring', adopted: 'Regretting', changed: true });
    expect(p2.words?.[0]).toEqual({ type: 'removed', text: 'Deploring' });
    expect(p2.words?.find((w) => w.type === 'added')?.text).toBe('Regretting');
    // Put together, the unchanged and added runs give the adopted text back; unchanged and removed, the draft's.
    const rebuilt = (keep: 'added' | 'removed') => p2.words!.filter((w) => w.type !== (keep === 'added' ? 'removed' : 'added')).map((w) => w.text).join('');
    expect(rebuilt('added')).toBe(p2.adopted[0].text);
    expect(rebuilt('removed')).toBe(p2.draft[0].text);
  });

  it('lists the subparagraphs that changed within a pair', () => {
    const o1 = result.operative[0];
    expect(o1.changes).toEqual(['edited']);
    expect(o1.subparagraphs.map((s) => `${s.draft.map((d) => d.label)}→${s.adopted.map((a) => a.label)} ${s.changes.join('+')}`)).toEqual(['a→a edited', 'b→b edited', 'c→c edited']);
    expect(o1.adopted[0].text).toContain('that: (a) The State of Palestine');
  });

  it('counts the changes in a summary', () => {
    expect(result.summary).toMatchObject({ unchanged: 3, edited: 4, added: 1, removed: 0 });
  });
});

describe('compare: subparagraphs and footnotes (hand-made pair)', () => {
  const result = compare(parse(readFileSync(join(DIR, 'edited', 'draft.en.md'), 'utf8')).resolution, parse(readFileSync(join(DIR, 'edited', 'adopted.en.md'), 'utf8')).resolution);

  it('reports an inserted subparagraph and the one relettered after it', () => {
    const lines = result.operative[0].subparagraphs.map((s) => `${s.draft.map((d) => d.label)}→${s.adopted.map((a) => a.label)} ${s.changes.join('+')}`);
    expect(lines).toEqual(['→b added', 'b→c renumbered']);
  });

  it('reports a reworded footnote', () => {
    expect(result.footnotes).toHaveLength(1);
    expect(result.footnotes[0]).toMatchObject({ changes: ['edited'], draft: { marker: '1', text: 'A/80/310.' }, adopted: { marker: '1', text: 'A/80/310, sect. II.' } });
  });
});

describe('compare: French markdown (the seed) against edited copies', () => {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seed', 'a-res-58-220.fr.md'), 'utf8');
  const tree = parse(seed).resolution;

  it('finds nothing changed in a copy', () => {
    const result = compare(tree, parse(seed).resolution);
    expect(result.draft.language).toBe('fr');
    expect(result.summary.unchanged).toBe(result.preamble.length + result.operative.length);
    expect(result.footnotes.every((f) => f.changes.join() === 'unchanged')).toBe(true);
  });

  it('finds a removed operative paragraph and renumbers the ones after it', () => {
    // Paragraph 2 of the seed removed from the text, the others renumbered.
    const edited = seed.replace(/^2\. \*Prend acte\*.*\n\n/m, '').replace(/^(\d+)\. /gm, (line, n: string) => (Number(n) > 2 ? `${Number(n) - 1}. ` : line));
    const result = compare(tree, parse(edited).resolution);
    const lines = result.operative.map((e) => `${e.draft.map((p) => p.label)}→${e.adopted.map((p) => p.label)} ${e.changes.join('+')}`);
    expect(lines[1]).toBe('O2→ removed');
    expect(lines.slice(2).every((line) => /^O(\d+)→O(\d+) renumbered$/.test(line))).toBe(true);
    expect(result.operative).toHaveLength(tree.operative.length);
  });
});

describe('compare: annexes and their sections', () => {
  // A/RES/80/3: two operative paragraphs, then the Awaza Political Declaration in an annex, in three sections.
  const tree = parse(source('annex/a-res-80-3.txt')).resolution;

  it('labels annex paragraphs by annex and section, and follows a paragraph dropped from a section', () => {
    const copy = structuredClone(tree);
    const [section] = copy.annexes[0].divisions;
    const dropped = section.operative.splice(-1, 1)[0];
    expect(dropped.text).toMatch(/^We further welcome the convening of the fifteenth meeting/);
    // The declaration's paragraphs are numbered on: those after the dropped one move up by one.
    for (const division of copy.annexes[0].divisions.slice(1)) for (const p of division.operative) p.num = String(Number(p.num) - 1);
    const lines = compare(tree, copy).operative.map((e) => `${e.draft.map((p) => p.label)}→${e.adopted.map((p) => p.label)} ${e.changes.join('+')}`);
    expect(lines.slice(0, 4)).toEqual(['O1→O1 unchanged', 'O2→O2 unchanged', 'Annex.O1→Annex.O1 unchanged', 'Annex.O2→Annex.O2 unchanged']);
    expect(lines).toContain('Annex.I.O12→ removed');
    expect(lines).toContain('Annex.II.O13→Annex.II.O12 renumbered');
    expect(lines).toContain('Annex.III.O25→Annex.III.O24 renumbered');
    expect(compare(tree, copy).operative.find((e) => e.draft[0]?.label === 'Annex.II.O13')?.draft[0].place).toBe('annex, section II');
  });
});

describe('compare: the result is described by its schemas', () => {
  const result = compare(parse(source('a-80-l-2.txt')).resolution, parse(source('a-res-80-1.txt')).resolution);

  it('passes its zod schema', () => {
    expect(Comparison.safeParse(result).success).toBe(true);
  });

  it('passes the JSON Schema, alone and as a definition of the shipped schema.json', () => {
    const ajv = new Ajv2020({ strict: true });
    const data = JSON.parse(JSON.stringify(result));
    expect(ajv.validate(comparisonJsonSchema(), data)).toBe(true);
    const shipped = parseResultJsonSchema();
    expect(Object.keys(shipped.$defs as object)).toContain('Comparison');
    const viaShipped = new Ajv2020({ strict: true }).addSchema(shipped).getSchema('urn:un-resolution:parse-result#/$defs/Comparison')!;
    expect(viaShipped(data)).toBe(true);
    expect(viaShipped({ ...data, preamble: [{ changes: ['rewritten'] }] })).toBe(false);
  });
});

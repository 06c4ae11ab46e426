// The outline says what the tree says: references on the adoption line, long openers, unlisted
// openers explained, a resolution adopted without reference to a Main Committee.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOutline } from '../src/cli/outline.js';
import { parse } from '../src/index.js';
import { ga } from './checks/helpers.js';

const outline = (text: string) => renderOutline({ result: parse(text), source: text, file: 'x.txt', paint: (_style, s) => s, width: 120 });
const s84 = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'en', 'sc', 's-res-84-1950.txt');

describe('outline', () => {
  it.skipIf(!existsSync(s84))('shows a note referred to on the adoption line as referenced (S/RES/84 (1950), note 13)', () => {
    const text = readFileSync(s84, 'utf8');
    expect(parse(text).resolution.footnotes.find((note) => note.marker === '13')?.references.length).toBe(1);
    const footnote = outline(text).split('\n').find((line) => /\b13\s+One member/.test(line));
    expect(footnote).toMatch(/← line \d+$/);
  });

  it('keeps a space after a long opener, and explains the mark of an unlisted one', () => {
    const text = ga({
      preamble: ['Expressing its appreciation to the Secretary-General for his report,', 'Bemoaning the situation of the region,'],
    });
    const lines = outline(text).split('\n');
    expect(lines.find((line) => line.includes('Expressing its appreciation'))).toMatch(/Expressing its appreciation to the Secretary-General/);
    expect(parse(text).resolution.preamble[1].opener).toMatchObject({ text: 'Bemoaning', known: false });
    expect(lines.find((line) => line.includes('Bemoaning'))).toMatch(/Bemoaning\?\s+the situation/);
    expect(lines).toContain('      ? an opener recognised by its form, not in the list of known openers');
  });

  it('names the draft of a resolution adopted without reference to a Main Committee, not a report', () => {
    const text = ga().replace('[on the report of the Second Committee (A/58/487)]', '[without reference to a Main Committee (A/58/L.9)]');
    const header = outline(text).split('\n');
    expect(header).toContain('  Draft     A/58/L.9 (without reference to a Main Committee)');
    expect(header.some((line) => line.startsWith('  Report '))).toBe(false);
  });
});

// Documents of the Geneva office (Human Rights Council resolutions) print their job number as
// "GE.25-05712(E)", with a barcode and "Please recycle" beside the recycling sign at the foot of the
// first page. Read as text, the job number had joined the last footnote, or, in the masthead, had
// broken it up; the notice had cut the notes off from their page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, validate } from '../src/index.js';

const masthead = (furniture: string[]) => [
  'A/HRC/RES/58/1',
  'United Nations',
  'General Assembly',
  'Distr.: General',
  '10 April 2025',
  '',
  'Original: English',
  '',
  ...furniture,
  'Human Rights Council',
  'Fifty-eighth session',
  '24 February–4 April 2025',
  'Agenda item 2',
  'Annual report of the United Nations High Commissioner',
  'for Human Rights',
  '',
  'Resolution adopted by the Human Rights Council on 3 April 2025',
  '',
  '58/1. Cooperation with Georgia',
  '',
];
const body = [
  'The Human Rights Council,',
  '',
  'Recalling its resolution 55/1 of 3 April 2024 and all previous resolutions on',
  'cooperation with Georgia,1',
  '',
  '1. Takes note of the report of the High Commissioner;2',
  '',
  '2. Decides to remain seized of the matter.',
  '',
  '48th meeting',
  '3 April 2025',
  '',
  '[Adopted without a vote.]',
  '',
  '_______________',
  '1 See A/HRC/55/1, chap. I.',
  '2 A/HRC/58/43.',
  '',
];

describe('the furniture of documents from the Geneva office', () => {
  it.each([
    ['at the foot of the page, after the notes', [], ['GE.25-05712(E)', '*2505712*', 'Please recycle']],
    ['with the recycling sign, before the job number', [], ['\u2672 Please recycle', 'GE.25-05712(E)']],
    ['in the masthead, with its dates', ['GE.25-05712  (E)    100425    110425', '*2505712*', ''], []],
  ])('reads a job number and a printers\' notice %s as furniture', (_, top, foot) => {
    const text = [...masthead(top), ...body, ...foot, ''].join('\n');
    const { resolution, diagnostics } = parse(text, { form: 'text' });
    expect(diagnostics).toEqual([]);
    expect(validate(text)).toEqual([]);
    expect(resolution.header.organ?.value).toBe('human-rights-council');
    expect(resolution.header.resolutionNumber?.value).toBe('58/1');
    expect(resolution.operative.map((p) => p.text)).toEqual(['Takes note of the report of the High Commissioner;', 'Decides to remain seized of the matter.']);
    expect(resolution.footnotes.map((note) => note.text)).toEqual(['See A/HRC/55/1, chap. I.', 'A/HRC/58/43.']);
  });

  it('reads them in the masthead in the document\'s language ("GE.25-15779 (S)", "Se ruega reciclar")', () => {
    const layout = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'synthetic', 'a-res-80-2-layout.es.txt'), 'utf8');
    const geneva = layout.replace('25-15779 (S)\n*2515779*\n', 'GE.25-15779  (S)    151025    161025\n*2515779*\nSe ruega reciclar\n');
    expect(geneva).not.toBe(layout);
    expect(validate(geneva)).toEqual([]);
    const header = (text: string) => {
      const { other, position, ...fields } = parse(text).resolution.header;
      return JSON.stringify(fields, (key, value) => (key === 'position' ? undefined : value));
    };
    expect(header(geneva)).toBe(header(layout));
  });
});

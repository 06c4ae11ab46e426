// What a page break of PDF text leaves between two paragraphs: the running header with a short
// title, and a heading that opens the next page.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const page = (title: string) => ['', 'A/RES/80/124', title, '', '25-20760', '8/10', '', ''];
const resolution = (...body: string[]) =>
  ['United Nations', 'A/RES/80/124', '', 'General Assembly', 'Distr.: General', '', '80/124. Commodities', '', 'The General Assembly,', '', ...body, ''].join('\n');

describe('a page break between paragraphs', () => {
  it('reads a running title shorter than a line of text ("Commodities") as furniture between the symbol and the job number', () => {
    const text = resolution('Recalling its resolution 78/1,', '', '1. Stresses the importance of commodities;', ...page('Commodities'), '2. Decides to remain seized of the matter.');
    const { resolution: tree } = parse(text, { form: 'text' });
    expect(tree.operative.map((p) => p.text)).toEqual(['Stresses the importance of commodities;', 'Decides to remain seized of the matter.']);
    expect(tree.pageBreaks[0].lines).toEqual(['A/RES/80/124', 'Commodities', '25-20760', '8/10']);
  });

  it('keeps a short line after the symbol as text where no furniture follows it', () => {
    const text = resolution('Recalling its resolution 78/1,', '', '1. Stresses the importance of', 'A/RES/80/124', 'Commodities', 'and of their prices;', '', '2. Decides to remain seized of the matter.');
    expect(parse(text, { form: 'text' }).resolution.operative[0].text).toBe('Stresses the importance of Commodities and of their prices;');
  });

  it('reads a line standing alone over the next paragraph, after a page break, as its heading', () => {
    const text = resolution('Recalling its resolution 78/1,', '', '1. Stresses the importance of commodities;', ...page('Commodities'), 'Department of Political and Peacebuilding Affairs/Peacebuilding Support Office', '', '', '2. Decides to remain seized of the matter.');
    const { resolution: tree, diagnostics } = parse(text, { form: 'text' });
    expect(tree.operative.map((p) => [p.heading?.text ?? null, p.text])).toEqual([
      [null, 'Stresses the importance of commodities;'],
      ['Department of Political and Peacebuilding Affairs/Peacebuilding Support Office', 'Decides to remain seized of the matter.'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('goes on with the paragraph where the line after the page break is its last line', () => {
    const text = resolution('Recalling its resolution 78/1,', '', '1. Stresses the importance of commodities, as set out by the', ...page('Commodities'), 'Secretary-General;', '', '2. Decides to remain seized of the matter.');
    expect(parse(text, { form: 'text' }).resolution.operative[0].text).toBe('Stresses the importance of commodities, as set out by the Secretary-General;');
  });
});

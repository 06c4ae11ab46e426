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

describe('notes marked by a sign', () => {
  const draft = (...foot: string[]) =>
    [
      'United Nations', 'A/80/L.24', '', 'General Assembly', 'Distr.: Limited', '2 December 2025', '',
      'Kazakhstan and Uzbekistan:* draft resolution', '', 'International Year of Legal Literacy, 2027', '',
      'The General Assembly,', '', 'Recalling its resolution 49/184 of 23 December 1994,', '', 'Recalling also its resolution 53/199,', '', '',
      ...foot,
      '', 'A/80/L.24', '', '25-19720', '2/2', '',
      'Recognizing the role of legal education,', '', '1. Decides to proclaim the year 2027 the International Year of Legal Literacy.', '',
    ].join('\n');

  it('reads the sponsors\' note printed without a rule above the page foot as a note, where the masthead uses its sign', () => {
    const { resolution } = parse(draft('* Any changes to the list of sponsors will be reflected in the official record of the meeting.'), { form: 'text' });
    expect(resolution.preamble.map((p) => p.opener?.text)).toEqual(['Recalling', 'Recalling also', 'Recognizing']);
    expect(resolution.footnotes.map((note) => [note.marker, note.text])).toEqual([['*', 'Any changes to the list of sponsors will be reflected in the official record of the meeting.']]);
  });

  it('reads two notes marked by signs one after the other, with or without a rule, as two notes', () => {
    for (const rule of [[], ['_______________']]) {
      const text = draft(...rule, '* Any changes to the list of sponsors will be reflected in the official record of the meeting.', '', '** United Nations, Treaty Series, vol. 2187, No. 38544.').replace('53/199,', 'Statute,**');
      const { resolution } = parse(text, { form: 'text' });
      expect(resolution.footnotes.map((note) => note.marker)).toEqual(['*', '**']);
      expect(resolution.preamble[1].text).toBe('Recalling also its resolution Statute,');
    }
  });
});

describe('a passage quoted after a colon', () => {
  it('belongs to the preambular paragraph that quotes it, not to a paragraph of its own', () => {
    const text = [
      'The General Assembly,', '',
      'Recalling its resolution 79/232, in which it decided to request an advisory opinion on the following question:', '',
      'What are the obligations of Israel in relation to the presence and activities of the United Nations?', '',
      'Commending the Court for its decision,', '',
      '1. Decides to remain seized of the matter.', '',
    ].join('\n');
    const { resolution } = parse(text, { form: 'text' });
    expect(resolution.preamble.map((p) => p.opener?.text ?? null)).toEqual(['Recalling', 'Commending']);
    expect(resolution.preamble[0].text).toMatch(/following question: What are the obligations .* United Nations\?$/);
  });
});

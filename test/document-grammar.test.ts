// The document grammar (grammar/document.peggy) on symbol strings, with a builder that records the
// calls: what the grammar makes of a sequence of block roles, independent of any text.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/generated/document.js';

/** Predicates answer from the sets given (block indices); actions are recorded in order. */
function read(symbols: string, facts: Partial<Record<'therefore' | 'colonLeadIn' | 'quoted' | 'seized' | 'document' | 'title' | 'lostDate' | 'voteOpen' | 'voteClose', number[]>> = {}) {
  const calls: string[] = [];
  const has = (name: keyof typeof facts, i: number) => facts[name]?.includes(i) ?? false;
  let closing = false;
  const builder = {
    isThereforeLeadIn: (i: number) => has('therefore', i),
    isColonLeadIn: (i: number) => has('colonLeadIn', i),
    quotesAfterColon: (i: number) => has('quoted', i),
    opensAnnexAfterSeized: (i: number) => has('seized', i),
    introducesDocument: (i: number) => has('document', i),
    hasTitleAfter: (label: number) => has('title', label + 1),
    completesClosing: (i: number) => has('lostDate', i),
    opensBracketedVote: (i: number) => has('voteOpen', i),
    closesBracketedVote: (i: number) => has('voteClose', i),
    hasClosing: () => closing,
    authority: (i: number) => calls.push(`authority ${i}`),
    paragraph: (headings: number[], start: number, items: number[]) => calls.push(`paragraph ${[...headings.map((h) => `h${h}`), start, ...items].join(' ')}`),
    leadIn: (headings: number[], i: number) => calls.push(`leadIn ${[...headings.map((h) => `h${h}`), i].join(' ')}`),
    headings: (indices: number[]) => calls.push(`headings ${indices.join(' ')}`),
    division: (i: number, title: number | null) => calls.push(`division ${i}${title === null ? '' : ` title ${title}`}`),
    closing: (line: number, lost: number | null, vote: [number, number] | null) => {
      closing = true;
      calls.push(`closing ${line}${lost === null ? '' : ` lost ${lost}`}${vote ? ` vote ${vote[0]}-${vote[1]}` : ''}`);
    },
    closingAsHeading: (i: number) => calls.push(`closingAsHeading ${i}`),
    textAfterClosing: (i: number) => calls.push(`textAfterClosing ${i}`),
    annex: (i: number, title: number | null) => calls.push(`annex ${i}${title === null ? '' : ` title ${title}`}`),
    adoptedDocument: (i: number) => calls.push(`adoptedDocument ${i}`),
    annexAfterSeized: (i: number, items: number[]) => calls.push(`annexAfterSeized ${[i, ...items].join(' ')}`),
    unplaced: (i: number) => calls.push(`unplaced ${i}`),
  };
  parse(symbols, { builder });
  return calls;
}

describe('document grammar', () => {
  it('refuses a parse begun inside another (its state is the module\'s), and parses again after it', () => {
    // scripts/generate-parser.mjs moves peggy's rules to the module: a nested parse would overwrite the outer one's position.
    const nested = { authority: () => parse('ap', { builder: {} }) };
    expect(() => parse('apn', { builder: nested })).toThrow('the document grammar was asked to parse while it was parsing');
    expect(read('apn')).toEqual(['authority 0', 'paragraph 1', 'paragraph 2']);
  });

  it('reads the seed: authority, three preambular paragraphs, twelve numbered paragraphs, closing', () => {
    const calls = read('apppnnnnnnnnnnnnc');
    expect(calls[0]).toBe('authority 0');
    expect(calls.filter((c) => c.startsWith('paragraph'))).toHaveLength(15);
    expect(calls.at(-1)).toBe('closing 16');
  });

  it('opens a paragraph with each preambular block, but continues an operative one with text', () => {
    expect(read('apttnt')).toEqual(['authority 0', 'paragraph 1', 'paragraph 2', 'paragraph 3', 'paragraph 4 5']);
  });

  it('keeps the passage a preambular paragraph quotes after its colon in that paragraph', () => {
    // "… on the following question:" / "What are the obligations …?" / "Commending …"
    expect(read('apptpn', { quoted: [3] })).toEqual(['authority 0', 'paragraph 1', 'paragraph 2 3', 'paragraph 4', 'paragraph 5']);
  });

  it('hangs labelled items on the paragraph before, and a list with none on a holder paragraph', () => {
    expect(read('apllnll')).toEqual(['authority 0', 'paragraph 1 2 3', 'paragraph 4 5 6']);
    expect(read('all')).toEqual(['authority 0', 'paragraph 1 2']);
  });

  it('keeps the lead-in in its place: after the preamble, or after unnumbered operative paragraphs', () => {
    expect(read('aptnn', { colonLeadIn: [2] })).toEqual(['authority 0', 'paragraph 1', 'leadIn 2', 'paragraph 3', 'paragraph 4']);
    expect(read('aohonn', { colonLeadIn: [3] })).toEqual(['authority 0', 'paragraph 1', 'leadIn h2 3', 'paragraph 4', 'paragraph 5']);
    // After a numbered paragraph, a line ending with a colon is a paragraph.
    expect(read('anon', { colonLeadIn: [2] })).toEqual(['authority 0', 'paragraph 1', 'paragraph 2', 'paragraph 3']);
    expect(read('aphnn', { therefore: [2] })).toEqual(['authority 0', 'paragraph 1', 'leadIn 2', 'paragraph 3', 'paragraph 4']);
  });

  it('gives headings to the paragraph under them, and keeps headings before a division apart', () => {
    expect(read('ahhn')).toEqual(['authority 0', 'paragraph h1 h2 3']);
    expect(read('anhSn')).toEqual(['authority 0', 'paragraph 1', 'headings 2', 'division 3', 'paragraph 4']);
  });

  it('reads parts with their sections, a second authority line as a part, and titles on the next line', () => {
    expect(read('PapnSthnPan', { title: [6] })).toEqual([
      'division 0', 'authority 1', 'paragraph 2', 'paragraph 3', 'division 4', 'paragraph 5', 'paragraph h6 7', 'division 8', 'authority 9', 'paragraph 10',
    ]);
    expect(read('Sha', { title: [1] })).toEqual(['division 0 title 1', 'authority 2']);
    expect(read('anan')).toEqual(['authority 0', 'paragraph 1', 'authority 2', 'paragraph 3']);
  });

  it('reads the closing with a date lost from its line and the vote in brackets, then text after it', () => {
    expect(read('anctttt', { lostDate: [3], voteOpen: [4], voteClose: [5] })).toEqual(['authority 0', 'paragraph 1', 'closing 2 lost 3 vote 4-5', 'textAfterClosing 6']);
    // A bracket that does not close within twelve blocks is not a vote.
    expect(read(`anc${'t'.repeat(13)}`, { voteOpen: [3], voteClose: [15] }).filter((c) => c.startsWith('textAfter'))).toHaveLength(13);
  });

  it('opens annexes: labelled, an adopted document, text after "remain seized"; a closing inside one', () => {
    expect(read('ancxhtt', { title: [4] })).toEqual(['authority 0', 'paragraph 1', 'closing 2', 'annex 3 title 4', 'paragraph 5', 'paragraph 6']);
    expect(read('anohnn', { document: [3] })).toEqual(['authority 0', 'paragraph 1', 'paragraph 2', 'adoptedDocument 3', 'paragraph 4', 'paragraph 5']);
    expect(read('anntl', { seized: [3] })).toEqual(['authority 0', 'paragraph 1', 'paragraph 2', 'annexAfterSeized 3 4']);
    expect(read('anxtcc')).toEqual(['authority 0', 'paragraph 1', 'annex 2', 'paragraph 3', 'closing 4', 'closingAsHeading 5']);
  });

  it('places every block: no symbol is left for the catch-all', () => {
    const symbols = 'anlotphPSxcnhS';
    for (let n = 0; n < 2000; n++) {
      let text = '';
      let seed = n * 7919 + 17;
      for (let i = 0; i < 1 + (n % 23); i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += symbols[seed % symbols.length];
      }
      expect(read(text).some((c) => c.startsWith('unplaced')), text).toBe(false);
    }
  });
});

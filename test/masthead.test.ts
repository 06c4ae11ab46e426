import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { missingFields, numberingHolds } from './helpers/completeness.js';

/** A modern GA resolution as PyMuPDF extracts it, with the masthead lines given. */
function gaResolution(masthead: string[], body = ['The General Assembly,', '', 'Recalling its resolution 79/1,', '', '1. Decides to remain seized of the matter.']): string {
  return [...masthead, '', ...body, '', '55th plenary meeting', '5 December 2025', ''].join('\n');
}

const TOP = ['United Nations', 'A/RES/80/100', '', 'General Assembly', 'Distr.: General', '8 December 2025', '25-20108 (E)', '*2520108*', '', 'Eightieth session'];

describe('the masthead grammar', () => {
  it('reads two agenda items, each with its own title, and a bracket line that wraps', () => {
    const text = gaResolution([
      ...TOP,
      'Agenda items 134 and 145',
      '',
      'Integrated and coordinated implementation of and follow-up',
      'to the outcomes of the major United Nations conferences',
      '',
      'Oceans and the law of the sea',
      '',
      'Resolution adopted by the General Assembly',
      'on 5 December 2025',
      '',
      '[on the report of the Special Political and Decolonization Committee',
      '(Fourth Committee) (A/80/537, para. 15)]',
      '',
      '80/100. Question of Saint Helena',
    ]);
    const { resolution, diagnostics } = parse(text);
    const h = resolution.header;
    expect(h.agendaItems.map((i) => i.value)).toEqual(['134', '145']);
    expect(h.agendaTitles.map((t) => t.value)).toEqual(['Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences', 'Oceans and the law of the sea']);
    expect(h.reference).toMatchObject({ kind: 'committee-report', committee: 'Special Political and Decolonization Committee (Fourth Committee)', symbol: 'A/80/537', paragraph: 'para. 15' });
    expect(h.resolutionNumber?.value).toBe('80/100');
    expect(h.title?.value).toBe('Question of Saint Helena');
    expect(h.adoptedBy?.value).toBe('2025-12-05');
    expect(resolution.operative.map((p) => p.num)).toEqual(['1']);
    expect(resolution.divisions).toEqual([]);
    expect(missingFields(resolution)).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('invents no letter: "13 and 75 (a)", "97 b)", "99 (jj)"', () => {
    const items = (line: string, language?: 'es') => parse(gaResolution([...TOP, line, 'A title'], undefined), { language }).resolution.header.agendaItems.map((i) => i.value);
    expect(items('Agenda items 13 and 75 (a)')).toEqual(['13', '75 (a)']);
    expect(items('Agenda item 99 (jj)')).toEqual(['99 (jj)']);
    expect(items('Agenda items 18, 19 and 20')).toEqual(['18', '19', '20']);
  });

  it.each([
    ['after "on"', ['Adopted by the Security Council at its 9836th meeting, on', '15 January 2025']],
    ['after "meeting,"', ['Adopted by the Security Council at its 9836th meeting,', 'on 15 January 2025']],
    ['after "at its"', ['Adopted by the Security Council at its', '9836th meeting, on 15 January 2025']],
  ])('reads the modern Security Council masthead, its adoption line wrapped %s', (_, adoption) => {
    const text = ['United Nations', 'S/RES/2768 (2025)', '', 'Security Council', 'Distr.: General', '15 January 2025', '', 'Resolution 2768 (2025)', '', ...adoption, '', 'The Security Council,', '', 'Recalling its resolution 2722 (2024),', '', '1. Decides to remain seized of the matter.', ''].join('\n');
    const { resolution } = parse(text);
    expect(resolution.header.resolutionNumber?.value).toBe('2768 (2025)');
    expect(resolution.closing?.meeting?.value).toBe(9836);
    expect(resolution.closing?.date?.value).toBe('2025-01-15');
    expect(resolution.header.organ?.value).toBe('security-council');
  });

  it('keeps a line read as a title under the bracket when the number and title line follows (no text dropped)', () => {
    // Lines out of their usual order, as extractors may give them (found by fuzzing).
    const text = gaResolution([
      ...TOP,
      '',
      '[on the report of the First Committee (A/80/534, para. 7)]',
      '',
      'United Nations regional centres for peace and disarmament',
      '',
      'Resolution adopted by the General Assembly on 1 December 2025',
      '',
      '80/64. United Nations regional centres for peace and disarmament',
    ]);
    const { header } = parse(text).resolution;
    expect(header.resolutionNumber?.value).toBe('80/64');
    expect(header.title?.value).toBe('United Nations regional centres for peace and disarmament');
    expect(header.other.map((field) => field.value)).toContain('United Nations regional centres for peace and disarmament');
  });

  it('reads the masthead of a layout extraction, two fields to a line', () => {
    const text = [
      '                                                                     S/RES/1663 (2006)',
      '             United Nations',
      '             Security Council                                        Distr.: General',
      '                                                                     24 March 2006',
      '             Resolution 1663 (2006)',
      '             Adopted by the Security Council at its 5396th meeting,',
      '             on 24 March 2006',
      '                   The Security Council,',
      '                   Recalling its previous resolutions,',
      '                   1. Decides to remain seized of the matter.',
    ].join('\n');
    const { resolution } = parse(text);
    expect(resolution.header.symbol?.value).toBe('S/RES/1663 (2006)');
    expect(resolution.header.distribution?.value).toBe('general');
    expect(resolution.header.issueDate?.value).toBe('2006-03-24');
    expect(resolution.closing?.meeting?.value).toBe(5396);
  });
});

describe('a tree that doubts itself says so', () => {
  it('masthead-unread: a line inside a masthead block that fits no field', () => {
    const text = gaResolution([...TOP, 'Agenda item 58', 'A title', '', 'Resolution adopted by the General Assembly on 5 December 2025', '[without reference to a Main Committee (A/80/L.9)]', 'Something nobody expects here', '', '80/100. A title']);
    const { diagnostics } = parse(text);
    expect(diagnostics.filter((d) => d.code === 'masthead-unread').map((d) => d.position?.start.line)).toEqual([text.split('\n').indexOf('Something nobody expects here') + 1]);
  });

  it('masthead-incomplete and division-unnumbered: a masthead read as paragraphs', () => {
    const text = gaResolution([...TOP, 'Agenda item 58', 'A title', '', 'Resolution adopted by the General Assembly on 5 December 2025', '', 'Recalling that the masthead went wrong,', '']);
    const codes = parse(`The General Assembly,\n\n${text}`).diagnostics.map((d) => d.code);
    expect(codes).toContain('division-unnumbered');
  });

  it('masthead-incomplete: a resolution symbol, but no number and title line read', () => {
    const text = gaResolution([...TOP, 'Agenda item 58', 'A title', '', 'Resolution adopted by the General Assembly on 5 December 2025', '', '[without reference to a Main Committee (A/80/L.9)]']);
    const found = parse(text).diagnostics.filter((d) => d.code === 'masthead-incomplete');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('A/RES/80/100');
  });

  it('header-in-body: masthead text inside a paragraph', () => {
    const text = gaResolution(TOP, ['The General Assembly,', '', 'Recalling its resolution 79/1, Resolution adopted by the General Assembly on 1 May 2025,', '', '1. Decides to remain seized of the matter.']);
    const found = parse(text).diagnostics.filter((d) => d.code === 'header-in-body');
    expect(found).toHaveLength(1);
    expect(found[0].position?.start.line).toBe(TOP.length + 4);
  });

  it('the corpus helpers can fail: a gap in the numbering, a masthead field missing', () => {
    const gap = parse(gaResolution(TOP, ['The General Assembly,', '', '1. Decides this;', '', '3. Decides that.'])).resolution;
    expect(numberingHolds(gap)).toBe(false);
    expect(missingFields(gap)).toEqual(expect.arrayContaining(['agendaItems', 'title', 'reference', 'adoptionDate']));
  });
});

describe('footnote markers by shape and place', () => {
  const withNotes = (sentence: string) =>
    ['The General Assembly,', '', sentence, '', '1. Decides to remain seized of the matter.', '_______________', '1 A/80/1.', '2 A/80/2.', ''].join('\n');
  it.each([
    ['inside a decimal: "target 16.1,"', 'Recalling target 16.1, of the Goals,'],
    ['a decimal quantity: "4.2 per cent"', 'Noting growth from 4.2 per cent in 2022,'],
    ['thousands: "1,001 persons"', 'Noting that 1,001 persons were displaced,'],
    ['an ordinal or a unit against its number: "the 2nd meeting", "2km"', 'Noting the 2nd meeting on the 2km zone,'],
  ])('no marker %s', (_, sentence) => {
    const { resolution } = parse(withNotes(sentence));
    const refs = resolution.preamble.flatMap((p) => p.content).filter((n) => n.type === 'footnoteReference');
    expect(refs).toEqual([]);
  });
  it.each([
    ['the Paris Agreement 2and its entry into force,', 'the Paris Agreement and its entry into force,'],
    ['its resolutions 2on the follow-up,', 'its resolutions on the follow-up,'],
  ])('a marker that text extraction set against the next word: "%s"', (sentence, read) => {
    const { resolution } = parse(withNotes(`Recalling ${sentence}`));
    const paragraph = resolution.preamble[0];
    expect(paragraph.content.filter((n) => n.type === 'footnoteReference').map((n) => n.type === 'footnoteReference' && n.footnoteId)).toEqual(['fn-2']);
    expect(paragraph.text).toBe(`Recalling ${read}`);
  });
  it('a marker glued to the year after an instrument\'s title and its comma ("Recycling of Ships, 20091")', () => {
    // Seven digits too, with a note of three ("Ships, 2009134": the golden fixture of 80/110).
    const paragraph = parse(withNotes('Recalling the Convention for the Recycling of Ships, 20091 and the Protocol, 20092,')).resolution.preamble[0];
    expect(paragraph.content.filter((n) => n.type === 'footnoteReference').map((n) => n.type === 'footnoteReference' && n.footnoteId)).toEqual(['fn-1', 'fn-2']);
    expect(paragraph.text).toBe('Recalling the Convention for the Recycling of Ships, 2009 and the Protocol, 2009,');
  });
  it('a number after a year or a range of years is the marker of a note that has no other', () => {
    const references = (sentence: string) =>
      parse(withNotes(sentence)).resolution.preamble[0].content.flatMap((n) => (n.type === 'footnoteReference' ? [n.footnoteId] : n.type === 'text' ? [n.value] : []));
    expect(references('Recalling the Sendai Framework 2015–2030 2 and the New Urban Agenda,')).toEqual(['the Sendai Framework 2015–2030 ', 'fn-2', ' and the New Urban Agenda,']);
    // The note has a marker of its own: the number after the year is a quantity.
    expect(references('Recalling the report,2 which expects by 2030 2 new agencies,')).toEqual(['the report,', 'fn-2', ' which expects by 2030 2 new agencies,']);
    // A word that takes a number: a quantity.
    expect(references('Noting that by 2030 2 million more people,')).toEqual(['that by 2030 2 million more people,']);
  });
  it('a marker glued to a comma after a symbol ("5/CMA.5,2"), none in the symbol\'s own number', () => {
    const { resolution } = parse(withNotes('Recalling decisions 1/CP.1 and 5/CMA.5,2 and others,'));
    expect(resolution.preamble[0].content.filter((n) => n.type === 'footnoteReference').map((n) => n.type === 'footnoteReference' && n.marker)).toEqual(['2']);
  });
});

import { describe, expect, it } from 'vitest';
import { parse, references } from '../../src/index.js';
import { scanReferences, type ScanContext } from '../../src/references/index.js';
import type { NamedOrganId } from '../../src/languages/index.js';

type Language = ScanContext['language'];

/** The references of a text as [printed text, kind, target] plus the fields asked for. */
function found(text: string, language: Language = 'en', organ: NamedOrganId | null = 'general-assembly', inNote = false) {
  return scanReferences(text, { language, organ, inNote }).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}
const targets = (text: string, language: Language = 'en', organ: NamedOrganId | null = 'general-assembly', inNote = false) =>
  found(text, language, organ, inNote).map((r) => [r.text, r.kind, r.target]);

describe('references: resolutions and decisions', () => {
  it('reads "its resolution 57/263 of 20 December 2002" with its date and organ', () => {
    const [r] = found('Recalling its resolution 57/263 of 20 December 2002,');
    expect(r).toMatchObject({ text: 'resolution 57/263 of 20 December 2002', kind: 'resolution', target: 'A/RES/57/263', organ: 'general-assembly', date: '2002-12-20' });
  });

  it('gives one reference per number of a list, each with its own place', () => {
    expect(targets('Recalling its resolutions 2216 (2015), 2722 (2024) and 2739 (2024),', 'en', 'security-council')).toEqual([
      ['resolutions 2216 (2015)', 'resolution', 'S/RES/2216 (2015)'],
      ['2722 (2024)', 'resolution', 'S/RES/2722 (2024)'],
      ['2739 (2024)', 'resolution', 'S/RES/2739 (2024)'],
    ]);
    expect(targets('resolutions 57/270 B of 23 June 2003, 60/212 of 22 December 2005, and 61/1')).toEqual([
      ['resolutions 57/270 B of 23 June 2003', 'resolution', 'A/RES/57/270 B'],
      ['60/212 of 22 December 2005', 'resolution', 'A/RES/60/212'],
      ['61/1', 'resolution', 'A/RES/61/1'],
    ]);
  });

  it('reads a range as its two ends', () => {
    const refs = found('resolutions 1267 (1999) to 1989 (2011)', 'en', 'security-council');
    expect(refs.map((r) => [r.text, r.target, r.range])).toEqual([
      ['resolutions 1267 (1999)', 'S/RES/1267 (1999)', 'from'],
      ['1989 (2011)', 'S/RES/1989 (2011)', 'to'],
    ]);
  });

  it('infers the organ from the form of the number and from the text', () => {
    // "242 (1967)" is the Security Council's wherever it is cited; the old form "1514 (XV)" the Assembly's.
    expect(found('resolution 242 (1967)', 'en', 'general-assembly')[0]).toMatchObject({ organ: 'security-council', target: 'S/RES/242 (1967)' });
    expect(found('resolution 1514 (XV) of 14 December 1960', 'en', 'security-council')[0]).toMatchObject({ organ: 'general-assembly', target: 'A/RES/1514 (XV)', date: '1960-12-14' });
    expect(found('resolution 217 A (III)')[0]).toMatchObject({ target: 'A/RES/217 A (III)' });
    // A bare number in a Council text is the Council's; in an Assembly text it is not read.
    expect(found('paragraph 24 of resolution 687', 'en', 'security-council')[0]).toMatchObject({ target: 'S/RES/687', paragraph: '24' });
    expect(found('Resolutions Adopted by the Conference, resolution 1, annex II.', 'en', 'general-assembly', true)).toEqual([]);
    // "its resolution 5/1" in a Human Rights Council text; a named organ wins over the text's.
    expect(found('its resolution 5/1', 'en', 'human-rights-council')[0]).toMatchObject({ target: 'A/HRC/RES/5/1', organ: 'human-rights-council' });
    expect(found('Human Rights Council resolutions 36/7 of 28 September 2017 and 45/10').map((r) => r.target)).toEqual(['A/HRC/RES/36/7', 'A/HRC/RES/45/10']);
    expect(found('General Assembly resolution 1541 (XV)', 'en', 'security-council')[0]).toMatchObject({ text: 'General Assembly resolution 1541 (XV)' });
    expect(found('Economic and Social Council resolution 2004/15')[0]).toMatchObject({ target: 'E/RES/2004/15', organ: 'economic-and-social-council' });
    expect(found('resolution ES-10/19')[0]).toMatchObject({ target: 'A/RES/ES-10/19' });
  });

  it('reads decisions, and a list that goes on after a footnote marker', () => {
    expect(targets('and decision 58/554')).toEqual([['decision 58/554', 'decision', 'A/DEC/58/554']]);
    // U+FFFC stands for a footnote marker in the scanned text.
    expect(targets('resolutions 36/7 of 28 September 2017,\uFFFC 45/10', 'en', 'human-rights-council').map((t) => t[2])).toEqual(['A/HRC/RES/36/7', 'A/HRC/RES/45/10']);
  });

  it('leaves the resolutions and decisions of other bodies alone', () => {
    expect(found('World Health Assembly resolution 78.11 of 27 May 2025')).toEqual([]);
    expect(found('decision 15/4 of the Conference of the Parties')).toEqual([]);
    expect(found('decision 1/CP.21, annex')).toEqual([]);
  });
});

describe('references: paragraphs, the Charter, instruments', () => {
  it('reads a paragraph of another resolution as a reference to it, with the pinpoint', () => {
    const [r] = found('paragraph 10 of resolution 2722 (2024)', 'en', 'security-council');
    expect(r).toMatchObject({ text: 'paragraph 10 of resolution 2722 (2024)', kind: 'resolution', target: 'S/RES/2722 (2024)', paragraph: '10', item: null });
    expect(found('paragraph 8 (d) of resolution 2722 (2024)', 'en', 'security-council')[0]).toMatchObject({ paragraph: '8', item: 'd' });
    expect(found('paragraph 4 of its resolution 57/263')[0]).toMatchObject({ target: 'A/RES/57/263', paragraph: '4' });
  });

  it('reads a paragraph of this text, with its item', () => {
    expect(found('as set out in paragraph 1 (a) above;')[0]).toMatchObject({ text: 'paragraph 1 (a) above', kind: 'paragraph', target: null, paragraph: '1', item: 'a' });
    expect(found('paragraphs 3 and 4 of the present resolution').map((r) => [r.text, r.paragraph])).toEqual([
      ['paragraphs 3', '3'],
      ['4 of the present resolution', '4'],
    ]);
    // A paragraph "of the report" is one of a text that is not named: no reference.
    expect(found('paragraph 17 of the report of the Advisory Committee')).toEqual([]);
  });

  it('reads "para. 20" after a symbol as a pinpoint of that document; alone in a note it is no reference', () => {
    expect(found('A/80/123, para. 20.', 'en', 'general-assembly', true)[0]).toMatchObject({ text: 'A/80/123, para. 20', kind: 'document', paragraph: '20' });
    expect(found('Ibid., para. 56.', 'en', 'general-assembly', true)).toEqual([]);
  });

  it('reads Articles and Chapters of the Charter and articles of named instruments', () => {
    expect(found('Article 73 e of the Charter')[0]).toMatchObject({ kind: 'charter', target: 'Charter of the United Nations', article: '73', item: 'e' });
    expect(found('Acting under Chapter VII of the Charter of the United Nations,')[0]).toMatchObject({
      text: 'Chapter VII of the Charter of the United Nations',
      chapter: 'VII',
    });
    expect(found('article II of the Convention on the Privileges and Immunities of the United Nations')[0]).toMatchObject({
      kind: 'instrument',
      target: 'Convention on the Privileges and Immunities of the United Nations',
      article: 'II',
    });
    // "article 12 of the Agreement": the instrument is not named.
    expect(found('article 12 of the Agreement')).toEqual([]);
  });
});

describe('references: document symbols', () => {
  it('reads symbols of every series, resolutions among them', () => {
    expect(targets('the report of the Secretary-General (A/58/319); S/2025/123; A/HRC/RES/59/25; E/2025/L.12.')).toEqual([
      ['A/58/319', 'document', 'A/58/319'],
      ['S/2025/123', 'document', 'S/2025/123'],
      ['A/HRC/RES/59/25', 'resolution', 'A/HRC/RES/59/25'],
      ['E/2025/L.12', 'document', 'E/2025/L.12'],
    ]);
    expect(found('S/RES/2722 (2024)')[0]).toMatchObject({ kind: 'resolution', target: 'S/RES/2722 (2024)', organ: 'security-council' });
    expect(targets('A/58/413, annexe.', 'fr')).toEqual([['A/58/413', 'document', 'A/58/413']]);
  });

  it('leaves the backslash of a markdown escape just after a reference in the text after it', () => {
    const text = ['The General Assembly,', '', 'Recalling its resolution 80/2 (see A/RES/80/2\\) and resolution 79/1\\*,', '', '1. Decides to act.', ''].join('\n');
    const { resolution } = parse(text, { form: 'markdown' });
    const nodes = resolution.preamble[0].content;
    expect(nodes.map((node) => text.slice(node.position.start.offset, node.position.end.offset))).toEqual([
      'its ',
      'resolution 80/2',
      ' (see ',
      'A/RES/80/2',
      '\\) and ',
      'resolution 79/1',
      '\\*,',
    ]);
  });
});

describe('references: what stays text', () => {
  it('does not read quantities, years, or words that only look like keywords', () => {
    expect(found('Deploys 2,000 troops in 2024, 57 per cent of which by 31 December 2025, and/or 3/4 of them')).toEqual([]);
    expect(found('the resolution of the conflict, resolutions of the Security Council and decisions 2')).toEqual([]);
    expect(found('his/her A/B testing, s/he')).toEqual([]);
  });

  it('finds keywords after "_" and with "ſ" as the exact expression does (the fast one leaves such texts to it)', () => {
    expect(targets('see_resolution 57/263 and reſolution 58/1, xresolution 5/1, RESOLUTION 4/4')).toEqual([
      ['resolution 57/263', 'resolution', 'A/RES/57/263'],
      ['reſolution 58/1', 'resolution', 'A/RES/58/1'],
      ['RESOLUTION 4/4', 'resolution', 'A/RES/4/4'],
    ]);
    expect(targets('_General Assembly resolution 2/2').map((t) => t[0])).toEqual(['General Assembly resolution 2/2']);
  });

  it('does not read "(d)" after "paragraph 8" as a subparagraph', () => {
    const text = [
      'Resolution 2740 (2024)',
      '',
      'Adopted by the Security Council at its 9999th meeting, on 1 July 2024',
      '',
      'The Security Council,',
      '',
      '1. Decides that the measures in paragraph 8',
      '(d) of resolution 2722 (2024) shall apply;',
      '',
      '2. Decides to remain seized of the matter.',
      '',
    ].join('\n');
    const { resolution } = parse(text, { form: 'text' });
    expect(resolution.operative[0].subparagraphs).toEqual([]);
    expect(resolution.operative[0].text).toBe('Decides that the measures in paragraph 8 (d) of resolution 2722 (2024) shall apply;');
    const [r] = references(resolution);
    expect(r).toMatchObject({ text: 'paragraph 8 (d) of resolution 2722 (2024)', target: 'S/RES/2722 (2024)', paragraph: '8', item: 'd' });
    // Its position spans the line break, in the original input.
    expect(text.slice(r.position.start.offset, r.position.end.offset)).toBe('paragraph 8\n(d) of resolution 2722 (2024)');
  });
});

describe('references: French and Spanish', () => {
  it('reads the French forms', () => {
    expect(found('Rappelant sa résolution 57/263 du 20 décembre 2002,', 'fr')[0]).toMatchObject({ text: 'résolution 57/263 du 20 décembre 2002', target: 'A/RES/57/263', date: '2002-12-20' });
    expect(found('la résolution 1325 (2000) du Conseil de sécurité', 'fr')[0]).toMatchObject({ target: 'S/RES/1325 (2000)', organ: 'security-council' });
    expect(found('au paragraphe 8 d) de la résolution 2722 (2024)', 'fr', 'security-council')[0]).toMatchObject({ paragraph: '8', item: 'd', target: 'S/RES/2722 (2024)' });
    expect(found('le paragraphe 1 a) ci-dessus', 'fr')[0]).toMatchObject({ text: 'paragraphe 1 a) ci-dessus', kind: 'paragraph', item: 'a' });
    expect(found("l'Article 73 e de la Charte des Nations Unies", 'fr')[0]).toMatchObject({ kind: 'charter', article: '73', item: 'e' });
    expect(targets('Voir résolution 55/2.', 'fr', 'general-assembly', true)).toEqual([['résolution 55/2', 'resolution', 'A/RES/55/2']]);
    expect(targets('ses résolutions 2216 (2015), 2722 (2024) et 2739 (2024)', 'fr', 'security-council').map((t) => t[2])).toEqual(['S/RES/2216 (2015)', 'S/RES/2722 (2024)', 'S/RES/2739 (2024)']);
    expect(found('la décision 58/554', 'fr')[0]).toMatchObject({ target: 'A/DEC/58/554' });
  });

  it('reads the Spanish forms', () => {
    expect(found('Recordando su resolución 57/263, de 20 de diciembre de 2002,', 'es')[0]).toMatchObject({
      text: 'resolución 57/263, de 20 de diciembre de 2002',
      target: 'A/RES/57/263',
      date: '2002-12-20',
    });
    expect(found('la resolución 1325 (2000) del Consejo de Seguridad', 'es')[0]).toMatchObject({ target: 'S/RES/1325 (2000)' });
    expect(found('el párrafo 10 de la resolución 2722 (2024)', 'es', 'security-council')[0]).toMatchObject({ paragraph: '10', target: 'S/RES/2722 (2024)' });
    expect(found('el párrafo 1 a) supra', 'es')[0]).toMatchObject({ kind: 'paragraph', paragraph: '1', item: 'a' });
    expect(found('el Capítulo VII de la Carta de las Naciones Unidas', 'es')[0]).toMatchObject({ kind: 'charter', chapter: 'VII' });
    expect(targets('sus resoluciones 2216 (2015), 2722 (2024) y 2739 (2024)', 'es', 'security-council')).toHaveLength(3);
    expect(found('2.000 efectivos en 2024, el 57 por ciento', 'es')).toEqual([]);
  });
});

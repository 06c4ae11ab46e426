import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checks/index.js';
import { parse } from '../../src/parse.js';
import { check, codesOf, sc } from './helpers.js';

describe('footnote-unreferenced', () => {
  it('reports a note that nothing points to, at its marker', () => {
    const text = sc({ preamble: ['Recalling its resolution 425 (1978),'], after: '7 Ibid., document S/5764.' });
    const finding = check(text).find((d) => d.code === 'footnote-unreferenced');
    expect(finding?.message).toBe('Expected a marker "7" in the text for footnote 7, found none.');
    expect(finding?.position?.start.column).toBe(1);
  });

  it('tells a number left in the text from a missing marker (footnote-unlinked)', () => {
    // Built by hand: the marker "7" is left as text, as the parser sometimes leaves one it cannot read.
    const { resolution } = parse(sc({ preamble: ['Taking into account the third report,7 of the Committee,'], after: '7 Ibid., document S/5764.' }));
    const paragraph = resolution.preamble[0];
    paragraph.content = paragraph.content.map((node) => (node.type === 'footnoteReference' ? { type: 'text', value: '7', position: node.position } : node));
    resolution.footnotes[0].references = [];
    const diagnostics = validate(resolution);
    expect(diagnostics.map((d) => d.code)).not.toContain('footnote-unreferenced');
    const finding = diagnostics.find((d) => d.code === 'footnote-unlinked');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toMatch(/^Expected a marker "7" for footnote 7; found "7" in ".*report,7 of.*", not read as a marker\.$/);
    expect(finding?.related?.[0].position.start.line).toBe(paragraph.position.start.line);
  });

  it('counts a draft\'s sponsors note, marked on the sponsors line of the masthead, as referenced', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'en', 'ga-80-drafts', 'a-80-l-14.txt'), 'utf8');
    const { resolution } = parse(text);
    expect(resolution.footnotes[0]).toMatchObject({ marker: '*', references: [] });
    expect(validate(resolution).filter((d) => d.code.startsWith('footnote-'))).toEqual([]);
    // The same note with its sign gone from the masthead is unreferenced.
    resolution.header.other = resolution.header.other.map((line) => ({ ...line, value: line.value.replace('*', '') }));
    expect(validate(resolution).map((d) => d.code)).toContain('footnote-unreferenced');
  });

  it('is silent when the note is referenced', () => {
    const text = sc({ preamble: ['Recalling the report of the Secretary-General,1'], after: '1 S/1994/262.' });
    const codes = codesOf(text);
    expect(codes).not.toContain('footnote-unreferenced');
    expect(codes).not.toContain('footnote-unlinked');
  });

  it.each(['*', '**', 'a)', '†', '[1]', '$'])('checks a note marked "%s" without failing', (marker) => {
    const text = ['The General Assembly,', '', '*Recalling* its resolution 1 (I),', '', '1. *Decides* to act.', '', `<sup>${marker}</sup> A note.`, ''].join('\n');
    const codes = validate(text).map((d) => d.code);
    expect(codes).not.toContain('internal-error');
    expect(codes).toContain('footnote-unreferenced');
  });

  it('reports a note marked "(a)" that nothing points to, not a letter "a" of a word', () => {
    const text = ['The General Assembly,', '', '*Recalling* the agenda of its session,', '', '1. *Decides* to act.', '', '<sup>(a)</sup> A note.', ''].join('\n');
    const codes = validate(text).map((d) => d.code);
    expect(codes).toContain('footnote-unreferenced');
    expect(codes).not.toContain('footnote-unlinked');
  });
});

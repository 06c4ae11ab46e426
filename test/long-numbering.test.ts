// Operative paragraphs numbered 1000 and above: read where the numbering reaches them, while a
// four-digit year that wrapped to a line start stays text.
import { describe, expect, it } from 'vitest';
import { operativeParagraphs, parse } from '../src/index.js';

const resolution = (count: number, markdown: boolean, after = '') =>
  [
    'The General Assembly,',
    '',
    ...Array.from({ length: count }, (_, i) => [`${i + 1}${markdown ? '\\.' : '.'} ${markdown ? '*Decides*' : 'Decides'} to act on item ${i + 1};`, '']).flat(),
    after,
  ].join('\n');

describe('paragraph numbers of four digits', () => {
  it.each([false, true])('reads paragraphs 1000 to 1003 after 999 (markdown: %s)', (markdown) => {
    const { resolution: tree } = parse(resolution(1003, markdown));
    const paragraphs = operativeParagraphs(tree);
    expect(paragraphs).toHaveLength(1003);
    expect(paragraphs.slice(998).map((p) => [p.num, p.number, p.text])).toEqual(
      [999, 1000, 1001, 1002, 1003].map((n) => [String(n), n, `Decides to act on item ${n};`]),
    );
  });

  it('keeps a year at a line start as text when the numbering is elsewhere', () => {
    const { resolution: tree } = parse(resolution(5, false, '1963. The year is text here.\n'));
    expect(operativeParagraphs(tree).map((p) => p.num)).toEqual(['1', '2', '3', '4', '5']);
    expect(tree.operative[4].text).toContain('1963. The year is text here.');
  });
});

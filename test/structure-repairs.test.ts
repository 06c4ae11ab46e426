import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const council = (...body: string[]) => ['The Security Council,', '', 'Recalling its resolution 1514,', '', ...body, ''].join('\n');

describe('structure read from the sequence and the words, not the line alone', () => {
  it('a wrapped line that begins with a number is not a paragraph ("… in paragraph" / "4. Shall apply …")', () => {
    const { resolution } = parse(council('1. Decides that the measures as set out in paragraph', '4. Shall apply to all States;', '', '2. Decides to remain seized of the matter.'));
    expect(resolution.operative.map((p) => p.num)).toEqual(['1', '2']);
    expect(resolution.operative[0].text).toContain('paragraph 4. Shall apply');
  });

  it('a section lettered "S." stays a section; "S. Requests" is paragraph 5 (OCR), with a warning', () => {
    const section = parse(council('1. Decides to act;', '', 'S.', '', 'Sanctions', '', '2. Decides to remain seized of the matter.'));
    expect(section.resolution.divisions.map((d) => d.num)).toEqual(['S']);
    expect(section.diagnostics.filter((d) => d.code === 'ocr-corrected')).toEqual([]);
    const ocr = parse(council('4. Decides to act;', '', 'S. Requests the Secretary-General to report;', '', '6. Decides to remain seized of the matter.'));
    expect(ocr.resolution.operative.map((p) => p.number)).toEqual([4, 5, 6]);
    expect(ocr.diagnostics.filter((d) => d.code === 'ocr-corrected')).toHaveLength(1);
  });

  it('a paragraph number printed after its first line belongs to it (raw PDF text)', () => {
    const { resolution } = parse(council('1. Decides to act;', '      Calls upon the parties to the Agreement, the', '      2.', 'Government and the movement to respect their commitments;', '      Decides to remain seized of the matter.', '      3.'));
    expect(resolution.operative.map((p) => `${p.num} ${p.opener?.text}`)).toEqual(['1 Decides', '2 Calls upon', '3 Decides']);
  });

  it('several paragraph numbers printed after their first lines, one after another, each go to their own paragraph', () => {
    const { resolution } = parse(
      council(
        '1. Decides to act;',
        '      Calls upon the parties to the Agreement, the',
        '      2.',
        'Government and the movement to respect their commitments;',
        '      Requests the Secretary-General to report to the Council, the',
        '      3.',
        'Government having been consulted;',
        '      Decides to remain seized of the matter.',
        '      4.',
      ),
    );
    expect(resolution.operative.map((p) => `${p.num} ${p.text}`)).toEqual([
      '1 Decides to act;',
      '2 Calls upon the parties to the Agreement, the Government and the movement to respect their commitments;',
      '3 Requests the Secretary-General to report to the Council, the Government having been consulted;',
      '4 Decides to remain seized of the matter.',
    ]);
  });

  it('labels printed after their text (two columns read across) each take the text before them, in every run', () => {
    const run = (n: number) => [`${n}. Decides that the committee shall undertake the following tasks:`, '', 'To examine the reports;', '(i)', 'To seek information;', '(ii)', 'To consider the measures;', '(iii)', '(iv) To recommend action;', ''];
    const { resolution } = parse(council(...run(1), ...run(2), '3. Decides to remain seized of the matter.'));
    const tasks = ['i: To examine the reports;', 'ii: To seek information;', 'iii: To consider the measures;', 'iv: To recommend action;'];
    expect(resolution.operative.map((p) => p.subparagraphs.map((s) => `${s.label}: ${s.text}`))).toEqual([tasks, tasks, []]);
    // Each text is read once: the block it came from is gone.
    expect(resolution.operative[0].text).toBe('Decides that the committee shall undertake the following tasks: To examine the reports; To seek information; To consider the measures; To recommend action;');
  });
});

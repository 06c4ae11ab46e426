import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { validate } from '../../src/checks/index.js';
import { check, codesOf, sc } from './helpers.js';

describe('opener-kind', () => {
  it('reports an operative paragraph that opens with a participle', () => {
    const text = sc({ operative: ['1. Decides to remain seized of the matter;', '2. Requesting the Secretary-General to report.'] });
    const finding = check(text).find((d) => d.code === 'opener-preambular-in-operative');
    expect(finding?.message).toBe('Expected an operative paragraph (2.) to open with a verb ("Decides"), found the preambular form "Requesting".');
  });

  it('accepts "Acting under Chapter VII …, decides" in an operative paragraph', () => {
    const text = sc({ operative: ['1. Acting under Chapter VII of the Charter of the United Nations, decides to act;', '2. Requests the Secretary-General to report.'] });
    expect(codesOf(text)).not.toContain('opener-preambular-in-operative');
  });

  it('accepts a phrase that reads both ways ("Whereas" opens clauses of either part)', () => {
    const text = sc({ operative: ['1. Decides to remain seized of the matter;', '2. Whereas the Council shall meet again.'] });
    expect(codesOf(text)).not.toContain('opener-preambular-in-operative');
  });

  it('reads the openers of a tree given alone as the parser read them', () => {
    const text = sc({ operative: ['1. Decides to remain seized of the matter;', '2. Requesting the Secretary-General to report.', '3. Whereas the Council shall meet again.'] });
    const tree = JSON.parse(JSON.stringify(parse(text).resolution));
    const fromText = check(text).filter((d) => d.code.startsWith('opener-'));
    expect(fromText.map((d) => d.code)).toContain('opener-preambular-in-operative');
    expect(validate(tree).filter((d) => d.code.startsWith('opener-'))).toEqual(fromText);
  });

  it('is silent on a well-formed resolution', () => {
    const codes = codesOf(sc());
    expect(codes).not.toContain('opener-preambular-in-operative');
    expect(codes).not.toContain('opener-operative-in-preamble');
  });
});

describe('opener-kind with the verbs in the subparagraphs', () => {
  it('accepts "Acting under Chapter VII …: (a) Requests …"', () => {
    const text = sc({ operative: ['1. Acting under Chapter VII of the Charter of the United Nations:\n\n(a) Requests all States to report;\n\n(b) Decides to act;', '2. Requests the Secretary-General to report.'] });
    expect(codesOf(text)).not.toContain('opener-preambular-in-operative');
  });
});

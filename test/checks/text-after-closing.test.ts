import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { check, codesOf, sc } from './helpers.js';

describe('text-after-closing', () => {
  const text = sc({ after: 'Decisions\n\nAt its 2232nd meeting, the Council decided to invite the representative of Lebanon.' });

  it('reports text after the closing, once, though the parser reports it too', () => {
    expect(parse(text).diagnostics.filter((d) => d.code === 'text-after-closing').length).toBeGreaterThan(0);
    const findings = check(text).filter((d) => d.code === 'text-after-closing');
    expect(findings.length).toBe(parse(text).diagnostics.filter((d) => d.code === 'text-after-closing').length);
    expect(findings[0].message).toBe('Expected nothing but footnotes or an annex after the closing, found text: "Decisions".');
  });

  it('is silent on footnotes after the closing', () => {
    expect(codesOf(sc({ preamble: ['Recalling the report of the Secretary-General,1'], after: '1 S/1994/262.' }))).not.toContain('text-after-closing');
  });
});

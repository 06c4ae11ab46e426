import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checks/index.js';
import { codes, rules } from '../../src/checks/registry.js';
import { parse } from '../../src/parse.js';
import { sc } from './helpers.js';

const slips = sc({ preamble: ['Recalling its resolution 425 (1978).'], operative: ['1. Decides to act,', '3. Requests a report.'] });

describe('validate', () => {
  it('returns diagnostics in the order of the text', () => {
    const offsets = validate(slips).map((d) => d.position?.start.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(validate(slips).map((d) => d.code)).toEqual(['preambular-punctuation', 'operative-punctuation', 'operative-number-gap']);
  });

  it('turns a code off or changes its severity, like ESLint', () => {
    const diagnostics = validate(slips, { rules: { 'preambular-punctuation': 'off', 'operative-number-gap': 'warning', 'operative-punctuation': 'error' } });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['operative-punctuation', 'error'],
      ['operative-number-gap', 'warning'],
    ]);
  });

  it('throws a TypeError on an unknown code or setting, suggesting near codes', () => {
    expect(() => validate(slips, { rules: { 'operative-gap': 'off' } })).toThrow(/Unknown rule code "operative-gap": did you mean "operative-/);
    expect(() => validate(slips, { rules: { 'operative-number-gap': 'loud' as never } })).toThrow(TypeError);
    expect(() => validate(42 as never)).toThrow(TypeError);
  });

  it('says the same given text or the tree (the parser codes aside)', () => {
    const fromText = validate(slips).filter((d) => codes.get(d.code)?.rule !== 'parser');
    expect(validate(parse(slips).resolution)).toEqual(fromText);
  });

  it('passes on the parser codes no rule reads, configurable too', () => {
    // "S." for "5.": the parser reads it as 5 and says so (ocr-corrected).
    const text = sc({ operative: ['1. Decides to act;', '2. Decides to report;', '3. Decides to meet;', '4. Decides to wait;', 'S. Requests a report.'] });
    expect(parse(text).diagnostics.map((d) => d.code)).toContain('ocr-corrected');
    expect(validate(text).map((d) => d.code)).toEqual(['ocr-corrected']);
    expect(validate(text, { rules: { 'ocr-corrected': 'off' } })).toEqual([]);
  });

  it('knows every code the parser can report (keep parserCodes in step with the parser stages)', () => {
    const fromBuild = new Set<string>();
    for (const stage of ['source', 'blocks', 'document', 'masthead', 'tree', 'references']) {
      const dir = new URL(`../../src/${stage}/`, import.meta.url);
      for (const file of readdirSync(dir)) {
        for (const match of readFileSync(join(dir.pathname, file), 'utf8').matchAll(/code: '([a-z-]+)'/g)) fromBuild.add(match[1]);
      }
    }
    for (const code of fromBuild) expect(codes.has(code), `parser code ${code} is unknown to validate: add it to parserCodes`).toBe(true);
  });

  it('has rules with unique names and codes, each with a description', () => {
    const names = rules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    const all = rules.flatMap((rule) => Object.keys(rule.codes));
    expect(new Set(all).size).toBe(all.length);
    for (const info of codes.values()) expect(info.description.length).toBeGreaterThan(10);
  });
});

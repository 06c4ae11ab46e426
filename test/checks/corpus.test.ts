// Validates the seed and every corpus document; prints how many documents get each code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, validate } from '../../src/checks/index.js';
import { parse } from '../../src/parse.js';

const root = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const seedDir = join(import.meta.dirname, '..', '..', 'fixtures', 'seed');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) && dir !== root ? [join(dir, entry.name)] : []))
    .sort();
}

describe('the seed', () => {
  it('gives exactly the diagnostics listed and justified in its fixture', () => {
    const fixture = JSON.parse(readFileSync(join(seedDir, 'a-res-58-220.fr.diagnostics.json'), 'utf8')) as { diagnostics: { code: string; line: number }[] };
    const found = validate(readFileSync(join(seedDir, 'a-res-58-220.fr.md'), 'utf8')).map((d) => ({ code: d.code, line: d.position?.start.line ?? 0 }));
    expect(found).toEqual(fixture.diagnostics.map(({ code, line }) => ({ code, line })));
  });

  it('gives the South-South page one not-a-resolution error', () => {
    const found = validate(readFileSync(join(seedDir, 'south-south-cooperation-page.fr.txt'), 'utf8'));
    expect(found.map((d) => d.code)).toEqual(['not-a-resolution']);
  });
});

describe.runIf(existsSync(root))('the corpus', () => {
  const files = existsSync(root) ? walk(root) : [];

  it('validates every document and prints how many get each code', () => {
    const documents = new Map<string, number>();
    const findings = new Map<string, number>();
    for (const file of [...files, join(seedDir, 'a-res-58-220.fr.md')]) {
      const diagnostics = validate(readFileSync(file, 'utf8'));
      for (const d of diagnostics) findings.set(d.code, (findings.get(d.code) ?? 0) + 1);
      for (const code of new Set(diagnostics.map((d) => d.code))) documents.set(code, (documents.get(code) ?? 0) + 1);
      for (const d of diagnostics) expect(codes.has(d.code), `${relative(root, file)}: unknown code ${d.code}`).toBe(true);
    }
    const table = Object.fromEntries(
      [...documents]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([code, count]) => [code, { severity: codes.get(code)!.severity, documents: count, findings: findings.get(code)! }]),
    );
    console.log(`validate over ${files.length} corpus documents and the seed:`);
    console.table(table);
    expect(files.length).toBeGreaterThan(800);
    // A sanity bound, not a target: most documents are clean of errors.
    expect(documents.get('not-a-resolution') ?? 0).toBeLessThan(files.length / 20);
  });

  it('re-reads from the tree exactly what the parser reports for the codes it owns', () => {
    const owned = ['not-a-resolution', 'authority-missing', 'footnote-missing', 'text-after-closing'];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const key = (d: { code: string; position: { start: { offset: number } } | null }) => `${d.code}@${d.position?.start.offset}`;
      const parsed = parse(text);
      const fromParser = parsed.diagnostics.filter((d) => owned.includes(d.code));
      const fromRules = validate(parsed.resolution).filter((d) => owned.includes(d.code));
      // not-a-resolution silences the rest, as it should.
      if (fromParser.some((d) => d.code === 'not-a-resolution')) continue;
      expect(fromRules.map(key).sort(), relative(root, file)).toEqual(fromParser.map(key).sort());
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operativeParagraphs, parse, preambularParagraphs } from '../src/index.js';
import type { Inline, Resolution, Subparagraph } from '../src/schema/index.js';
import { missingFields, numberingHolds } from './helpers/completeness.js';

const root = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const present = existsSync(root);
if (!present) console.log(`corpus not found at ${root}: the corpus tests are skipped`);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : dir !== root && /\.(txt|md)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const documents = present
  ? walk(root).map((file) => {
      const text = readFileSync(file, 'utf8');
      return { name: relative(root, file), text, ...parse(text) };
    })
  : [];

/**
 * Page furniture as printed in the PDFs: job numbers ("25-15779 (E)", "25-15779"), barcodes
 * ("*2515779*"), a page counter beside a job number ("2/5 25-18301"), "Page 2" after a symbol.
 */
const FURNITURE = /(?:^|\s)(?:\d{2}-\d{5}(?: \([A-Z]\))?(?=\s|$)|\*\d{7}\*|\d{1,2}\/\d{1,2} \d{2}-\d{5}|\(\d{4}\) Page \d+)/;

function paragraphTexts(resolution: Resolution): string[] {
  const subs = (items: Subparagraph[]): string[] => items.flatMap((s) => [s.text, ...subs(s.subparagraphs)]);
  const bodies = [resolution, ...resolution.annexes];
  return bodies.flatMap((body) => [...preambularParagraphs(body), ...operativeParagraphs(body)].flatMap((p) => [p.text, ...subs(p.subparagraphs)]));
}

describe.skipIf(!present)('the corpus', () => {
  it('parses every document without throwing, with an authority line or a diagnostic saying it is missing', () => {
    const silent = documents.filter(
      ({ resolution, diagnostics }) =>
        resolution.authority === null &&
        !resolution.divisions.some((d) => d.authority) &&
        !diagnostics.some((d) => d.code === 'authority-missing' || d.code === 'not-a-resolution') &&
        resolution.status !== 'draft',
    );
    expect(silent.map((d) => d.name)).toEqual([]);
  });

  it('gives at least one operative paragraph and no error for 95% of en/sc', () => {
    const sc = documents.filter((d) => d.name.startsWith('en/sc/'));
    const good = sc.filter((d) => operativeParagraphs(d.resolution).length > 0 && !d.diagnostics.some((x) => x.severity === 'error'));
    const share = good.length / sc.length;
    console.log(`en/sc: ${good.length} of ${sc.length} documents (${(share * 100).toFixed(1)}%) have operative paragraphs and no error`);
    expect(sc.length).toBeGreaterThan(800);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('reads every masthead field of en/ga-80, with no error, and numbering that holds in 98% of it', () => {
    const ga = documents.filter((d) => d.name.startsWith('en/ga-80/'));
    expect(ga.length).toBeGreaterThan(100);
    const incomplete = ga.map((d) => ({ name: d.name, missing: missingFields(d.resolution) })).filter((d) => d.missing.length);
    expect(incomplete).toEqual([]);
    expect(ga.filter((d) => d.diagnostics.some((x) => x.severity === 'error')).map((d) => d.name)).toEqual([]);
    const holds = ga.filter((d) => numberingHolds(d.resolution)).length;
    console.log(`en/ga-80: numbering holds in ${holds} of ${ga.length} documents`);
    expect(holds / ga.length).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps page furniture out of every paragraph', () => {
    const leaks = documents.flatMap(({ name, resolution }) => {
      const symbol = resolution.header.symbol?.stated ? resolution.header.symbol.value : null;
      return paragraphTexts(resolution)
        .filter((text) => FURNITURE.test(text) || (symbol !== null && text.includes(` ${symbol} `)))
        .map((text) => `${name}: ${text.slice(0, 120)}`);
    });
    expect(leaks).toEqual([]);
  });

  it('links the markdown seed in the corpus like the fixture', () => {
    const seed = documents.find((d) => d.name === 'fr/ga/a-res-58-220.md');
    expect(seed?.resolution.footnotes.every((f) => f.references.length === 1)).toBe(true);
  });

  it('reports the figures per folder', () => {
    const folders = new Map<string, { docs: number; errors: number; preamble: number; operative: number; footnotes: number; unparsed: number }>();
    const unlinked = (nodes: Inline[]): number => nodes.reduce((n, x) => n + (x.type === 'footnoteReference' && !x.footnoteId ? 1 : 0), 0);
    for (const d of documents) {
      const folder = d.name.split('/').slice(0, 2).join('/');
      const row = folders.get(folder) ?? { docs: 0, errors: 0, preamble: 0, operative: 0, footnotes: 0, unparsed: 0 };
      row.docs++;
      row.errors += d.diagnostics.some((x) => x.severity === 'error') ? 1 : 0;
      row.preamble += preambularParagraphs(d.resolution).length;
      row.operative += operativeParagraphs(d.resolution).length;
      row.footnotes += d.resolution.footnotes.length;
      row.unparsed += d.resolution.unparsed.length + operativeParagraphs(d.resolution).reduce((n, p) => n + unlinked(p.content), 0) * 0;
      folders.set(folder, row);
    }
    console.table(Object.fromEntries(folders));
    expect(folders.size).toBeGreaterThan(0);
  });
});

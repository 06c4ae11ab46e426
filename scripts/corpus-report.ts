// Corpus report: `npm run corpus`. Parses every file of ../shared/corpus and prints per folder the
// documents, errors, masthead fields read (symbol, session, agenda items, issue and adoption dates,
// meeting, title, bracket line: all of them), numbering that holds, documents the parser doubts, and
// paragraph and note counts. Pass --list CODE to print the documents that have a given diagnostic
// code or a problem (no-operative, unparsed, error, unlinked, numbering, no-title, no-meeting, …).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, operativeParagraphs, preambularParagraphs } from '../src/index.js';
import type { Inline, Resolution, Subparagraph } from '../src/schema/index.js';
import { missingFields, numberingHolds } from '../test/helpers/completeness.js';

const root = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(root)) {
  console.log(`corpus not found at ${root}: nothing to report`);
  process.exit(0);
}
const listArgument = process.argv.indexOf('--list');
const listCode = listArgument > 0 ? process.argv[listArgument + 1] : null;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) && dir !== root ? [join(dir, entry.name)] : [],
  );
}

const countSubparagraphs = (items: Subparagraph[]): number => items.reduce((n, s) => n + 1 + countSubparagraphs(s.subparagraphs), 0);
function unlinked(resolution: Resolution): number {
  let count = 0;
  const visit = (nodes: Inline[]) => nodes.forEach((n) => (n.type === 'footnoteReference' && !n.footnoteId ? count++ : 'children' in n && visit(n.children)));
  const paragraphs = [...preambularParagraphs(resolution), ...operativeParagraphs(resolution)];
  for (const p of paragraphs) visit(p.content);
  return count;
}

/** The parser's findings about a parse it doubts (src/document/coherence.ts). */
const DOUBTS = ['masthead-unread', 'masthead-incomplete', 'division-unnumbered', 'header-in-body'];

interface Row { masthead: number; numbering: number; doubts: number; docs: number; errors: number; preamble: number; operative: number; subparagraphs: number; footnotes: number; unreferenced: number; unlinked: number; unparsed: number; noOperative: number; noAuthority: number; bytes: number; ms: number }
const rows = new Map<string, Row>();
const codes = new Map<string, number>();
for (const file of walk(root).sort()) {
  const folder = relative(root, join(file, '..'));
  const row = rows.get(folder) ?? { masthead: 0, numbering: 0, doubts: 0, docs: 0, errors: 0, preamble: 0, operative: 0, subparagraphs: 0, footnotes: 0, unreferenced: 0, unlinked: 0, unparsed: 0, noOperative: 0, noAuthority: 0, bytes: 0, ms: 0 };
  rows.set(folder, row);
  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  const { resolution, diagnostics } = parse(text);
  row.ms += performance.now() - started;
  row.bytes += text.length;
  const operative = operativeParagraphs(resolution);
  const preamble = preambularParagraphs(resolution);
  const hasError = diagnostics.some((d) => d.severity === 'error');
  row.docs++;
  row.errors += hasError ? 1 : 0;
  row.masthead += missingFields(resolution).length === 0 ? 1 : 0;
  row.numbering += numberingHolds(resolution) ? 1 : 0;
  row.doubts += diagnostics.some((d) => DOUBTS.includes(d.code)) ? 1 : 0;
  row.preamble += preamble.length;
  row.operative += operative.length;
  row.subparagraphs += [...preamble, ...operative].reduce((n, p) => n + countSubparagraphs(p.subparagraphs), 0);
  row.footnotes += resolution.footnotes.length;
  row.unreferenced += resolution.footnotes.filter((f) => f.references.length === 0).length;
  const missing = unlinked(resolution);
  row.unlinked += missing;
  row.unparsed += resolution.unparsed.length;
  row.noOperative += operative.length === 0 ? 1 : 0;
  const hasAuthority = resolution.authority !== null || resolution.divisions.some((d) => d.authority);
  row.noAuthority += hasAuthority ? 0 : 1;
  for (const d of diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  const problems = [
    ...diagnostics.map((d) => d.code),
    ...(operative.length === 0 ? ['no-operative'] : []),
    ...(resolution.unparsed.length ? ['unparsed'] : []),
    ...(hasError ? ['error'] : []),
    ...(missing ? ['unlinked'] : []),
    ...(resolution.footnotes.some((f) => f.references.length === 0) ? ['unreferenced'] : []),
    ...(hasAuthority ? [] : ['no-authority']),
    ...missingFields(resolution).map((field) => `no-${field}`),
    ...(numberingHolds(resolution) ? [] : ['numbering']),
  ];
  if (listCode && problems.includes(listCode)) console.log(`${relative(root, file)}`);
}
if (!listCode) {
  console.table(
    Object.fromEntries(
      [...rows].map(([folder, r]) => [
        folder,
        {
          docs: r.docs,
          'with error': r.errors,
          'no error %': +((100 * (r.docs - r.errors - 0)) / r.docs).toFixed(1),
          'masthead read': r.masthead,
          'numbering holds %': +((100 * r.numbering) / r.docs).toFixed(1),
          'doubted': r.doubts,
          preambular: r.preamble,
          operative: r.operative,
          subparas: r.subparagraphs,
          footnotes: r.footnotes,
          'notes unreferenced': r.unreferenced,
          'markers unlinked': r.unlinked,
          unparsed: r.unparsed,
          'no operative': r.noOperative,
          'no authority': r.noAuthority,
          'MB/s': +(r.bytes / 1e6 / (r.ms / 1000)).toFixed(1),
        },
      ]),
    ),
  );
  console.log('diagnostics:', Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])));
}

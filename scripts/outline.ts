// Development aid: prints a short outline of a parsed file. Usage: npx tsx scripts/outline.ts FILE
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Annex, Division, Resolution, Subparagraph } from '../src/schema/index.js';

const file = process.argv[2];
const { resolution: r, diagnostics } = parse(readFileSync(file, 'utf8'));
const h = r.header;
console.log(`lang=${r.language} form=${r.form} status=${r.status}`);
console.log(`organ=${h.organ?.value} symbol=${h.symbol?.value}(${h.symbol?.stated}) distr=${h.distribution?.value} issued=${h.issueDate?.value} session=${h.session?.value} agenda=${h.agendaItems.map((a) => a.value).join(',')} agendaTitles=${h.agendaTitles.map((t) => t.value).join(" | ")}`);
console.log(`adoptedBy=${h.adoptedBy?.value} ref=${JSON.stringify(h.reference && { k: h.reference.kind, c: h.reference.committee, s: h.reference.symbol })} number=${h.resolutionNumber?.value} title=${h.title?.value}`);
console.log(`other=${JSON.stringify(h.other.map((o) => o.value))}`);
const subs = (s: Subparagraph[], d: string): void => s.forEach((x) => { console.log(`${d}(${x.label}) ${x.text.slice(0, 60)}`); subs(x.subparagraphs, d + '  '); });
const body = (b: Resolution | Division | Annex, d: string): void => {
  if (b.authority) console.log(`${d}AUTHORITY ${b.authority.text}`);
  for (const p of b.preamble) { console.log(`${d}P [${p.opener?.text ?? '-'}${p.opener?.known === false ? '?' : ''}] ${p.text.slice(0, 70)}`); subs(p.subparagraphs, d + '    '); }
  if (b.leadIn) console.log(`${d}LEADIN ${b.leadIn.text}`);
  for (const p of b.operative) { if (p.heading) console.log(`${d}  ## ${p.heading.text}`); console.log(`${d}${p.num ?? '-'}. [${p.opener?.text ?? '-'}${p.opener?.known === false ? '?' : ''}] ${p.text.slice(0, 70)}`); subs(p.subparagraphs, d + '    '); }
  for (const v of b.divisions) { console.log(`${d}DIVISION ${v.kind} ${v.num} ${v.heading?.text ?? ''}`); body(v, d + '  '); }
};
body(r, '');
console.log(`CLOSING ${JSON.stringify(r.closing && { m: r.closing.meeting?.value, d: r.closing.date?.value, v: r.closing.vote })}`);
for (const a of r.annexes) { console.log(`ANNEX ${a.label} / ${a.title?.text}`); body(a, '  '); }
for (const f of r.footnotes) console.log(`FN ${f.marker} refs=${f.references.length} ${f.text.slice(0, 60)}`);
for (const p of r.pageBreaks) console.log(`PAGEBREAK ${p.page} ${JSON.stringify(p.lines)}`);
for (const u of r.unparsed) console.log(`UNPARSED ${JSON.stringify(u.text.slice(0, 100))}`);
for (const d of diagnostics) console.log(`DIAG ${d.severity} ${d.code} ${d.position?.start.line}: ${d.message}`);

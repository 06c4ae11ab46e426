import { describe, expect, it } from 'vitest';
import type { Inline, Position, Reference, Resolution, Subparagraph } from '../../src/schema/index.js';
import { references } from '../../src/index.js';
import { documents, hasCorpus } from '../output/corpus.js';

/**
 * References over the whole corpus: counted per folder, and checked for what must hold of every one
 * of them — it lies inside the paragraph, item or note it was found in; the source at its position
 * reads as its printed text; its target has the shape of a symbol (or is the Charter, an
 * instrument's name, or nothing for a paragraph of the same text); its organ agrees with its target.
 */

const docs = documents();

/** A UN symbol as targets are normalised: "A/RES/57/263", "A/RES/57/270 B", "S/RES/2722 (2024)", "A/RES/217 A (III)". */
const SYMBOL = /^[A-Z]+(?:\/[A-Z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)+(?: [A-Z]{1,2})?(?: \((?:19|20)\d{2}\)| \((?:E?S-)?[IVXL]+\))?$/;
const SERIES: Record<string, string> = { 'A/RES/': 'general-assembly', 'A/DEC/': 'general-assembly', 'S/RES/': 'security-council', 'E/RES/': 'economic-and-social-council', 'E/DEC/': 'economic-and-social-council', 'A/HRC/RES/': 'human-rights-council', 'A/HRC/DEC/': 'human-rights-council', 'T/RES/': 'trusteeship-council' };

interface Holder {
  content: Inline[];
  position: Position;
}

/** Every holder of inline content that references are read in. */
function holders(resolution: Resolution): Holder[] {
  const out: Holder[] = [];
  const item = (node: Subparagraph) => (out.push(node), node.subparagraphs.forEach(item));
  const body = (node: Pick<Resolution, 'preamble' | 'operative' | 'divisions'>) => {
    for (const paragraph of [...node.preamble, ...node.operative]) (out.push(paragraph), paragraph.subparagraphs.forEach(item));
    node.divisions.forEach(body);
  };
  body(resolution);
  resolution.annexes.forEach(body);
  out.push(...resolution.footnotes);
  return out;
}

function referencesOf(nodes: Inline[]): Reference[] {
  return nodes.flatMap((node) => (node.type === 'reference' ? [node] : node.type === 'emphasis' || node.type === 'strong' ? referencesOf(node.children) : []));
}

/** The source under a reference as a reader sees it: page furniture and notes inside it left out, escapes resolved, white space collapsed. */
function readAt(doc: { text: string; resolution: Resolution }, position: Position): string[] {
  const { start, end } = { start: position.start.offset, end: position.end.offset };
  const cuts = [...doc.resolution.pageBreaks, ...doc.resolution.footnotes]
    .map((node) => node.position)
    .filter((p) => p.start.offset > start && p.end.offset < end)
    .sort((a, b) => a.start.offset - b.start.offset);
  let slice = '';
  let from = start;
  for (const cut of cuts) {
    slice += `${doc.text.slice(from, cut.start.offset)} `;
    from = cut.end.offset;
  }
  slice += doc.text.slice(from, end);
  if (doc.resolution.form === 'markdown') slice = slice.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/^-{3,}$/gm, ' ');
  const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  // A hyphen at a line end is kept or dropped by the hyphenation rule: either reading may be the one printed.
  return [collapse(slice), collapse(slice.replace(/-[ \t]*\r?\n\s*/g, '')), collapse(slice.replace(/-[ \t]*\r?\n\s*/g, '-'))];
}

describe.skipIf(!hasCorpus)('references in the corpus', () => {
  it('counts references per folder, and every one lies in its holder and reads as printed', () => {
    const perFolder = new Map<string, Record<string, number>>();
    const problems: string[] = [];
    let spanning = 0;
    let total = 0;
    for (const doc of docs) {
      const folder = doc.name === 'seed' ? 'seed' : doc.name.split('/').slice(0, 2).join('/');
      const counts = perFolder.get(folder) ?? { documents: 0, references: 0 };
      counts.documents++;
      for (const holder of holders(doc.resolution)) {
        for (const reference of referencesOf(holder.content)) {
          total++;
          counts.references++;
          counts[reference.kind] = (counts[reference.kind] ?? 0) + 1;
          const { start, end } = reference.position;
          if (start.offset < holder.position.start.offset || end.offset > holder.position.end.offset || end.offset <= start.offset) {
            problems.push(`${doc.name}: "${reference.text}" at ${start.offset}-${end.offset} outside its holder ${holder.position.start.offset}-${holder.position.end.offset}`);
          }
          if (!readAt(doc, reference.position).includes(reference.text)) problems.push(`${doc.name}: "${reference.text}" reads ${JSON.stringify(readAt(doc, reference.position)[0])}`);
          if (doc.text.slice(start.offset, end.offset).includes('\n\n')) spanning++;
        }
      }
      perFolder.set(folder, counts);
    }
    console.info(`[references] ${total} references; per folder: ${[...perFolder].map(([folder, counts]) => `${folder} ${JSON.stringify(counts)}`).join('; ')}`);
    expect(problems.slice(0, 20)).toEqual([]);
    // Every folder cites, and the Council's and the Assembly's resolutions cite resolutions above all.
    for (const [folder, counts] of perFolder) expect(counts.references, folder).toBeGreaterThan(0);
    expect(perFolder.get('en/sc')!.resolution).toBeGreaterThan(perFolder.get('en/sc')!.documents);
    expect(perFolder.get('en/ga-80')!.document).toBeGreaterThan(perFolder.get('en/ga-80')!.documents);
    // References over a page break (or a blank line) are rare: they are read across it on purpose.
    expect(spanning).toBeLessThan(total / 100);
  });

  it('gives targets the shape of a symbol, organs that agree with them, and real dates', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      for (const reference of references(doc.resolution)) {
        const { kind, target, organ, date } = reference;
        const where = `${doc.name}: ${kind} "${reference.text}" → ${target}`;
        if (kind === 'paragraph') {
          if (target !== null || !/^\d+(?:(?:, |-)\d+)*$/.test(reference.paragraph ?? '')) problems.push(where);
        } else if (kind === 'charter') {
          if (target !== 'Charter of the United Nations' || !(reference.article || reference.chapter)) problems.push(where);
        } else if (kind === 'instrument') {
          if (!target || !/^\p{Lu}/u.test(target) || target.split(' ').length < 2) problems.push(where);
        } else if (!target || !SYMBOL.test(target)) problems.push(where);
        if (kind === 'resolution' || kind === 'decision') {
          const series = Object.keys(SERIES).find((prefix) => target?.startsWith(prefix));
          if (!series || SERIES[series] !== organ) problems.push(`${where} (organ ${organ})`);
        }
        if (date !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)) problems.push(`${where} (date ${date})`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('returns the references of a document in text order', () => {
    for (const doc of docs) {
      const offsets = references(doc.resolution).map((r) => r.position.start.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
  });
});

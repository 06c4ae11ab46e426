import type { Subparagraph } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { headOf, subparagraphLists } from '../walk.js';
import { pushAll } from '../../arrays.js';

/**
 * `subparagraph-sequence`: sibling subparagraphs are lettered (a), (b), (c) … (z), (aa), (bb) …;
 * numbered in roman (i), (ii), (iii) …; or in figures (1), (2) …. A label out of that sequence —
 * skipped, repeated, or of another kind — is reported with the label that was expected.
 */
export const subparagraphSequence: Rule = {
  name: 'subparagraph-sequence',
  codes: {
    'subparagraph-sequence': { severity: 'warning', description: 'Subparagraph labels out of sequence ("(a), (b), (d)").' },
  },
  check({ walk }) {
    const findings: Finding[] = [];
    // The resolution's own paragraphs: an annex's lists (goods, form fields) follow their own rules.
    const paragraphs = [...walk.preambular, ...walk.operative];
    for (const paragraph of paragraphs) for (const list of subparagraphLists(paragraph)) pushAll(findings, checkList(list));
    return findings;
  },
};

interface Scheme {
  name: string;
  index(label: string): number | null;
  label(index: number): string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) (out += letters), (n -= value);
  return out;
}

const romanIndex = new Map(Array.from({ length: 150 }, (_, i) => [toRoman(i + 1), i]));

export const schemes: Scheme[] = [
  {
    name: 'letters',
    // (a) … (z), then (aa), (bb) … as the United Nations letters them.
    index: (label) => {
      const lower = label.toLowerCase();
      if (!/^([a-z])\1*$/.test(lower)) return null;
      return (lower.length - 1) * 26 + LETTERS.indexOf(lower[0]);
    },
    label: (index) => LETTERS[index % 26].repeat(Math.floor(index / 26) + 1),
  },
  { name: 'roman', index: (label) => romanIndex.get(label.toLowerCase()) ?? null, label: (index) => toRoman(index + 1) },
  { name: 'figures', index: (label) => (/^\d{1,3}$/.test(label) ? Number(label) - 1 : null), label: (index) => String(index + 1) },
];

/** The scheme the list follows: the one that reads most of its labels in sequence; a list starting (i) is roman. */
function schemeOf(labels: string[]): Scheme {
  let best = schemes[0];
  let bestScore = -1;
  for (const scheme of schemes) {
    let score = 0;
    labels.forEach((label, i) => (score += scheme.index(label) === i ? 2 : scheme.index(label) !== null ? 1 : 0));
    // "(i)" first reads both ways; the next label settles it, and alone it is roman.
    if (scheme.name === 'roman' && labels[0]?.toLowerCase() === 'i' && labels[1]?.toLowerCase() !== 'j') score += 1;
    if (score > bestScore) (best = scheme), (bestScore = score);
  }
  return best;
}

function checkList(items: Subparagraph[]): Finding[] {
  const scheme = schemeOf(items.map((item) => item.label));
  const findings: Finding[] = [];
  let expected = 0;
  items.forEach((item, i) => {
    const index = scheme.index(item.label);
    if (index !== expected) {
      const wanted = item.marker.replace(/[\p{L}\p{N}]+/u, scheme.label(expected));
      const previous = items[i - 1];
      findings.push({
        code: 'subparagraph-sequence',
        message: `Expected subparagraph ${wanted}${previous ? ` after ${previous.marker}` : ' to open the list'}, found ${item.marker}.`,
        position: headOf(item.position, item.marker.length),
        ...(previous ? { related: [{ message: `${previous.marker} comes before it`, position: headOf(previous.position, previous.marker.length) }] } : {}),
      });
    }
    expected = (index ?? expected) + 1;
  });
  return findings;
}

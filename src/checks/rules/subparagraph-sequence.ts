import type { Subparagraph } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { headOf } from '../walk.js';

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
    for (const paragraph of walk.preambular) checkLists(paragraph.subparagraphs, findings);
    for (const paragraph of walk.operative) checkLists(paragraph.subparagraphs, findings);
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
    index: lettersIndex,
    label: (index) => LETTERS[index % 26].repeat(Math.floor(index / 26) + 1),
  },
  { name: 'roman', index: (label) => romanIndex.get(label.toLowerCase()) ?? null, label: (index) => toRoman(index + 1) },
  { name: 'figures', index: (label) => (isFigures(label) ? Number(label) - 1 : null), label: (index) => String(index + 1) },
];

/** The place of a label in the sequence (a) … (z), (aa), (bb) …: one letter, repeated ("b", "BB"); else null. */
function lettersIndex(label: string): number | null {
  const first = label.charCodeAt(0) | 0x20;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    // Outside ASCII, lower-casing may make a letter ("K", the Kelvin sign, is "k"): read as the pattern reads it.
    if (c >= 128) return nonAsciiLettersIndex(label);
    if ((c | 0x20) !== first) return null;
  }
  return first >= 97 && first <= 122 ? (label.length - 1) * 26 + first - 97 : null;
}

function nonAsciiLettersIndex(label: string): number | null {
  const lower = label.toLowerCase();
  if (!/^([a-z])\1*$/.test(lower)) return null;
  return (lower.length - 1) * 26 + LETTERS.indexOf(lower[0]);
}

/** One to three ASCII digits. */
function isFigures(label: string): boolean {
  if (label.length < 1 || label.length > 3) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Checks a list of sibling subparagraphs, then the lists under each of them (depth first). */
function checkLists(items: Subparagraph[], findings: Finding[]): void {
  if (!items.length) return;
  checkList(items, findings);
  for (const item of items) checkLists(item.subparagraphs, findings);
}

/** The scheme the list follows: the one that reads most of its labels in sequence; a list starting (i) is roman. */
function schemeOf(items: Subparagraph[]): Scheme {
  let best = schemes[0];
  let bestScore = -1;
  for (const scheme of schemes) {
    let score = 0;
    for (let i = 0; i < items.length; i++) {
      const index = scheme.index(items[i].label);
      score += index === i ? 2 : index !== null ? 1 : 0;
    }
    // "(i)" first reads both ways; the next label settles it, and alone it is roman.
    if (scheme.name === 'roman' && items[0]?.label.toLowerCase() === 'i' && items[1]?.label.toLowerCase() !== 'j') score += 1;
    if (score > bestScore) (best = scheme), (bestScore = score);
  }
  return best;
}

/** Whether `scheme` reads every label of the list in sequence: then it is the list's scheme, and nothing is out of sequence. */
function inSequence(scheme: Scheme, items: Subparagraph[]): boolean {
  for (let i = 0; i < items.length; i++) if (scheme.index(items[i].label) !== i) return false;
  return true;
}

function checkList(items: Subparagraph[], findings: Finding[]): void {
  // Most lists are in sequence: no scheme scores higher than one that reads every label in order.
  for (const scheme of schemes) if (inSequence(scheme, items)) return;
  const scheme = schemeOf(items);
  let expected = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const index = scheme.index(item.label);
    if (index !== expected) {
      const wanted = item.marker.replace(/[\p{L}\p{N}]+/u, scheme.label(expected));
      const previous = items[i - 1];
      // Written out, not spread (`...(previous ? { related } : {})`): a spread costs more than the finding.
      const finding: Finding = {
        code: 'subparagraph-sequence',
        message: `Expected subparagraph ${wanted}${previous ? ` after ${previous.marker}` : ' to open the list'}, found ${item.marker}.`,
        position: headOf(item.position, item.marker.length),
      };
      if (previous) finding.related = [{ message: `${previous.marker} comes before it`, position: headOf(previous.position, previous.marker.length) }];
      findings.push(finding);
    }
    expected = (index ?? expected) + 1;
  }
}

/**
 * Hand-written expectations of an alignment, one line per entry (`#` starts a comment):
 *   P3 = P3 unchanged            a pair whose labels agree (`=`), and what changed
 *   O5 → O6 renumbered edited    a pair whose labels differ (`→` or `->`)
 *   P2 = P2 edited opener        `opener`: the opener changed too
 *   O4 → O4+O5 split             several labels joined by `+`: a split or a merge
 *   O7 added                     an adopted paragraph with no draft paragraph (label in the adopted text)
 *   P2 removed                   a draft paragraph with no adopted paragraph (label in the draft)
 *   P1..P12 = unchanged          a range: P1 = P1, …, P12 = P12 (`O5..O9 → O6..O10` pairs them in order);
 *                                after `=`, the adopted labels may be left out when they are the draft's
 * Changes are compared as a set; entries as a set (their order is checked by the property tests).
 */
import type { Comparison, ParagraphAlignment } from '../../src/index.js';

/** One entry as a line: "P3 → P4 renumbered+edited opener", changes in a fixed order. */
export function describeEntry(draft: string[], adopted: string[], changes: string[], opener: boolean): string {
  const order = ['unchanged', 'edited', 'moved', 'renumbered', 'split', 'merged', 'added', 'removed'];
  const sorted = [...new Set(changes)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `${draft.join('+') || '-'} → ${adopted.join('+') || '-'} ${sorted.join('+')}${opener ? ' opener' : ''}`;
}

/** The entries of one part of a comparison (preamble or operative part), as lines. */
export function describeComparison(comparison: Comparison, part: 'preamble' | 'operative'): string[] {
  const line = (entry: ParagraphAlignment) =>
    describeEntry(
      entry.draft.map((p) => p.label),
      entry.adopted.map((p) => p.label),
      entry.changes,
      entry.opener?.changed ?? false,
    );
  return comparison[part].map(line);
}

/** Whether an entry's line is of the preamble: its labels are P labels ("P3", "II.P1"). */
export function isPreambular(line: string): boolean {
  return /(?:^|[.+ ])P\d/.test(line.split(' ').slice(0, 3).join(' '));
}

/** The expectation file's entries, as lines. Throws on a line it cannot read, naming it. */
export function readExpectations(text: string): string[] {
  const entries: string[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const unpaired = /^(\S+)\s+(added|removed)$/.exec(line);
    if (unpaired) {
      const labels = unpaired[1].split('+');
      entries.push(unpaired[2] === 'added' ? describeEntry([], labels, ['added'], false) : describeEntry(labels, [], ['removed'], false));
      continue;
    }
    const paired = /^(\S+)\s*(=|→|->)\s*(.+)$/.exec(line);
    if (!paired) throw new Error(`line ${i + 1}: cannot read "${raw}"`);
    const words = paired[3].split(/[\s+]+/);
    const sameLabels = paired[2] === '=' && CHANGE_WORDS.includes(words[0]);
    const adoptedSpec = sameLabels ? paired[1] : paired[3].split(/\s+/)[0];
    const rest = sameLabels ? words : paired[3].split(/\s+/).slice(1).join(' ').split(/[\s+]+/);
    if (rest.some((w) => !CHANGE_WORDS.includes(w))) throw new Error(`line ${i + 1}: unknown change in "${raw}"`);
    const opener = rest.includes('opener');
    const changes = rest.filter((w) => w !== 'opener');
    const [draft, adopted] = [expand(paired[1]), expand(adoptedSpec)];
    if (draft.length !== adopted.length) throw new Error(`line ${i + 1}: ranges of different lengths in "${raw}"`);
    draft.forEach((labels, k) => entries.push(describeEntry(labels, adopted[k], changes, opener)));
  }
  return entries;
}

const CHANGE_WORDS = ['unchanged', 'edited', 'moved', 'renumbered', 'split', 'merged', 'opener'];

/** "P1..P3" → [["P1"], ["P2"], ["P3"]]; "O4+O5" → [["O4", "O5"]]. */
function expand(spec: string): string[][] {
  const range = /^([^.]*?)(\d+)\.\.\1(\d+)$/.exec(spec);
  if (!range) return [spec.split('+')];
  const [, prefix, from, to] = range;
  return Array.from({ length: Number(to) - Number(from) + 1 }, (_, k) => [`${prefix}${Number(from) + k}`]);
}

/**
 * The entries of an alignment in both documents' order: links and added items where they stand in
 * the adopted text, each removed item after the one that preceded it in the draft (and before what
 * was added in its place).
 */
import type { Alignment, Link } from './alignment.js';

export type Entry = { link: Link } | { added: number } | { removed: number };

export function inBothOrders(alignment: Alignment): Entry[] {
  const keyed: { entry: Entry; at: number; then: number }[] = [];
  const settledAt = new Map<number, number>();
  for (const link of alignment.links) {
    keyed.push({ entry: { link }, at: link.adopted[0], then: 0 });
    if (!link.moved) for (const d of link.draft) settledAt.set(d, link.adopted[link.adopted.length - 1]);
  }
  for (const a of alignment.added) keyed.push({ entry: { added: a }, at: a, then: 0 });
  for (const d of alignment.removed) {
    let before = d - 1;
    while (before >= 0 && !settledAt.has(before)) before--;
    keyed.push({ entry: { removed: d }, at: (before >= 0 ? settledAt.get(before)! : -1) + 0.5, then: d });
  }
  return keyed.sort((x, y) => x.at - y.at || x.then - y.then).map((k) => k.entry);
}

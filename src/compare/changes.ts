/** The changes a link of the alignment stands for, in the order of the `Change` enumeration. */
import type { Link } from './alignment.js';
import { Change } from './schema.js';

export function changesOf(link: Link, found: { edited: boolean; renumbered: boolean }): Change[] {
  const changes = new Set<Change>();
  if (link.kind !== 'pair') changes.add(link.kind);
  if (found.edited) changes.add('edited');
  if (link.moved) changes.add('moved');
  if (found.renumbered) changes.add('renumbered');
  if (!changes.size) changes.add('unchanged');
  return Change.options.filter((change) => changes.has(change));
}

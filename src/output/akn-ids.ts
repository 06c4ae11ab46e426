/**
 * eIds after the Akoma Ntoso naming convention: the element's abbreviation and its number, joined
 * to its container's eId with `__` (`para_1`, `para_1__list_1__point_a`, `part_A__sec_II__para_3`).
 * An unnumbered element takes its ordinal among the unnumbered ones after `nn_` (`para_nn_1`); a
 * number printed twice gets a suffix (`para_5_2`), so that every eId is unique in its document.
 */

/** Abbreviations of the naming convention for the elements this writer numbers. */
export const ABBREVIATIONS = {
  paragraph: 'para',
  list: 'list',
  point: 'point',
  blockList: 'list',
  item: 'item',
  section: 'sec',
  part: 'part',
  attachment: 'att',
  container: 'container',
  hcontainer: 'hcontainer',
  formula: 'formula',
  authorialNote: 'ftn',
  ref: 'ref',
} as const;

export type Numbered = keyof typeof ABBREVIATIONS;

/** A number as it may stand in an eId: "B." → "B", "(iv)" → "iv", "1 bis" → "1bis". */
export function idNumber(num: string): string {
  return num
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '');
}

/** Hands out eIds and guarantees that none is given twice in a document. */
export class EidRegistry {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  /**
   * The eId of an element under `parent` (null at the top): numbered by `num` when it has one,
   * else by its ordinal among the unnumbered elements of its kind under that parent.
   */
  id(parent: string | null, element: Numbered, num?: string | null): string {
    const abbreviation = ABBREVIATIONS[element];
    const clean = num ? idNumber(num) : '';
    let local: string;
    if (clean) local = `${abbreviation}_${clean}`;
    else {
      const key = `${parent ?? ''}|${abbreviation}`;
      const count = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, count);
      local = `${abbreviation}_nn_${count}`;
    }
    return this.claim(parent ? `${parent}__${local}` : local);
  }

  /** The next of a series numbered in document order under `parent` (lists, notes, containers). */
  next(parent: string | null, element: Numbered): string {
    const abbreviation = ABBREVIATIONS[element];
    const key = `${parent ?? ''}|#${abbreviation}`;
    const count = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, count);
    const local = `${abbreviation}_${count}`;
    return this.claim(parent ? `${parent}__${local}` : local);
  }

  /** Reserves `id`, or the first of `id_2`, `id_3` … that is free (two paragraphs printed "5."). */
  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${id}_${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/**
 * An AKN-safe name from words: lower case, accents folded, runs of other characters as one `_`
 * ("Prenant note" → "prenant_note", "Having heard" → "having_heard").
 */
export function aknName(words: string, fallback: string): string {
  const name = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(name) ? name : fallback;
}

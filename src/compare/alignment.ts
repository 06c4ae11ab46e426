/**
 * Aligns two lists of items (paragraphs, subparagraphs, footnotes) by their texts: which item of the
 * draft became which of the adopted text, which were split or merged, added or removed, and which
 * left their order (moved). The passes, from the surest to the loosest:
 *   1. equal texts pair up (the k-th copy of a text with its k-th copy);
 *   2. between two pairs that keep their order, similar texts pair up in order (a paragraph
 *      reworded where it stands);
 *   3. very similar texts pair up anywhere (a moved paragraph, maybe reworded): a pair across the
 *      order must be more alike than one in place, or a short paragraph would pair with any other;
 *   4. an unpaired item that lies inside another one's text joins it: a split or a merge;
 *   5. between two pairs, what is left pairs up in order when the texts are at least a little alike;
 *   6. the pairs that the longest run in the same order leaves out are the moved ones.
 */
import { diffArrays } from 'diff';
import { containment, similarity, wordsOf, type Vocabulary } from './text.js';

export interface AlignItem {
  /** The normalised text: items with equal keys are equal. */
  key: string;
  /** Its lower-cased words (computed when first asked for: most items pair by their keys). */
  readonly words: string[];
  /** Its features (words and word pairs), numbered by the comparison's vocabulary. */
  readonly features: Set<number>;
  vocabulary: Vocabulary;
}

export interface Link {
  kind: 'pair' | 'split' | 'merged';
  /** Indexes into the draft's items, ascending: one, or several for a merge. */
  draft: number[];
  /** Indexes into the adopted items, ascending: one, or several for a split. */
  adopted: number[];
  similarity: number;
  /** Out of the order the other links keep. */
  moved: boolean;
}

export interface Alignment {
  links: Link[];
  removed: number[];
  added: number[];
}

/** Pairs in place, and a split's parts with their whole, above this similarity. */
const SIMILAR = 0.5;
/** Pairs anywhere in the text only above this similarity. */
const MOVED = 0.6;
/** Pairs in place, between two paired neighbours, above this similarity. */
const ALIKE = 0.25;
/** A split part must have this much of its words and word pairs in the whole. */
const PART_OF = 0.7;
/** Features shared by more items than this are too common to find candidates with. */
const COMMON_FEATURE = 64;
/** Beyond this many insertions and deletions, equal texts are paired without regard to their order. */
const MOST_EQUAL_EDITS = 10_000;
/** Gaps larger than this (draft items × adopted items) are not searched item by item. */
const LARGEST_GAP = 40_000;

/** An item for the normalised text `key`; its words and features are computed on first use. */
export function itemOf(key: string, vocabulary: Vocabulary): AlignItem {
  return new LazyItem(key, vocabulary);
}

/**
 * The getters live on the class, not in an object literal per item: V8 keeps a literal's accessor
 * closures in the object's map until a full garbage collection, and with them all they capture.
 */
class LazyItem implements AlignItem {
  private wordList: string[] | undefined = undefined;
  private featureSet: Set<number> | undefined = undefined;

  constructor(
    readonly key: string,
    readonly vocabulary: Vocabulary,
  ) {}

  get words(): string[] {
    return (this.wordList ??= wordsOf(this.key));
  }

  get features(): Set<number> {
    return (this.featureSet ??= this.vocabulary.features(this.words));
  }
}

/** `parts`: whether items may be split or merged (paragraphs may; footnotes are not). */
export function align(draft: AlignItem[], adopted: AlignItem[], { parts = true } = {}): Alignment {
  const state = new State(draft, adopted);
  pairEqual(state);
  pairInPlace(state, SIMILAR);
  pairSimilar(state);
  if (parts) {
    joinParts(state, false);
    joinParts(state, true);
  }
  pairInPlace(state, ALIKE);
  markMoved(state.links);
  state.links.sort((a, b) => a.adopted[0] - b.adopted[0]);
  return {
    links: state.links,
    removed: draft.map((_, i) => i).filter((i) => state.draftLink[i] === null),
    added: adopted.map((_, i) => i).filter((i) => state.adoptedLink[i] === null),
  };
}

class State {
  links: Link[] = [];
  draftLink: (Link | null)[];
  adoptedLink: (Link | null)[];
  constructor(
    readonly draft: AlignItem[],
    readonly adopted: AlignItem[],
  ) {
    this.draftLink = draft.map(() => null);
    this.adoptedLink = adopted.map(() => null);
  }
  add(link: Link): void {
    this.links.push(link);
    for (const i of link.draft) this.draftLink[i] = link;
    for (const i of link.adopted) this.adoptedLink[i] = link;
  }
  remove(link: Link): void {
    this.links.splice(this.links.indexOf(link), 1);
    for (const i of link.draft) this.draftLink[i] = null;
    for (const i of link.adopted) this.adoptedLink[i] = null;
  }
  pair(d: number, a: number, score: number): void {
    this.add({ kind: 'pair', draft: [d], adopted: [a], similarity: score, moved: false });
  }
}

/**
 * Equal texts: first the longest sequence of them in the same order in both lists (jsdiff's array
 * diff on the texts, each text a number), so that repeated texts pair where they stand; then what is
 * left, the k-th copy of a text with its k-th copy (a moved paragraph).
 */
function pairEqual(state: State): void {
  const ids = new Map<string, number>();
  const idOf = (item: AlignItem) => ids.get(item.key) ?? (ids.set(item.key, ids.size), ids.size - 1);
  const [draftIds, adoptedIds] = [state.draft.map(idOf), state.adopted.map(idOf)];
  const changes = diffArrays(draftIds, adoptedIds, { maxEditLength: MOST_EQUAL_EDITS }) ?? [];
  let [d, a] = [0, 0];
  for (const change of changes) {
    const count = change.value.length;
    if (!change.added && !change.removed) for (let k = 0; k < count; k++) state.pair(d + k, a + k, 1);
    if (!change.added) d += count;
    if (!change.removed) a += count;
  }
  const byKey = new Map<number, number[]>();
  draftIds.forEach((id, i) => {
    if (state.draftLink[i] !== null) return;
    const list = byKey.get(id);
    if (list) list.push(i);
    else byKey.set(id, [i]);
  });
  adoptedIds.forEach((id, i) => {
    if (state.adoptedLink[i] !== null) return;
    const d = byKey.get(id)?.shift();
    if (d !== undefined) state.pair(d, i, 1);
  });
}

/** Candidate partners of each unpaired adopted item, by the features they share (common features skipped). */
function candidates(from: AlignItem[], free: number[], to: AlignItem[], targets: number[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (const t of targets) {
    for (const feature of to[t].features) {
      const list = postings.get(feature);
      if (!list) postings.set(feature, [t]);
      else if (list.length <= COMMON_FEATURE) list.push(t);
    }
  }
  const found = new Map<number, number[]>();
  for (const f of free) {
    const seen = new Set<number>();
    for (const feature of from[f].features) {
      const list = postings.get(feature);
      if (list && list.length <= COMMON_FEATURE) for (const t of list) seen.add(t);
    }
    found.set(f, [...seen]);
  }
  return found;
}

function pairSimilar(state: State): void {
  const freeDraft = unlinked(state.draftLink);
  const freeAdopted = unlinked(state.adoptedLink);
  if (!freeDraft.length || !freeAdopted.length) return;
  const scored: { d: number; a: number; score: number }[] = [];
  for (const [a, ds] of candidates(state.adopted, freeAdopted, state.draft, freeDraft)) {
    for (const d of ds) {
      const score = similarity(state.draft[d].features, state.adopted[a].features);
      if (score >= MOVED) scored.push({ d, a, score });
    }
  }
  // Best first; between equals, the one nearer its old place.
  scored.sort((x, y) => y.score - x.score || Math.abs(x.d - x.a) - Math.abs(y.d - y.a));
  for (const { d, a, score } of scored) {
    if (state.draftLink[d] === null && state.adoptedLink[a] === null) state.pair(d, a, score);
  }
}

/**
 * Splits (`merging` false): an unpaired adopted item whose words lie in a draft item joins that
 * item's partner when they stand side by side and together read more like it. Merges are the same
 * with the two sides swapped.
 */
function joinParts(state: State, merging: boolean): void {
  const [wholes, parts] = merging ? [state.adopted, state.draft] : [state.draft, state.adopted];
  const [wholeLink, partLink] = merging ? [state.adoptedLink, state.draftLink] : [state.draftLink, state.adoptedLink];
  const freeParts = unlinked(partLink);
  if (!freeParts.length) return;
  const groups = new Map<number, number[]>();
  // A part joins an unpaired whole, or the whole of a pair that stands next to it.
  const partnerOf = (link: Link | null | undefined) => (link?.kind === 'pair' ? (merging ? link.adopted[0] : link.draft[0]) : null);
  const neighbours = freeParts.flatMap((p) => [partnerOf(partLink[p - 1]), partnerOf(partLink[p + 1])]).filter((w) => w !== null);
  const targets = [...new Set([...unlinked(wholeLink), ...neighbours])];
  for (const [p, ws] of candidates(parts, freeParts, wholes, targets)) {
    let best = -1;
    let bestScore = PART_OF;
    for (const w of ws) {
      if (parts[p].features.size >= wholes[w].features.size) continue;
      const score = containment(parts[p].features, wholes[w].features);
      if (score >= bestScore) [best, bestScore] = [w, score];
    }
    if (best >= 0) groups.set(best, [...(groups.get(best) ?? []), p]);
  }
  for (const [w, loose] of groups) {
    const existing = wholeLink[w];
    const partner = existing?.kind === 'pair' ? (merging ? existing.draft[0] : existing.adopted[0]) : null;
    const run = contiguousRun([...loose, ...(partner === null ? [] : [partner])], partner);
    if (run.length < 2) continue;
    const joined = wholes[w].vocabulary.features(run.flatMap((p) => parts[p].words));
    const score = similarity(wholes[w].features, joined);
    // Joined, the parts must read more like the whole than the partner alone (an equal pair stays).
    if (score < SIMILAR || (existing && (existing.similarity === 1 || score <= existing.similarity))) continue;
    if (existing) state.remove(existing);
    state.add({ kind: merging ? 'merged' : 'split', draft: merging ? run : [w], adopted: merging ? [w] : run, similarity: score, moved: false });
  }
}

/** The indexes that follow one another around `around` (or the longest such run). */
function contiguousRun(indexes: number[], around: number | null): number[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of sorted) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  if (around !== null) return runs.find((run) => run.includes(around)) ?? [];
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), [] as number[]);
}

/** Between each two links that keep their order, pairs what is left in order, best total similarity first. */
function pairInPlace(state: State, least: number): void {
  // A link's indexes are ascending: it spans from its first to its last on each side.
  let [d0, a0] = [0, 0];
  for (const anchor of [...inOrder(state.links), null]) {
    const d1 = anchor ? anchor.draft[0] : state.draft.length;
    const a1 = anchor ? anchor.adopted[0] : state.adopted.length;
    const ds = range(d0, d1).filter((d) => state.draftLink[d] === null);
    const as = range(a0, a1).filter((a) => state.adoptedLink[a] === null);
    if (ds.length && as.length && ds.length * as.length <= LARGEST_GAP) pairGap(state, ds, as, least);
    if (anchor) [d0, a0] = [Math.max(d0, anchor.draft[anchor.draft.length - 1] + 1), Math.max(a0, anchor.adopted[anchor.adopted.length - 1] + 1)];
  }
}

/** Weighted longest common subsequence over one gap: the in-order pairs of greatest total similarity. */
function pairGap(state: State, ds: number[], as: number[], least: number): void {
  const score = ds.map((d) => as.map((a) => similarity(state.draft[d].features, state.adopted[a].features)));
  const best: number[][] = Array.from({ length: ds.length + 1 }, () => new Array<number>(as.length + 1).fill(0));
  for (let i = ds.length - 1; i >= 0; i--) {
    for (let j = as.length - 1; j >= 0; j--) {
      const take = score[i][j] >= least ? score[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(take, best[i + 1][j], best[i][j + 1]);
    }
  }
  for (let i = 0, j = 0; i < ds.length && j < as.length; ) {
    if (score[i][j] >= least && best[i][j] === score[i][j] + best[i + 1][j + 1]) {
      state.pair(ds[i], as[j], score[i][j]);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
}

function markMoved(links: Link[]): void {
  const kept = new Set(inOrder(links));
  for (const link of links) link.moved = !kept.has(link);
}

/** The largest set of links whose draft and adopted orders agree (longest increasing subsequence). */
function inOrder(links: Link[]): Link[] {
  const sorted = [...links].sort((a, b) => a.adopted[0] - b.adopted[0]);
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sorted.length).fill(-1);
  sorted.forEach((link, i) => {
    const key = link.draft[0];
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]].draft[0] < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const kept: Link[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.push(sorted[i]);
  return kept.reverse();
}

function unlinked(links: (Link | null)[]): number[] {
  return links.flatMap((link, i) => (link === null ? [i] : []));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

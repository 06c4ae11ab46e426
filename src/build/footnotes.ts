import type { InputForm } from '../schema/index.js';
import type { Flow } from './flow.js';
import type { FlowInline } from './inline.js';

/** A footnote as found on the page, before its content is built. */
export interface NoteSite {
  id: string;
  marker: string;
  /** Page the note is printed on (count of page breaks before it). */
  page: number;
}

/** Text that may carry footnote references, with the page of each of its offsets. */
export interface ReferenceHolder {
  flow: Flow;
  nodes: FlowInline[];
  pageAt: (flowOffset: number) => number;
}

export interface ReferenceWords {
  /** Words after which a number is a quantity or a cross-reference, not a note marker ("resolution 22"). */
  numberTakers: ReadonlySet<string>;
  /** Words before which a number is part of a date or quantity ("22 June", "3 per cent"). */
  numberFollowers: ReadonlySet<string>;
}

interface Candidate {
  holder: ReferenceHolder;
  from: number;
  to: number;
  marker: string;
  glued: boolean;
}

const NUMBER = /\d{1,3}\/?/g;
const GLUE = /[\p{L},;:.)\]”’"»]/u;
const AFTER = /^(?:$|[\s,;:.)\]”’"»])/u;

/** Gives every note an id, unique even when a marker repeats. */
export function noteIds(markers: string[]): string[] {
  const seen = new Map<string, number>();
  return markers.map((marker) => {
    const count = (seen.get(marker) ?? 0) + 1;
    seen.set(marker, count);
    return count === 1 ? `fn-${marker}` : `fn-${marker}-${count}`;
  });
}

/**
 * Links footnote markers to notes. Markdown marks them (`<sup>1</sup>`); in plain text a number is a
 * marker only when a note with that number is printed on the same page, and only where it is glued
 * to the text ("session,1") or stands apart from words that take numbers ("resolution 22", "22 June").
 * Every glued marker of a note counts; of spaced ones, the first.
 */
export function linkReferences(holders: ReferenceHolder[], notes: NoteSite[], form: InputForm, words: ReferenceWords): void {
  let nextId = 1;
  const newId = () => `fnref-${nextId++}`;
  if (form === 'markdown') {
    const byMarker = new Map<string, NoteSite>();
    for (const note of notes) if (!byMarker.has(note.marker)) byMarker.set(note.marker, note);
    const visit = (nodes: FlowInline[]) => {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.type === 'sup' && (byMarker.has(node.value) || /^\d{1,3}$/.test(node.value))) {
          nodes[i] = { type: 'reference', marker: node.value, from: node.from, to: node.to, id: newId(), footnoteId: byMarker.get(node.value)?.id ?? null };
        } else if (node.type === 'emphasis' || node.type === 'strong') visit(node.children);
      }
    };
    for (const holder of holders) visit(holder.nodes);
    return;
  }
  const notesByPage = new Map<string, NoteSite>();
  for (const note of notes) notesByPage.set(`${note.page}:${note.marker}`, note);
  const chosen = new Map<NoteSite, Candidate[]>();
  for (const holder of holders) {
    for (const candidate of findCandidates(holder, words)) {
      const page = holder.pageAt(candidate.from);
      const note = notesByPage.get(`${page}:${candidate.marker}`) ?? notesByPage.get(`-1:${candidate.marker}`);
      if (!note) continue;
      const list = chosen.get(note) ?? [];
      list.push(candidate);
      chosen.set(note, list);
    }
  }
  const byHolder = new Map<ReferenceHolder, { candidate: Candidate; note: NoteSite }[]>();
  for (const [note, candidates] of chosen) {
    const glued = candidates.filter((c) => c.glued);
    for (const candidate of glued.length ? glued : candidates.slice(0, 1)) {
      const list = byHolder.get(candidate.holder) ?? [];
      list.push({ candidate, note });
      byHolder.set(candidate.holder, list);
    }
  }
  for (const [holder, found] of byHolder) {
    found.sort((a, b) => a.candidate.from - b.candidate.from);
    holder.nodes = splitText(holder.nodes, found.map(({ candidate, note }) => ({
      type: 'reference' as const,
      marker: candidate.marker,
      from: candidate.from,
      to: candidate.to,
      id: newId(),
      footnoteId: note.id,
    })));
  }
}

function findCandidates(holder: ReferenceHolder, words: ReferenceWords): Candidate[] {
  const text = holder.flow.text;
  const out: Candidate[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const from = match.index;
    const to = from + match[0].length;
    const before = text[from - 1];
    if (before === undefined || /\d/.test(before) || /\d/.test(text[to] ?? '')) continue;
    if (!AFTER.test(text.slice(to, to + 1))) continue;
    const marker = match[0].replace('/', '');
    const glued = GLUE.test(before) && !/\p{Lu}/u.test(before); // "session,1", "sixty-first2"; not "G77"
    if (!glued && !/\s/.test(before)) continue;
    if (!glued && !standsApart(text, from, to, words)) continue;
    out.push({ holder, from, to, marker, glued });
  }
  return out;
}

/** A spaced number is a marker unless the words around it take numbers. */
function standsApart(text: string, from: number, to: number, words: ReferenceWords): boolean {
  const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, from - 40), from))?.[1] ?? '';
  if (/^[(\[]/.test(previous.slice(-1)) || previous.endsWith('-')) return false;
  const previousWord = previous.replace(/[^\p{L}.]/gu, '').toLowerCase();
  if (words.numberTakers.has(previousWord) || /\d$/.test(previous)) return false;
  const next = /^\s*(\S+)/.exec(text.slice(to, to + 40))?.[1] ?? '';
  const nextWord = next.replace(/[^\p{L}%]/gu, '').toLowerCase();
  if (words.numberFollowers.has(nextWord) || next.startsWith('(') || /^\d/.test(next)) return false;
  return true;
}

/** Cuts the text nodes around the references (sorted by offset). */
function splitText(nodes: FlowInline[], references: Extract<FlowInline, { type: 'reference' }>[]): FlowInline[] {
  const out: FlowInline[] = [];
  let r = 0;
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let from = node.from;
    while (r < references.length && references[r].from < node.to) {
      const reference = references[r++];
      if (reference.from < from) continue;
      if (reference.from > from) out.push({ type: 'text', from, to: reference.from });
      out.push(reference);
      from = reference.to;
    }
    if (from < node.to) out.push({ type: 'text', from, to: node.to });
  }
  return out;
}

import type { Annex, Division, Inline, OperativeParagraph, PreambularParagraph, Resolution, Subparagraph } from '../../src/schema/index.js';

/**
 * A reviewable digest of a parse: the figures a person checks against the source by hand (header
 * fields, each paragraph's number and opener, subparagraph labels, footnotes and where they are
 * referenced, the closing). Golden fixtures store this digest, not the full tree with positions.
 */
export function summarize(resolution: Resolution) {
  const h = resolution.header;
  return {
    language: resolution.language,
    status: resolution.status,
    header: {
      organ: h.organ?.value ?? null,
      symbol: h.symbol ? `${h.symbol.value}${h.symbol.stated ? '' : ' (derived)'}` : null,
      distribution: h.distribution?.value ?? null,
      issueDate: h.issueDate?.value ?? null,
      session: h.session?.value ?? null,
      agendaItems: h.agendaItems.map((item) => item.value),
      reference: h.reference ? `${h.reference.kind} ${h.reference.committee ?? ''} ${h.reference.symbol ?? ''}`.replace(/\s+/g, ' ').trim() : null,
      adoptedBy: h.adoptedBy?.value ?? null,
      resolutionNumber: h.resolutionNumber?.value ?? null,
      title: h.title?.value ?? null,
    },
    ...body(resolution),
    closing: resolution.closing
      ? {
          meeting: resolution.closing.meeting?.value ?? null,
          date: resolution.closing.date?.value ?? null,
          vote: resolution.closing.vote
            ? [resolution.closing.vote.unanimous ? 'unanimous' : null, resolution.closing.vote.withoutVote ? 'without vote' : null, resolution.closing.vote.inFavour !== null ? `${resolution.closing.vote.inFavour}-${resolution.closing.vote.against}-${resolution.closing.vote.abstentions ?? 0}` : null].filter(Boolean).join(' ')
            : null,
        }
      : null,
    annexes: resolution.annexes.map((annex) => ({ label: annex.label, title: annex.title?.text ?? null, ...body(annex) })),
    footnotes: resolution.footnotes.map((note) => `${note.marker}: ${note.text.slice(0, 50)}${note.references.length !== 1 ? ` [${note.references.length} refs]` : ''}`),
    pageBreaks: resolution.pageBreaks.length,
    unparsed: resolution.unparsed.map((node) => node.text.slice(0, 80)),
  };
}

function body(b: Resolution | Division | Annex): Record<string, unknown> {
  const out: Record<string, unknown> = {
    authority: b.authority?.text ?? null,
    preamble: b.preamble.map(paragraph),
    operative: b.operative.map(paragraph),
  };
  if (b.leadIn) out.leadIn = b.leadIn.text;
  if (b.divisions.length) out.divisions = b.divisions.map((d) => ({ kind: d.kind, num: d.num, heading: d.heading?.text ?? null, ...body(d) }));
  return out;
}

/** "3. Réaffirme [fn 4,5] {a, b{i, ii}}": number, opener, footnote markers, subparagraph labels. */
function paragraph(p: PreambularParagraph | OperativeParagraph): string {
  const num = p.type === 'operativeParagraph' && p.num !== null ? `${p.num}. ` : '';
  const markers = references([...p.content, ...p.subparagraphs.flatMap(allContent)]);
  const heading = p.heading ? `## ${p.heading.text} ## ` : '';
  return `${heading}${num}${p.opener ? p.opener.text : '—'}${markers.length ? ` [fn ${markers.join(',')}]` : ''}${p.subparagraphs.length ? ` {${labels(p.subparagraphs)}}` : ''}`;
}

function allContent(s: Subparagraph): Inline[] {
  return [...s.content, ...s.subparagraphs.flatMap(allContent)];
}

function labels(items: Subparagraph[]): string {
  return items.map((s) => (s.subparagraphs.length ? `${s.label}{${labels(s.subparagraphs)}}` : s.label)).join(', ');
}

function references(nodes: Inline[]): string[] {
  return nodes.flatMap((n) => (n.type === 'footnoteReference' ? [n.marker] : 'children' in n ? references(n.children) : []));
}

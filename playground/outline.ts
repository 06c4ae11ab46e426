/**
 * The outline of a parse: masthead fields, then each body (preamble with openers, operative
 * paragraphs with numbers and openers, subparagraphs, parts and sections), closing, annexes,
 * footnotes with their references, page furniture and unparsed text. Every entry that has a place
 * in the source is a button carrying its range (data-start, data-end).
 */
import type { Annex, Division, Footnote, Opener, OperativeParagraph, Position, PreambularParagraph, Resolution, Subparagraph } from '../src/index.js';
import { clip, h, type Child } from './dom.js';
import { visit } from './nodes.js';

const TEXT_WIDTH = 90;

export function renderOutline(resolution: Resolution): HTMLElement {
  const referencesById = new Map<string, Position>();
  visit(resolution, (node) => node.type === 'footnoteReference' && node.position && referencesById.set(String(node.id), node.position));
  return h(
    'div',
    { class: 'outline' },
    masthead(resolution),
    ...body(resolution),
    resolution.closing && section('closing', 'Closing', null, h('ul', {}, ...closingItems(resolution.closing))),
    ...resolution.annexes.map(annex),
    resolution.footnotes.length > 0 && section('footnotes', 'Footnotes', count(resolution.footnotes.length, 'note'), h('ol', {}, ...resolution.footnotes.map((note) => footnote(note, referencesById)))),
    resolution.pageBreaks.length > 0 && section('page-breaks', 'Page furniture', count(resolution.pageBreaks.length, 'break'), h('ul', {}, ...resolution.pageBreaks.map((pageBreak) => h('li', {}, node('page-break', pageBreak.position, pageBreak.page === null ? 'page break' : `page ${pageBreak.page}`, ': ', clip(pageBreak.lines.join(' · '), TEXT_WIDTH)))))),
    resolution.unparsed.length > 0 && section('unparsed', 'Unparsed', count(resolution.unparsed.length, 'piece'), h('ul', {}, ...resolution.unparsed.map((piece) => h('li', {}, node('unparsed', piece.position, clip(piece.text, TEXT_WIDTH)))))),
  );
}

/** A clickable entry: a button that selects `position` in the source. */
function node(kind: string, position: Position | null, ...children: Child[]): HTMLElement {
  const attributes = position ? { 'data-start': position.start.offset, 'data-end': position.end.offset, title: `line ${position.start.line}` } : {};
  return h(position ? 'button' : 'span', { class: 'node', 'data-kind': kind, ...attributes }, ...children);
}

function section(part: string, title: string, summary: string | null, ...children: Child[]): HTMLElement {
  return h('section', { 'data-part': part }, h('h3', {}, title, summary && h('span', { class: 'summary' }, ` — ${summary}`)), ...children);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function masthead(resolution: Resolution): HTMLElement {
  const header = resolution.header;
  const rows: [string, { text: string; position: Position | null } | null, string?][] = [
    ['Organ', header.organ, header.organ?.value],
    ['Symbol', header.symbol && { text: header.symbol.value, position: header.symbol.position }, header.symbol?.stated === false ? 'derived from the number' : undefined],
    ['Distribution', header.distribution, header.distribution?.value],
    ['Issued', header.issueDate, header.issueDate?.value],
    ['Session', header.session, header.session ? String(header.session.value) : undefined],
    ...header.agendaItems.map((item): [string, typeof item] => ['Agenda item', item]),
    ...header.agendaTitles.map((title): [string, typeof title] => ['Agenda title', title]),
    ['Adopted by', header.adoptedBy, header.adoptedBy?.value ?? undefined],
    ['Report', header.reference],
    ['Number', header.resolutionNumber, header.resolutionNumber?.value],
    ['Title', header.title],
    ...header.other.map((other): [string, typeof other] => ['Other', other]),
  ];
  const languageLine = `${resolution.language}, ${resolution.form}${resolution.status === 'draft' ? ', draft' : ''}`;
  return section(
    'masthead',
    'Masthead',
    languageLine,
    h(
      'dl',
      {},
      ...rows.flatMap(([label, field, value]) =>
        field ? [h('dt', {}, label), h('dd', {}, node('field', field.position, clip(field.text, TEXT_WIDTH), value && value !== field.text.trim() && h('span', { class: 'value' }, ` → ${value}`)))] : [],
      ),
    ),
  );
}

function body(b: Resolution | Division | Annex): Child[] {
  return [
    b.authority && h('p', { class: 'authority' }, node('authority', b.authority.position, h('i', {}, b.authority.text))),
    b.preamble.length > 0 && section('preamble', 'Preamble', count(b.preamble.length, 'paragraph'), h('ol', { class: 'paragraphs' }, ...b.preamble.map(preambular))),
    b.leadIn && h('p', { class: 'lead-in' }, node('lead-in', b.leadIn.position, b.leadIn.text)),
    b.operative.length > 0 && section('operative', 'Operative part', count(b.operative.length, 'paragraph'), h('ol', { class: 'paragraphs' }, ...b.operative.map(operative))),
    ...b.divisions.map(division),
  ];
}

function division(d: Division): HTMLElement {
  const name = `${d.kind === 'part' ? 'Part' : 'Section'} ${d.num}`;
  return h('section', { class: 'division', 'data-part': d.kind }, h('h3', {}, node('division', d.position, name, d.heading && ` ${d.heading.text}`)), ...body(d));
}

function annex(a: Annex): HTMLElement {
  return h('section', { class: 'annex', 'data-part': 'annex' }, h('h3', {}, node('annex', a.position, a.label, a.title && ` — ${a.title.text}`)), ...body(a));
}

function preambular(p: PreambularParagraph): HTMLElement {
  return h('li', {}, heading(p), node('preambular', p.position, opener(p.opener), rest(p)), subparagraphs(p.subparagraphs));
}

function operative(p: OperativeParagraph): HTMLElement {
  const entry = node('operative', p.position, p.num && h('span', { class: 'num' }, `${p.num}.`), ' ', opener(p.opener), rest(p));
  if (p.number !== null) entry.dataset.number = String(p.number);
  return h('li', {}, heading(p), entry, subparagraphs(p.subparagraphs));
}

function heading(p: PreambularParagraph | OperativeParagraph): Child {
  return p.heading && h('div', { class: 'heading' }, node('heading', p.heading.position, p.heading.text));
}

function opener(o: Opener | null): Child {
  return o && h('em', { class: 'opener', title: o.known ? 'a known opener' : 'an opener found by the shape of its words' }, o.text, !o.known && '?');
}

/** The paragraph's words after its opener (or number). */
function rest(p: PreambularParagraph | OperativeParagraph): string {
  const text = p.opener && p.text.startsWith(p.opener.text) ? p.text.slice(p.opener.text.length) : p.text;
  return ` ${clip(text, TEXT_WIDTH)}`;
}

function subparagraphs(list: Subparagraph[]): Child {
  return list.length > 0 && h('ol', { class: 'subparagraphs' }, ...list.map((s) => h('li', {}, node('subparagraph', s.position, h('span', { class: 'num' }, s.marker), ' ', clip(s.text, TEXT_WIDTH)), subparagraphs(s.subparagraphs))));
}

function closingItems(closing: NonNullable<Resolution['closing']>): HTMLElement[] {
  return [
    closing.meeting && h('li', {}, node('meeting', closing.meeting.position, `Meeting ${closing.meeting.value}`, h('span', { class: 'value' }, ` (${clip(closing.meeting.text, 40)})`))),
    closing.date && h('li', {}, node('date', closing.date.position, `Adopted ${closing.date.value}`)),
    closing.vote && h('li', {}, node('vote', closing.vote.position, `Vote: ${clip(closing.vote.text, TEXT_WIDTH)}`)),
    !closing.meeting && !closing.date && !closing.vote && h('li', {}, node('closing', closing.position, clip(closing.text, TEXT_WIDTH))),
  ].filter((item): item is HTMLLIElement => Boolean(item));
}

function footnote(note: Footnote, referencesById: Map<string, Position>): HTMLElement {
  const references = note.references.flatMap((id) => {
    const position = referencesById.get(id);
    return position ? [node('footnote-reference', position, `↑ line ${position.start.line}`)] : [];
  });
  return h(
    'li',
    { 'data-id': note.id },
    node('footnote', note.position, h('span', { class: 'num' }, note.marker), ' ', clip(note.text, TEXT_WIDTH)),
    h('span', { class: 'references' }, references.length ? ' referenced at ' : ' never referenced', ...references),
  );
}

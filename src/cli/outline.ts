/** The `outline` format: a resolution at a glance, with the line each part starts on. */
import type { Annex, Division, Inline, OperativeParagraph, PreambularParagraph, Resolution, Subparagraph } from '../index.js';
import type { FormatInput } from './formats.js';
import type { Paint } from './terminal.js';
import { maxOf } from '../arrays.js';

const LANGUAGE_NAMES = { en: 'English', fr: 'French', es: 'Spanish' } as const;
/** After an opener that is not in the language's list (explained under the paragraphs). */
const UNLISTED = '?';
const GUTTER = 6;

/** Cuts `text` to `width` characters with an ellipsis; white space runs become one space. */
export function clip(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (width <= 1) return clean ? '…' : '';
  return clean.length > width ? `${clean.slice(0, width - 1).trimEnd()}…` : clean;
}

export function renderOutline({ result, paint, width }: FormatInput): string {
  const { resolution: r, diagnostics } = result;
  const out: string[] = [];
  const line = (lineNumber: number | null, text: string) =>
    out.push(`${paint('dim', (lineNumber === null ? '' : String(lineNumber)).padStart(GUTTER - 2))}  ${text}`.trimEnd());
  const blank = () => out.push('');
  const h = r.header;

  // Title line: number and title, or what stands for them.
  const number = h.resolutionNumber?.value ?? (r.status === 'draft' ? 'Draft' : 'Resolution');
  const title = h.title?.value ?? '';
  out.push(`${paint('bold', number)}${title ? `  ${paint('bold', clip(title, width - number.length - 2))}` : ''}`);
  blank();

  const fields: [string, string | null][] = [
    ['Organ', h.organ ? `${h.organ.text}${h.organ.value !== 'other' ? '' : ' (other)'}` : null],
    ['Symbol', h.symbol ? `${h.symbol.value}${h.symbol.stated ? '' : ' (derived from the number)'}` : null],
    ['Status', r.status === 'draft' ? 'draft' : null],
    ['Session', h.session ? String(h.session.value) : null],
    ['Agenda', h.agendaItems.length ? `item ${h.agendaItems.map((item) => item.value).join(', ')}${h.agendaTitles.length ? ` — ${h.agendaTitles.map((t) => t.value).join('; ')}` : ''}` : null],
    ['Issued', h.issueDate?.value ?? null],
    ['Adopted', adopted(r)],
    ['Vote', r.closing?.vote ? r.closing.vote.text : null],
    ['Report', h.reference && h.reference.kind !== 'no-main-committee' ? [h.reference.committee, h.reference.symbol].filter(Boolean).join(', ') || h.reference.text : null],
    ['Draft', h.reference?.kind === 'no-main-committee' ? `${h.reference.symbol ?? ''} (without reference to a Main Committee)`.trim() : null],
    ['Language', `${LANGUAGE_NAMES[r.language]} (${r.language}), ${r.form}`],
  ];
  for (const [label, value] of fields) if (value !== null) out.push(`  ${paint('dim', label.padEnd(10))}${clip(value, width - 12)}`);

  const references = referenceLines(r);
  const body = (b: Resolution | Division | Annex, depth: number) => {
    const indent = '  '.repeat(depth);
    const room = width - GUTTER - indent.length;
    if (b.authority) {
      blank();
      line(b.authority.position.start.line, `${indent}${paint('italic', clip(b.authority.text, room))}`);
    }
    const openerWidth = Math.min(26, Math.max(8, ...[...b.preamble, ...b.operative].map((p) => (p.opener?.text.length ?? 1) + 1)));
    if (b.preamble.length) {
      blank();
      line(null, `${indent}${paint('bold', 'Preamble')} ${paint('dim', `— ${count(b.preamble.length, 'paragraph')}`)}`);
      for (const p of b.preamble) paragraph(p, '·', indent, openerWidth, room);
    }
    if (b.leadIn) {
      blank();
      line(b.leadIn.position.start.line, `${indent}${clip(b.leadIn.text, room)}`);
    }
    if (b.operative.length) {
      blank();
      line(null, `${indent}${paint('bold', 'Operative')} ${paint('dim', `— ${count(b.operative.length, 'paragraph')}`)}`);
      for (const p of b.operative) {
        if (p.heading) line(p.heading.position.start.line, `${indent}  ${paint(['italic', 'dim'], clip(p.heading.text, room - 2))}`);
        paragraph(p, p.num ? `${p.num}.` : '–', indent, openerWidth, room);
      }
    }
    for (const division of b.divisions) {
      blank();
      const name = `${division.kind === 'part' ? 'Part' : 'Section'} ${division.num.replace(/\.$/, '')}`.trim();
      line(division.position.start.line, `${indent}${paint('bold', name)}${division.heading ? `  ${clip(division.heading.text, room - name.length - 2)}` : ''}`);
      body(division, depth + 1);
    }
  };
  let unlistedOpeners = false;
  const paragraph = (p: PreambularParagraph | OperativeParagraph, mark: string, indent: string, openerWidth: number, room: number) => {
    if (p.opener && !p.opener.known) unlistedOpeners = true;
    const opener = p.opener ? p.opener.text + (p.opener.known ? '' : UNLISTED) : '';
    const rest = p.opener ? p.text.slice(p.opener.text.length).trim() : p.text;
    const head = `${indent}  ${mark.padEnd(4)}`;
    // A long opener keeps a space before the text ("Expressing its appreciation to …").
    const cell = opener.length < openerWidth ? opener.padEnd(openerWidth) : `${opener} `;
    const openerText = opener ? paint('italic', cell) : ' '.repeat(openerWidth);
    line(p.position.start.line, `${head}${openerText}${clip(rest, room - 6 - cell.length)}`);
    subparagraphs(p.subparagraphs, `${indent}      `, room - 6);
  };
  const subparagraphs = (items: Subparagraph[], indent: string, room: number) => {
    for (const item of items) {
      line(item.position.start.line, `${indent}${item.marker.padEnd(6)}${clip(item.text.slice(item.text.startsWith(item.marker) ? item.marker.length : 0), room - 6)}`);
      subparagraphs(item.subparagraphs, `${indent}  `, room - 2);
    }
  };
  body(r, 0);

  if (r.closing) {
    blank();
    line(r.closing.position.start.line, `${paint('bold', 'Closing')}  ${clip(r.closing.text, width - GUTTER - 10)}`);
  }
  for (const annex of r.annexes) {
    blank();
    line(annex.position.start.line, `${paint('bold', annex.label)}${annex.title ? `  ${clip(annex.title.text, width - GUTTER - annex.label.length - 2)}` : ''}`);
    body(annex, 1);
  }
  if (unlistedOpeners) {
    blank();
    line(null, paint('dim', `${UNLISTED} an opener recognised by its form, not in the list of known openers`));
  }
  if (r.footnotes.length) {
    blank();
    line(null, `${paint('bold', 'Footnotes')} ${paint('dim', `— ${r.footnotes.length}`)}`);
    const markerWidth = maxOf(r.footnotes.map((note) => note.marker.length), 0) + 2;
    const tails = r.footnotes.map((note) => {
      const where = note.references.map((id) => references.get(id)).filter((n): n is number => n !== undefined);
      if (where.length) return `← line ${where.join(', ')}`;
      return note.references.length ? '← referenced' : '← not referenced';
    });
    const tailWidth = maxOf(tails.map((tail) => tail.length), 0);
    const room = Math.max(20, width - GUTTER - 2 - markerWidth - tailWidth - 2);
    const textWidth = Math.min(room, maxOf(r.footnotes.map((note) => note.text.length), 0));
    r.footnotes.forEach((note, i) => {
      const tail = tails[i].endsWith('not referenced') ? paint('yellow', tails[i]) : paint('dim', tails[i]);
      line(note.position.start.line, `  ${note.marker.padEnd(markerWidth)}${clip(note.text, textWidth).padEnd(textWidth)}  ${tail}`);
    });
  }
  if (r.unparsed.length) {
    blank();
    line(null, `${paint('bold', 'Unparsed')} ${paint('dim', `— ${count(r.unparsed.length, 'block')}`)}`);
    for (const node of r.unparsed) line(node.position.start.line, `  ${clip(node.text, width - GUTTER - 2)}`);
  }
  blank();
  if (!diagnostics.length) line(null, `${paint('bold', 'Diagnostics')} ${paint('dim', '— none')}`);
  else {
    line(null, `${paint('bold', 'Diagnostics')} ${paint('dim', `— ${diagnostics.length}`)}`);
    for (const d of diagnostics) {
      const colour = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'blue';
      const where = d.position ? `${d.position.start.line}:${d.position.start.column}` : '';
      line(null, `  ${paint('dim', where.padEnd(8))}${paint(colour, d.severity)} ${paint('dim', d.code)} ${d.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function adopted(r: Resolution): string | null {
  const date = r.closing?.date?.value ?? r.header.adoptedBy?.value ?? null;
  const meeting = r.closing?.meeting?.value;
  if (!date && meeting === undefined) return null;
  return [date, meeting !== undefined ? `meeting ${meeting}` : null].filter(Boolean).join(', ');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Line of each footnote reference, by id. */
function referenceLines(r: Resolution): Map<string, number> {
  const lines = new Map<string, number>();
  const visit = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'footnoteReference') lines.set(node.id, node.position.start.line);
      else if (node.type === 'emphasis' || node.type === 'strong') visit(node.children);
    }
  };
  const visitSubs = (items: Subparagraph[]) => items.forEach((item) => (visit(item.content), visitSubs(item.subparagraphs)));
  const visitBody = (b: Resolution | Division | Annex) => {
    for (const p of [...b.preamble, ...b.operative]) (visit(p.content), visitSubs(p.subparagraphs));
    b.divisions.forEach(visitBody);
  };
  visitBody(r);
  r.annexes.forEach(visitBody);
  // Notes referred to on the adoption line ("Adopted at the 476th meeting.13").
  if (r.closing) visit(r.closing.content);
  return lines;
}

export type { Paint };

/**
 * The readable report of `un-resolution diff DRAFT ADOPTED`: the masthead fields that changed, then
 * the preamble and the operative part entry by entry (runs of unchanged paragraphs on one line), the
 * changed words marked — in colour on a terminal, `[-removed-]{+added+}` otherwise — and the
 * footnotes that changed, with the line each paragraph starts on in its own file.
 */
import type { Comparison, ComparedParagraph, FootnoteAlignment, MastheadChange, ParagraphAlignment, WordChange } from '../compare/schema.js';
import type { Paint } from './terminal.js';

export interface DiffReportInput {
  comparison: Comparison;
  files: { draft: string; adopted: string };
  paint: Paint;
  color: boolean;
  width: number;
}

const INDENT = '      ';

export function renderDiff({ comparison, files, paint, color, width }: DiffReportInput): string {
  const out: string[] = [];
  const name = (doc: Comparison['draft'], file: string) => `${doc.symbol ?? file} (${doc.status}, ${file === '-' ? '<stdin>' : file})`;
  out.push(paint('bold', `${name(comparison.draft, files.draft)} → ${name(comparison.adopted, files.adopted)}`));
  out.push('', paint('bold', 'Masthead'), ...renderMasthead(comparison.masthead));
  const words = (changes: WordChange[]) => wrapWords(changes, width - INDENT.length, paint, color).map((line) => `${INDENT}${line}`);
  for (const [title, entries] of [
    ['Preamble', comparison.preamble],
    ['Operative part', comparison.operative],
  ] as const) {
    out.push('', paint('bold', `${title} — ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`));
    if (!entries.length) out.push(paint('dim', '  (none)'));
    for (const group of runsOfUnchanged(entries)) out.push(...(Array.isArray(group) ? [renderRun(group, paint)] : renderEntry(group, paint, words)));
  }
  const notes = comparison.footnotes.filter((f) => f.changes[0] !== 'unchanged');
  out.push('', paint('bold', `Footnotes — ${notes.length} changed of ${comparison.footnotes.length}`));
  for (const note of notes) out.push(...renderFootnote(note, paint, words));
  const summary = Object.entries(comparison.summary).filter(([, n]) => n > 0);
  out.push('', `${paint('bold', 'Summary:')} ${summary.map(([change, n]) => `${n} ${change}`).join(', ') || 'nothing to compare'}`);
  return `${out.join('\n')}\n`;
}

function renderMasthead(changes: MastheadChange[]): string[] {
  if (!changes.length) return ['  (no field changed)'];
  const width = Math.max(...changes.map((c) => c.field.length));
  return changes.map((c) => `  ${c.field.padEnd(width)}  ${c.draft ?? '—'} → ${c.adopted ?? '—'}`);
}

const labels = (paragraphs: ComparedParagraph[]) => paragraphs.map((p) => p.label).join('+') || '—';
const lines = (paragraphs: ComparedParagraph[]) => paragraphs.map((p) => p.position.start.line).join('+');

/** Unchanged pairs that follow one another in both documents become one array (shown on one line); other entries stay alone. */
function runsOfUnchanged(entries: ParagraphAlignment[]): (ParagraphAlignment | ParagraphAlignment[])[] {
  const groups: (ParagraphAlignment | ParagraphAlignment[])[] = [];
  const follows = (entry: ParagraphAlignment, previous: ParagraphAlignment | undefined) =>
    previous !== undefined && entry.draft[0].index === previous.draft[0].index + 1 && entry.adopted[0].index === previous.adopted[0].index + 1;
  for (const entry of entries) {
    const last = groups.at(-1);
    if (entry.changes[0] !== 'unchanged') groups.push(entry);
    else if (Array.isArray(last) && follows(entry, last.at(-1))) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

function renderRun(run: ParagraphAlignment[], paint: Paint): string {
  const [first, last] = [run[0], run[run.length - 1]];
  const span = (side: 'draft' | 'adopted') => (run.length === 1 ? first[side][0].label : `${first[side][0].label}..${last[side][0].label}`);
  return paint('dim', `  ${span('draft')} = ${span('adopted')}  unchanged${run.length > 1 ? ` (${run.length})` : ''}`);
}

const CHANGE_COLOURS = { edited: 'yellow', moved: 'magenta', renumbered: 'cyan', split: 'blue', merged: 'blue', added: 'green', removed: 'red', unchanged: 'dim' } as const;

function renderEntry(entry: ParagraphAlignment, paint: Paint, words: (changes: WordChange[]) => string[]): string[] {
  const changes = entry.changes.map((change) => paint(CHANGE_COLOURS[change], change)).join(', ');
  const where = [entry.draft.length ? `draft line ${lines(entry.draft)}` : '', entry.adopted.length ? `adopted line ${lines(entry.adopted)}` : ''].filter(Boolean).join(', ');
  const head = `  ${paint('bold', `${labels(entry.draft)} → ${labels(entry.adopted)}`)}  ${changes}${paint('dim', `  (${where})`)}`;
  const out = [head];
  if (entry.opener?.changed) out.push(`${INDENT}opener: ${entry.opener.draft ?? '—'} → ${entry.opener.adopted ?? '—'}`);
  if (entry.words) out.push(...words(entry.words));
  else if (!entry.draft.length || !entry.adopted.length) out.push(...words([{ type: entry.draft.length ? 'removed' : 'added', text: [...entry.draft, ...entry.adopted][0].text }]));
  for (const sub of entry.subparagraphs) {
    const subLabels = (list: { label: string }[]) => list.map((s) => `(${s.label})`).join('+') || '—';
    out.push(`${INDENT}${subLabels(sub.draft)} → ${subLabels(sub.adopted)}  ${sub.changes.join(', ')}`);
  }
  return out;
}

function renderFootnote(note: FootnoteAlignment, paint: Paint, words: (changes: WordChange[]) => string[]): string[] {
  const marker = (side: FootnoteAlignment['draft']) => (side ? `note ${side.marker}` : '—');
  const out = [`  ${paint('bold', `${marker(note.draft)} → ${marker(note.adopted)}`)}  ${note.changes.map((c) => paint(CHANGE_COLOURS[c], c)).join(', ')}`];
  if (note.words) out.push(...words(note.words));
  else if (!note.draft || !note.adopted) out.push(...words([{ type: note.draft ? 'removed' : 'added', text: (note.draft ?? note.adopted)!.text }]));
  return out;
}

/**
 * Lays the changes out in lines of at most `width` visible columns: removed words red and struck
 * (`[-…-]` without colour), added words green (`{+…+}`), the rest as is.
 */
export function wrapWords(changes: WordChange[], width: number, paint: Paint, color: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  let visible = 0;
  const emit = () => {
    lines.push(line.trimEnd());
    [line, visible] = ['', 0];
  };
  for (const change of changes) {
    const pieces = change.text.split(/(?<=\s)/);
    pieces.forEach((piece, i) => {
      const open = !color && change.type !== 'same' && i === 0 ? (change.type === 'added' ? '{+' : '[-') : '';
      const close = !color && change.type !== 'same' && i === pieces.length - 1 ? (change.type === 'added' ? '+}' : '-]') : '';
      const core = piece.trimEnd();
      const text = `${open}${core}${close}${piece.slice(core.length)}`;
      if (visible && visible + text.trimEnd().length > width) emit();
      if (!visible && !text.trim()) return;
      line += change.type === 'same' || !color ? text : paint(change.type === 'added' ? ['green', 'underline'] : ['red'], text);
      visible += text.length;
    });
  }
  if (line.trim()) emit();
  return lines;
}

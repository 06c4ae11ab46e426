/** Diagnostics printed like a compiler's: `file:line:column severity code message`, the line, a caret. */
import type { Diagnostic, Position } from '../index.js';
import type { Paint } from './terminal.js';

const COLOURS = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** The lines of `source`, split once per file. */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * The source line of `position` with a caret under it. A long line (a whole paragraph on one line)
 * is shown as a window around the caret, so that it fits `width`.
 */
export function codeFrame(lines: string[], position: Position, paint: Paint, width: number): string {
  const { line, column } = position.start;
  const text = (lines[line - 1] ?? '').replace(/\t/g, ' ');
  if (!text.trim()) return '';
  const gutter = String(line).length + 1;
  const room = Math.max(20, width - gutter - 3);
  const caretLength = Math.max(1, position.end.line === line ? Math.min(position.end.column - column, text.length - column + 1) : text.length - column + 1);
  let start = 0;
  if (text.length > room) start = Math.max(0, Math.min(column - 1 - Math.floor(room / 3), text.length - room));
  let shown = text.slice(start, start + room);
  let caretAt = column - 1 - start;
  if (start > 0) (shown = `…${shown.slice(1)}`);
  if (start + room < text.length) shown = `${shown.slice(0, -1)}…`;
  caretAt = Math.max(0, caretAt);
  const carets = '^'.repeat(Math.max(1, Math.min(caretLength, shown.length - caretAt)));
  const bar = paint('dim', '|');
  return [
    `${paint('dim', String(line).padStart(gutter))} ${bar} ${shown.trimEnd()}`,
    `${' '.repeat(gutter)} ${bar} ${' '.repeat(caretAt)}${paint(['bold', 'red'], carets)}`,
  ].join('\n');
}

/** One diagnostic: the heading line, then the source line and caret, then related places. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic, lines: string[] | null, paint: Paint, width: number): string {
  const where = diagnostic.position ? `${file}:${diagnostic.position.start.line}:${diagnostic.position.start.column}` : file;
  const severity = paint(['bold', COLOURS[diagnostic.severity]], diagnostic.severity);
  const out = [`${paint('bold', where)} ${severity} ${paint('dim', diagnostic.code)} ${diagnostic.message}`];
  // A span over the whole document (not-a-resolution) says nothing more with its first line.
  const whole = diagnostic.position && diagnostic.position.start.offset === 0 && diagnostic.position.end.line > diagnostic.position.start.line + 3;
  if (lines && diagnostic.position && !whole) {
    const frame = codeFrame(lines, diagnostic.position, paint, width);
    if (frame) out.push(frame);
  }
  for (const related of diagnostic.related ?? []) {
    out.push(`  ${paint('cyan', 'note:')} ${related.message} ${paint('dim', `(${file}:${related.position.start.line}:${related.position.start.column})`)}`);
  }
  return out.join('\n');
}

export interface Totals {
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read (missing, empty, binary …). */
  unreadable: number;
  milliseconds: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "879 documents: 3 errors, 12 warnings, 40 infos (2 unreadable) in 2.1 s". */
export function formatSummary(totals: Totals, paint: Paint): string {
  const problems = totals.errors + totals.warnings + totals.infos;
  const parts = [
    paint(totals.errors ? ['bold', 'red'] : 'dim', plural(totals.errors, 'error')),
    paint(totals.warnings ? ['bold', 'yellow'] : 'dim', plural(totals.warnings, 'warning')),
    paint(totals.infos ? 'blue' : 'dim', plural(totals.infos, 'info')),
  ];
  const unreadable = totals.unreadable ? `, ${paint(['bold', 'red'], `${totals.unreadable} unreadable`)}` : '';
  const mark = totals.errors || totals.unreadable ? paint('red', '✖') : problems ? paint('yellow', '!') : paint('green', '✔');
  const time = totals.milliseconds < 1000 ? `${Math.round(totals.milliseconds)} ms` : `${(totals.milliseconds / 1000).toFixed(1)} s`;
  return `${mark} ${plural(totals.documents, 'document')}: ${parts.join(', ')}${unreadable} in ${time}`;
}

/** The diagnostics of `validate`, as a list; each one, and each place it relates to, selects its range. */
import type { Diagnostic, Position } from '../src/index.js';
import { h } from './dom.js';

export function renderDiagnostics(diagnostics: Diagnostic[]): HTMLElement {
  if (diagnostics.length === 0) return h('p', { class: 'empty' }, 'No diagnostics.');
  return h('ul', { class: 'diagnostics' }, ...diagnostics.map(item));
}

function item(diagnostic: Diagnostic): HTMLElement {
  return h(
    'li',
    { class: diagnostic.severity, 'data-code': diagnostic.code },
    place(diagnostic.position, 'diagnostic', h('span', { class: 'severity' }, diagnostic.severity), ' ', h('code', {}, diagnostic.code), ' ', diagnostic.message),
    ...(diagnostic.related ?? []).map((related) => h('div', { class: 'related' }, place(related.position, 'related', `↳ ${related.message}`))),
  );
}

function place(position: Position | null, kind: string, ...children: (Node | string)[]): HTMLElement {
  if (!position) return h('span', { class: 'node', 'data-kind': kind }, h('span', { class: 'where' }, 'document'), ...children);
  const where = h('span', { class: 'where' }, `${position.start.line}:${position.start.column}`);
  return h('button', { class: 'node', 'data-kind': kind, 'data-start': position.start.offset, 'data-end': position.end.offset }, where, ...children);
}

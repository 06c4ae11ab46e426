/**
 * Shows a view's text (JSON, XML, the printed text). Past VIEW_LIMIT characters only the beginning
 * is shown — a 1 MB resolution's JSON is some 4 MB, which a page lays out for seconds — with a link
 * that downloads the whole.
 */
import { h } from './dom.js';

const VIEW_LIMIT = 300_000;
const downloads = new WeakMap<HTMLElement, string>();

export function showText(panel: HTMLElement, text: string, fileName: string): void {
  const previous = downloads.get(panel);
  if (previous) URL.revokeObjectURL(previous);
  downloads.delete(panel);
  if (text.length <= VIEW_LIMIT) {
    panel.textContent = text;
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  downloads.set(panel, url);
  const notice = h('div', { class: 'truncated' }, `… the first ${VIEW_LIMIT.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters. `, h('a', { href: url, download: fileName }, `Download ${fileName}`));
  panel.replaceChildren(notice, text.slice(0, VIEW_LIMIT), notice.cloneNode(true));
}

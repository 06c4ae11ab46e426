/**
 * The editable text with its highlights: a textarea on top of two layers that wrap and scroll
 * exactly like it — the marks of the parse, and the range selected from the outline or the
 * diagnostics (visible even when the textarea does not have the focus). The layers' text is
 * transparent; the reader sees the textarea's text over their backgrounds.
 */
import type { Mark } from './marks.js';
import type { Range } from './nodes.js';

export class SourceView {
  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly marksLayer: HTMLElement,
    private readonly selectionLayer: HTMLElement,
  ) {
    textarea.addEventListener('scroll', () => this.syncScroll());
    this.showText();
  }

  get text(): string {
    return this.textarea.value;
  }

  set text(text: string) {
    this.textarea.value = text;
    this.showText();
  }

  /** Plain layers for text that has not been parsed yet (their text shapes the wrapping). */
  showText(): void {
    this.marksLayer.replaceChildren(this.textarea.value, END);
    this.selectionLayer.replaceChildren(this.textarea.value, END);
    this.syncScroll();
  }

  showMarks(marks: Mark[]): void {
    const text = this.textarea.value;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const mark of marks) {
      if (mark.start > at) fragment.append(text.slice(at, mark.start));
      const element = document.createElement('mark');
      element.className = mark.kind;
      element.textContent = text.slice(mark.start, mark.end);
      fragment.append(element);
      at = mark.end;
    }
    fragment.append(text.slice(at), END);
    this.marksLayer.replaceChildren(fragment);
    this.syncScroll();
  }

  /** Selects the range in the textarea and shows it, scrolled to a third of the height. */
  select({ start, end }: Range): void {
    const text = this.textarea.value;
    const selected = document.createElement('mark');
    selected.className = 'selected';
    selected.textContent = text.slice(start, end);
    this.selectionLayer.replaceChildren(text.slice(0, start), selected, text.slice(end), END);
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(start, end);
    this.textarea.scrollTop = Math.max(0, selected.offsetTop - this.textarea.clientHeight / 3);
    this.syncScroll();
  }

  private syncScroll(): void {
    for (const layer of [this.marksLayer, this.selectionLayer]) {
      layer.scrollTop = this.textarea.scrollTop;
      layer.scrollLeft = this.textarea.scrollLeft;
    }
  }
}

/** A textarea shows a last empty line after a final newline; a layer needs a character to. */
const END = '\u200b';

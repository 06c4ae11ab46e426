/**
 * The editable text with its highlights: a textarea over a layer that wraps and scrolls exactly
 * like it and paints the marks of the parse (its text is transparent: the reader sees the
 * textarea's text over the layer's backgrounds). A range chosen in the outline or the diagnostics
 * becomes the textarea's own selection, scrolled into view with the help of the layer's layout.
 */
import type { Mark } from './marks.js';
import type { Range } from './nodes.js';

/** A text node of the layer and the offset in the source where it starts. */
interface Piece {
  start: number;
  node: Text;
}

export class SourceView {
  private pieces: Piece[] = [];

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly layer: HTMLElement,
  ) {
    textarea.addEventListener('scroll', () => this.syncScroll());
  }

  get text(): string {
    return this.textarea.value;
  }

  set text(text: string) {
    this.textarea.value = text;
    this.clearMarks();
  }

  /**
   * Empties the layer, for text that has changed since its parse: its marks would stand in the wrong
   * places, and laying out a long text a second time would cost as much as the textarea's own.
   */
  clearMarks(): void {
    this.layer.replaceChildren();
    this.pieces = [];
  }

  showMarks(marks: Mark[]): void {
    const text = this.textarea.value;
    const fragment = document.createDocumentFragment();
    this.pieces = [];
    const add = (start: number, end: number, parent: Node = fragment) => {
      const node = document.createTextNode(text.slice(start, end));
      this.pieces.push({ start, node });
      parent.appendChild(node);
    };
    let at = 0;
    for (const mark of marks) {
      if (mark.start > at) add(at, mark.start);
      const element = document.createElement('mark');
      element.className = mark.kind;
      add(mark.start, mark.end, element);
      fragment.append(element);
      at = mark.end;
    }
    add(at, text.length);
    // A textarea shows a last empty line after a final newline; the layer needs a character to.
    fragment.append('\u200b');
    this.layer.replaceChildren(fragment);
    this.syncScroll();
  }

  /** Selects the range in the textarea, scrolled so that it starts a third of the way down. */
  select({ start, end }: Range): void {
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(start, end);
    this.textarea.scrollTop = Math.max(0, this.top(start) - this.textarea.clientHeight / 3);
    this.syncScroll();
  }

  /** Where the character at `offset` stands from the top of the text, in pixels. */
  private top(offset: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.pieces[middle].start <= offset) low = middle;
      else high = middle - 1;
    }
    const piece = this.pieces[low];
    if (!piece) return 0;
    const at = Math.min(offset - piece.start, piece.node.length);
    const range = document.createRange();
    range.setStart(piece.node, at);
    range.setEnd(piece.node, Math.min(at + 1, piece.node.length));
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.top - this.layer.getBoundingClientRect().top + this.layer.scrollTop;
  }

  private syncScroll(): void {
    this.layer.scrollTop = this.textarea.scrollTop;
    this.layer.scrollLeft = this.textarea.scrollLeft;
  }
}

/** A small element builder: h('li', { class: 'x', 'data-kind': 'y' }, 'text', child). */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | number | null | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** White space runs as one space, cut to `width` characters with an ellipsis. */
export function clip(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > width ? `${clean.slice(0, width - 1).trimEnd()}…` : clean;
}

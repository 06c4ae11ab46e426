// A small XML writer for the Akoma Ntoso output: elements, attributes and text, serialised with
// every special character escaped. Our own rather than a library: the ones that build a DOM pull
// Node built-ins into a bundle (`require("url")`), which breaks browser and ESM bundles.

/** An element under construction; `ele` adds a child element, `txt` a text. */
export class XmlElement {
  readonly children: (XmlElement | string)[] = [];

  readonly attributes: Record<string, string>;

  constructor(
    readonly name: string,
    attributes: Readonly<Record<string, string>> = {},
  ) {
    this.attributes = { ...attributes };
  }

  /** Sets an attribute, once the value is known (an `href` to an element written later). */
  att(name: string, value: string): this {
    this.attributes[name] = value;
    return this;
  }

  /** Appends a child element and returns it. */
  ele(name: string, attributes: Readonly<Record<string, string>> = {}): XmlElement {
    const child = new XmlElement(name, attributes);
    this.children.push(child);
    return child;
  }

  /** Appends text and returns this element (with an empty text, it is written `<a></a>`, not `<a/>`). */
  txt(text: string): this {
    this.children.push(text);
    return this;
  }
}

/**
 * The document: the XML declaration and `root`, each on its line. With `indent`, an element whose
 * children are all elements puts each on its own line, two spaces deeper; an element with text in
 * it is written as is, with all it holds, so that no text is re-flowed.
 */
export function serialiseXml(root: XmlElement, { indent }: { indent: boolean }): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  // `layout` is false inside an element with text: what it holds is written as is, at any depth.
  const write = (element: XmlElement, depth: number, layoutAllowed: boolean) => {
    out.push(`<${element.name}`);
    for (const [name, value] of Object.entries(element.attributes)) out.push(` ${name}="${escapeAttribute(value)}"`);
    if (!element.children.length) {
      out.push('/>');
      return;
    }
    out.push('>');
    const layout = layoutAllowed && element.children.every((child) => typeof child !== 'string');
    for (const child of element.children) {
      if (layout) out.push(`\n${'  '.repeat(depth + 1)}`);
      if (typeof child === 'string') out.push(escapeText(child));
      else write(child, depth + 1, layout);
    }
    if (layout) out.push(`\n${'  '.repeat(depth)}`);
    out.push(`</${element.name}>`);
  };
  write(root, 0, indent);
  out.push('\n');
  return out.join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

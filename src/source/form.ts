import type { InputForm } from '../schema/index.js';

const MARKDOWN_SIGNS = /^(#{1,6} |\*[^*\s][^*]*\*|---\s*$)|<sup>[^<]{1,8}<\/sup>|\*\*[^*]+\*\*/m;

/** Markdown when the text uses the markup of converted PDFs (`#`, `*italic*`, `<sup>`, `---`). */
export function detectForm(source: string): InputForm {
  return MARKDOWN_SIGNS.test(source.slice(0, 200_000)) ? 'markdown' : 'text';
}

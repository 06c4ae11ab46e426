import type { Rule } from '../types.js';

/**
 * `text-after-closing`: text after the closing (meeting and date) that is neither a footnote nor an
 * annex: a second resolution run on, a page of another document. The parser keeps such text as
 * `unparsed` and reports it; the rule reads the same from the tree, so that `validate` reports it
 * once, with the configured severity, whether it was given text or a tree.
 */
export const textAfterClosing: Rule = {
  name: 'text-after-closing',
  codes: {
    'text-after-closing': { severity: 'warning', description: 'Text after the closing that is neither a footnote nor an annex.' },
  },
  check({ resolution }) {
    const closing = resolution.closing;
    if (!closing || !resolution.unparsed.length) return [];
    const inAnnex = (offset: number) => resolution.annexes.some((annex) => annex.position.start.offset <= offset && offset < annex.position.end.offset);
    return resolution.unparsed
      .filter((node) => node.position.start.offset >= closing.position.end.offset && !inAnnex(node.position.start.offset))
      .map((node) => ({
        code: 'text-after-closing',
        message: `Expected nothing but footnotes or an annex after the closing, found text: "${excerpt(node.text)}".`,
        position: node.position,
        related: [{ message: 'the closing', position: closing.position }],
      }));
  },
};

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

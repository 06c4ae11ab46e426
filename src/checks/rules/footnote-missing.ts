import type { Finding, Rule } from '../types.js';

/**
 * `footnote-missing`: a footnote marker in the text with no note of that number. The parser reports
 * the same when it links markers to notes; `validate` reports it from the tree instead, once.
 */
export const footnoteMissing: Rule = {
  name: 'footnote-missing',
  codes: {
    'footnote-missing': { severity: 'warning', description: 'A footnote marker in the text has no note.' },
  },
  check({ resolution, walk, parsed }) {
    const findings: Finding[] = [];
    // The parser reports every marker without a note (the paragraphs' among them): when it reported
    // none, there is none to find.
    if (parsed && !parsed.some((diagnostic) => diagnostic.code === 'footnote-missing')) return findings;
    // What the notes are, said the same in every finding: read at the first.
    let found: string | undefined;
    for (const reference of walk.footnoteReferences) {
      if (reference.footnoteId !== null) continue;
      if (found === undefined) {
        const markers = resolution.footnotes.map((note) => note.marker);
        found = markers.length ? `the notes are ${summarise(markers)}` : 'the text has no notes';
      }
      findings.push({
        code: 'footnote-missing',
        message: `Expected a footnote "${reference.marker}" for this marker, found none: ${found}.`,
        position: reference.position,
      });
    }
    return findings;
  },
};

function summarise(markers: string[]): string {
  return markers.length > 6 ? `${markers.slice(0, 3).join(', ')} … ${markers[markers.length - 1]}` : markers.join(', ');
}

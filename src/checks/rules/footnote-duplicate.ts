import type { Footnote } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { headOf } from '../walk.js';

/** `footnote-duplicate`: two footnotes with the same number. */
export const footnoteDuplicate: Rule = {
  name: 'footnote-duplicate',
  codes: {
    'footnote-duplicate': { severity: 'warning', description: 'Two footnotes have the same number.' },
  },
  check({ resolution }) {
    const findings: Finding[] = [];
    if (resolution.footnotes.length < 2) return findings;
    const first = new Map<string, Footnote>();
    for (const note of resolution.footnotes) {
      const earlier = first.get(note.marker);
      if (!earlier) {
        first.set(note.marker, note);
        continue;
      }
      findings.push({
        code: 'footnote-duplicate',
        message: `Expected one footnote ${note.marker}, found a second one.`,
        position: headOf(note.position, note.marker.length),
        related: [{ message: `footnote ${note.marker} is first given here`, position: headOf(earlier.position, earlier.marker.length) }],
      });
    }
    return findings;
  },
};

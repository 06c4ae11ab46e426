import type { OperativeParagraph } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { checkEnding } from '../punctuation.js';
import type { Body } from '../walk.js';

/**
 * Whether `paragraph` ends a resolution: the last operative paragraph of a part that has its own
 * authority line ("A … The Security Council, … B … The Security Council, …"), each part being a
 * resolution of its own.
 */
export function isFinal(body: Body, paragraph: OperativeParagraph): boolean {
  return body.type === 'division' && body.kind === 'part' && body.authority !== null && body.operative.at(-1) === paragraph && !body.divisions.length;
}

const FULL_STOP = ['.'];

/** `final-punctuation`: the last operative paragraph of a resolution (and of each part) ends with a full stop. */
export const finalPunctuation: Rule = {
  name: 'final-punctuation',
  codes: {
    'final-punctuation': { severity: 'warning', description: 'The last operative paragraph does not end with a full stop.' },
  },
  check({ language, walk }) {
    const findings: Finding[] = [];
    const last = walk.operative.at(-1);
    for (const body of walk.bodies) {
      for (const paragraph of body.operative) {
        if (paragraph !== last && !isFinal(body, paragraph)) continue;
        const finding = checkEnding('final-punctuation', paragraph, FULL_STOP, 'the last operative paragraph', language, walk);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

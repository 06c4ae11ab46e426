import type { Finding, Rule } from '../types.js';
import { checkEnding } from '../punctuation.js';

const COMMA = [','];

/**
 * `preambular-punctuation`: a preambular paragraph ends with a comma ("Recalling …,"), its last
 * subparagraph included. Annexes are not checked: their paragraphs follow the annexed text's rules.
 */
export const preambularPunctuation: Rule = {
  name: 'preambular-punctuation',
  codes: {
    'preambular-punctuation': { severity: 'warning', description: 'A preambular paragraph does not end with a comma.' },
  },
  check({ language, walk }) {
    const findings: Finding[] = [];
    for (const body of walk.bodies) {
      for (const paragraph of body.preamble) {
        const finding = checkEnding('preambular-punctuation', paragraph, COMMA, 'a preambular paragraph', language, walk);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

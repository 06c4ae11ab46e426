import type { Finding, Rule } from '../types.js';
import { allSentences, checkEnding } from '../punctuation.js';
import { isFinal } from './final-punctuation.js';

/**
 * `operative-punctuation`: an operative paragraph other than the last ends with a semicolon
 * (French " ;"). The last paragraph of a section may also end with a full stop. A body whose
 * paragraphs all end with full stops is an early text written in sentences, and is left alone.
 */
export const operativePunctuation: Rule = {
  name: 'operative-punctuation',
  codes: {
    'operative-punctuation': { severity: 'warning', description: 'An operative paragraph other than the last does not end with a semicolon.' },
  },
  check({ language, walk }) {
    const findings: Finding[] = [];
    const last = walk.operative.at(-1);
    for (const body of walk.bodies) {
      if (allSentences(body.operative, walk)) continue;
      body.operative.forEach((paragraph, i) => {
        if (paragraph === last || isFinal(body, paragraph)) return;
        const endOfSection = i === body.operative.length - 1 && body.type === 'division';
        const finding = checkEnding('operative-punctuation', paragraph, endOfSection ? [';', '.'] : [';'], 'an operative paragraph other than the last', language, walk);
        if (finding) findings.push(finding);
      });
    }
    return findings;
  },
};

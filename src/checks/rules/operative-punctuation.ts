import { operativeParagraphs } from '../../tree.js';
import type { Finding, Rule } from '../types.js';
import { allSentences, checkEnding } from '../punctuation.js';
import { resolutionBodies } from '../walk.js';
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
  check({ resolution, language }) {
    const findings: Finding[] = [];
    const last = operativeParagraphs(resolution).at(-1);
    for (const body of resolutionBodies(resolution)) {
      if (allSentences(body.operative)) continue;
      body.operative.forEach((paragraph, i) => {
        if (paragraph === last || isFinal(body, paragraph)) return;
        const endOfSection = i === body.operative.length - 1 && body.type === 'division';
        const finding = checkEnding('operative-punctuation', paragraph, endOfSection ? [';', '.'] : [';'], 'an operative paragraph other than the last', language);
        if (finding) findings.push(finding);
      });
    }
    return findings;
  },
};

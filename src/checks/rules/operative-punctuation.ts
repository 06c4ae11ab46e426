import type { Finding, Rule } from '../types.js';
import { allSentences, checkEnding } from '../punctuation.js';
import { isFinal } from './final-punctuation.js';

const SEMICOLON = [';'];
const SEMICOLON_OR_FULL_STOP = [';', '.'];

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
      const paragraphs = body.operative;
      if (allSentences(paragraphs, walk)) continue;
      for (let i = 0; i < paragraphs.length; i++) {
        const paragraph = paragraphs[i];
        if (paragraph === last || isFinal(body, paragraph)) continue;
        const endOfSection = i === paragraphs.length - 1 && body.type === 'division';
        const finding = checkEnding('operative-punctuation', paragraph, endOfSection ? SEMICOLON_OR_FULL_STOP : SEMICOLON, 'an operative paragraph other than the last', language, walk);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

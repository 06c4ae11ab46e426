import type { Finding, Rule } from '../types.js';

const LANGUAGE_NAMES = { en: 'English', fr: 'French', es: 'Spanish' } as const;

/**
 * `opener-unknown` (info): an opener the parser recognised by the shape of its words ("Welcome",
 * "Commends") but that is not in the language's phrase list. Often an OCR slip ("Welcome" for
 * "Welcomes"), sometimes a phrase worth adding to src/languages/.
 */
export const openerUnknown: Rule = {
  name: 'opener-unknown',
  codes: {
    'opener-unknown': { severity: 'info', description: "An opener that is not in the language's list of phrases." },
  },
  check({ language, walk }) {
    const findings: Finding[] = [];
    for (const paragraph of walk.paragraphs) {
      const opener = paragraph.opener;
      if (!opener || opener.known) continue;
      const kind = paragraph.type === 'preambularParagraph' ? 'preambular' : 'operative';
      findings.push({
        code: 'opener-unknown',
        message: `Expected ${kind === 'operative' ? 'an' : 'a'} ${kind} phrase of the ${LANGUAGE_NAMES[language]} list, found "${opener.text}" (recognised by its form only).`,
        position: opener.position,
      });
    }
    return findings;
  },
};

import { matchOpener, type LanguageCode, type OpenerKind } from '../../languages/index.js';
import type { Subparagraph } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';

/** Examples for the messages, in the document's language: [operative verb, preambular participle]. */
const EXAMPLES = { en: ['Decides', 'Recalling'], fr: ['Décide', 'Rappelant'], es: ['Decide', 'Recordando'] } as const;

/**
 * A preambular paragraph opens with a participle or an adjective ("Recalling", "Concerned"); an
 * operative one with a verb in the present ("Recalls", "Decides").
 * - `opener-operative-in-preamble`: a preambular paragraph that opens with an operative verb.
 * - `opener-preambular-in-operative`: an operative paragraph that opens with a participle.
 * The phrase is read as the parser read it; words that read both ways (French "Note" …) are not
 * reported. An operative paragraph may open with a
 * participle phrase set off by a comma and go on with its verb: "10. Acting under Chapter VII of
 * the Charter, authorizes …" is right, and so is "5. Acting under Chapter VII …: (a) Requests …".
 */
export const openerKind: Rule = {
  name: 'opener-kind',
  codes: {
    'opener-operative-in-preamble': { severity: 'warning', description: 'A preambular paragraph opens with an operative verb ("Decides").' },
    'opener-preambular-in-operative': { severity: 'warning', description: 'An operative paragraph opens with a preambular participle ("Recalling").' },
  },
  check({ language, walk }) {
    const findings: Finding[] = [];
    for (const paragraph of walk.paragraphs) {
      const reading = walk.openerReading(paragraph);
      if (!paragraph.opener || !reading) continue;
      const kind: OpenerKind = paragraph.type === 'preambularParagraph' ? 'preambular' : 'operative';
      if (reading.kind === kind || reading.readsBothWays) continue;
      if (kind === 'operative' && (verbAfterComma(paragraph.text, language) || verbInSubparagraphs(paragraph.subparagraphs, language))) continue;
      const operative = kind === 'operative';
      const [verb, participle] = EXAMPLES[language];
      const number = paragraph.type === 'operativeParagraph' && paragraph.num ? ` (${paragraph.num}.)` : '';
      findings.push({
        code: operative ? 'opener-preambular-in-operative' : 'opener-operative-in-preamble',
        message: operative
          ? `Expected an operative paragraph${number} to open with a verb ("${verb}"), found the preambular form "${paragraph.opener.text}".`
          : `Expected a preambular paragraph to open with a participle or an adjective ("${participle}"), found the operative form "${paragraph.opener.text}".`,
        position: paragraph.opener.position,
      });
    }
    return findings;
  },
};

/** Whether a clause after one of the first commas opens with a listed operative verb ("…, authorizes"). */
function verbAfterComma(text: string, language: LanguageCode): boolean {
  // Split no further than the clauses read: a long paragraph is not cut up whole.
  const clauses = text.split(/,\s+/, 8).slice(1);
  return clauses.some((clause) => {
    const capitalised = clause.charAt(0).toUpperCase() + clause.slice(1);
    const match = matchOpener(capitalised, language, 'operative');
    return match !== null && match.kind === 'operative' && match.known;
  });
}

/** Whether the subparagraphs carry the verbs: "Acting under Chapter VII …: (a) Requests …". */
function verbInSubparagraphs(items: Subparagraph[], language: LanguageCode): boolean {
  return items.some((item) => {
    const text = item.text.startsWith(item.marker) ? item.text.slice(item.marker.length).trimStart() : item.text;
    const match = matchOpener(text, language, 'operative');
    return match !== null && match.kind === 'operative';
  });
}

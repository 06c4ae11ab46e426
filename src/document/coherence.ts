import { languages, type LanguageCode } from '../languages/index.js';
import type { Diagnostic, Division, PreambularParagraph, OperativeParagraph, Resolution } from '../schema/index.js';
import type { HeaderCell } from '../masthead/cells.js';
import { alternation, languagePattern, WORD_END } from '../languages/alternation.js';

/**
 * A tree that contradicts itself says so: the parser's own findings about a parse it doubts, so that
 * a user can tell a doubtful tree from a good one without reading it.
 */
export function checkCoherence(resolution: Resolution, unread: HeaderCell[], code: LanguageCode): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const cell of unread) {
    found.push({ code: 'masthead-unread', severity: 'warning', message: `A masthead line that fits none of its fields: "${cell.text}".`, position: cell.position });
  }
  const header = resolution.header;
  const template = header.symbol?.stated === true && /\/RES\//.test(header.symbol.value);
  if (template && header.resolutionNumber === null && header.position) {
    found.push({
      code: 'masthead-incomplete',
      severity: 'warning',
      message: `The masthead names the resolution ${header.symbol!.value} but its number and title line ("NN/NNN. Title" or "Resolution NNNN (YYYY)") was not read.`,
      position: header.position,
    });
  }
  const visit = (divisions: Division[]) => {
    for (const division of divisions) {
      if (division.num === '') {
        found.push({
          code: 'division-unnumbered',
          severity: 'warning',
          message: `A ${division.kind} without a number: the text before it may have been misread (a second authority line, or a masthead read as paragraphs).`,
          position: division.position,
        });
      }
      visit(division.divisions);
    }
  };
  visit(resolution.divisions);
  const paragraphs: (PreambularParagraph | OperativeParagraph)[] = [...resolution.preamble, ...resolution.operative, ...resolution.divisions.flatMap(divisionParagraphs)];
  const ownSymbol = header.symbol?.stated ? new RegExp(`(?:^|\\s)${header.symbol.value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:\\s|$)`) : null;
  for (const paragraph of paragraphs) {
    const shape = headerShape(paragraph.text, ownSymbol, code);
    if (shape) {
      found.push({
        code: 'header-in-body',
        severity: 'warning',
        message: `A paragraph holds masthead text (${shape}): page furniture or the masthead may have been read as text.`,
        position: paragraph.position,
      });
    }
  }
  return found;
}

function divisionParagraphs(division: Division): (PreambularParagraph | OperativeParagraph)[] {
  return [...division.preamble, ...division.operative, ...division.divisions.flatMap(divisionParagraphs)];
}

const JOB_NUMBER_IN_TEXT = /(?<![\d-])\d{2}-\d{5} \([A-Z]\)/;
const BARCODE_IN_TEXT = /\*\d{7}\*/;

/** What in a paragraph's text looks like the masthead: "Distr.:", "Resolution adopted by the …", a job number, the document's own symbol. */
function headerShape(text: string, ownSymbol: RegExp | null, code: LanguageCode): string | null {
  const language = languages[code];
  const adopted = languagePattern(language, 'coherence-adopted-by', (l) => new RegExp(`(?:${alternation(Object.values(l.resolutionAdoptedBy).flat())})${WORD_END}`, 'u'));
  const distribution = languagePattern(language, 'coherence-distribution', (l) => new RegExp(`(?:${alternation([...new Set(l.distribution.label.map((label) => label.replace(/:$/, '')))])})\\s*:\\s*\\p{Lu}`, 'u'));
  const adoptedBy = adopted.exec(text);
  if (adoptedBy) return `"${adoptedBy[0]}"`;
  if (distribution.test(text)) return '"Distr.:"';
  const jobNumber = JOB_NUMBER_IN_TEXT.exec(text);
  if (jobNumber) return `a job number, "${jobNumber[0]}"`;
  if (BARCODE_IN_TEXT.test(text)) return 'a barcode';
  if (ownSymbol?.test(text)) return "the document's own symbol";
  return null;
}

import { languages, type LanguageCode } from '../languages/index.js';
import type { Diagnostic, Division, PreambularParagraph, OperativeParagraph, Resolution } from '../schema/index.js';
import type { HeaderCell } from '../masthead/cells.js';
import { alternation, WORD_END } from '../languages/alternation.js';
import { perLanguage } from '../languages/per-language.js';
import type { LanguageData } from '../languages/types.js';

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
  const ownSymbol = header.symbol?.stated ? header.symbol.value : null;
  const phrases = headerPhrases(languages[code]);
  const check = (paragraphs: (PreambularParagraph | OperativeParagraph)[]) => {
    for (const paragraph of paragraphs) {
      const shape = headerShape(paragraph.text, ownSymbol, phrases);
      if (shape) {
        found.push({
          code: 'header-in-body',
          severity: 'warning',
          message: `A paragraph holds masthead text (${shape}): page furniture or the masthead may have been read as text.`,
          position: paragraph.position,
        });
      }
    }
  };
  // The body's paragraphs in reading order: its own, then each division's (its own, then its divisions').
  const checkDivisions = (divisions: Division[]) => {
    for (const division of divisions) {
      check(division.preamble);
      check(division.operative);
      checkDivisions(division.divisions);
    }
  };
  check(resolution.preamble);
  check(resolution.operative);
  checkDivisions(resolution.divisions);
  return found;
}

const JOB_NUMBER_IN_TEXT = /(?<![\d-])\d{2}-\d{5} \([A-Z]\)/;
const BARCODE_IN_TEXT = /\*\d{7}\*/;

/**
 * The masthead phrases of a language, and the first word of each: a phrase is matched case-sensitively,
 * so a text without any first word cannot hold one and is not searched.
 */
interface HeaderPhrases {
  adopted: RegExp;
  adoptedWords: string[];
  distribution: RegExp;
  distributionWords: string[];
}

const headerPhrases = perLanguage((l: LanguageData): HeaderPhrases => {
  const adopted = Object.values(l.resolutionAdoptedBy).flat();
  const labels = [...new Set(l.distribution.label.map((label) => label.replace(/:$/, '')))];
  return {
    adopted: new RegExp(`(?:${alternation(adopted)})${WORD_END}`, 'u'),
    adoptedWords: firstWords(adopted),
    distribution: new RegExp(`(?:${alternation(labels)})\\s*:\\s*\\p{Lu}`, 'u'),
    distributionWords: firstWords(labels),
  };
});

/** The distinct leading letters of the phrases ("" when one starts otherwise: every text may then hold it). */
function firstWords(phrases: string[]): string[] {
  return [...new Set(phrases.map((phrase) => /^\p{L}*/u.exec(phrase)![0]))];
}

function holdsAny(text: string, words: string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** What in a paragraph's text looks like the masthead: "Distr.:", "Resolution adopted by the …", a job number, the document's own symbol. */
function headerShape(text: string, ownSymbol: string | null, phrases: HeaderPhrases): string | null {
  const adoptedBy = holdsAny(text, phrases.adoptedWords) ? phrases.adopted.exec(text) : null;
  if (adoptedBy) return `"${adoptedBy[0]}"`;
  if (text.includes(':') && holdsAny(text, phrases.distributionWords) && phrases.distribution.test(text)) return '"Distr.:"';
  const jobNumber = mayHoldJobNumber(text) ? JOB_NUMBER_IN_TEXT.exec(text) : null;
  if (jobNumber) return `a job number, "${jobNumber[0]}"`;
  if (text.includes('*') && BARCODE_IN_TEXT.test(text)) return 'a barcode';
  if (ownSymbol !== null && holdsSymbol(text, ownSymbol)) return "the document's own symbol";
  return null;
}

/**
 * Whether a hyphen of the text has two digits before it and one after, as in a job number: most
 * paragraphs have hyphens ("follow-up"), few a job number, which the pattern is then run to find.
 */
function mayHoldJobNumber(text: string): boolean {
  for (let at = text.indexOf('-', 2); at >= 0; at = text.indexOf('-', at + 1)) {
    if (isDigit(text.charCodeAt(at - 2)) && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether `symbol` stands in `text` between spaces or at either end. */
function holdsSymbol(text: string, symbol: string): boolean {
  for (let at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + 1)) {
    const end = at + symbol.length;
    if ((at === 0 || WHITE_SPACE.test(text[at - 1])) && (end === text.length || WHITE_SPACE.test(text[end]))) return true;
  }
  return false;
}

const WHITE_SPACE = /\s/;

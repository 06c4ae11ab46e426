import { languages, matchOrgan, type LanguageCode, type OpenerMatch } from '../languages/index.js';
import type { Annex, Authority, Division, Heading, OperativeParagraph, PreambularParagraph, Subparagraph } from '../schema/index.js';
import type { Block } from '../blocks/blocks.js';
import { isClosingText } from './closing.js';
import { strayQuote } from '../tree/openers.js';
import { alternation, languagePattern } from '../languages/alternation.js';
import { isWhiteSpace } from '../source/spaces.js';

/** A body under construction: the resolution's, a part's, a section's or an annex's. */
export interface BodyDraft {
  authority: Authority | null;
  preamble: PreambularParagraph[];
  leadIn: Heading | null;
  operative: OperativeParagraph[];
  divisions: Division[];
}

export type BlockRole =
  | { kind: 'authority'; organ: string | null }
  | { kind: 'numbered'; num: string; number: number; ocr: boolean; printed: string }
  | { kind: 'labelled'; label: string; marker: string }
  | { kind: 'division'; num: string; division: 'part' | 'section'; heading: boolean }
  | { kind: 'annex'; label: string; num: string | null; titleInBlock: boolean }
  | { kind: 'closing' }
  | { kind: 'heading' }
  | { kind: 'paragraph'; opener: OpenerMatch | null };

/** Letters that OCR prints for digits in paragraph numbers ("S." for "5.", "Z." for "2."). */
const OCR_DIGITS: Readonly<Record<string, number>> = { S: 5, l: 1, L: 1, Z: 2, O: 0 };
/** Prose ends with punctuation, perhaps followed by a footnote marker ("1963, 3", "2002),1/"). */
const ENDS_LIKE_PROSE = /[,;:.!?]["”’)]*(?:\s*\d{1,3}\/?)?$/;
const DIGITS = /^\d+$/;
const OPENS_CAPITAL = /^\p{Lu}/u;
const ROMAN = /^[IVXL]+$/;
const CAPITAL = /^[A-Z]$/;
/** A clause ends with a full stop or a semicolon, perhaps inside quotation marks or brackets. */
const ENDS_CLAUSE = /[.;]["”’)]*$/;
/** A lettered line longer than this that ends a sentence is a clause, not a section heading. */
const LONGEST_HEADING = 60;

export interface StructureContext {
  code: LanguageCode;
  /** The opener at the start of a text (`matchOpener` in the document's language). */
  opener: (text: string) => OpenerMatch | null;
  /** Markup-free text of a block. */
  plain: (block: Block) => string;
  /** Markup-free text of a block's first line. */
  firstLine: (block: Block) => string;
  /** The organ's words of an authority line ("The General Assembly,"), or null (`authorityReader` of the document). */
  authority: (text: string) => string | null;
}

/** Decides what a block is, from its first line's shape and its words. */
export function roleOf(block: Block, next: Block | undefined, context: StructureContext): BlockRole {
  const text = context.plain(block);
  const first = block.first;
  if (first.kind === 'numbered' && first.num) {
    // "S." or "O." read as a number only before an operative verb: a section lettered "S." has none.
    if ((first.num === 'S' || first.num === 'O') && context.opener(text)?.kind !== 'operative') {
      return { kind: 'division', num: first.num, division: 'section', heading: text.length > 0 };
    }
    const number = Number(DIGITS.test(first.num) ? first.num : [...first.num].map((c) => OCR_DIGITS[c] ?? c).join('')) || 0;
    return { kind: 'numbered', num: first.num, number, ocr: first.ocr === true, printed: first.marker ?? `${first.num}.` };
  }
  // "Z. Demands that Iraq …", "L. Strongly condemns …": a letter that OCR read for a digit, before an
  // operative verb, numbers a paragraph; a section heading does not open with a verb.
  if (first.kind === 'numeral' && first.num && first.body !== null && OCR_DIGITS[first.num] !== undefined) {
    if (context.opener(text)?.kind === 'operative') return { kind: 'numbered', num: first.num, number: OCR_DIGITS[first.num], ocr: true, printed: `${first.num}.` };
  }
  if (first.kind === 'labelled' && first.label) return { kind: 'labelled', label: first.label, marker: first.marker ?? first.label };
  const firstLine = context.firstLine(block);
  const annex = annexLabel(context.code).exec(firstLine);
  if (annex) return { kind: 'annex', label: firstLine, num: annex[2] ?? null, titleInBlock: firstLine.length < text.length };
  if (first.kind === 'numeral' && first.num) {
    const roman = ROMAN.test(first.num) && first.num !== 'L';
    // "A. A Commission of the Security Council is hereby established, …": a lettered clause of prose,
    // not a section heading (headings are short and do not read as sentences).
    if (!roman && first.body !== null && CAPITAL.test(first.num) && text.length > LONGEST_HEADING && ENDS_CLAUSE.test(text)) {
      return { kind: 'labelled', label: first.num, marker: `${first.num}.` };
    }
    const nextIsAuthority = next !== undefined && context.authority(context.plain(next)) !== null;
    const division = roman || first.dot || !nextIsAuthority ? 'section' : 'part';
    return { kind: 'division', num: first.num, division: roman || first.dot ? 'section' : division, heading: first.body !== null };
  }
  const organ = context.authority(text);
  if (organ !== null) return { kind: 'authority', organ: organ || null };
  if (isClosingText(text, context.code)) return { kind: 'closing' };
  if (first.kind === 'heading') return { kind: 'heading' };
  const opener = context.opener(text.slice(strayQuote(text)));
  if (!opener && looksLikeHeading(text)) return { kind: 'heading' };
  return { kind: 'paragraph', opener };
}

/** Whether a text ends as the last operative paragraph does: "Decides to remain seized of the matter." */
export function endsOperativePart(text: string, code: LanguageCode): boolean {
  // Only the end of the text matters: test its tail, and only when it ends with a full stop.
  if (!endsWithFullStop(text)) return false;
  // `\b` before the phrase's first letter as a lookbehind (a word character is `\w` under `iu`, with
  // "ſ" and the Kelvin sign): V8 runs `\b` under `iu` some ten times slower.
  const pattern = languagePattern(languages[code], 'remainsSeized', (l) => new RegExp(`(?<!\\w)(?:${alternation(l.remainsSeized)})\\s*\\.["”’)]*\\s*$`, 'iu'));
  return pattern.test(text.slice(-80));
}

/** `/\.["”’)]*\s*$/.test(text.slice(-8))`, read back by hand: white space, then closing quotes and brackets, then the full stop. */
function endsWithFullStop(text: string): boolean {
  const stop = Math.max(0, text.length - 8);
  let i = text.length;
  while (i > stop && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  while (i > stop && CLOSERS.includes(text[i - 1])) i--;
  return i > stop && text.charCodeAt(i - 1) === 0x2e;
}

const CLOSERS = '"”’)';

/** "Annex", "Annex II", "Appendix A" standing alone: an annex opens. */
export function isAnnexLabel(text: string, code: LanguageCode): boolean {
  return annexLabel(code).test(text.trim());
}

function annexLabel(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'annexLabel', (l) => new RegExp(`^(?:${alternation(l.annex)})(?:\\s+([IVXL]+|\\d+|[A-Z]))?\\s*$`, 'iu'));
}

/** What may stand before the organ's name in an authority line: an article, "Therefore". */
function authorityPrefix(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'authorityPrefix', (l) => new RegExp(`^\\s*(?:(?:${alternation(l.therefore)}),?\\s+)?(?:(?:${alternation(l.organArticles)})\\s*)?$`, 'iu'));
}

function articleOnly(code: LanguageCode): RegExp {
  return languagePattern(languages[code], 'organArticle', (l) => new RegExp(`^(?:${alternation(l.organArticles)})\\s*$`, 'iu'));
}

/**
 * Whether texts of one document are authority lines ("The General Assembly,", "L'Assemblée générale,",
 * "Therefore the Security Council,"): the organ's words, or null. Each text is read once: the page
 * layout, the blocks, the masthead and the roles ask about the same lines and blocks (an authority
 * line some five times). A text ruled out by its length, last letter or digits (most) is not kept.
 */
export function authorityReader(code: LanguageCode): (text: string) => string | null {
  const organs = new Map<string, string | null>();
  return (text) => {
    if (text.length > 70 || !endsLikeOrgan(text, code) || hasDigit(text)) return null;
    let organ = organs.get(text);
    if (organ === undefined) organs.set(text, (organ = authorityOf(text, code)));
    return organ;
  };
}

/** The organ's words of a text that may be an authority line, or null. */
function authorityOf(text: string, code: LanguageCode): string | null {
  const organ = matchOrgan(text, code);
  if (!organ || organ.index > 30) return null;
  const before = text.slice(0, organ.index);
  const rest = text.slice(organ.index + organ.length).trim();
  if ((rest !== '' && rest !== ',' && rest !== ':') || !authorityPrefix(code).test(before)) return null;
  // "Assemblée générale" alone is the organ line of a header; the authority line has its article or comma.
  if (rest === '' && before.trim() === '') return null;
  if (rest === '' && !articleOnly(code).test(before.trim()) && before.trim() !== '') return null;
  return text.slice(organ.index, organ.index + organ.length);
}

/**
 * Whether the text ends as an authority line does: with the last letter of an organ's name, then
 * perhaps a comma or a colon. Most lines asked about end otherwise, and are ruled out before the
 * organs' names are searched for.
 */
function endsLikeOrgan(text: string, code: LanguageCode): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (last === 0x2c || last === 0x3a) {
    end--;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  const finals = (organFinals[code] ??= finalsOf(languages[code].organs));
  return finals === null || finals.has(text.charCodeAt(end - 1));
}

const organFinals: Partial<Record<LanguageCode, Set<number> | null>> = {};

/** Letters that the flag `iu` matches for a Latin letter beside its other case ("ſ" for s, the Kelvin sign for k). */
const OTHER_FOLDS: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f', å: '\u212b', ß: '\u1e9e' };

/**
 * The characters that an organ's name matches last under `iu` (`phrasePattern`): its last letter in
 * either case, unaccented too, and the letters that fold to it; null (no test) for a name that ends
 * otherwise than with a letter.
 */
function finalsOf(organs: Readonly<Record<string, readonly string[]>>): Set<number> | null {
  const finals = new Set<number>();
  for (const name of Object.values(organs).flat()) {
    const letter = name.trim().slice(-1);
    if (!/^\p{L}$/u.test(letter)) return null;
    for (const form of [letter, letter.normalize('NFD')[0]]) {
      const lower = form.toLowerCase();
      for (const variant of [form, lower, form.toUpperCase(), OTHER_FOLDS[lower] ?? '']) if (variant.length === 1) finals.add(variant.charCodeAt(0));
    }
  }
  return finals;
}

/** `/\d/.test(text)` by a scan: asked of most short lines, where a regular expression's call costs more. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function looksLikeHeading(text: string): boolean {
  return text.length > 0 && text.length < 120 && !ENDS_LIKE_PROSE.test(text) && OPENS_CAPITAL.test(text) && !text.includes('\n');
}

export function emptyBody(): BodyDraft {
  return { authority: null, preamble: [], leadIn: null, operative: [], divisions: [] };
}

export type Paragraph = PreambularParagraph | OperativeParagraph;
export type Labelled = Paragraph | Subparagraph;
export type { Annex };

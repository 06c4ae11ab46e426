import type { InputForm } from '../schema/index.js';
import type { SourceLine } from '../source/lines.js';
import type { PageLayout } from '../source/pages.js';
import { Flow } from './flow.js';
import { createHyphenJoiner } from './hyphenation.js';

/**
 * A paragraph-sized unit of the text flow: the lines from one paragraph start to the next, with page
 * furniture and footnote blocks left out and the text re-flowed.
 */
export interface Block {
  first: SourceLine;
  lines: SourceLine[];
  /** The text after the first line's marker (number, label, `#`) through the last line. */
  flow: Flow;
  start: number;
  end: number;
}

export interface BlockHints {
  form: InputForm;
  /** Whether a line's text opens with a known opener, authority line or closing line: a paragraph start. */
  startsParagraph: (text: string) => boolean;
  /** Whether a text is an authority line ("The Security Council", its comma sometimes lost). */
  isAuthority: (text: string) => boolean;
}

const ENDS_SENTENCE_PART = /[,;:.!?](?:\s*[)"”’»])?$/;
const WORD_HYPHEN = /\p{L}-$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
/** A heading line at least this long was cut at the right margin. */
const WRAPPED_HEADING = 60;
const MARKER_KINDS = new Set(['numbered', 'labelled', 'heading', 'markdownFootnote']);

/** Groups the content lines into blocks (see counting-conventions.md on what splits a paragraph). */
export function groupBlocks(source: string, lines: SourceLine[], layout: PageLayout, hints: BlockHints): Block[] {
  const blocks: Block[] = [];
  const joinsHyphenated = createHyphenJoiner(source);
  let current: Block | null = null;
  let blankSince = false;
  let pageBreakSince = false;
  let lastContent: SourceLine | null = null;
  for (const line of lines) {
    const role = layout.roles[line.index];
    if (role === 'blank') {
      blankSince = true;
      continue;
    }
    if (role !== 'content') {
      if (role === 'furniture') pageBreakSince = true;
      continue;
    }
    const startsNew = current === null || opensBlock(line, current, lastContent, blankSince, pageBreakSince, hints);
    if (startsNew) {
      current = openBlock(source, line);
      blocks.push(current);
    } else if (current) {
      appendLine(source, current, line, pageBreakSince, joinsHyphenated);
    }
    lastContent = line;
    blankSince = false;
    pageBreakSince = false;
  }
  return blocks;
}

function opensBlock(
  line: SourceLine,
  current: Block,
  previous: SourceLine | null,
  blankSince: boolean,
  pageBreakSince: boolean,
  hints: BlockHints,
): boolean {
  // A number or label alone on its line takes the next line as its text.
  if (previous && isBareMarker(previous) && current.lines.length === 1) return false;
  if (MARKER_KINDS.has(line.kind) || (line.kind === 'numeral' && line.body === null)) return true;
  const text = current.flow.text;
  const clearStart = hints.startsParagraph(line.text);
  const ended = ENDS_SENTENCE_PART.test(text) || (current.lines.length === 1 && hints.isAuthority(text));
  if (pageBreakSince) return ended && (clearStart || line.kind === 'numeral');
  if (blankSince) return ended || !STARTS_LOWER.test(line.text) || current.first.kind === 'heading';
  // "A. G. L. Mc Naughton", "W. Nimitz": initials inside a sentence that runs on are not a section.
  if (line.kind === 'numeral') return ended || line.body === null;
  // "II. Implementation of the … for Landlocked" / "Developing Countries …": a section heading that
  // runs to the margin, or stops mid-phrase before a lower-case line, wraps onto the next line.
  if (previous?.kind === 'numeral' && current.lines.length === 1) {
    const wraps = previous.body !== null && !ended && !clearStart && (STARTS_LOWER.test(line.text) || previous.text.length >= WRAPPED_HEADING);
    return !wraps;
  }
  return ended && clearStart;
}

/** "1." or "(a)" alone on its line. */
function isBareMarker(line: SourceLine): boolean {
  return (line.kind === 'numbered' || line.kind === 'labelled') && !/\s/.test(line.text);
}

function openBlock(source: string, line: SourceLine): Block {
  const from = line.body ?? firstNonSpace(source, line.start, line.end);
  const flow = new Flow(from);
  flow.append(source, from, trimmedEnd(source, from, line.end), ' ');
  return { first: line, lines: [line], flow, start: line.start, end: line.end };
}

function appendLine(
  source: string,
  block: Block,
  line: SourceLine,
  afterPageBreak: boolean,
  joinsHyphenated: (before: string, after: string) => boolean,
): void {
  const from = firstNonSpace(source, line.start, line.end);
  const to = trimmedEnd(source, from, line.end);
  const flow = block.flow;
  const cutAtHyphen = WORD_HYPHEN.test(flow.text);
  if (cutAtHyphen && joinsHyphenated(flow.text, source.slice(from, to))) flow.trimEnd(1);
  flow.append(source, from, to, cutAtHyphen ? '' : ' ', afterPageBreak);
  block.lines.push(line);
  block.end = line.end;
}

function firstNonSpace(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(source[i])) i++;
  return i;
}

function trimmedEnd(source: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(source[i - 1])) i--;
  return i;
}

import type { InputForm } from '../schema/index.js';
import { numberedLine, type SourceLine } from '../source/lines.js';
import type { PageLayout } from '../source/pages.js';
import { isWhiteSpace, skipSpace, trimmedEnd } from '../source/spaces.js';
import { Flow } from './flow.js';
import { createHyphenJoiner, type HyphenJoiner } from './hyphenation.js';

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
  /** The language's words that form compounds with a hyphen (for hyphens at line ends). */
  compoundFormers: readonly string[];
  /** The language's conjunctions after a suspended hyphen ("small- and medium-sized"). */
  suspendingConjunctions: readonly string[];
  /** Whether a line's text opens with a known opener, authority line or closing line: a paragraph start. */
  startsParagraph: (text: string) => boolean;
  /** Whether a text is an authority line ("The Security Council", its comma sometimes lost). */
  isAuthority: (text: string) => boolean;
  /** An authority line with its article or "Therefore" ("The Security Council,"), not a wrapped "Security Council,". */
  isArticledAuthority: (text: string) => boolean;
  /** Whether a text ends as the last operative paragraph does ("… remain seized of the matter."). */
  endsOperativePart: (text: string) => boolean;
  /** Whether a text opens with a known opener ("Condemns", "Taking note"). */
  opensWithOpener: (text: string) => boolean;
  /** Whether a text ends with a word that cannot end a sentence or a heading ("the", "of", "at"). */
  endsWithFunctionWord: (text: string) => boolean;
  /** Whether a text ends with a word that takes a number after it ("paragraph", "resolution", "article"). */
  endsWithNumberTaker: (text: string) => boolean;
  /** Whether a text ends with "paragraph 8": a label after it on the next line is the paragraph's item. */
  endsWithPinpoint: (text: string) => boolean;
}

/**
 * How much of a growing paragraph's end the tests of how it ends read. The end of the operative part
 * ("… remain seized of the matter.") is read in its last 80 characters once markup is removed; a
 * pinpoint ("paragraph 8"), a function word, a number taker, a sentence's end, a hyphen's word in
 * fewer than 40 (a last word of 40 letters or more is not a word).
 */
const END_WINDOW = 200;
const WORD_WINDOW = 40;
const WORD_HYPHEN = /\p{L}-$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const SHORT_NUMBER = /^\d{1,3}$/;
const SPACE = /\s/;
const NOT_SPACE = /\S/;
/** "[S/654]", "[on the report of …]": a reference line ends where its bracket closes. */
const BRACKETED = /^[[(][^\]]*\]$/;
const BULLET = /^[-–—•]\s/;
/** A line at least this long was cut at the right margin (a heading's, or a sentence's before a blank line). */
const WRAPPED_HEADING = 60;
/** A label that words in lower case or punctuation follow: "(d) of resolution …", "(d);". */
const LABEL_IN_SENTENCE = /^\(?[a-z]{1,4}\)(?:\s+\p{Ll}|[,;:.]|$)/u;

/** How many of a text's last characters tell whether it ends a sentence (a footnote marker, spaces, quotes and the mark). */
const SENTENCE_END_WINDOW = 16;

/**
 * Whether `text[from…]` ends a sentence, or with `clause` a clause too: `/[,;:.!?](?:\s*[)"”’»])?$/`
 * (no comma unless `clause`), a footnote marker after the mark set aside ("nations;14", "1963, 3",
 * "2002),1/": `/(?<=[,;:.!?)"”’»])\s*\d{1,3}\/?$/`). Read backwards by hand: it is asked at every line.
 */
function endsSentenceIn(text: string, from: number, clause: boolean): boolean {
  let i = trailingMarkerAt(text, from) - 1;
  if (i >= from && isCloser(text.charCodeAt(i))) {
    i--;
    while (i >= from && isWhiteSpace(text.charCodeAt(i))) i--;
  }
  if (i < from) return false;
  const code = text.charCodeAt(i);
  return (clause && code === COMMA) || isStop(code);
}

/** Where the footnote marker (digits, or a sign: "*", "**") that ends `text[from…]` after a mark, a quote or a bracket begins (its spaces included); the text's length when none does. */
function trailingMarkerAt(text: string, from: number): number {
  let i = text.length;
  if (i > from && text.charCodeAt(i - 1) === SLASH) i--;
  const digitsEnd = i;
  while (i > from && isDigit(text.charCodeAt(i - 1))) i--;
  // Or a note's sign: "*", "**", "†".
  if (i === digitsEnd) while (i > from && isNoteSign(text.charCodeAt(i - 1))) i--;
  if (i === digitsEnd || digitsEnd - i > 3) return text.length;
  while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  if (i === from) return text.length;
  const before = text.charCodeAt(i - 1);
  return before === COMMA || isStop(before) || isCloser(before) ? i : text.length;
}

const COMMA = 0x2c;
const SLASH = 0x2f;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** `*†‡`: the signs that mark notes. */
const isNoteSign = (code: number) => code === 0x2a || code === 0x2020 || code === 0x2021;
/** `;:.!?`: a mark that may end a sentence. */
const isStop = (code: number) => code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f;
/** `)"”’»`: what may close a sentence after its mark. */
const isCloser = (code: number) => code === 0x29 || code === 0x22 || code === 0x201d || code === 0x2019 || code === 0xbb;

/** Lines that open a block by their kind: numbered, labelled, a heading, a markdown footnote. */
const isMarkerKind = (kind: SourceLine['kind']) => kind === 'numbered' || kind === 'labelled' || kind === 'heading' || kind === 'markdownFootnote';

/** `STARTS_UPPER.test(text)`, settled by the first character when it is ASCII. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : STARTS_UPPER.test(text);
}

/** `STARTS_LOWER.test(text)`, settled by the first character when it is ASCII. */
function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : STARTS_LOWER.test(text);
}

/** Groups the content lines into blocks (see counting-conventions.md on what splits a paragraph). */
export function groupBlocks(source: string, lines: SourceLine[], layout: PageLayout, hints: BlockHints): Block[] {
  const blocks: Block[] = [];
  const joinsHyphenated = createHyphenJoiner(source, hints.compoundFormers, hints.suspendingConjunctions);
  let current: Block | null = null;
  let blankSince = false;
  let pageBreakSince = false;
  let lastContent: SourceLine | null = null;
  const numbers = numbersWithoutPeriod(source, lines, layout, hints);
  for (const raw of lines) {
    const line = numbers.size === 0 ? raw : (numbers.get(raw.index) ?? raw);
    const role = layout.roles[line.index];
    if (role === 'blank') {
      blankSince = true;
      continue;
    }
    if (role !== 'content') {
      if (role === 'furniture') pageBreakSince = true;
      continue;
    }
    const headsNext = pageBreakSince ? () => headsParagraph(lines, layout, line, hints) : null;
    const startsNew = current === null || opensBlock(line, current, lastContent, blankSince, pageBreakSince, hints, headsNext);
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
  return repairTrailingNumbers(source, repairTrailingLabels(blocks), hints);
}

/**
 * Paragraph numbers printed after their paragraph's first line, as raw PDF text can come out:
 * "Calls upon the parties to the Comprehensive Peace Agreement, the" / "3." / "accelerate urgently
 * …". A number alone on its line after a single line that opens with an opener and runs on (or
 * after the last paragraph's line, with nothing after the number) belongs to that line.
 */
function repairTrailingNumbers(source: string, blocks: Block[], hints: BlockHints): Block[] {
  if (blocks.length === 0) return blocks;
  // From the end, so that a block merged into the one before it is read against the block before that.
  // The blocks kept are gathered in reverse, not spliced out one by one: that took time quadratic in
  // the number of repairs on a long two-column text.
  const kept: Block[] = [];
  let block = blocks[blocks.length - 1];
  for (let i = blocks.length - 1; i > 0; i--) {
    const before = blocks[i - 1];
    const merged = withTrailingNumber(source, before, block, hints);
    if (merged !== null) block = merged;
    else {
      kept.push(block);
      block = before;
    }
  }
  kept.push(block);
  return kept.reverse();
}

/** `before` and the bare number `block` after it as one block, when the number is `before`'s (see `repairTrailingNumbers`). */
function withTrailingNumber(source: string, before: Block, block: Block, hints: BlockHints): Block | null {
  if (block.first.kind !== 'numbered' || !isBareMarker(block.first)) return null;
  if (before.lines.length !== 1 || before.first.kind !== 'text' || !hints.opensWithOpener(before.flow.text)) return null;
  // A comma does not end a paragraph that a number follows: "… in the Abyei region," / "7.".
  const text = before.flow.text;
  const runsOn = !endsSentenceIn(text, Math.max(0, text.length - SENTENCE_END_WINDOW), false);
  // The text after the number goes on mid-sentence; one that opens with an opener is the number's own.
  if (block.flow.text !== '' && (!runsOn || hints.opensWithOpener(block.flow.text))) return null;
  const flow = new Flow(before.flow.segments[0]?.from ?? before.start);
  flow.append(source, before.flow.segments[0].from, before.flow.segments[0].from + before.flow.segments[0].length, ' ');
  for (const segment of block.flow.segments) flow.append(source, segment.from, segment.from + segment.length, ' ', segment.afterPageBreak);
  return { first: block.first, lines: [before.first, ...block.lines], flow, start: before.start, end: block.end };
}

/**
 * Labels printed after their text, as a PDF's two columns can come out: "To examine …;" "(i)"
 * "To seek …;" "(ii)" "To consider …;" "(iii)" "(iv) To recommend …". A bare label with nothing
 * after it before the next label shows it; each bare label of the run then takes the text before it.
 */
function repairTrailingLabels(blocks: Block[]): Block[] {
  const bare = (block: Block) => block.first.kind === 'labelled' && isBareMarker(block.first);
  // The blocks read so far, repaired: a repair reaches back only over the run before the bare label,
  // so it rewrites the end of `out` (splicing the whole list at each repair took quadratic time).
  const out: Block[] = [];
  for (const block of blocks) {
    out.push(block);
    const i = out.length - 1;
    if (!bare(block) || block.flow.text !== '') continue;
    let j = i - 1;
    while (j >= 0 && bare(out[j]) && out[j].flow.text !== '') j--;
    if (j < 0 || j === i - 1 || out[j].first.kind !== 'text') continue;
    for (let k = i; k > j; k--) {
      const text = out[k - 1];
      const label = out[k].first;
      const textLines = text.first.kind === 'labelled' ? text.lines.slice(1) : text.lines;
      out[k] = { first: label, lines: [...textLines, label], flow: text.flow, start: textLines[0].start, end: label.end };
    }
    out.splice(j, 1);
  }
  return out;
}

function opensBlock(
  line: SourceLine,
  current: Block,
  previous: SourceLine | null,
  blankSince: boolean,
  pageBreakSince: boolean,
  hints: BlockHints,
  headsNext: (() => boolean) | null = null,
): boolean {
  // A number or label alone on its line takes the next line as its text.
  if (previous && isBareMarker(previous) && current.lines.length === 1 && !isMarkerKind(line.kind)) return false;
  // "… as set out in paragraph" / "4. Shall apply …": a number that the line before takes is a
  // wrapped line, not a paragraph.
  if (line.kind === 'numbered' && !blankSince && !pageBreakSince && hints.endsWithNumberTaker(current.flow.endText(WORD_WINDOW))) return false;
  // "… in paragraph 8" / "(d) of resolution 2722 (2024) …": the label is the pinpoint's item.
  if (line.kind === 'labelled' && !blankSince && !pageBreakSince && LABEL_IN_SENTENCE.test(line.text) && hints.endsWithPinpoint(current.flow.endText(WORD_WINDOW))) return false;
  if (isMarkerKind(line.kind) || (line.kind === 'numeral' && line.body === null)) return true;
  // "of 22 September 1975" / "The Security Council,": the authority line stands on its own line.
  if (startsUpper(line.text) && hints.isArticledAuthority(line.text)) return true;
  // How the paragraph ends so far: its last characters, not the whole text copied at every line.
  const end = current.flow.endText(WORD_WINDOW);
  // Whether the line opens with an opener, authority or closing (`startsParagraph`, a matchOpener call)
  // is asked only where it matters, at most once on any path below.
  const ended = endsSentenceIn(end, Math.max(0, end.length - SENTENCE_END_WINDOW), true) || (current.lines.length === 1 && (hints.isAuthority(current.flow.text) || BRACKETED.test(current.flow.text)));
  // Nothing continues the paragraph that ends the operative part ("… remain seized of the matter.").
  if (end.includes('.') && hints.endsOperativePart(current.flow.endText(END_WINDOW))) return true;
  if (pageBreakSince) return ended && (line.kind === 'numeral' || hints.startsParagraph(line.text) || (headsNext?.() ?? false));
  if (blankSince) {
    if (ended || current.first.kind === 'heading') return true;
    if (startsLower(line.text)) return false;
    // A blank line inside a sentence that ran to the margin, or that stops on "the" or "of", does not
    // end it, even before a capital: "… the Federal Republic of" / "" / "Yugoslavia (Serbia …),";
    // "Adopted unanimously at the" / "" / "2729th meeting".
    if (hints.endsWithFunctionWord(end)) return hints.opensWithOpener(line.text);
    return current.lines[current.lines.length - 1].text.length < WRAPPED_HEADING || hints.startsParagraph(line.text);
  }
  // "A. G. L. Mc Naughton", "W. Nimitz": initials inside a sentence that runs on are not a section.
  if (line.kind === 'numeral') return ended || line.body === null;
  // "II. Implementation of the … for Landlocked" / "Developing Countries …": a section heading that
  // runs to the margin, or stops mid-phrase before a lower-case line, wraps onto the next line.
  if (previous?.kind === 'numeral' && current.lines.length === 1) {
    const wraps = previous.body !== null && !hints.startsParagraph(line.text) && (startsLower(line.text) || (!ended && previous.text.length >= WRAPPED_HEADING));
    return !wraps;
  }
  // "- Loading buoys …," / "- Flexible hoses …": a dashed item after one that ended.
  if (ended && BULLET.test(line.text)) return true;
  return ended && hints.startsParagraph(line.text);
}

/**
 * Paragraph numbers the grammar leaves as text, read as numbered lines:
 * - "26" alone on its line before "Condemns without reservation …", or "11     Condemns …" (numbers
 *   that lost their period, A/RES/79/160, S/2024/400): only after a line that ends a sentence,
 *   before text that opens with a known opener;
 * - "1000. Decides …": the grammar takes three digits at most (a line "1963." is a year that
 *   wrapped), so four digits are a paragraph number only where the numbering says so, right after
 *   paragraph 999 (1000 after 999, 1001 after 1000 …).
 */
function numbersWithoutPeriod(source: string, lines: SourceLine[], layout: PageLayout, hints: BlockHints): Map<number, SourceLine> {
  const found = new Map<number, SourceLine>();
  let previous: SourceLine | null = null;
  let lastNumber = NaN;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (layout.roles[i] !== 'content') continue;
    // Both numbers open their line: a text line that does not start with a digit has neither.
    const digitFirst = line.kind === 'text' && isDigit(line.text.charCodeAt(0));
    const long = digitFirst && line.text.length > 4 ? LONG_NUMBER.exec(line.text) : null;
    // The line as read, or the numbered line a test below reads it as.
    let numbered = line;
    if (long && Number(long[1]) === lastNumber + 1) {
      const body = line.start + source.slice(line.start, line.end).search(NOT_SPACE) + long[0].length;
      found.set(i, (numbered = numberedLine(line, long[1], `${long[1]}.`, body)));
    }
    if (digitFirst && line.text.length <= 3 && SHORT_NUMBER.test(line.text) && endsSentencePart(previous)) {
      let j = i + 1;
      while (j < lines.length && layout.roles[j] === 'blank') j++;
      if (j < lines.length && layout.roles[j] === 'content' && lines[j].kind === 'text' && hints.startsParagraph(lines[j].text)) {
        found.set(i, (numbered = numberedLine(line, line.text, line.marker, line.end)));
      }
    }
    if (line.kind === 'leadingNumber' && !line.slash && line.body !== null && endsSentencePart(previous) && hints.opensWithOpener(line.text.slice(line.text.indexOf(line.num!) + line.num!.length).trim())) {
      found.set(i, (numbered = numberedLine(line, line.num, line.marker, line.body)));
    }
    if (numbered.kind === 'numbered' && isDigits(numbered.num)) lastNumber = Number(numbered.num);
    previous = line;
  }
  return found;
}

/** `/^\d+$/.test(text ?? '')` by a scan: asked of every numbered line. */
function isDigits(text: string | undefined): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** "1000. Decides …", "1001\\." (markdown escape): a number of four digits or more and its period. */
const LONG_NUMBER = /^(\d{4,})\\?\.(?:\s+|$)/;

/** Whether a line ends a sentence or a clause, a footnote marker after its mark set aside; asked only of the line before a number. */
function endsSentencePart(line: SourceLine | null): boolean {
  return line !== null && endsSentenceIn(line.text, 0, true);
}

/**
 * Whether `line` is a heading over the next paragraph: a line that opens with a capital and ends
 * with no mark, then a blank line, then a numbered or labelled line or a paragraph's opening
 * ("Peacebuilding financing" / "" / "13. Calls for …"). After a page break, such a line does not go
 * on with the paragraph that ended on the page before.
 */
function headsParagraph(lines: SourceLine[], layout: PageLayout, line: SourceLine, hints: BlockHints): boolean {
  const text = line.text;
  if (line.kind !== 'text' || text.length > HEADING_LINE || !startsUpper(text) || !isWordEnd(text.charCodeAt(text.length - 1))) return false;
  let next = line.index + 1;
  let blank = false;
  for (; next < lines.length && layout.roles[next] !== 'content'; next++) blank ||= layout.roles[next] === 'blank';
  if (!blank || next >= lines.length) return false;
  return isMarkerKind(lines[next].kind) || hints.startsParagraph(lines[next].text);
}

/** A heading on one line is at most a line of the page long ("Department of Political and Peacebuilding Affairs/Peacebuilding Support Office"). */
const HEADING_LINE = 100;

/** A letter or a digit (ASCII), or any character beyond ASCII but punctuation: how a heading ends. */
const isWordEnd = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code !== 0x2019 && code !== 0x201d && code !== 0xbb);

/** "1." or "(a)" alone on its line: no space in it, and no text glued to the marker ("(i)Annex"). */
function isBareMarker(line: SourceLine): boolean {
  return (line.kind === 'numbered' || line.kind === 'labelled') && !SPACE.test(line.text) && (line.body === null || line.body >= line.end);
}

function openBlock(source: string, line: SourceLine): Block {
  // The flow starts after a marker ("1.", "(a)", "II."), but a leading number that is not one
  // ("1982 to 31 December 1986.", "1 (1946) Resolution of …") is text and stays in it.
  const from = line.kind === 'leadingNumber' ? skipSpace(source, line.start, line.end) : (line.body ?? skipSpace(source, line.start, line.end));
  const flow = new Flow(from);
  flow.append(source, from, trimmedEnd(source, from, line.end), ' ');
  return { first: line, lines: [line], flow, start: line.start, end: line.end };
}

function appendLine(
  source: string,
  block: Block,
  line: SourceLine,
  afterPageBreak: boolean,
  joinsHyphenated: HyphenJoiner,
): void {
  const from = skipSpace(source, line.start, line.end);
  const to = trimmedEnd(source, from, line.end);
  const flow = block.flow;
  const join = flow.endsWith('-') && WORD_HYPHEN.test(flow.endText(WORD_WINDOW)) ? joinsHyphenated(flow.endText(END_WINDOW), source.slice(from, to)) : null;
  if (join === 'cut word') flow.trimEnd(1);
  flow.append(source, from, to, join === 'cut word' || join === 'compound' ? '' : ' ', afterPageBreak);
  block.lines.push(line);
  block.end = line.end;
}

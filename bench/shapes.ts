// Documents of the shapes real inputs take, at any size, for `npm run bench:shapes`: does `parse`
// stay linear on each? The synthetic resolution of the main benchmark is one shape (markdown, the
// seed's operative part repeated); a layout it lacks can hide work that grows faster than the input,
// as two did: paragraph numbers printed after their line (a two-column PDF) were repaired by splicing
// the block list, and every word cut at a line end searched all the document's hyphens.
// Deterministic; `units` is the number of repeated parts (paragraphs, mostly).

const WORDS =
  'the Council calls upon all States to implement fully the measures imposed and to report to the Committee on the steps taken in that regard within ninety days of the adoption of this resolution'.split(
    ' ',
  );

/** Words of the text, starting at a place that changes with `i`. */
const prose = (i: number, count: number) => Array.from({ length: count }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ');

/** A paragraph's text wrapped at 80 characters, as PDF text comes out. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const roman = (n: number) => {
  let out = '';
  for (const [value, numeral] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    for (; n >= value; n -= value) out += numeral;
  }
  return out;
};

const MASTHEAD = ['United Nations', 'S/RES/1600 (2005)', '', 'Security Council', 'Distr.: General', '12 May 2005', '', 'Resolution 1600 (2005)', '', 'Adopted by the Security Council at its 5180th meeting, on 12 May 2005', '', 'The Security Council,', ''];
const CLOSING = ['Decides to remain seized of the matter.', ''];

/** The page furniture pdftotext leaves between two pages. */
const furniture = (page: number) => ['', `05-3${String(page).padStart(4, '0')} (E)`, '', '', 'S/RES/1600 (2005)', '', String(page), ''];

/** Numbered paragraphs with footnote markers, notes at the foot of each page, running heads and job numbers. */
function pdfText(units: number): string[] {
  const lines = [...MASTHEAD, ...wrap(`Recalling its previous resolutions on the situation, in particular resolution 1590 (2005),`), ''];
  let notes: string[] = [];
  for (let i = 1; i <= units; i++) {
    lines.push(...wrap(`${i}. Requests ${prose(i, 30)}, as set out in resolution ${1000 + i} (2005),${i}`));
    notes.push(`${i} See S/2005/${i}, annex.`);
    if (i % 10 === 0) {
      lines.push('', '__________________', ...notes, ...furniture(i / 10 + 1));
      notes = [];
    }
  }
  return [...lines, `${units + 1}. ${CLOSING[0]}`, '', '__________________', ...notes];
}

/** Paragraphs whose lines end in words cut by a hyphen ("imple-" / "mentation") and compounds ("Secretary-" / "General"). */
function cutWords(units: number): string[] {
  const lines = [...MASTHEAD];
  for (let i = 1; i <= units; i++) {
    lines.push(`${i}. Requests the Secretary-General to report on the imple-`, `mentation of the recommendations of the post-`, `conflict assessment mission in region ${i} and on the recom-`, `mendations of the Secretary-`, `General;`, '');
  }
  return [...lines, `${units + 1}. ${CLOSING[0]}`];
}

/** Two columns read across: paragraph numbers printed after their first line, labels after their text. */
function twoColumns(units: number): string[] {
  const lines = [...MASTHEAD];
  for (let i = 1; i <= units; i++) {
    lines.push(`      Calls upon the parties to the Agreement in region ${i} to respect, the`, `      ${i}.`, `Government and the movement to respect their commitments, with the following tasks:`, '');
    lines.push('To examine the reports;', '(i)', 'To seek information;', '(ii)', 'To consider the measures;', '(iii)', '(iv) To recommend action;', '');
  }
  return [...lines, `      ${CLOSING[0]}`, `      ${units + 1}.`];
}

/** Preambular paragraphs that cite resolutions, decisions and paragraphs, each with a footnote. */
function references(units: number): string[] {
  const lines = [...MASTHEAD];
  let notes: string[] = [];
  for (let i = 1; i <= units; i++) {
    lines.push(...wrap(`Recalling its resolutions ${1000 + i} (2005) and ${1001 + i} (2005), paragraphs ${i} and ${i + 1} of decision 60/${i}, and the report of the Secretary-General (S/2005/${i}),${i}`), '');
    notes.push(`${i} Official Records of the Security Council, Sixtieth Year, Supplement for April, May and June 2005, document S/2005/${i}.`);
    if (i % 8 === 0) {
      lines.push('__________________', ...notes, ...furniture(i / 8 + 1));
      notes = [];
    }
  }
  return [...lines, `1. ${CLOSING[0]}`, '', '__________________', ...notes];
}

/** Operative paragraphs with lists nested two deep. */
function subparagraphs(units: number): string[] {
  const lines = [...MASTHEAD];
  for (let i = 1; i <= units; i++) {
    lines.push(`${i}. Decides that the mission shall have the following mandate:`, `(a) To support ${prose(i, 10)}:`, `(i) ${prose(i + 1, 12)};`, `(ii) ${prose(i + 2, 12)};`, `(b) To monitor ${prose(i + 3, 10)};`, '');
  }
  return [...lines, `${units + 1}. ${CLOSING[0]}`];
}

/** Sections (I to XX, then again) with headings, paragraphs numbered across them, then as many annexes. */
function sections(units: number): string[] {
  const lines = [...MASTHEAD];
  for (let i = 0; i < units; i++) {
    if (i % 5 === 0) lines.push(roman(((i / 5) % 20) + 1), '', `Measures concerning region ${i / 5}`, '');
    lines.push(...wrap(`${i + 1}. Requests ${prose(i, 24)};`), '');
  }
  lines.push(`${units + 1}. ${CLOSING[0]}`, '');
  for (let i = 0; i < units / 5; i++) lines.push(`Annex ${roman((i % 20) + 1)}`, '', `List of measures of region ${i}`, '', ...wrap(`${prose(i, 40)}.`), '');
  return lines;
}

/** Markdown converted from the PDF: italic openers, `<sup>` markers, a page break with its notes after every paragraph. */
function markdownPages(units: number): string[] {
  const lines = ['# Security Council', '', 'Distr.: General', '12 May 2005', '', '**Resolution 1600 (2005)**', '', '*The Security Council,*', ''];
  for (let i = 1; i <= units; i++) {
    lines.push(`${i}. *Requests* ${prose(i, 30)}<sup>${i}</sup>;`, '', '---', '', `<sup>${i}</sup> See S/2005/${i}, annex.`, '', '---', '');
  }
  return [...lines, `${units + 1}. *Decides* to remain seized of the matter.`];
}

/** A whole resolution on one line, as some scrapers flatten it. */
function oneLine(units: number): string[] {
  const parts = ['Security Council Resolution 1600 (2005) The Security Council, Recalling its previous resolutions,'];
  for (let i = 1; i <= units; i++) parts.push(`${i}. Requests ${prose(i, 24)};`);
  return [[...parts, `${units + 1}. ${CLOSING[0]}`].join(' ')];
}

/** Prose without the structure of a resolution (what `validate` sees in a web page). */
function notAResolution(units: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < units; i++) lines.push(...wrap(`${prose(i, 40)}.`), '');
  return lines;
}

export const SHAPES = {
  'pdf-text': pdfText,
  'cut-words': cutWords,
  'two-columns': twoColumns,
  references,
  subparagraphs,
  sections,
  'markdown-pages': markdownPages,
  'one-line': oneLine,
  'not-a-resolution': notAResolution,
} as const;
export type ShapeName = keyof typeof SHAPES;

/** A document of shape `name` with `units` parts. */
export function shapedDocument(name: ShapeName, units: number): string {
  return `${SHAPES[name](units).join('\n')}\n`;
}

/** Units that make a document of shape `name` about `bytes` long. */
export function unitsFor(name: ShapeName, bytes: number): number {
  const per = (shapedDocument(name, 200).length - shapedDocument(name, 100).length) / 100;
  return Math.max(1, Math.round(bytes / per));
}

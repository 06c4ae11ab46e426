/** The rows of `un-resolution references`: one per reference, as TSV or JSON, for a citation network. */
import type { Reference, Resolution } from '../index.js';
import { referenceSites } from '../references/index.js';

export interface ReferenceRow {
  file: string;
  /** The symbol of the citing resolution (stated or derived), or null. */
  symbol: string | null;
  /** Where the reference stands: "pp2", "op5(a)", "II/op3", "annex I/op1", "fn4". */
  place: string;
  line: number;
  column: number;
  kind: Reference['kind'];
  target: string | null;
  organ: Reference['organ'];
  date: string | null;
  paragraph: string | null;
  item: string | null;
  article: string | null;
  chapter: string | null;
  range: Reference['range'];
  text: string;
}

export function referenceRows(file: string, resolution: Resolution): ReferenceRow[] {
  const symbol = resolution.header.symbol?.value ?? null;
  return referenceSites(resolution).map(({ place, reference: r }) => ({
    file,
    symbol,
    place,
    line: r.position.start.line,
    column: r.position.start.column,
    kind: r.kind,
    target: r.target,
    organ: r.organ,
    date: r.date,
    paragraph: r.paragraph,
    item: r.item,
    article: r.article,
    chapter: r.chapter,
    range: r.range,
    text: r.text,
  }));
}

const TSV_COLUMNS = ['file', 'symbol', 'place', 'line', 'kind', 'target', 'organ', 'date', 'pinpoint', 'text'] as const;

/** The header line of the TSV output. */
export const TSV_HEADER = `${TSV_COLUMNS.join('\t')}\n`;

/** One TSV line per row; empty fields for nulls, tabs and line breaks in values as spaces. */
export function tsvLines(rows: ReferenceRow[]): string {
  return rows.map((row) => `${TSV_COLUMNS.map((column) => field(column === 'pinpoint' ? pinpoint(row) : row[column])).join('\t')}\n`).join('');
}

/** "para. 8 (d)", "art. 73 (e)", "chap. VII": where inside its target a reference points. */
function pinpoint(row: ReferenceRow): string {
  const item = row.item ? ` (${row.item})` : '';
  if (row.chapter) return `chap. ${row.chapter}`;
  if (row.article) return `art. ${row.article}${item}`;
  if (row.paragraph) return `para. ${row.paragraph}${item}`;
  return '';
}

function field(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/**
 * Output formats of `un-resolution parse --format NAME`. A format turns a parse result into text.
 * To add one, register it below with one line, e.g.
 *   registerFormat({ name: 'akn', description: 'Akoma Ntoso XML', render: ({ result }) => toAkomaNtoso(result.resolution) });
 */
import { print, toAkomaNtoso, type ParseResult } from '../index.js';
import { renderOutline } from './outline.js';
import type { Paint } from './terminal.js';

export interface FormatInput {
  result: ParseResult;
  /** The text that was parsed, as read. */
  source: string;
  /** The file name as given on the command line, or "-" for standard input. */
  file: string;
  /** Colours, when the output is a terminal (a no-op otherwise). */
  paint: Paint;
  /** Columns to lay out for. */
  width: number;
}

export interface OutputFormat {
  name: string;
  description: string;
  render(input: FormatInput): string;
}

export const formats = new Map<string, OutputFormat>();

export function registerFormat(format: OutputFormat): void {
  formats.set(format.name, format);
}

/** A value as the JSON the command line prints. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

registerFormat({ name: 'json', description: 'the tree and the diagnostics, as JSON', render: ({ result }) => formatJson(result) });
registerFormat({ name: 'outline', description: 'a readable summary: header fields, paragraphs with their openers, footnotes', render: renderOutline });
registerFormat({ name: 'akn', description: 'Akoma Ntoso 3.0 XML (AKN4UN)', render: ({ result }) => toAkomaNtoso(result.resolution) });
registerFormat({ name: 'text', description: 'the resolution printed back as plain text', render: ({ result }) => print(result.resolution, { form: 'text' }) });
registerFormat({ name: 'markdown', description: 'the resolution printed back as markdown', render: ({ result }) => print(result.resolution, { form: 'markdown' }) });

import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Inline } from './inline.js';
import { Position } from './position.js';

export const Footnote = z
  .object({
    type: z.literal('footnote'),
    id: z.string().describe('Unique id ("fn-1", from the marker), the `footnoteId` of the references that point here.'),
    marker: z.string().describe('The marker as printed: "1", "13", "*".'),
    content: z.array(Inline).describe('The text of the note as inline nodes.'),
    text: z.string().describe('Plain re-flowed text of the note.'),
    references: z.array(z.string()).describe('Ids of the footnoteReference nodes that point here; empty when no marker in the text does.'),
    position: Position.describe('Where the note stands, its marker included.'),
  })
  .meta({ id: 'Footnote', description: 'A footnote: one per marker, however many lines its text wraps over; notes printed after the closing included.' });

export const PageBreak = z
  .object({
    type: z.literal('pageBreak'),
    page: z.number().int().nullable().describe('Number of the page that begins here, when printed ("2/5" → 2).'),
    lines: z.array(z.string()).describe('The furniture lines as written (symbol, title, job number, page counter).'),
    position: Position.describe('Where the furniture stands.'),
  })
  .meta({ id: 'PageBreak', description: 'Running headers and footers between two pages, kept out of the content.' });

export const Unparsed = z
  .object({ type: z.literal('unparsed'), text: z.string().describe('The text as written.'), position: Position.describe('Where it stands.') })
  .meta({ id: 'Unparsed', description: 'Text the parser could not place (with a diagnostic). Nothing of the input is dropped.' });

export type Footnote = Types.Footnote;
export type PageBreak = Types.PageBreak;
export type Unparsed = Types.Unparsed;

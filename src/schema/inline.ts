import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Position } from './position.js';

const where = 'Where it stands in the input.';

export const Text = z
  .object({ type: z.literal('text'), value: z.string().describe('The text; a line break inside a paragraph becomes one space.'), position: Position.describe(where) })
  .meta({ id: 'Text', description: 'Plain text, re-flowed: a line break inside a paragraph becomes one space.' });

export const FootnoteReference = z
  .object({
    type: z.literal('footnoteReference'),
    id: z.string().describe('Unique id of this reference ("fnref-1"), listed in its footnote\'s `references`.'),
    marker: z.string().describe('The marker as printed: "1", "*", "a".'),
    footnoteId: z.string().nullable().describe('Id of the footnote it points to (`Resolution.footnotes[].id`), or null when no note has this marker.'),
    position: Position.describe(where),
  })
  .meta({ id: 'FootnoteReference', description: 'A footnote marker in the text, linked to its note.' });

export const Superscript = z
  .object({ type: z.literal('superscript'), value: z.string().describe('The superscript text ("e" of "78<sup>e</sup>").'), position: Position.describe(where) })
  .meta({ id: 'Superscript', description: 'A superscript that is not a footnote marker, such as the "e" of "78<sup>e</sup>".' });

export const Emphasis = z
  .object({
    type: z.enum(['emphasis', 'strong']).describe('`emphasis` for italic (`*…*`), `strong` for bold (`**…**`).'),
    get children(): z.ZodArray<typeof Inline> {
      return z.array(Inline).describe('The emphasised content.');
    },
    position: Position.describe('Where it stands in the input, its markup included.'),
  })
  .meta({ id: 'Emphasis', description: 'Italic or bold text of the markdown form.' });

export const Inline = z.union([Text, FootnoteReference, Superscript, Emphasis]).meta({ id: 'Inline', description: 'A piece of a paragraph\'s content.' });

export type Text = Types.Text;
export type FootnoteReference = Types.FootnoteReference;
export type Superscript = Types.Superscript;
export type Emphasis = Types.Emphasis;
export type Inline = Types.Inline;

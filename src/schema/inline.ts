import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { OrganId } from './header.js';
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

/** What a reference points to (see the references stage). */
export const ReferenceKind = z
  .enum(['resolution', 'decision', 'document', 'charter', 'paragraph', 'instrument'])
  .meta({ id: 'ReferenceKind', description: 'What a reference points to: a resolution, a decision, a document by its symbol, the Charter, a paragraph, another instrument.' });

export const Reference = z
  .object({
    type: z.literal('reference'),
    kind: ReferenceKind.describe('What the reference points to.'),
    text: z.string().describe('The reference as printed (re-flowed as text nodes are): `print` writes it back as it stands.'),
    target: z
      .string()
      .nullable()
      .describe('The target, normalised: a document symbol ("A/RES/57/263", "S/RES/2722 (2024)", "A/DEC/58/554", "A/58/319"), the Charter, an instrument\'s name as printed, or null for a paragraph of this text.'),
    organ: OrganId.nullable().describe('The organ of a resolution or decision, said or implied ("its resolution", "242 (1967)"); null otherwise.'),
    date: z.string().nullable().describe('The date the text gives with it ("of 20 December 2002"): yyyy-mm-dd.'),
    paragraph: z.string().nullable().describe('The paragraph pointed at ("10"; several as "3, 4"; a range as "174-178").'),
    item: z.string().nullable().describe('The item of that paragraph or article ("a" of "paragraph 1 (a)", "e" of "Article 73 e").'),
    article: z.string().nullable().describe('The article ("73") of the Charter or of an instrument.'),
    chapter: z.string().nullable().describe('The chapter ("VII") of the Charter or of an instrument.'),
    range: z.enum(['from', 'to']).nullable().describe('In a range ("resolutions 1267 (1999) to 1989 (2011)"): its first or last target.'),
    position: Position.describe(where),
  })
  .meta({
    id: 'Reference',
    description: 'A reference to another text or to a place in this one, split off the text it was printed in: "its resolution 57/263 of 20 December 2002", "paragraph 1 (a) above", "Article 73 e of the Charter". A list or a range gives one node per target.',
  });

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

export const Inline = z.union([Text, FootnoteReference, Superscript, Emphasis, Reference]).meta({ id: 'Inline', description: 'A piece of a paragraph\'s content.' });

export type Text = Types.Text;
export type FootnoteReference = Types.FootnoteReference;
export type Superscript = Types.Superscript;
export type Emphasis = Types.Emphasis;
export type Reference = Types.Reference;
export type ReferenceKind = Types.ReferenceKind;
export type Inline = Types.Inline;

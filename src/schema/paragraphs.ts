import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Inline } from './inline.js';
import { Position } from './position.js';

const where = 'Where it stands in the input.';

export const Opener = z
  .object({
    type: z.literal('opener'),
    text: z.string().describe('The phrase as written, without trailing punctuation: "Recalling", "Calls upon", "Noting with deep concern".'),
    known: z.boolean().describe("Whether the phrase is in the language's list of openers (false: recognised by the shape of the words)."),
    position: Position.describe(where),
  })
  .meta({ id: 'Opener', description: 'The opening phrase of a paragraph (italic in print), without trailing punctuation.' });

export const Heading = z
  .object({ type: z.literal('heading'), text: z.string().describe('The heading as written.'), position: Position.describe(where) })
  .meta({ id: 'Heading', description: 'An unnumbered heading inside a body or an annex ("Partnerships and support mechanisms"), a lead-in or a title.' });

export const Subparagraph = z
  .object({
    type: z.literal('subparagraph'),
    label: z.string().describe('The label without brackets: "a", "ii", "1".'),
    marker: z.string().describe('The marker as written: "(a)", "a)".'),
    content: z.array(Inline).describe('The content after the marker, up to the first nested subparagraph.'),
    text: z.string().describe('Plain re-flowed text of the subparagraph, nested subparagraphs included.'),
    get subparagraphs(): z.ZodArray<typeof Subparagraph> {
      return z.array(Subparagraph).describe('Nested subparagraphs ((i), (ii) under (a)).');
    },
    position: Position.describe(where),
  })
  .meta({ id: 'Subparagraph', description: 'A lettered or numbered item of a paragraph: (a), (i), a), i) … at any depth.' });

/** The fields every paragraph has; a function, so that each paragraph type gets schemas of its own. */
const paragraphFields = () => ({
  heading: Heading.nullable().describe('The heading printed just before this paragraph, if any.'),
  opener: Opener.nullable().describe('The opening phrase, or null when the paragraph has none.'),
  content: z.array(Inline).describe("The paragraph's content after the opener, up to its first subparagraph."),
  subparagraphs: z.array(Subparagraph).describe('Its subparagraphs, in order.'),
  text: z.string().describe('Plain re-flowed text of the whole paragraph (opener, content and subparagraphs).'),
  position: Position.describe(where),
});

export const PreambularParagraph = z
  .object({ type: z.literal('preambularParagraph'), ...paragraphFields() })
  .meta({ id: 'PreambularParagraph', description: 'An unnumbered paragraph before the operative part ("Recalling …,").' });

export const OperativeParagraph = z
  .object({
    type: z.literal('operativeParagraph'),
    num: z.string().nullable().describe('The number as printed ("1"), or null for a single unnumbered paragraph.'),
    number: z.number().int().nullable().describe('The number as an integer, or null for a single unnumbered paragraph.'),
    ...paragraphFields(),
  })
  .meta({ id: 'OperativeParagraph', description: 'A top-level numbered paragraph of the operative part ("1. Decides …;").' });

export const Authority = z
  .object({
    type: z.literal('authority'),
    text: z.string().describe('The line as written: "The General Assembly,".'),
    organ: z.string().nullable().describe('The organ it names ("General Assembly"), or null.'),
    position: Position.describe(where),
  })
  .meta({ id: 'Authority', description: 'The enacting formula: "The General Assembly,".' });

export type Opener = Types.Opener;
export type Heading = Types.Heading;
export type Subparagraph = Types.Subparagraph;
export type PreambularParagraph = Types.PreambularParagraph;
export type OperativeParagraph = Types.OperativeParagraph;
export type Authority = Types.Authority;

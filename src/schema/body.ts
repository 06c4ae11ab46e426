import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Authority, Heading, OperativeParagraph, PreambularParagraph } from './paragraphs.js';
import { Position } from './position.js';

/**
 * What a resolution, one of its parts or sections, or an annex holds: an optional authority line,
 * preambular paragraphs, a lead-in, operative paragraphs and nested divisions, in that order.
 * A function, so that each node type gets schemas of its own; `divisions` is added by each object
 * itself (a getter would be evaluated by a spread).
 */
export const bodyFields = () => ({
  authority: Authority.nullable().describe('The authority line ("The General Assembly,"), or null.'),
  preamble: z.array(PreambularParagraph).describe('The preambular paragraphs, in order.'),
  leadIn: Heading.nullable().describe('A lead-in standing alone before the operative paragraphs ("Resolves that:"), or null.'),
  operative: z.array(OperativeParagraph).describe('The operative paragraphs, in order.'),
});

export const Division = z
  .object({
    type: z.literal('division'),
    kind: z.enum(['part', 'section']).describe('A part ("A", "B") or a section ("I", "II").'),
    num: z.string().describe('As printed: "A", "II", "B.".'),
    heading: Heading.nullable().describe('Its heading, or null.'),
    // The body's fields written out: a spread here would leave TypeScript unable to type the recursion.
    authority: Authority.nullable().describe('The authority line of a part that has one, or null.'),
    preamble: z.array(PreambularParagraph).describe('Its preambular paragraphs, in order.'),
    leadIn: Heading.nullable().describe('A lead-in standing alone before its operative paragraphs, or null.'),
    operative: z.array(OperativeParagraph).describe('Its operative paragraphs, in order.'),
    get divisions(): z.ZodArray<typeof Division> {
      return z.array(Division).describe('Sections inside this part.');
    },
    position: Position.describe('Where the division stands.'),
  })
  .meta({ id: 'Division', description: 'A part ("A", "B") or a section ("I", "II", "A.") with its heading and its own paragraphs.' });

export const Annex = z
  .object({
    type: z.literal('annex'),
    label: z.string().describe('As printed: "Annex", "Annex I", "Annexe".'),
    num: z.string().nullable().describe('The number of the annex ("I"), or null.'),
    title: Heading.nullable().describe('Its title, or null.'),
    ...bodyFields(),
    divisions: z.array(Division).describe('Its parts and sections.'),
    position: Position.describe('Where the annex stands.'),
  })
  .meta({ id: 'Annex', description: "An annex: its paragraphs belong to it, not to the resolution's counts." });

export type Division = Types.Division;
export type Annex = Types.Annex;

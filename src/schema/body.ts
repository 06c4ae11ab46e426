import { z } from 'zod';
import { Authority, Heading, OperativeParagraph, PreambularParagraph } from './paragraphs.js';
import { Position } from './position.js';

/**
 * What a resolution, one of its parts or sections, or an annex holds: an optional authority line,
 * preambular paragraphs, a lead-in, operative paragraphs and nested divisions, in that order.
 * (`divisions` is added by each object itself: a getter would be evaluated by a spread.)
 */
export const bodyFields = {
  authority: Authority.nullable(),
  preamble: z.array(PreambularParagraph),
  /** A lead-in standing alone before the operative paragraphs ("Resolves that:"). */
  leadIn: Heading.nullable(),
  operative: z.array(OperativeParagraph),
};

/** A part ("A", "B") or a section ("I", "II", "A.") with its heading. */
export const Division = z.object({
  type: z.literal('division'),
  kind: z.enum(['part', 'section']),
  /** As printed: "A", "II", "B.". */
  num: z.string(),
  heading: Heading.nullable(),
  authority: Authority.nullable(),
  preamble: z.array(PreambularParagraph),
  leadIn: Heading.nullable(),
  operative: z.array(OperativeParagraph),
  get divisions() {
    return z.array(Division);
  },
  position: Position,
});

export const Annex = z.object({
  type: z.literal('annex'),
  /** "Annex", "Annex I", "Annexe". */
  label: z.string(),
  num: z.string().nullable(),
  title: Heading.nullable(),
  ...bodyFields,
  divisions: z.array(Division),
  position: Position,
});

export type Division = z.infer<typeof Division>;
export type Annex = z.infer<typeof Annex>;

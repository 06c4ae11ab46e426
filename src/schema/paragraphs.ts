import { z } from 'zod';
import { Inline } from './inline.js';
import { Position } from './position.js';

/** The opening phrase of a paragraph (italic in print), without trailing punctuation. */
export const Opener = z.object({
  type: z.literal('opener'),
  text: z.string(),
  /** Whether the phrase is in the language's phrase data (false: found by the shape of the words). */
  known: z.boolean(),
  position: Position,
});

/** An unnumbered heading inside a body or an annex ("Partnerships and support mechanisms"). */
export const Heading = z.object({ type: z.literal('heading'), text: z.string(), position: Position });

/** (a), (i), a), i) … at any depth. */
export const Subparagraph = z.object({
  type: z.literal('subparagraph'),
  /** The label without brackets: "a", "ii", "1". */
  label: z.string(),
  /** The marker as written: "(a)", "a)". */
  marker: z.string(),
  content: z.array(Inline),
  text: z.string(),
  get subparagraphs() {
    return z.array(Subparagraph);
  },
  position: Position,
});

const paragraphFields = {
  /** The heading printed just before this paragraph, if any. */
  heading: Heading.nullable(),
  opener: Opener.nullable(),
  /** The paragraph's content after the opener, up to its first subparagraph. */
  content: z.array(Inline),
  subparagraphs: z.array(Subparagraph),
  /** Plain re-flowed text of the whole paragraph (opener, content and subparagraphs). */
  text: z.string(),
  position: Position,
};

export const PreambularParagraph = z.object({ type: z.literal('preambularParagraph'), ...paragraphFields });

export const OperativeParagraph = z.object({
  type: z.literal('operativeParagraph'),
  /** The number as printed ("1"), or null for a single unnumbered paragraph. */
  num: z.string().nullable(),
  number: z.number().int().nullable(),
  ...paragraphFields,
});

/** "The General Assembly," — the enacting formula. */
export const Authority = z.object({
  type: z.literal('authority'),
  text: z.string(),
  organ: z.string().nullable(),
  position: Position,
});

export type Opener = z.infer<typeof Opener>;
export type Heading = z.infer<typeof Heading>;
export type Subparagraph = z.infer<typeof Subparagraph>;
export type PreambularParagraph = z.infer<typeof PreambularParagraph>;
export type OperativeParagraph = z.infer<typeof OperativeParagraph>;
export type Authority = z.infer<typeof Authority>;

import { z } from 'zod';
import { Inline } from './inline.js';
import { Position } from './position.js';

export const Footnote = z.object({
  type: z.literal('footnote'),
  id: z.string(),
  /** The marker as printed: "1", "13". */
  marker: z.string(),
  content: z.array(Inline),
  text: z.string(),
  /** Ids of the footnoteReference nodes that point here. */
  references: z.array(z.string()),
  position: Position,
});

/** Running headers and footers between two pages, kept out of the content. */
export const PageBreak = z.object({
  type: z.literal('pageBreak'),
  /** Number of the page that begins here, when printed ("2/5" → 2). */
  page: z.number().int().nullable(),
  /** The furniture lines as written (symbol, title, job number, page counter). */
  lines: z.array(z.string()),
  position: Position,
});

/** Text the parser could not place. Nothing of the input is dropped. */
export const Unparsed = z.object({
  type: z.literal('unparsed'),
  text: z.string(),
  position: Position,
});

export type Footnote = z.infer<typeof Footnote>;
export type PageBreak = z.infer<typeof PageBreak>;
export type Unparsed = z.infer<typeof Unparsed>;

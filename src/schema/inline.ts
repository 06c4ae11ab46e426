import { z } from 'zod';
import { Position } from './position.js';

/** Plain text, re-flowed: a line break inside a paragraph becomes one space. */
export const Text = z.object({ type: z.literal('text'), value: z.string(), position: Position });

/** A reference to a footnote, linked by `footnoteId` to `Resolution.footnotes[].id` (null when no note exists). */
export const FootnoteReference = z.object({
  type: z.literal('footnoteReference'),
  id: z.string(),
  marker: z.string(),
  footnoteId: z.string().nullable(),
  position: Position,
});

/** A superscript that is not a footnote marker, such as the "e" of "78<sup>e</sup>". */
export const Superscript = z.object({ type: z.literal('superscript'), value: z.string(), position: Position });

/** Italic (`*…*`) or bold (`**…**`) text of the markdown form. */
export const Emphasis = z.object({
  type: z.enum(['emphasis', 'strong']),
  get children() {
    return z.array(Inline);
  },
  position: Position,
});

export const Inline = z.union([Text, FootnoteReference, Superscript, Emphasis]);

export type Text = z.infer<typeof Text>;
export type FootnoteReference = z.infer<typeof FootnoteReference>;
export type Superscript = z.infer<typeof Superscript>;
export type Emphasis = z.infer<typeof Emphasis>;
export type Inline = z.infer<typeof Inline>;

import { z } from 'zod';
import { OrganId } from './header.js';
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

/** What a reference points to (see src/references/). */
export const ReferenceKind = z.enum(['resolution', 'decision', 'document', 'charter', 'paragraph', 'instrument']);

/**
 * A reference to another text or to a place in this one, split off the text it was printed in:
 * "its resolution 57/263 of 20 December 2002", "2722 (2024)" in a list, "paragraph 1 (a) above",
 * "Article 73 e of the Charter", "(A/58/319)"'s symbol. A list or a range gives one node per target.
 */
export const Reference = z.object({
  type: z.literal('reference'),
  kind: ReferenceKind,
  /** The reference as printed (re-flowed as text nodes are): `print` writes it back as it stands. */
  text: z.string(),
  /**
   * The target, normalised: a document symbol ("A/RES/57/263", "S/RES/2722 (2024)", "A/DEC/58/554",
   * "A/58/319"), the Charter ("Charter of the United Nations"), an instrument's name as printed, or null
   * for a paragraph of this text.
   */
  target: z.string().nullable(),
  /** The organ of a resolution or decision, said or implied ("its resolution", "242 (1967)"); null otherwise. */
  organ: OrganId.nullable(),
  /** The date the text gives with it ("of 20 December 2002"): yyyy-mm-dd. */
  date: z.string().nullable(),
  /** The paragraph pointed at ("10"; several as "3, 4"; a range as "174-178"). */
  paragraph: z.string().nullable(),
  /** The item of that paragraph or article ("a" of "paragraph 1 (a)", "e" of "Article 73 e"). */
  item: z.string().nullable(),
  /** The article ("73") or chapter ("VII") of the Charter or of an instrument. */
  article: z.string().nullable(),
  chapter: z.string().nullable(),
  /** In a range ("resolutions 1267 (1999) to 1989 (2011)"): its first or last target. */
  range: z.enum(['from', 'to']).nullable(),
  position: Position,
});

/** Italic (`*…*`) or bold (`**…**`) text of the markdown form. */
export const Emphasis = z.object({
  type: z.enum(['emphasis', 'strong']),
  get children() {
    return z.array(Inline);
  },
  position: Position,
});

export const Inline = z.union([Text, FootnoteReference, Superscript, Emphasis, Reference]);

export type Text = z.infer<typeof Text>;
export type FootnoteReference = z.infer<typeof FootnoteReference>;
export type Superscript = z.infer<typeof Superscript>;
export type Emphasis = z.infer<typeof Emphasis>;
export type Reference = z.infer<typeof Reference>;
export type ReferenceKind = z.infer<typeof ReferenceKind>;
export type Inline = z.infer<typeof Inline>;

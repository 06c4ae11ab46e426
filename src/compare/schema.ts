/** The result of `compare(draft, adopted)`: zod schemas, from which the TypeScript types are inferred. */
import { z } from 'zod';
import { Position } from '../schema/position.js';
import { InputForm, Language } from '../schema/resolution.js';

/** A run of words (with the spaces and punctuation between them) kept, added or removed. */
export const WordChange = z.object({ type: z.enum(['same', 'added', 'removed']), text: z.string() });

/**
 * What happened to a paragraph (or subparagraph, or footnote) between the draft and the adopted text.
 * A pair may carry several: `renumbered` and `edited`; `moved` is out of the order the others keep.
 */
export const Change = z.enum(['unchanged', 'edited', 'moved', 'renumbered', 'split', 'merged', 'added', 'removed']);

/** A paragraph of one of the two documents, as compare shows it. */
export const ComparedParagraph = z.object({
  /** "P3" (third preambular paragraph), "O5" (operative paragraph 5), "II.O5" in section II, "Annex.O2". */
  label: z.string(),
  /** Its index (0-based) in the document's preambular or operative paragraphs, divisions and annexes included, in reading order. */
  index: z.number().int().min(0),
  /** The number as printed; null for preambular and unnumbered paragraphs. */
  num: z.string().nullable(),
  /** Where it stands: null in the body, "section II", "part A, section I", "annex I". */
  place: z.string().nullable(),
  opener: z.string().nullable(),
  text: z.string(),
  /** In its own document's source. */
  position: Position,
});

export const ComparedSubparagraph = z.object({
  /** Labels from the paragraph down: "b", "b.ii". */
  label: z.string(),
  /** Its own text, without its subparagraphs'. */
  text: z.string(),
  position: Position,
});

export const SubparagraphAlignment = z.object({
  changes: z.array(Change),
  draft: z.array(ComparedSubparagraph),
  adopted: z.array(ComparedSubparagraph),
  /** The word-level difference when the text changed. */
  words: z.array(WordChange).nullable(),
});

export const OpenerChange = z.object({ draft: z.string().nullable(), adopted: z.string().nullable(), changed: z.boolean() });

/**
 * One entry of the alignment: a pair (one paragraph in each document), a split (one draft paragraph,
 * several adopted ones), a merge (the reverse), an added paragraph (adopted only) or a removed one
 * (draft only).
 */
export const ParagraphAlignment = z.object({
  changes: z.array(Change),
  draft: z.array(ComparedParagraph),
  adopted: z.array(ComparedParagraph),
  /** How alike the two texts are, 0 to 1 (Dice coefficient of their words and word pairs); 0 when unpaired. */
  similarity: z.number().min(0).max(1),
  /** Paired paragraphs' openers; null when unpaired. */
  opener: OpenerChange.nullable(),
  /** The word-level difference of the texts, when they differ (split and merged parts joined by a space). */
  words: z.array(WordChange).nullable(),
  /** Changes among the subparagraphs of an edited pair; empty otherwise. */
  subparagraphs: z.array(SubparagraphAlignment),
});

export const ComparedFootnote = z.object({ marker: z.string(), text: z.string(), position: Position });

export const FootnoteAlignment = z.object({
  changes: z.array(Change),
  draft: ComparedFootnote.nullable(),
  adopted: ComparedFootnote.nullable(),
  words: z.array(WordChange).nullable(),
});

export const MastheadField = z.enum([
  'status',
  'symbol',
  'distribution',
  'issueDate',
  'session',
  'agendaItems',
  'agendaTitle',
  'sponsors',
  'adoptedBy',
  'reference',
  'resolutionNumber',
  'title',
  'authority',
  'meeting',
  'adoptionDate',
  'vote',
]);

/** A masthead or closing field whose value differs; null where a document does not have it. */
export const MastheadChange = z.object({
  field: MastheadField,
  draft: z.string().nullable(),
  adopted: z.string().nullable(),
  draftPosition: Position.nullable(),
  adoptedPosition: Position.nullable(),
});

export const ComparedDocument = z.object({
  symbol: z.string().nullable(),
  status: z.enum(['resolution', 'draft']),
  language: Language,
  form: InputForm,
});

/** A number of entries (named, so that the JSON Schema refers to one definition). */
export const ChangeCount = z.number().int().min(0);
/** How many entries of the alignment (preamble and operative part) carry each change. */
export const ComparisonSummary = z.object({
  unchanged: ChangeCount,
  edited: ChangeCount,
  moved: ChangeCount,
  renumbered: ChangeCount,
  split: ChangeCount,
  merged: ChangeCount,
  added: ChangeCount,
  removed: ChangeCount,
});

export const Comparison = z.object({
  type: z.literal('comparison'),
  draft: ComparedDocument,
  adopted: ComparedDocument,
  masthead: z.array(MastheadChange),
  /** Preambular paragraphs, divisions and annexes included, in the adopted text's order with removed ones where they stood. */
  preamble: z.array(ParagraphAlignment),
  operative: z.array(ParagraphAlignment),
  footnotes: z.array(FootnoteAlignment),
  summary: ComparisonSummary,
});

export type WordChange = z.infer<typeof WordChange>;
export type Change = z.infer<typeof Change>;
export type ComparedParagraph = z.infer<typeof ComparedParagraph>;
export type ComparedSubparagraph = z.infer<typeof ComparedSubparagraph>;
export type SubparagraphAlignment = z.infer<typeof SubparagraphAlignment>;
export type OpenerChange = z.infer<typeof OpenerChange>;
export type ParagraphAlignment = z.infer<typeof ParagraphAlignment>;
export type ComparedFootnote = z.infer<typeof ComparedFootnote>;
export type FootnoteAlignment = z.infer<typeof FootnoteAlignment>;
export type MastheadField = z.infer<typeof MastheadField>;
export type MastheadChange = z.infer<typeof MastheadChange>;
export type ComparedDocument = z.infer<typeof ComparedDocument>;
export type ComparisonSummary = z.infer<typeof ComparisonSummary>;
export type Comparison = z.infer<typeof Comparison>;

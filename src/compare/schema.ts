/** The result of `compare(draft, adopted)`: zod schemas, from which the TypeScript types are inferred. */
import { z } from 'zod';
import { Position } from '../schema/position.js';
import { InputForm, Language } from '../schema/resolution.js';

const where = 'Where it stands in its own document\'s source.';
const changes = 'What happened to it between the draft and the adopted text.';

export const WordChange = z
  .object({
    type: z.enum(['same', 'added', 'removed']).describe('Whether the words are in both texts, only the adopted one, or only the draft.'),
    text: z.string().describe('The words, with the spaces and punctuation between them.'),
  })
  .meta({ id: 'WordChange', description: 'A run of words kept, added or removed.' });

export const Change = z
  .enum(['unchanged', 'edited', 'moved', 'renumbered', 'split', 'merged', 'added', 'removed'])
  .meta({
    id: 'Change',
    description: 'What happened to a paragraph, subparagraph or footnote. A pair may carry several (renumbered and edited); moved is out of the order the others keep.',
  });

export const ComparedParagraph = z
  .object({
    label: z.string().describe('"P3" (third preambular paragraph), "O5" (operative paragraph 5), "II.O5" in section II, "Annex.O2".'),
    index: z.number().int().min(0).describe("Its index (0-based) in the document's preambular or operative paragraphs, divisions and annexes included, in reading order."),
    num: z.string().nullable().describe('The number as printed; null for preambular and unnumbered paragraphs.'),
    place: z.string().nullable().describe('Where it stands: null in the body, "section II", "part A, section I", "annex I".'),
    opener: z.string().nullable().describe('Its opener, as written.'),
    text: z.string().describe('Its text.'),
    position: Position.describe(where),
  })
  .meta({ id: 'ComparedParagraph', description: 'A paragraph of one of the two documents, as compare shows it.' });

export const ComparedSubparagraph = z
  .object({
    label: z.string().describe('Labels from the paragraph down: "b", "b.ii".'),
    text: z.string().describe("Its own text, without its subparagraphs'."),
    position: Position.describe(where),
  })
  .meta({ id: 'ComparedSubparagraph', description: 'A subparagraph of one of the two documents.' });

export const SubparagraphAlignment = z
  .object({
    changes: z.array(Change).describe(changes),
    draft: z.array(ComparedSubparagraph).describe('The subparagraphs of the draft in this entry.'),
    adopted: z.array(ComparedSubparagraph).describe('The subparagraphs of the adopted text in this entry.'),
    words: z.array(WordChange).nullable().describe('The word-level difference when the text changed.'),
  })
  .meta({ id: 'SubparagraphAlignment', description: 'One entry of the alignment of the subparagraphs of an edited pair.' });

export const OpenerChange = z
  .object({
    draft: z.string().nullable().describe("The draft paragraph's opener."),
    adopted: z.string().nullable().describe("The adopted paragraph's opener."),
    changed: z.boolean().describe('Whether the opener changed.'),
  })
  .meta({ id: 'OpenerChange', description: "A paired paragraph's openers." });

export const ParagraphAlignment = z
  .object({
    changes: z.array(Change).describe(changes),
    draft: z.array(ComparedParagraph).describe('The draft paragraphs of this entry: one, several (merged), or none (added).'),
    adopted: z.array(ComparedParagraph).describe('The adopted paragraphs of this entry: one, several (split), or none (removed).'),
    similarity: z.number().min(0).max(1).describe('How alike the two texts are, 0 to 1 (Dice coefficient of their words and word pairs); 0 when unpaired.'),
    opener: OpenerChange.nullable().describe("Paired paragraphs' openers; null when unpaired."),
    words: z.array(WordChange).nullable().describe('The word-level difference of the texts, when they differ (split and merged parts joined by a space).'),
    subparagraphs: z.array(SubparagraphAlignment).describe('Changes among the subparagraphs of an edited pair; empty otherwise.'),
  })
  .meta({
    id: 'ParagraphAlignment',
    description: 'One entry of the alignment: a pair, a split (one draft paragraph, several adopted ones), a merge (the reverse), an added paragraph (adopted only) or a removed one (draft only).',
  });

export const ComparedFootnote = z
  .object({ marker: z.string().describe('The marker as printed.'), text: z.string().describe("The note's text."), position: Position.describe(where) })
  .meta({ id: 'ComparedFootnote', description: 'A footnote of one of the two documents.' });

export const FootnoteAlignment = z
  .object({
    changes: z.array(Change).describe(changes),
    draft: ComparedFootnote.nullable().describe("The draft's note; null when added."),
    adopted: ComparedFootnote.nullable().describe("The adopted text's note; null when removed."),
    words: z.array(WordChange).nullable().describe('The word-level difference when the text changed.'),
  })
  .meta({ id: 'FootnoteAlignment', description: 'One entry of the alignment of the footnotes.' });

export const MastheadField = z
  .enum(['status', 'symbol', 'distribution', 'issueDate', 'session', 'agendaItems', 'agendaTitles', 'sponsors', 'adoptedBy', 'reference', 'resolutionNumber', 'title', 'authority', 'meeting', 'adoptionDate', 'vote'])
  .meta({ id: 'MastheadField', description: 'A field of the masthead or the closing.' });

export const MastheadChange = z
  .object({
    field: MastheadField.describe('The field that differs.'),
    draft: z.string().nullable().describe("The draft's value; null where it has none."),
    adopted: z.string().nullable().describe("The adopted text's value; null where it has none."),
    draftPosition: Position.nullable().describe('Where the field stands in the draft.'),
    adoptedPosition: Position.nullable().describe('Where the field stands in the adopted text.'),
  })
  .meta({ id: 'MastheadChange', description: 'A masthead or closing field whose value differs.' });

export const ComparedDocument = z
  .object({
    symbol: z.string().nullable().describe("The document's symbol."),
    status: z.enum(['resolution', 'draft']).describe('Whether the text was adopted or is a draft.'),
    language: Language.describe('Its language.'),
    form: InputForm.describe('Its input form.'),
  })
  .meta({ id: 'ComparedDocument', description: 'One of the two documents compared.' });

const count = (what: string) => z.number().int().min(0).describe(`How many entries are ${what}.`);

export const ComparisonSummary = z
  .object({
    unchanged: count('unchanged'),
    edited: count('edited'),
    moved: count('moved'),
    renumbered: count('renumbered'),
    split: count('split'),
    merged: count('merged'),
    added: count('added'),
    removed: count('removed'),
  })
  .meta({ id: 'ComparisonSummary', description: 'How many entries of the alignment (preamble and operative part) carry each change.' });

export const Comparison = z
  .object({
    type: z.literal('comparison'),
    draft: ComparedDocument.describe('The draft.'),
    adopted: ComparedDocument.describe('The adopted text.'),
    masthead: z.array(MastheadChange).describe('The masthead and closing fields that differ.'),
    preamble: z.array(ParagraphAlignment).describe("Preambular paragraphs, divisions and annexes included, in the adopted text's order with removed ones where they stood."),
    operative: z.array(ParagraphAlignment).describe('Operative paragraphs, in the same order.'),
    footnotes: z.array(FootnoteAlignment).describe('The footnotes, aligned.'),
    summary: ComparisonSummary.describe('How many entries carry each change.'),
  })
  .meta({ id: 'Comparison', description: 'The result of compare(draft, adopted): what changed between a draft resolution and the resolution it became.' });

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

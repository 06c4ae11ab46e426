import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Annex, bodyFields, Division } from './body.js';
import { Closing } from './closing.js';
import { Diagnostic } from './diagnostic.js';
import { Footnote, PageBreak, Unparsed } from './footnote.js';
import { Header } from './header.js';
import { Position } from './position.js';

export const Language = z.enum(['en', 'fr', 'es']).meta({ id: 'Language', description: 'The language of the text.' });
export const InputForm = z
  .enum(['markdown', 'text'])
  .meta({ id: 'InputForm', description: '`markdown` converted from the PDF, or `text` extracted from it.' });

export const Resolution = z
  .object({
    type: z.literal('resolution'),
    status: z.enum(['resolution', 'draft']).describe('"resolution", or "draft" for an L document or a draft without adoption.'),
    language: Language.describe('The language of the text, given or detected.'),
    form: InputForm.describe('The form of the input, given or detected.'),
    header: Header.describe('The header fields.'),
    ...bodyFields(),
    divisions: z.array(Division).describe('Parts and sections, after the operative paragraphs that precede them.'),
    closing: Closing.nullable().describe('The meeting line and adoption date, or null.'),
    annexes: z.array(Annex).describe('The annexes.'),
    footnotes: z.array(Footnote).describe('The footnotes, in the order printed.'),
    pageBreaks: z.array(PageBreak).describe('Page furniture kept out of the content.'),
    unparsed: z.array(Unparsed).describe('Text the parser could not place.'),
    position: Position.describe('The whole input.'),
  })
  .meta({ id: 'Resolution', description: 'A United Nations resolution (or draft) as a tree.' });

export const ParseResult = z
  .object({
    resolution: Resolution.describe('The tree.'),
    diagnostics: z.array(Diagnostic).describe("The parser's findings, in text order."),
  })
  .describe('What `parse` returns.');

export type Language = Types.Language;
export type InputForm = Types.InputForm;
export type Resolution = Types.Resolution;
export type ParseResult = Types.ParseResult;

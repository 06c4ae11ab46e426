import { z } from 'zod';
import { Annex, bodyFields, Division } from './body.js';
import { Closing } from './closing.js';
import { Diagnostic } from './diagnostic.js';
import { Footnote, PageBreak, Unparsed } from './footnote.js';
import { Header } from './header.js';
import { Position } from './position.js';

export const Language = z.enum(['en', 'fr', 'es']);
export const InputForm = z.enum(['markdown', 'text']);

export const Resolution = z.object({
  type: z.literal('resolution'),
  /** "resolution", or "draft" for an L document or a draft without adoption. */
  status: z.enum(['resolution', 'draft']),
  language: Language,
  form: InputForm,
  header: Header,
  ...bodyFields,
  divisions: z.array(Division),
  closing: Closing.nullable(),
  annexes: z.array(Annex),
  footnotes: z.array(Footnote),
  pageBreaks: z.array(PageBreak),
  unparsed: z.array(Unparsed),
  position: Position,
});

export const ParseResult = z.object({ resolution: Resolution, diagnostics: z.array(Diagnostic) });

export type Language = z.infer<typeof Language>;
export type InputForm = z.infer<typeof InputForm>;
export type Resolution = z.infer<typeof Resolution>;
export type ParseResult = z.infer<typeof ParseResult>;

import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { Position } from './position.js';

export const Severity = z.enum(['error', 'warning', 'info']).meta({ id: 'Severity', description: 'How serious a finding is.' });

export const Diagnostic = z
  .object({
    code: z.string().describe('Stable, kebab-case: "not-a-resolution", "footnote-missing" (`un-resolution rules` lists them).'),
    severity: Severity.describe('error, warning or info.'),
    message: z.string().describe('What was found, in a sentence.'),
    position: Position.nullable().describe('Where, or null for the whole document.'),
    related: z
      .array(z.object({ message: z.string().describe('What this place has to do with the finding.'), position: Position.describe('The place.') }))
      .optional()
      .describe('Other places that explain this one (the reference and its footnote).'),
  })
  .meta({ id: 'Diagnostic', description: 'A finding of the parser or of validate.' });

export type Severity = Types.Severity;
export type Diagnostic = Types.Diagnostic;

import { z } from 'zod';
import { Position } from './position.js';

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z.object({
  /** Stable, kebab-case: "not-a-resolution", "footnote-missing". */
  code: z.string(),
  severity: Severity,
  message: z.string(),
  position: Position.nullable(),
  /** Other places that explain this one (the reference and its footnote). */
  related: z.array(z.object({ message: z.string(), position: Position })).optional(),
});

export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;

import { z } from 'zod';
import { Position } from './position.js';

/** A value read from the source, with the words as written and where they stand. */
export const field = <T extends z.ZodType>(value: T) =>
  z.object({
    value: value.describe('The value read, normalised.'),
    text: z.string().describe('The words as written.'),
    position: Position.describe('Where the words stand.'),
  });

import { z } from 'zod';
import { Position } from './position.js';

/** A value read from the source, with the words as written and where they stand. */
export const field = <T extends z.ZodType>(value: T) =>
  z.object({ value, text: z.string(), position: Position });

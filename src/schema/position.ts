import { z } from 'zod';

/** A place in the original input: 1-based line and column, 0-based offset (UTF-16 code units). */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

/** A span of the original input; `end` is exclusive (unist convention). */
export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;

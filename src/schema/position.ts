import { z } from 'zod';
import type * as Types from '../generated/schema.js';

export const Point = z
  .object({
    line: z.number().int().min(1).describe('Line number, from 1.'),
    column: z.number().int().min(1).describe('Column, from 1, in UTF-16 code units.'),
    offset: z.number().int().min(0).describe('Offset from the start of the input, from 0, in UTF-16 code units.'),
  })
  .meta({ id: 'Point', description: 'A place in the original input: 1-based line and column, 0-based offset (UTF-16 code units).' });
export type Point = Types.Point;

export const Position = z
  .object({
    start: Point.describe('Where the span begins.'),
    end: Point.describe('Where the span ends (exclusive: the first character after it).'),
  })
  .meta({ id: 'Position', description: 'A span of the original input, also when lines were re-joined across page breaks; `end` is exclusive.' });
export type Position = Types.Position;

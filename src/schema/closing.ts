import { z } from 'zod';
import { field } from './field.js';
import { Inline } from './inline.js';
import { Position } from './position.js';

/** "Adopted at the 476th meeting by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia)." */
export const Vote = z.object({
  unanimous: z.boolean(),
  withoutVote: z.boolean(),
  inFavour: z.number().int().nullable(),
  against: z.number().int().nullable(),
  abstentions: z.number().int().nullable(),
  /** Members named in brackets after the abstentions, or "not participating". */
  abstaining: z.array(z.string()),
  /** A recorded vote's lists of States, as printed under "In favour:", "Against:", "Abstaining:". */
  recorded: z.object({ inFavour: z.array(z.string()), against: z.array(z.string()), abstaining: z.array(z.string()) }).nullable(),
  text: z.string(),
  position: Position,
});

/** The meeting line and adoption date that end the resolution. */
export const Closing = z.object({
  type: z.literal('closing'),
  meeting: field(z.number().int()).nullable(),
  /** Adoption date, ISO 8601. */
  date: field(z.string()).nullable(),
  vote: Vote.nullable(),
  text: z.string(),
  /** The closing as inline nodes: its text and the footnote markers printed on it ("meeting. 22"). */
  content: z.array(Inline),
  position: Position,
});

export type Vote = z.infer<typeof Vote>;
export type Closing = z.infer<typeof Closing>;

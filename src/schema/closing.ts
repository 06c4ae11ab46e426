import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { field } from './field.js';
import { Inline } from './inline.js';
import { Position } from './position.js';

export const Vote = z
  .object({
    unanimous: z.boolean().describe('Adopted unanimously.'),
    withoutVote: z.boolean().describe('Adopted without a vote (or by consensus).'),
    inFavour: z.number().int().nullable().describe('Votes in favour, when counted.'),
    against: z.number().int().nullable().describe('Votes against, when counted.'),
    abstentions: z.number().int().nullable().describe('Abstentions, when counted.'),
    abstaining: z.array(z.string()).describe('Members named in brackets after the abstentions, or "not participating".'),
    recorded: z
      .object({
        inFavour: z.array(z.string()).describe('The States listed under "In favour:".'),
        against: z.array(z.string()).describe('The States listed under "Against:".'),
        abstaining: z.array(z.string()).describe('The States listed under "Abstaining:".'),
      })
      .nullable()
      .describe('A recorded vote\'s lists of States, as printed in brackets under the closing.'),
    text: z.string().describe('The words of the vote as written.'),
    position: Position.describe('Where the vote is written.'),
  })
  .meta({ id: 'Vote', description: 'How the resolution was adopted: "by 7 votes to none, with 3 abstentions (Egypt, India, Yugoslavia)".' });

export const Closing = z
  .object({
    type: z.literal('closing'),
    meeting: field(z.number().int()).nullable().describe('The meeting number ("78th plenary meeting" → 78).'),
    date: field(z.string()).nullable().describe('Adoption date, ISO 8601 (yyyy-mm-dd).'),
    vote: Vote.nullable().describe('The vote, when the closing gives one.'),
    text: z.string().describe('The closing as written, re-flowed.'),
    content: z.array(Inline).describe('The closing as inline nodes: its text and the footnote markers printed on it ("meeting. 22").'),
    position: Position.describe('Where the closing stands.'),
  })
  .meta({ id: 'Closing', description: 'The meeting line and adoption date that end the resolution.' });

export type Vote = Types.Vote;
export type Closing = Types.Closing;

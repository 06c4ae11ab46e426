import { z } from 'zod';
import type * as Types from '../generated/schema.js';
import { field } from './field.js';
import { Position } from './position.js';

export const OrganId = z
  .enum(['general-assembly', 'security-council', 'economic-and-social-council', 'trusteeship-council', 'human-rights-council', 'other'])
  .meta({ id: 'OrganId', description: 'The organ that adopted the resolution, normalised.' });
export type OrganId = Types.OrganId;

export const DocumentSymbol = z
  .object({
    value: z.string().describe('The symbol: "A/RES/58/220", "S/RES/242 (1967)".'),
    stated: z.boolean().describe('Whether the document prints its symbol (false: derived from the resolution number).'),
    text: z.string().nullable().describe('The symbol as written, or null when derived.'),
    position: Position.nullable().describe('Where the symbol is written, or null when derived.'),
  })
  .meta({ id: 'DocumentSymbol', description: 'The document symbol, as printed or derived from the resolution number.' });

export const ReportReference = z
  .object({
    kind: z.enum(['committee-report', 'no-main-committee', 'other']).describe('Adopted on the report of a committee, without reference to a Main Committee, or another reference.'),
    committee: z.string().nullable().describe('The committee named ("Second Committee"), or null.'),
    symbol: z.string().nullable().describe('The symbol in brackets: the report ("A/58/487") or the draft ("A/80/L.9"), or null.'),
    paragraph: z.string().nullable().describe('The paragraph of the report named ("A/58/487, para. 12"), or null.'),
    text: z.string().describe('The line as written.'),
    position: Position.describe('Where the line stands.'),
  })
  .meta({ id: 'ReportReference', description: '"[on the report of the Second Committee (A/58/487)]" or "[without reference to a Main Committee (A/80/L.9)]".' });

export const Header = z
  .object({
    type: z.literal('header'),
    organ: field(OrganId).nullable().describe('The organ, normalised, and its name as written ("Assemblée générale").'),
    symbol: DocumentSymbol.nullable().describe('The document symbol, or null when neither printed nor derivable.'),
    distribution: field(z.enum(['general', 'limited', 'restricted'])).nullable().describe('"Distr.: General": general, limited (drafts) or restricted.'),
    issueDate: field(z.string()).nullable().describe('Date of issue, ISO 8601 (yyyy-mm-dd).'),
    session: field(z.number().int()).nullable().describe('The session number ("Fifty-eighth session" → 58).'),
    agendaItems: z.array(field(z.string())).describe('Agenda items ("Agenda item 97 (b)" → "97 (b)").'),
    agendaTitles: z.array(field(z.string())).describe('The titles of the agenda items printed under them, one per title ("Agenda items 13 and 75" has two).'),
    adoptedBy: field(z.string().nullable()).nullable().describe('"Resolution adopted by the General Assembly on 14 October 2025": the adoption date it gives, ISO, or null.'),
    reference: ReportReference.nullable().describe('The committee report (or draft) the resolution was adopted on.'),
    resolutionNumber: field(z.string()).nullable().describe('The resolution number: "58/220", "242 (1967)".'),
    title: field(z.string()).nullable().describe('The title of the resolution.'),
    other: z.array(field(z.string())).describe('Header lines that carry no field: "United Nations", barcodes, job numbers, "Original: English", sponsors.'),
    position: Position.nullable().describe('Where the header stands, or null when there is none.'),
  })
  .meta({ id: 'Header', description: 'What is printed above the authority line: organ, symbol, distribution, dates, session, agenda, number and title.' });

export type DocumentSymbol = Types.DocumentSymbol;
export type ReportReference = Types.ReportReference;
export type Header = Types.Header;

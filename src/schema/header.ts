import { z } from 'zod';
import { field } from './field.js';
import { Position } from './position.js';

export const OrganId = z.enum([
  'general-assembly',
  'security-council',
  'economic-and-social-council',
  'trusteeship-council',
  'human-rights-council',
  'other',
]);
export type OrganId = z.infer<typeof OrganId>;

/** The document symbol; `stated` is false when it was derived from the resolution number. */
export const DocumentSymbol = z.object({
  value: z.string(),
  stated: z.boolean(),
  text: z.string().nullable(),
  position: Position.nullable(),
});

/** "[on the report of the Second Committee (A/58/487)]" or "[without reference to a Main Committee (A/80/L.9)]". */
export const ReportReference = z.object({
  kind: z.enum(['committee-report', 'no-main-committee', 'other']),
  committee: z.string().nullable(),
  symbol: z.string().nullable(),
  paragraph: z.string().nullable(),
  text: z.string(),
  position: Position,
});

export const Header = z.object({
  type: z.literal('header'),
  /** Normalised organ and the words as written ("Assemblée générale"). */
  organ: field(OrganId).nullable(),
  symbol: DocumentSymbol.nullable(),
  /** "general", "limited" or "restricted". */
  distribution: field(z.enum(['general', 'limited', 'restricted'])).nullable(),
  /** Date of issue, ISO 8601. */
  issueDate: field(z.string()).nullable(),
  session: field(z.number().int()).nullable(),
  agendaItems: z.array(field(z.string())),
  /** The titles of the agenda items printed under them, one per title ("Agenda items 13 and 75" has two). */
  agendaTitles: z.array(field(z.string())),
  /** "Resolution adopted by the General Assembly on 14 October 2025": the adoption date it gives, ISO. */
  adoptedBy: field(z.string().nullable()).nullable(),
  reference: ReportReference.nullable(),
  /** "58/220", "242 (1967)". */
  resolutionNumber: field(z.string()).nullable(),
  title: field(z.string()).nullable(),
  /** Header lines that carry no field: "United Nations", barcodes, job numbers, "Original: English", sponsors. */
  other: z.array(field(z.string())),
  position: Position.nullable(),
});

export type DocumentSymbol = z.infer<typeof DocumentSymbol>;
export type ReportReference = z.infer<typeof ReportReference>;
export type Header = z.infer<typeof Header>;

import type { Language, OrganId, Resolution } from '../schema/index.js';

/** The FRBR identity of a resolution: what its Akoma Ntoso IRIs are built from. */
export interface FrbrIdentity {
  /** `/akn/un/statement/deliberation/un-ga/2003-12-23/58-220` */
  work: string;
  /** `…/fra@` */
  expression: string;
  /** Adoption date (or the best date known): yyyy-mm-dd, or a bare year. */
  date: string;
  /** Date of the expression (issue of the document), same form. */
  expressionDate: string;
  /** ISO 639-2 code of the language: eng, fra, spa. */
  language: string;
  /** `un-ga`, `un-sc` … */
  actor: string;
  /** The work's number as it stands in the IRI: "58-220", "242". */
  number: string;
  /** The number as printed: "58/220", "242 (1967)". */
  printedNumber: string | null;
}

export interface FrbrOptions {
  /** Date to use when the resolution gives none (yyyy-mm-dd). */
  date?: string;
  /** Number to use in the IRIs instead of the one read from the header. */
  number?: string;
}

/** The actor component of an organ's IRIs. */
export const ACTORS: Record<OrganId, string> = {
  'general-assembly': 'un-ga',
  'security-council': 'un-sc',
  'economic-and-social-council': 'un-ecosoc',
  'trusteeship-council': 'un-tc',
  'human-rights-council': 'un-hrc',
  other: 'un',
};

export const LANGUAGE_CODES: Record<Language, string> = { en: 'eng', fr: 'fra', es: 'spa' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date the schema accepts: yyyy-mm-dd, or a bare year. */
export function isAknDate(value: string | null | undefined): value is string {
  if (!value) return false;
  if (/^\d{4}$/.test(value)) return value !== '0000';
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The year in "242 (1967)" or "S/2016/1100". */
function yearOf(text: string | null | undefined): string | null {
  if (!text) return null;
  return /\((\d{4})\)/.exec(text)?.[1] ?? /\/(\d{4})\//.exec(text)?.[1] ?? null;
}

/** A component of an IRI: no slash, no space ("A/80/L.6" → "A-80-L.6"). */
function iriPart(text: string): string {
  return text
    .trim()
    .replace(/\s*\(\d{4}\)$/, '')
    .replace(/[/\s]+/g, '-')
    .replace(/[^A-Za-z0-9.\-]/g, '');
}

/** Builds the work and expression IRIs of a resolution (AKN4UN: /akn/un/statement/deliberation/{actor}/{date}/{number}). */
export function frbrIdentity(resolution: Resolution, options: FrbrOptions = {}): FrbrIdentity {
  const { header, closing } = resolution;
  const organ = header.organ?.value ?? (header.symbol?.value.startsWith('S/') ? 'security-council' : header.symbol?.value.startsWith('A/') ? 'general-assembly' : 'other');
  const actor = ACTORS[organ];
  const printedNumber = header.resolutionNumber?.value ?? null;
  const fromSymbol = header.symbol?.value.replace(/^[ASE]\/(?:RES\/)?/, '') ?? null;
  const number = iriPart(options.number ?? printedNumber ?? fromSymbol ?? '') || 'unnumbered';
  const candidates = [
    closing?.date?.value,
    header.adoptedBy?.value,
    options.date,
    header.issueDate?.value,
    yearOf(printedNumber),
    yearOf(header.symbol?.value),
  ];
  const date = candidates.find(isAknDate) ?? '0001-01-01';
  const expressionDate = [header.issueDate?.value, date].find(isAknDate) ?? date;
  const language = LANGUAGE_CODES[resolution.language];
  const work = `/akn/un/statement/deliberation/${actor}/${date}/${number}`;
  return { work, expression: `${work}/${language}@`, date, expressionDate, language, actor, number, printedNumber };
}

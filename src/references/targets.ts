import type { NamedOrganId } from '../languages/index.js';

/** How a resolution or decision number is written; the form tells the organ when the text does not. */
export type NumberForm = 'session' | 'year' | 'roman' | 'bare';

/** A resolution or decision number as read: "57/263", "57/270 B", "2722 (2024)", "1514 (XV)", "687". */
export interface ResolutionNumber {
  form: NumberForm;
  /** The session ("57", "ES-10", "2004"), the roman session ("XV"), or the year ("2024"). */
  session: string | null;
  number: string;
  /** The part letter: "B" of "57/270 B", "A" of "217 A (III)". */
  part: string | null;
}

/** The symbol prefix of each organ's resolutions and decisions. */
const PREFIX: Record<NamedOrganId, string> = {
  'general-assembly': 'A',
  'security-council': 'S',
  'economic-and-social-council': 'E',
  'trusteeship-council': 'T',
  'human-rights-council': 'A/HRC',
};

/**
 * The organ of a resolution: the one the text names, else the one its number's form implies
 * ("2722 (2024)" is the Security Council's, "1514 (XV)" and "ES-10/19" the General Assembly's,
 * "2004/15" the Economic and Social Council's), else the organ of the text itself when the form is
 * shared ("its resolution 5/1" in a Human Rights Council text, "resolution 687" in a Security Council one).
 */
export function organOf(number: ResolutionNumber, named: NamedOrganId | null, own: NamedOrganId | null): NamedOrganId {
  switch (number.form) {
    case 'year':
      return 'security-council';
    case 'roman':
      return named ?? 'general-assembly';
    case 'session':
      if (YEAR.test(number.session ?? '')) return named ?? 'economic-and-social-council';
      if (SPECIAL.test(number.session ?? '')) return 'general-assembly';
      return named ?? (own === 'human-rights-council' ? own : 'general-assembly');
    case 'bare':
      return named ?? (own === 'security-council' || own === 'general-assembly' ? own : 'general-assembly');
  }
}

/** The symbol of a resolution or decision: "A/RES/57/263", "A/RES/57/270 B", "S/RES/2722 (2024)", "A/RES/1514 (XV)", "A/DEC/58/554". */
export function resolutionSymbol(kind: 'resolution' | 'decision', number: ResolutionNumber, organ: NamedOrganId): string {
  const series = `${PREFIX[organ]}/${kind === 'resolution' ? 'RES' : 'DEC'}`;
  const part = number.part ? ` ${number.part}` : '';
  switch (number.form) {
    case 'session':
      return `${series}/${number.session}/${number.number}${part}`;
    case 'year':
      return `${series}/${number.number} (${number.session})`;
    case 'roman':
      return `${series}/${number.number}${part} (${number.session})`;
    case 'bare':
      return `${series}/${number.number}`;
  }
}

/** The organ and kind a printed symbol stands for: "S/RES/2722" a Security Council resolution, "A/58/319" a document. */
export function symbolKind(symbol: string): { kind: 'resolution' | 'decision' | 'document'; organ: NamedOrganId | null } {
  const series = SERIES.exec(symbol);
  if (!series) return { kind: 'document', organ: null };
  return { kind: series[2] === 'RES' ? 'resolution' : 'decision', organ: ORGAN_OF_PREFIX.get(series[1])! };
}

/** A session that is a year: "2004/15" is the Economic and Social Council's. */
const YEAR = /^\d{4}$/;
/** A special or emergency special session: "S-26/2", "ES-10/19". */
const SPECIAL = /S-/;
const SERIES = /^(A\/HRC|[ASET])\/(RES|DEC)\//;
const ORGAN_OF_PREFIX = new Map((Object.entries(PREFIX) as [NamedOrganId, string][]).map(([organ, prefix]) => [prefix, organ]));

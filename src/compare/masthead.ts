/**
 * The masthead and closing fields that differ between a draft and the adopted text: a draft has its
 * sponsors and "Distr.: Limited"; the resolution has its number, adoption date, the bracket line
 * ("[without reference to a Main Committee (A/80/L.7)]"), the meeting and the vote.
 */
import { languages } from '../languages/index.js';
import { alternatives, phrasePattern } from '../languages/patterns.js';
import { perLanguage } from '../languages/per-language.js';
import type { Position, Resolution } from '../schema/index.js';
import type { MastheadChange, MastheadField } from './schema.js';
import { normalizeText } from './text.js';

interface FieldValue {
  value: string;
  position: Position | null;
}

type Reader = (resolution: Resolution) => FieldValue | null;

const valueOf = <T>(field: { value: T; position: Position | null } | null, show: (value: T) => string | null = String): FieldValue | null => {
  const value = field === null ? null : show(field.value);
  return field && value !== null ? { value, position: field.position } : null;
};
const textOf = (field: { text: string; position: Position } | null): FieldValue | null => (field ? { value: field.text, position: field.position } : null);

const READERS: Record<MastheadField, Reader> = {
  status: (r) => ({ value: r.status, position: null }),
  symbol: (r) => valueOf(r.header.symbol),
  distribution: (r) => valueOf(r.header.distribution),
  issueDate: (r) => valueOf(r.header.issueDate),
  session: (r) => valueOf(r.header.session),
  agendaItems: (r) => agendaItems(r),
  agendaTitles: (r) => agendaTitles(r),
  sponsors: (r) => sponsors(r),
  adoptedBy: (r) => textOf(r.header.adoptedBy),
  reference: (r) => textOf(r.header.reference),
  resolutionNumber: (r) => valueOf(r.header.resolutionNumber),
  title: (r) => valueOf(r.header.title),
  authority: (r) => textOf(r.authority),
  meeting: (r) => textOf(r.closing?.meeting ?? null),
  adoptionDate: (r) => valueOf(r.closing?.date ?? null),
  vote: (r) => textOf(r.closing?.vote ?? null),
};

/** Every masthead field whose value differs (typographic variants aside, values normalised), in the order of `MastheadField`. */
export function compareMasthead(draft: Resolution, adopted: Resolution): MastheadChange[] {
  const changes: MastheadChange[] = [];
  for (const [field, read] of Object.entries(READERS) as [MastheadField, Reader][]) {
    const [before, after] = [read(draft), read(adopted)];
    const [value, adoptedValue] = [before && normalizeText(before.value), after && normalizeText(after.value)];
    if ((value ?? '') === (adoptedValue ?? '')) continue;
    changes.push({ field, draft: value, adopted: adoptedValue, draftPosition: before?.position ?? null, adoptedPosition: after?.position ?? null });
  }
  return changes;
}

function agendaItems(r: Resolution): FieldValue | null {
  const items = r.header.agendaItems;
  if (!items.length) return null;
  return { value: items.map((item) => item.value).join(', '), position: { start: items[0].position.start, end: items[items.length - 1].position.end } };
}

function agendaTitles(r: Resolution): FieldValue | null {
  const titles = r.header.agendaTitles;
  if (!titles.length) return null;
  return { value: titles.map((title) => title.value).join(' / '), position: { start: titles[0].position.start, end: titles[titles.length - 1].position.end } };
}

/** "Australia:* draft resolution" → "Australia" (the sponsors' line, kept by the parser among the other header lines). */
const sponsorsLine = perLanguage((data) => new RegExp(`^(.*?)[\\s:*]*(?:${alternatives(data.draftResolution, phrasePattern)})\\s*$`, 'iu'));

function sponsors(r: Resolution): FieldValue | null {
  const pattern = sponsorsLine(languages[r.language]);
  for (const line of r.header.other) {
    const match = pattern.exec(line.value);
    if (match) return { value: match[1], position: line.position };
  }
  return null;
}

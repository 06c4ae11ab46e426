import type { Reference } from '../schema/index.js';
import { ACTORS } from './akn-frbr.js';

/** The Charter's work IRI (signed at San Francisco on 26 June 1945). */
const CHARTER_WORK = '/akn/un/act/treaty/un/1945-06-26/charter-of-the-united-nations';

/**
 * The `href` of a reference to another text (null for a paragraph of this text, which links to an
 * eId of its own). The convention (README, "References"):
 * - a resolution or decision: its work IRI, `/akn/un/statement/{deliberation|decision}/{actor}/{date}/{number}`,
 *   the number as in the IRI of the resolution itself ("57-263", "2722", "1514-XV"). The date is the
 *   one the text gives; when it gives only a year ("2722 (2024)", "2004/15") the date is that year;
 *   when it gives none the date component is left out (`…/un-ga/57-263`): a number is unique for its
 *   organ, so a resolver completes the IRI by looking it up.
 * - a paragraph of it: the same IRI with the eId this library gives that paragraph (`#para_10`,
 *   `#para_8__list_1__point_d`).
 * - a document: `/akn/un/doc/{symbol}` with slashes as hyphens and the year of an "S/RES/… (2024)" kept (`/akn/un/doc/A-58-319`).
 * - the Charter: its work IRI, `#art_73__point_e` or `#chp_VII`; another instrument: `/akn/un/act/treaty/{name as a slug}#art_…`.
 */
export function referenceHref(reference: Reference): string | null {
  const { kind, target } = reference;
  if (target === null || kind === 'paragraph') return null;
  switch (kind) {
    case 'resolution':
    case 'decision':
      return `${workOf(reference, target)}${paragraphFragment(reference)}`;
    case 'document':
      return `${documentHref(target)}${paragraphFragment(reference)}`;
    case 'charter':
      return `${CHARTER_WORK}/!main${articleFragment(reference)}`;
    case 'instrument':
      return `/akn/un/act/treaty/${slug(target)}${articleFragment(reference)}`;
  }
}

/** A document by its symbol: `/akn/un/doc/A-58-319` (slashes as hyphens, the year of "S/RES/… (2024)" kept). */
export function documentHref(symbol: string): string {
  return `/akn/un/doc/${symbol.trim().replace(/\s*\((\d{4})\)$/, '-$1').replace(/[/\s]+/g, '-')}`;
}

/** The eId this library gives a paragraph and its item: `para_10`, `para_8__list_1__point_d`. */
export function paragraphEid(paragraph: string, item: string | null): string {
  const point = item?.split(' ')[0];
  return `para_${paragraph}${point ? `__list_1__point_${point}` : ''}`;
}

function workOf(reference: Reference, target: string): string {
  const actor = reference.organ ? ACTORS[reference.organ] : 'un';
  const year = /\((\d{4})\)$/.exec(target)?.[1] ?? /\/(\d{4})\/\d/.exec(target)?.[1];
  const date = reference.date ?? year;
  const number = target
    .replace(/^(?:[A-Z]+\/)*(?:RES|DEC)\//, '')
    .replace(/\s*\(\d{4}\)$/, '')
    .replace(/[/\s]+/g, '-')
    .replace(/[()]/g, '');
  const subtype = reference.kind === 'decision' ? 'decision' : 'deliberation';
  return `/akn/un/statement/${subtype}/${actor}${date ? `/${date}` : ''}/${number}`;
}

/** `#para_10` when a single paragraph is pointed at; nothing for several. */
function paragraphFragment(reference: Reference): string {
  return reference.paragraph && /^\d+$/.test(reference.paragraph) ? `#${paragraphEid(reference.paragraph, reference.item)}` : '';
}

function articleFragment(reference: Reference): string {
  if (reference.chapter) return `#chp_${reference.chapter}`;
  if (!reference.article || !/^[\dIVXL]+$/.test(reference.article)) return '';
  return `#art_${reference.article}${reference.item ? `__point_${reference.item}` : ''}`;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

import type { Header, OrganId } from '../schema/index.js';

/** An empty header, filled by the masthead reader (src/masthead/read.ts). */
export function emptyHeader(): Header {
  return {
    type: 'header',
    organ: null,
    symbol: null,
    distribution: null,
    issueDate: null,
    session: null,
    agendaItems: [],
    agendaTitles: [],
    adoptedBy: null,
    reference: null,
    resolutionNumber: null,
    title: null,
    other: [],
    position: null,
  };
}

/** The symbol a resolution number stands for: "A/RES/58/220", "S/RES/242 (1967)". */
export function deriveSymbol(number: string, organ: OrganId | null): string | null {
  if (/^\d{1,4} \(\d{3,4}\)$/.test(number)) return `S/RES/${number}`;
  const general = organ === 'general-assembly' || organ === null;
  if (/^(?:[SE]{1,2}-)?\d{1,3}\/\d{1,4}/.test(number) && general) return `A/RES/${number}`;
  // "1514 (XV)" is filed as A/RES/1514(XV).
  if (/^\d{1,4} ?\((?:E?S-)?[IVXL]+\)/.test(number) && general) return `A/RES/${number.replace(/\s+/g, '')}`;
  return null;
}

import type { Division, OperativeParagraph, Resolution } from '../../src/schema/index.js';

/** The masthead and closing fields a modern GA resolution prints, with whether each was read. */
export function mastheadFields(resolution: Resolution): Record<string, boolean> {
  const h = resolution.header;
  return {
    symbol: h.symbol?.stated === true,
    session: h.session !== null,
    agendaItems: h.agendaItems.length > 0,
    issueDate: h.issueDate !== null,
    adoptionDate: h.adoptedBy?.value != null,
    meeting: resolution.closing?.meeting != null,
    title: h.title !== null,
    reference: h.reference !== null,
  };
}

/** The names of the fields of `mastheadFields` that were not read. */
export function missingFields(resolution: Resolution): string[] {
  return Object.entries(mastheadFields(resolution)).filter(([, read]) => !read).map(([name]) => name);
}

/**
 * Whether the operative numbering reads as printed: each number follows the one before, or starts
 * again at 1 where a part or section begins; no gap, no duplicate, no unnumbered paragraph among
 * numbered ones. A single unnumbered decision is fine.
 */
export function numberingHolds(resolution: Resolution): boolean {
  let previous = 0;
  let numbered = 0;
  let unnumbered = 0;
  const visit = (operative: OperativeParagraph[], divisions: Division[]): boolean => {
    let first = true;
    for (const paragraph of operative) {
      if (paragraph.number === null) {
        unnumbered++;
        continue;
      }
      numbered++;
      const follows = paragraph.number === previous + 1 || (first && paragraph.number === 1);
      if (!follows) return false;
      previous = paragraph.number;
      first = false;
    }
    return divisions.every((division) => visit(division.operative, division.divisions));
  };
  return visit(resolution.operative, resolution.divisions) && (numbered === 0 ? unnumbered <= 1 : unnumbered === 0);
}

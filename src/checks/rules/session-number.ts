import type { Finding, Rule } from '../types.js';

/** The value of a roman numeral ("XV" → 15), or null. */
export function fromRoman(text: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const upper = text.toUpperCase();
  if (!/^[IVXLC]+$/.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = values[upper[i]];
    total += i + 1 < upper.length && values[upper[i + 1]] > value ? -value : value;
  }
  return total;
}

/**
 * `session-mismatch`: a General Assembly resolution is numbered by its session: "58/220" belongs to
 * the fifty-eighth session, "1514 (XV)" to the fifteenth. A header that says another session, or a
 * number of another session, is a slip (special sessions, "S-26/2" and "ES-10/2", are not compared).
 */
export const sessionNumber: Rule = {
  name: 'session-number',
  codes: {
    'session-mismatch': { severity: 'error', description: 'The session in the header is not the session in the resolution number ("58th session" but "57/220").' },
  },
  check({ resolution }) {
    const { session, resolutionNumber } = resolution.header;
    if (!session || !resolutionNumber) return [];
    const number = resolutionNumber.value.trim();
    const modern = /^(\d+)\/\d+/.exec(number);
    const roman = /^\d+\s*\(([IVXLC]+)\)/i.exec(number);
    const inNumber = modern ? Number(modern[1]) : roman ? fromRoman(roman[1]) : null;
    if (inNumber === null || inNumber === session.value) return [];
    const finding: Finding = {
      code: 'session-mismatch',
      message: `Expected resolution ${number} to belong to session ${inNumber}, found session ${session.value} in the header ("${session.text}").`,
      position: resolutionNumber.position,
      related: [{ message: `the header gives session ${session.value}`, position: session.position }],
    };
    return [finding];
  },
};

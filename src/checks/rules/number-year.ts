import type { Rule } from '../types.js';
import { adoptionDate } from './dates.js';

/**
 * `number-year-mismatch`: a Security Council resolution carries its year in brackets, "242 (1967)":
 * the year it was adopted. A different adoption year is a slip in the number or in the date.
 */
export const numberYear: Rule = {
  name: 'number-year',
  codes: {
    'number-year-mismatch': { severity: 'error', description: 'The year in the resolution number ("242 (1967)") is not the year of adoption.' },
  },
  check({ resolution }) {
    const number = resolution.header.resolutionNumber;
    const year = number && /^\d+\s*\((\d{4})\)$/.exec(number.value.trim());
    const adopted = adoptionDate(resolution);
    if (!number || !year || !adopted || adopted.value.slice(0, 4) === year[1]) return [];
    return [
      {
        code: 'number-year-mismatch',
        message: `Expected resolution ${number.value} to be adopted in ${year[1]}, found the adoption date ${adopted.value} ("${adopted.text}").`,
        position: number.position,
        related: [{ message: `adopted on ${adopted.value}`, position: adopted.position }],
      },
    ];
  },
};

import type { Rule } from '../types.js';
import { firstPosition } from '../walk.js';

/** `operative-missing`: a resolution with no operative part (no numbered paragraph, no decision). */
export const operativeMissing: Rule = {
  name: 'operative-missing',
  codes: {
    'operative-missing': { severity: 'error', description: 'The resolution has no operative paragraph.' },
  },
  check({ resolution, walk }) {
    if (walk.operative.length > 0) return [];
    const preamble = resolution.preamble;
    const lead = resolution.leadIn;
    const where = lead
      ? `after the lead-in "${lead.text}"`
      : preamble.length
        ? `after the ${preamble.length} preambular paragraph${preamble.length === 1 ? '' : 's'}`
        : resolution.authority
          ? `after the authority line "${resolution.authority.text}"`
          : 'in the text';
    return [
      {
        code: 'operative-missing',
        message: `Expected an operative part (numbered paragraphs, or one decision such as "Decides …"), found none ${where}.`,
        position: firstPosition(lead?.position, preamble[preamble.length - 1]?.position, resolution.authority?.position, resolution.header.position, resolution.position),
      },
    ];
  },
};

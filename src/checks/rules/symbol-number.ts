import type { OrganId } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';

/** The organ a symbol's first element names: "A/RES/…" the General Assembly, "S/RES/…" the Security Council. */
const ORGAN_OF_SYMBOL: [RegExp, OrganId][] = [
  [/^A\/HRC\//, 'human-rights-council'],
  [/^A\//, 'general-assembly'],
  [/^S\//, 'security-council'],
  [/^E\//, 'economic-and-social-council'],
  [/^T\//, 'trusteeship-council'],
];

const ORGAN_NAMES: Record<OrganId, string> = {
  'general-assembly': 'General Assembly',
  'security-council': 'Security Council',
  'economic-and-social-council': 'Economic and Social Council',
  'trusteeship-council': 'Trusteeship Council',
  'human-rights-council': 'Human Rights Council',
  other: 'another organ',
};

const squash = (text: string) => text.replace(/\s+/g, '').toUpperCase();

/**
 * A printed symbol names the resolution: A/RES/58/220 is resolution 58/220 of the General Assembly,
 * S/RES/242 (1967) resolution 242 (1967) of the Security Council. Symbols derived by the parser from
 * the number (`stated: false`) are not compared.
 * - `symbol-mismatch`: the symbol names another resolution than the number printed.
 * - `symbol-organ-mismatch`: the symbol belongs to another organ than the header names.
 */
export const symbolNumber: Rule = {
  name: 'symbol-number',
  codes: {
    'symbol-mismatch': { severity: 'error', description: 'The document symbol (A/RES/58/220) names another resolution than the number (58/221).' },
    'symbol-organ-mismatch': { severity: 'error', description: 'The document symbol belongs to another organ than the one the header names.' },
  },
  check({ resolution }) {
    const { symbol, resolutionNumber, organ } = resolution.header;
    if (!symbol?.stated) return [];
    const findings: Finding[] = [];
    const value = symbol.value.trim();
    const resolutionSymbol = /^([A-Z]+(?:\/[A-Z]+)*)\/RES\/(.+)$/i.exec(value);
    if (resolutionSymbol && resolutionNumber && squash(resolutionSymbol[2]) !== squash(resolutionNumber.value)) {
      findings.push({
        code: 'symbol-mismatch',
        message: `Expected the symbol of resolution ${resolutionNumber.value} to be ${resolutionSymbol[1]}/RES/${resolutionNumber.value}, found ${value}.`,
        position: symbol.position ?? resolutionNumber.position,
        related: [{ message: `the resolution number is ${resolutionNumber.value}`, position: resolutionNumber.position }],
      });
    }
    const named = ORGAN_OF_SYMBOL.find(([pattern]) => pattern.test(value))?.[1];
    if (named && organ && organ.value !== 'other' && organ.value !== named) {
      findings.push({
        code: 'symbol-organ-mismatch',
        message: `Expected a symbol of the ${ORGAN_NAMES[organ.value]} ("${organ.text}"), found ${value}, a symbol of the ${ORGAN_NAMES[named]}.`,
        position: symbol.position ?? organ.position,
        related: [{ message: `the header names ${organ.text}`, position: organ.position }],
      });
    }
    return findings;
  },
};

import { checkIsResolution } from '../../document/is-resolution.js';
import type { OperativeParagraph, Resolution } from '../../schema/index.js';
import type { Rule } from '../types.js';

/** The marks of a resolution, and whether the text has each. */
function marks(resolution: Resolution, operative: OperativeParagraph[]): [string, boolean][] {
  return [
    ['an authority line ("The General Assembly,")', resolution.authority !== null || resolution.divisions.some((d) => d.authority !== null)],
    ['a resolution number or symbol', resolution.header.resolutionNumber !== null || resolution.header.symbol !== null],
    ['operative paragraphs', operative.length > 0],
    ['paragraphs that open with a phrase such as "Recalling" or "Decides"', [...resolution.preamble, ...operative].some((p) => p.opener !== null)],
    ['an adoption line (meeting and date)', resolution.closing !== null],
  ];
}

/**
 * `not-a-resolution`: the text is not a UN resolution at all (a web page, a report): one clear
 * error. When it fires, `validate` runs no other rule, so that a page of prose does not get a
 * cascade of "no operative part", "no comma" findings.
 * `authority-missing`: a resolution with no authority line ("The Security Council,").
 *
 * The verdict is the parser's own (src/document/is-resolution.ts, which `parse` runs): taken from the
 * parser's diagnostics when `validate` parsed the text, read again from a tree given to it, so that
 * `validate(tree)` and `validate(text)` agree; the message says what was expected and what was found.
 */
export const isResolution: Rule = {
  name: 'is-resolution',
  codes: {
    'not-a-resolution': { severity: 'error', description: 'The text is not a UN resolution (no authority line, number, operative part, openers or adoption line).' },
    'authority-missing': { severity: 'info', description: 'No authority line ("The General Assembly,") before the paragraphs.' },
  },
  check({ resolution, walk, parsed }) {
    // The parser gave its verdict on this tree when `validate` parsed the text: it is not read again.
    const verdict = parsed ? parsed.filter((d) => d.code === 'not-a-resolution' || d.code === 'authority-missing') : checkIsResolution(resolution);
    return verdict.map(({ code, message, position }) => {
      if (code !== 'not-a-resolution') return { code, message, position };
      const found = marks(resolution, walk.operative).filter(([, has]) => has).map(([what]) => what);
      const expected = marks(resolution, walk.operative).map(([what]) => what);
      return {
        code,
        message: `Expected a UN resolution: ${expected.join(', ')}; found ${found.length ? `only ${found.join(' and ')}` : 'none of these'}. This text is not a resolution, and is not checked further.`,
        position,
      };
    });
  },
};

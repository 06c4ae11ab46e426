/** Small resolutions to check rules on: a clean base, changed one thing at a time. */
import { validate, type ValidateOptions } from '../../src/checks/index.js';
import type { Diagnostic } from '../../src/schema/index.js';

export interface Parts {
  header?: string;
  authority?: string;
  preamble?: string[];
  operative?: string[];
  closing?: string;
  after?: string;
}

/** A Security Council resolution in the layout of the annual compilations. */
export function sc(parts: Parts = {}): string {
  const header = parts.header ?? 'Resolution 500 (1982)\nof 12 August 1982';
  const authority = parts.authority ?? 'The Security Council,';
  const preamble = parts.preamble ?? ['Recalling its resolution 425 (1978),', 'Deeply concerned at the situation,'];
  const operative = parts.operative ?? ['1. Decides to remain seized of the matter;', '2. Requests the Secretary-General to report to the Council.'];
  const closing = parts.closing ?? 'Adopted unanimously at the 2390th meeting.';
  return [header, authority, ...preamble, ...operative, closing, ...(parts.after ? [parts.after] : [])].join('\n\n') + '\n';
}

/** A General Assembly resolution in the modern layout, in English. */
export function ga(parts: Parts & { session?: string; number?: string; issued?: string; adopted?: string; symbol?: string } = {}): string {
  const header =
    parts.header ??
    [
      `United Nations ${parts.symbol ?? 'A/RES/58/220'}`,
      'General Assembly',
      'Distr.: General',
      parts.issued ?? '19 February 2004',
      '',
      parts.session ?? 'Fifty-eighth session',
      'Agenda item 97 (b)',
      '',
      `Resolution adopted by the General Assembly on ${parts.adopted ?? '23 December 2003'}`,
      '',
      '[on the report of the Second Committee (A/58/487)]',
      '',
      `${parts.number ?? '58/220'}. Economic and technical cooperation among developing countries`,
    ].join('\n');
  return sc({
    header,
    authority: parts.authority ?? 'The General Assembly,',
    preamble: parts.preamble ?? ['Recalling its resolution 57/263 of 20 December 2002,', 'Noting with interest the report of the Secretary-General,'],
    operative: parts.operative ?? ['1. Takes note of the report;', '2. Decides to consider the question at its sixtieth session.'],
    closing: parts.closing ?? `78th plenary meeting\n${parts.adopted ?? '23 December 2003'}`,
    after: parts.after,
  });
}

export const check = (text: string, options?: ValidateOptions): Diagnostic[] => validate(text, options);
export const codesOf = (text: string, options?: ValidateOptions): string[] => validate(text, options).map((d) => d.code);

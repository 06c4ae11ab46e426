import type { Diagnostic, Resolution } from '../schema/index.js';
import { operativeParagraphs } from '../tree.js';

/**
 * One clear verdict for a text that is not a resolution, rather than a cascade of small findings:
 * a resolution has an authority line or a resolution number, and paragraphs with openers.
 */
export function checkIsResolution(resolution: Resolution): Diagnostic[] {
  const operative = operativeParagraphs(resolution);
  const hasAuthority = resolution.authority !== null || resolution.divisions.some((d) => d.authority);
  const hasOperative = operative.length > 0;
  const hasNumber = resolution.header.resolutionNumber !== null || resolution.header.symbol !== null;
  const hasOpeners = resolution.preamble.some((p) => p.opener !== null) || operative.some((p) => p.opener !== null);
  const hasClosing = resolution.closing !== null;
  const diagnostics: Diagnostic[] = [];
  const present = Number(hasAuthority) + Number(hasNumber) + Number(hasOperative) + Number(hasOpeners) + Number(hasClosing);
  if (present <= 1 || (!hasAuthority && !hasOperative)) {
    // In the order the message names what is missing (built only here: most texts are resolutions).
    const signs: [string, boolean][] = [
      ['authority line (such as "The General Assembly," or "Le Conseil de sécurité,")', hasAuthority],
      ['resolution number or symbol', hasNumber],
      ['numbered operative paragraphs', hasOperative],
      ['paragraphs opening with a preambular or operative phrase', hasOpeners],
      ['adoption line (meeting and date)', hasClosing],
    ];
    const missing = signs.filter(([, ok]) => !ok).map(([what]) => what);
    diagnostics.push({
      code: 'not-a-resolution',
      severity: 'error',
      message: `This text is not a UN resolution. Expected an authority line and operative paragraphs; found no ${missing.join(', no ')}.`,
      position: resolution.position,
    });
  } else if (!hasAuthority && resolution.status !== 'draft') {
    diagnostics.push({
      code: 'authority-missing',
      severity: 'info',
      message: 'Expected an authority line (such as "The Security Council,") before the paragraphs; found none.',
      position: resolution.preamble[0]?.position ?? operative[0]?.position ?? resolution.position,
    });
  }
  return diagnostics;
}

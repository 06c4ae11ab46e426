import type { Diagnostic, Resolution } from '../schema/index.js';
import { operativeParagraphs } from '../tree.js';

/**
 * One clear verdict for a text that is not a resolution, rather than a cascade of small findings:
 * a resolution has an authority line or a resolution number, and paragraphs with openers.
 */
export function checkIsResolution(resolution: Resolution): Diagnostic[] {
  const operative = operativeParagraphs(resolution);
  const withOpeners = [...resolution.preamble, ...operative].filter((p) => p.opener !== null).length;
  const signs = {
    'authority line (such as "The General Assembly," or "Le Conseil de sécurité,")': resolution.authority !== null || resolution.divisions.some((d) => d.authority),
    'resolution number or symbol': resolution.header.resolutionNumber !== null || resolution.header.symbol !== null,
    'numbered operative paragraphs': operative.length > 0,
    'paragraphs opening with a preambular or operative phrase': withOpeners > 0,
    'adoption line (meeting and date)': resolution.closing !== null,
  };
  const authority = 'authority line (such as "The General Assembly," or "Le Conseil de sécurité,")';
  const found = Object.values(signs).filter(Boolean).length;
  const missing = Object.entries(signs).filter(([, ok]) => !ok).map(([what]) => what);
  const diagnostics: Diagnostic[] = [];
  if (found <= 1 || (!signs[authority] && !signs['numbered operative paragraphs'])) {
    diagnostics.push({
      code: 'not-a-resolution',
      severity: 'error',
      message: `This text is not a UN resolution. Expected an authority line and operative paragraphs; found no ${missing.join(', no ')}.`,
      position: resolution.position,
    });
  } else if (!signs[authority] && resolution.status !== 'draft') {
    diagnostics.push({
      code: 'authority-missing',
      severity: 'info',
      message: 'Expected an authority line (such as "The Security Council,") before the paragraphs; found none.',
      position: resolution.preamble[0]?.position ?? operative[0]?.position ?? resolution.position,
    });
  }
  return diagnostics;
}

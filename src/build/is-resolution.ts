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
    'an authority line ("The General Assembly,")': resolution.authority !== null || resolution.divisions.some((d) => d.authority),
    'a resolution number or symbol': resolution.header.resolutionNumber !== null || resolution.header.symbol !== null,
    'operative paragraphs': operative.length > 0,
    'paragraphs that open with a preambular or operative phrase': withOpeners > 0,
    'an adoption line (meeting and date)': resolution.closing !== null,
  };
  const found = Object.values(signs).filter(Boolean).length;
  const missing = Object.entries(signs).filter(([, ok]) => !ok).map(([what]) => what);
  const diagnostics: Diagnostic[] = [];
  if (found <= 1 || (!signs['an authority line ("The General Assembly,")'] && !signs['operative paragraphs'])) {
    diagnostics.push({
      code: 'not-a-resolution',
      severity: 'error',
      message: `This text is not a UN resolution: it has no ${missing.join(', no ')}.`,
      position: resolution.position,
    });
  } else if (!signs['an authority line ("The General Assembly,")'] && resolution.status !== 'draft') {
    diagnostics.push({
      code: 'authority-missing',
      severity: 'info',
      message: 'No authority line ("The Security Council,") was found before the paragraphs.',
      position: resolution.preamble[0]?.position ?? operative[0]?.position ?? resolution.position,
    });
  }
  return diagnostics;
}

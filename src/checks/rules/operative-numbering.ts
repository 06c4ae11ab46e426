import type { OperativeParagraph } from '../../schema/index.js';
import type { Finding, Rule } from '../types.js';
import { headOf, type Body } from '../walk.js';

/** The place of a paragraph's number ("12."). */
const at = (p: OperativeParagraph) => headOf(p.position, (p.num?.length ?? 0) + 1);

/**
 * Operative paragraphs are numbered 1, 2, 3 … in each body. A part or a section either restarts at
 * 1 or carries on from the one before (both are printed). Annexes are not checked: what they number
 * (a declaration's articles, the boxes of a form, a list of goods) follows its own rules.
 *
 * - `operative-number-gap`: a number is missing ("1, 2, 4"), or the numbering does not start at 1.
 * - `operative-number-duplicate`: a number is used twice in one body.
 * - `operative-number-order`: a number lower than the one before it that is not a repeat ("1, 3, 2").
 */
export const operativeNumbering: Rule = {
  name: 'operative-numbering',
  codes: {
    'operative-number-gap': { severity: 'error', description: 'A number is missing from the operative paragraphs ("1, 2, 4"), or they do not start at 1.' },
    'operative-number-duplicate': { severity: 'error', description: 'Two operative paragraphs have the same number.' },
    'operative-number-order': { severity: 'error', description: 'An operative paragraph number is lower than the one before it ("1, 3, 2").' },
  },
  check({ walk }) {
    const findings: Finding[] = [];
    let last: number | null = null;
    for (const body of walk.bodies) {
      const numbered = numberedOf(body.operative);
      if (!numbered.length) continue;
      last = checkBody(body, numbered, last, findings);
    }
    return findings;
  },
};

type Numbered = OperativeParagraph & { number: number };

/** The paragraphs that have a number: the list itself when all have one, as they mostly do. */
function numberedOf(paragraphs: OperativeParagraph[]): Numbered[] {
  for (const paragraph of paragraphs) if (paragraph.number === null) return paragraphs.filter((p): p is Numbered => p.number !== null);
  return paragraphs as Numbered[];
}

const label = (body: Body) =>
  body.type === 'division' ? `${body.kind} ${body.num.replace(/\.$/, '')}` : body.type === 'annex' ? body.label : 'the resolution';

/** Adds the findings of a body's numbering to `findings`; returns its highest number. */
function checkBody(body: Body, paragraphs: Numbered[], before: number | null, findings: Finding[]): number {
  // Words for the messages, made when there is one.
  const where = () => (body.type === 'resolution' ? '' : ` in ${label(body)}`);
  const first = paragraphs[0].number;
  // A body starts at 1, or (a part or section) carries on from the numbering before it.
  if (first !== 1 && (before === null || first !== before + 1)) {
    const starts = before === null ? [1] : [1, before + 1];
    findings.push({
      code: 'operative-number-gap',
      message: `Expected the operative paragraphs${where()} to start at ${starts.join(' or ')}, found ${first}.`,
      position: at(paragraphs[0]),
    });
  }
  // Numbered in sequence, as most bodies are: nothing missing, repeated or out of order.
  if (inSequence(paragraphs)) return paragraphs[paragraphs.length - 1].number;
  const seen = new Map<number, OperativeParagraph>();
  // Where each number is last used: whether a later paragraph carries a number (made at the first gap).
  let lastUse: Map<number, number> | null = null;
  let highest = first - 1;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const n = paragraph.number;
    const earlier = seen.get(n);
    const previous = paragraphs[i - 1];
    if (earlier) {
      findings.push({
        code: 'operative-number-duplicate',
        message: `Expected paragraph ${highest + 1}${where()}, found a second paragraph ${n}.`,
        position: at(paragraph),
        related: [{ message: `paragraph ${n} is first used here`, position: at(earlier) }],
      });
      continue;
    }
    seen.set(n, paragraph);
    if (previous && n < previous.number) {
      findings.push({
        code: 'operative-number-order',
        message: `Expected paragraph ${highest + 1}${where()} after paragraph ${previous.number}, found ${n}, out of order.`,
        position: at(paragraph),
        related: [{ message: `paragraph ${previous.number} comes before it`, position: at(previous) }],
      });
    } else if (n > highest + 1) {
      // Missing unless a later paragraph carries the number (then it is an order problem, reported there).
      lastUse ??= lastUses(paragraphs);
      const missing: number[] = [];
      for (let k = highest + 1; k < n; k++) if (!((lastUse.get(k) ?? -1) > i)) missing.push(k);
      if (missing.length) {
        // Written out, not spread (`...(previous ? { related } : {})`): a spread costs more than the finding.
        const finding: Finding = {
          code: 'operative-number-gap',
          message: `Expected paragraph ${highest + 1}${where()}${previous ? ` after paragraph ${previous.number}` : ''}, found ${n}: ${describe(missing)} missing.`,
          position: at(paragraph),
        };
        if (previous) finding.related = [{ message: `paragraph ${previous.number}`, position: at(previous) }];
        findings.push(finding);
      }
    }
    highest = Math.max(highest, n);
  }
  // Every number but a repeat has been taken into `highest`: it is the body's highest.
  return highest;
}

/** Whether each paragraph's number is one more than the one before it. */
function inSequence(paragraphs: Numbered[]): boolean {
  for (let i = 1; i < paragraphs.length; i++) if (paragraphs[i].number !== paragraphs[i - 1].number + 1) return false;
  return true;
}

/** The index of the last paragraph with each number. */
function lastUses(paragraphs: Numbered[]): Map<number, number> {
  const last = new Map<number, number>();
  for (let i = 0; i < paragraphs.length; i++) last.set(paragraphs[i].number, i);
  return last;
}

function describe(missing: number[]): string {
  if (missing.length === 1) return `paragraph ${missing[0]} is`;
  const contiguous = missing[missing.length - 1] - missing[0] === missing.length - 1;
  return contiguous ? `paragraphs ${missing[0]}–${missing[missing.length - 1]} are` : `paragraphs ${missing.join(', ')} are`;
}

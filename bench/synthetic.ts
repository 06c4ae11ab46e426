// A long, realistic resolution made from the seed (A/RES/58/220, French markdown): its header and
// preamble once, then its operative part repeated with paragraph numbers and footnote markers
// renumbered (every copy ends a page with its own notes), then its closing. Deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_PATH = join(import.meta.dirname, '..', 'fixtures', 'seed', 'a-res-58-220.fr.md');

interface SeedParts {
  head: string;
  body: string;
  closing: string;
  notes: string;
}

function splitSeed(seed: string): SeedParts {
  const lines = seed.split('\n');
  const first = lines.findIndex((line) => /^1\. /.test(line));
  const closingAt = lines.findIndex((line) => /^78<sup>e<\/sup>/.test(line));
  const lastBreak = lines.lastIndexOf('---');
  if (first < 0 || closingAt < 0 || lastBreak < closingAt) throw new Error('the seed does not have the expected shape');
  return {
    head: lines.slice(0, first).join('\n'),
    body: lines.slice(first, closingAt).join('\n').trimEnd(),
    closing: lines.slice(closingAt, lastBreak).join('\n').trimEnd(),
    notes: lines.slice(lastBreak + 1).join('\n').trim(),
  };
}

/** The operative part of copy `n` (0-based): paragraphs and footnote markers shifted past the copies before it. */
function copy(parts: SeedParts, n: number): string {
  const shiftMarkers = (text: string) => text.replace(/<sup>(\d+)<\/sup>/g, (_, m: string) => `<sup>${Number(m) + 8 * n}</sup>`);
  const body = shiftMarkers(parts.body).replace(/^(\d+)\. /gm, (_, num: string) => `${Number(num) + 12 * n}. `);
  return `${body}\n\n---\n\n${shiftMarkers(parts.notes)}`;
}

/** A resolution of at least `minChars` characters (UTF-16 code units) built from the seed. */
export function syntheticResolution(minChars: number, seed = readFileSync(SEED_PATH, 'utf8')): string {
  const parts = splitSeed(seed);
  const pieces = [parts.head];
  let length = parts.head.length + parts.closing.length;
  for (let n = 0; length < minChars || n === 0; n++) {
    const piece = copy(parts, n);
    pieces.push(piece);
    length += piece.length + 2;
  }
  pieces.push(parts.closing);
  return `${pieces.join('\n\n')}\n`;
}

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { summarize } from './helpers/summary.js';

// Golden fixtures: an input beside its hand-reviewed digest (`*.expected.json`). A digest records
// what the source says. Where the parser is known to read it otherwise, `*.known.json` lists each
// difference: the digest's path, the parser's reading today and why. Only those readings are
// forgiven; any other difference fails, and a known one that heals says so (remove the entry).
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const pairs = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.expected\.json$/.test(file))
  .map((file) => {
    const base = join(fixtures, file.replace(/\.expected\.json$/, ''));
    const input = [`${base}.txt`, `${base}.md`].find((candidate) => existsSync(candidate))!;
    return { name: file, input, expected: join(fixtures, file), known: `${base}.known.json` };
  });

interface KnownDifference {
  /** Where in the digest: keys and indices joined by dots ("divisions.5.operative.6"). */
  path: string;
  /** What the parser gives there today. */
  parser: unknown;
  reason: string;
}

function at(digest: unknown, path: string): { parent: Record<string, unknown>; key: string } {
  const keys = path.split('.');
  let parent = digest as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  return { parent, key: keys[keys.length - 1] };
}

describe('golden fixtures', () => {
  it('has fixtures', () => expect(pairs.length).toBeGreaterThan(10));
  for (const { name, input, expected, known } of pairs) {
    it(name, () => {
      const actual = JSON.parse(JSON.stringify(summarize(parse(readFileSync(input, 'utf8')).resolution)));
      const truth = JSON.parse(readFileSync(expected, 'utf8'));
      const differences: KnownDifference[] = existsSync(known) ? JSON.parse(readFileSync(known, 'utf8')) : [];
      for (const difference of differences) {
        const { parent, key } = at(actual, difference.path);
        const { parent: source, key: sourceKey } = at(truth, difference.path);
        expect(parent[key], `${name}: ${difference.path} is read correctly now; remove it from the known differences`).not.toEqual(source[sourceKey]);
        expect(parent[key], `${name}: ${difference.path} changed`).toEqual(difference.parser);
        parent[key] = source[sourceKey];
      }
      expect(actual).toEqual(truth);
    });
  }
});

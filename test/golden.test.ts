import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { summarize } from './helpers/summary.js';

// Golden fixtures: an input beside its hand-reviewed digest (`*.expected.json`).
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const pairs = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.expected\.json$/.test(file))
  .map((file) => {
    const base = join(fixtures, file.replace(/\.expected\.json$/, ''));
    const input = [`${base}.txt`, `${base}.md`].find((candidate) => existsSync(candidate))!;
    return { name: file, input, expected: join(fixtures, file) };
  });

describe('golden fixtures', () => {
  it('has fixtures', () => expect(pairs.length).toBeGreaterThan(10));
  for (const { name, input, expected } of pairs) {
    it(name, () => {
      const actual = summarize(parse(readFileSync(input, 'utf8')).resolution);
      expect(actual).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
    });
  }
});

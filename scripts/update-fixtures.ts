// Writes the reviewable digest (test/helpers/summary.ts) of each golden fixture input that has none.
// Usage: npx tsx scripts/update-fixtures.ts [--update] [files…]. Review every written file by hand
// against its source before committing it: the digest is only as good as that review.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/index.js';
import { summarize } from '../test/helpers/summary.js';

const update = process.argv.includes('--update');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const inputs = named.length
  ? named
  : readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(txt|md)$/.test(f) && !/(^|\/)README\.md$/.test(f))
      .map((f) => join(fixtures, f));
for (const input of inputs) {
  const expected = input.replace(/\.(txt|md)$/, '.expected.json');
  if (existsSync(expected) && !update) continue;
  const digest = summarize(parse(readFileSync(input, 'utf8')).resolution);
  writeFileSync(expected, `${JSON.stringify(digest, null, 2)}\n`);
  console.log(`wrote ${expected}`);
}

// A lean output: the tree without positions, for those who store many trees.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../src/batch/index.js';
import { parse } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const seedFile = join(root, 'fixtures', 'seed', 'a-res-58-220.fr.md');
const seed = readFileSync(seedFile, 'utf8');
const withoutPositionKeys = (json: string) => JSON.stringify(JSON.parse(json, (key, value) => (key === 'position' ? undefined : value)));

describe('positions: false', () => {
  it('parse leaves every position out and keeps everything else, in well under two thirds of the JSON', () => {
    const full = JSON.stringify(parse(seed));
    const lean = JSON.stringify(parse(seed, { positions: false }));
    expect(lean).not.toMatch(/"position"/);
    expect(lean).toBe(withoutPositionKeys(full));
    expect(lean.length).toBeLessThan(full.length * 0.7);
  });

  it('parseFiles sends lean JSON, and refuses a lean tree in memory with a TypeError', async () => {
    const { files } = await parseFiles([seedFile], { workers: 1, output: 'json', positions: false });
    expect(files[0].json).toBe(JSON.stringify(parse(seed, { positions: false })));
    await expect(parseFiles([seedFile], { positions: false })).rejects.toThrow(/positions: false needs output: 'json'/);
    expect(() => parse(seed, { positions: 'no' as never })).toThrow(/positions must be true or false, got a string/);
  });

  it('un-resolution parse --no-positions prints the lean JSON; with another format it is a usage error', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
    const lean = run(['parse', seedFile, '--no-positions']);
    expect(lean.status).toBe(0);
    expect(JSON.parse(lean.stdout)).toEqual(parse(seed, { positions: false }));
    const outline = run(['parse', seedFile, '--format', 'outline', '--no-positions']);
    expect(outline.status).toBe(2);
    expect(outline.stderr).toMatch(/--no-positions applies to --format json only/);
  });
});

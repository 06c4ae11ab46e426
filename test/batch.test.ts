// The batch API (src/batch/): files spread over worker threads, from source and from the built
// package in both module formats.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiles, type BatchFile } from '../src/batch/index.js';
import { parse, validate } from '../src/index.js';
const root = join(import.meta.dirname, '..');
// The golden fixtures' inputs: real documents that travel with the repository.
const fixtures = join(root, 'fixtures', 'corpus', 'en', 'sc');
const files = [
  ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')).slice(0, 6).map((name) => join(fixtures, name)),
  join(root, 'fixtures', 'seed', 'a-res-58-220.fr.md'),
];

describe('parseFiles', () => {
  it('parses every file on worker threads, in the order given, as parse() does', async () => {
    const { files: results, summary } = await parseFiles(files, { workers: 2 });
    expect(results.map((r) => r.file)).toEqual(files);
    for (const result of results) expect(result.result).toEqual(parse(readFileSync(result.file, 'utf8')));
    expect(summary).toMatchObject({ files: files.length, failed: 0, workers: 2 });
    expect(summary.bytes).toBe(files.reduce((sum, file) => sum + readFileSync(file).length, 0));
    expect(summary.filesPerSecond).toBeGreaterThan(0);
    expect(summary.mbPerSecond).toBeGreaterThan(0);
  });

  it('by default runs in this thread where a single worker would run (two cores or fewer), with the same results', async () => {
    const { availableParallelism } = await import('node:os');
    const { files: results, summary } = await parseFiles(files, { validate: true });
    expect(summary.workers).toBe(availableParallelism() <= 2 ? 0 : Math.min(files.length, availableParallelism() - 1));
    for (const result of results) {
      const text = readFileSync(result.file, 'utf8');
      expect(result.result).toEqual(parse(text));
      expect(result.diagnostics).toEqual(validate(text));
    }
  });

  it('sends JSON or only figures when asked, reports unreadable files, and streams to onFile', async () => {
    const seen: BatchFile[] = [];
    const missing = join(root, 'no-such-file.md');
    const { files: kept, summary } = await parseFiles([files[0], missing], { output: 'json', onFile: (file) => seen.push(file) });
    expect(kept).toEqual([]);
    expect(seen.map((f) => f.index).sort()).toEqual([0, 1]);
    const ok = seen.find((f) => f.index === 0)!;
    expect(JSON.parse(ok.json!)).toEqual(parse(readFileSync(files[0], 'utf8')));
    expect(seen.find((f) => f.index === 1)!.error).toMatch(/ENOENT/);
    expect(summary.failed).toBe(1);
    const none = await parseFiles(files.slice(0, 2), { output: 'none', language: 'en' });
    expect(none.files.every((f) => f.result === undefined && f.json === undefined)).toBe(true);
    expect((await parseFiles([])).summary.files).toBe(0);
  });

  it('validates on the workers when asked, with rule settings, as validate() does', async () => {
    const some = files.slice(0, 3);
    const rules = { 'footnote-unreferenced': 'off' } as const;
    const { files: results } = await parseFiles(some, { validate: { rules }, output: 'none' });
    for (const result of results) {
      expect(result.result).toBeUndefined();
      expect(result.diagnostics).toEqual(validate(readFileSync(result.file, 'utf8'), { rules }));
    }
    const both = await parseFiles(some.slice(0, 1), { validate: true });
    expect(both.files[0].result).toEqual(parse(readFileSync(some[0], 'utf8')));
    expect(both.files[0].diagnostics).toEqual(validate(readFileSync(some[0], 'utf8')));
  });

  it('rejects invalid options like parse()', async () => {
    await expect(parseFiles(files, { language: 'de' as never })).rejects.toThrow(TypeError);
    await expect(parseFiles(files, { workers: 0 })).rejects.toThrow(TypeError);
    await expect(parseFiles(files, { output: 'xml' as never })).rejects.toThrow(TypeError);
    await expect(parseFiles(files, { validate: { rules: { 'no-such-code': 'off' } } })).rejects.toThrow(TypeError);
  });

  // `npm test` builds the package first; run alone, the test uses whatever dist/ holds.
  it.runIf(existsSync(join(root, 'dist', 'batch.js')) && existsSync(join(root, 'dist', 'batch.cjs')))(
    'works from the built package, ESM and CommonJS',
    () => {
      const list = JSON.stringify(files.slice(0, 3));
      const esm = `import { parseFiles } from ${JSON.stringify(join(root, 'dist', 'batch.js'))};
        const { summary, files } = await parseFiles(${list}, { workers: 2 });
        console.log(JSON.stringify([summary.files, summary.failed, files.filter((f) => f.result?.resolution).length]));`;
      const cjs = `const { parseFiles } = require(${JSON.stringify(join(root, 'dist', 'batch.cjs'))});
        parseFiles(${list}, { workers: 2 }).then(({ summary, files }) =>
          console.log(JSON.stringify([summary.files, summary.failed, files.filter((f) => f.result?.resolution).length])));`;
      for (const [type, code] of [['module', esm], ['commonjs', cjs]]) {
        const out = execFileSync(process.execPath, [`--input-type=${type}`], { input: code, encoding: 'utf8', cwd: root });
        expect(JSON.parse(out.trim())).toEqual([3, 0, 3]); // three files, none failed, three trees
      }
    },
  );
});

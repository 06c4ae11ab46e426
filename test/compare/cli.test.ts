// `un-resolution diff DRAFT ADOPTED`, run in-process through the command line's `run` with a fake terminal.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { Comparison } from '../../src/index.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'compare');
const draft = join(DIR, 'edited', 'draft.en.md');
const adopted = join(DIR, 'edited', 'adopted.en.md');

async function diff(args: string[], env: NodeJS.ProcessEnv = {}, isTTY = false) {
  let [stdout, stderr] = ['', ''];
  const code = await run(['diff', ...args], {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([]) as unknown as NodeJS.ReadableStream,
    env,
  });
  return { code, stdout, stderr };
}

describe('un-resolution diff', () => {
  it('prints a readable report: masthead, each entry with its lines, changed words marked, a summary', async () => {
    const { code, stdout, stderr } = await diff([draft, adopted]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^A\/80\/L\.99 \(draft, .*draft\.en\.md\) → A\/RES\/80\/199 \(resolution, .*adopted\.en\.md\)\n/);
    expect(stdout).toContain('  sponsors          Norway and Peru → —');
    expect(stdout).toContain('  P4 → P1  moved  (draft line 24, adopted line 20)');
    expect(stdout).toContain('      opener: Noting → Taking note');
    expect(stdout).toContain('[-Noting-]{+Taking note of+} the report');
    expect(stdout).toContain('  O2 → O3+O4  edited, split  (draft line 34, adopted line 38+40)');
    expect(stdout).toContain('      — → (b)  added');
    expect(stdout).toMatch(/Summary: 2 unchanged, 4 edited, 1 moved, 1 renumbered, 1 split, 1 merged, 1 added, 1 removed\n$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours the changes on a terminal, without the [- -] {+ +} marks', async () => {
    const { stdout } = await diff([draft, adopted], {}, true);
    expect(stdout).toContain('\u001b[');
    expect(stdout).not.toContain('[-Noting-]');
    expect((await diff([draft, adopted, '--no-color'], {}, true)).stdout).toContain('[-Noting-]');
    expect((await diff([draft, adopted], { NO_COLOR: '1' }, true)).stdout).not.toContain('\u001b[');
  });

  it('prints the comparison as JSON with --format json', async () => {
    const { code, stdout } = await diff([draft, adopted, '--format', 'json']);
    expect(code).toBe(0);
    const result = Comparison.parse(JSON.parse(stdout));
    expect(result.summary).toMatchObject({ moved: 1, split: 1, merged: 1 });
  });

  it('exits 2 with a clear message on usage and input errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /expected two files, the draft and the adopted resolution; got 0/],
      [[draft], /expected two files.*got 1/],
      [[draft, adopted, adopted], /got 3/],
      [['-', '-'], /standard input can be read once/],
      [[draft, adopted, '--format', 'xml'], /--format must be text or json, not "xml"/],
      [[draft, adopted, '--language', 'de'], /--language must be en, fr, es or auto/],
      [[draft, join(DIR, 'missing.txt')], /missing\.txt/],
      [[draft, adopted, '--colour'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await diff(args);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toMatch(message);
    }
  });

  it('answers --help, and the main help lists the command', async () => {
    const { code, stdout } = await diff(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: un-resolution diff DRAFT ADOPTED/);
    let main = '';
    await run(['--help'], { stdout: { write: (c: string) => (main += c) }, stderr: { write: () => true }, stdin: Readable.from([]) as unknown as NodeJS.ReadableStream, env: {} });
    expect(main).toContain('diff DRAFT ADOPTED');
  });
});

// Runs the built command line (dist/cli.js, built by `npm test`'s pretest) on real files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
const seed = 'fixtures/seed/a-res-58-220.fr.md';
const page = 'fixtures/seed/south-south-cooperation-page.fr.txt';
const corpus = join(repo, '..', 'shared', 'corpus');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build (npm test does it)');
  tmp = mkdtempSync(join(tmpdir(), 'un-resolution-cli-'));
  writeFileSync(join(tmp, 'empty.txt'), '');
  writeFileSync(join(tmp, 'blank.md'), '  \n\n');
  writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(tmp, 'scan.pdf'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  writeFileSync(join(tmp, 'latin1.txt'), Buffer.from('L\xe9gislation adopt\xe9e\n', 'latin1'));
  mkdirSync(join(tmp, 'no-text'));
  writeFileSync(join(tmp, 'no-text', 'notes.json'), '{}');
});

describe('un-resolution parse', () => {
  it('prints the README quick start outline of the seed', () => {
    const { code, stdout, stderr } = run(['parse', seed, '--format', 'outline']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^58\/220 {2}Coopération économique et technique entre pays en développement\n/);
    expect(stdout).toContain('Session   58');
    expect(stdout).toContain('Adopted   2003-12-23, meeting 78');
    expect(stdout).toMatch(/Operative — 12 paragraphs/);
    expect(stdout).toMatch(/\n\s+51\s+8\.\s+Note avec intérêt\s+que la Conférence/);
    expect(stdout).toMatch(/Footnotes — 8/);
    expect(stdout).toMatch(/\n\s+72\s+7\s+A\/55\/74, annexe II\.\s+← line 59/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('prints JSON by default, and reads standard input', () => {
    const { code, stdout } = run(['parse', '-'], `Resolution 500 (1982)\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the 2390th meeting.\n`);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.resolution.operative).toHaveLength(1);
    expect(Array.isArray(result.diagnostics)).toBe(true);
  });

  it('exits 1 on the South-South page (an error: not a resolution)', () => {
    const { code, stdout } = run(['parse', page, '--format', 'outline']);
    expect(code).toBe(1);
    expect(stdout).toContain('error not-a-resolution');
  });

  it('exits 2 with a clear message on a missing file, an empty file, a binary file, a PDF, non-UTF-8 input', () => {
    const cases: [string, RegExp][] = [
      ['missing.txt', /cannot read missing\.txt: no such file or directory/],
      [join(tmp, 'empty.txt'), /empty\.txt is empty/],
      [join(tmp, 'blank.md'), /blank\.md is empty \(white space only\)/],
      [join(tmp, 'binary.txt'), /binary\.txt is a binary file, not text/],
      [join(tmp, 'scan.pdf'), /scan\.pdf is a PDF, not text/],
      [join(tmp, 'latin1.txt'), /latin1\.txt is not valid UTF-8 \(byte 0xE9 at offset 1\)/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = run(['parse', file]);
      expect(code, file).toBe(2);
      expect(stdout, file).toBe('');
      expect(stderr, file).toMatch(message);
      expect(stderr, file).toMatch(/^un-resolution: /);
    }
  });

  it('exits 2 on usage errors, with a hint', () => {
    expect(run([]).code).toBe(2);
    const unknown = run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const format = run(['parse', seed, '--format', 'yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown format "yaml": expected json, outline/);
    const option = run(['parse', seed, '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--colour/);
  });

  it('answers --help and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: un-resolution <command>/);
    expect(run(['validate', '--help']).stdout).toMatch(/file:line:column severity code message/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('un-resolution outline', () => {
  it('is parse --format outline', () => {
    expect(run(['outline', seed]).stdout).toBe(run(['parse', seed, '--format', 'outline']).stdout);
  });
});

describe('un-resolution validate', () => {
  it('is clean on the seed and says so', () => {
    const { code, stdout } = run(['validate', seed]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ 1 document: 0 errors, 0 warnings, 0 infos in (?:\d+ ms|\d+\.\d s)\n$/);
  });

  it('gives the South-South page one error, compiler style', () => {
    const { code, stdout } = run(['validate', page]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/seed\/south-south-cooperation-page\.fr\.txt:1:1 error not-a-resolution Expected a UN resolution/);
    expect(lines.at(-1)).toMatch(/^✖ 1 document: 1 error, 0 warnings, 0 infos in/);
    expect(stdout.match(/ error /g)).toHaveLength(1);
  });

  it('prints the source line and a caret under the finding', () => {
    const text = 'Resolution 500 (1982)\n\nThe Security Council,\n\nRecalling its resolution 425 (1978).\n\n1. Decides to act;\n\n2. Requests a report.\n\nAdopted unanimously at the 2390th meeting.\n';
    const { code, stdout } = run(['validate', '-'], text);
    expect(code).toBe(0);
    expect(stdout).toContain('<stdin>:5:36 warning preambular-punctuation Expected a preambular paragraph to end with a comma (","), found a full stop (".")');
    expect(stdout).toContain(' 5 | Recalling its resolution 425 (1978).\n   |                                    ^\n');
  });

  it.runIf(existsSync(corpus))('validates a corpus folder, with a summary and an exit code that follows the errors', () => {
    const { code, stdout, stderr } = run(['validate', join(corpus, 'en', 'ga'), join(corpus, 'fr')]);
    expect(stderr).toBe('');
    const summary = /(?:^|\n)\S+ 10 documents: (\d+) errors?, \d+ warnings?, \d+ infos? in \d/.exec(stdout);
    expect(summary).not.toBeNull();
    expect(code).toBe(Number(summary![1]) > 0 ? 1 : 0);
    for (const line of stdout.split('\n').filter((l) => l.startsWith('/'))) expect(line).toMatch(/^\/\S+\.(txt|md):\d+:\d+ (error|warning|info) [a-z-]+ \S/);
  });

  it.runIf(existsSync(corpus))('gives the same findings on worker threads (--jobs)', () => {
    const folder = join(corpus, 'en', 'ga');
    const alone = JSON.parse(run(['validate', folder, '--format', 'json']).stdout);
    const threaded = JSON.parse(run(['validate', folder, '--format', 'json', '--jobs', '2']).stdout);
    expect(threaded.documents).toEqual(alone.documents);
    expect(run(['validate', folder, '--jobs', '0']).code).toBe(2);
  });

  it.runIf(existsSync(corpus))('takes globs, and turns codes off with --rule', () => {
    const { stdout } = run(['validate', `${corpus}/en/ga/a-res-80-*.txt`, '--format', 'json', '--rule', 'footnote-unreferenced=off']);
    const report = JSON.parse(stdout);
    expect(report.summary.documents).toBe(7);
    expect(report.documents.every((d: { file: string }) => /a-res-80-\d\.txt$/.test(d.file))).toBe(true);
    expect(report.documents.flatMap((d: { diagnostics: { code: string }[] }) => d.diagnostics.map((x) => x.code))).not.toContain('footnote-unreferenced');
  });

  it('reports JSON for machines', () => {
    const { code, stdout } = run(['validate', page, seed, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ documents: 2, errors: 1, warnings: 0, unreadable: 0 });
    expect(report.documents[0].diagnostics[0]).toMatchObject({ code: 'not-a-resolution', severity: 'error', position: { start: { line: 1, column: 1 } } });
  });

  it('goes on past unreadable files and exits 2', () => {
    const { code, stdout, stderr } = run(['validate', seed, 'missing.md', join(tmp, 'empty.txt'), join(tmp, 'binary.txt'), join(tmp, 'no-text'), `${tmp}/*.nothing`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read missing\.md: no such file or directory/);
    expect(stderr).toMatch(/empty\.txt is empty/);
    expect(stderr).toMatch(/binary\.txt is a binary file/);
    expect(stderr).toMatch(/no text files \(\.txt, \.md, \.markdown\) in directory .*no-text/);
    expect(stderr).toMatch(/no files match .*\*\.nothing/);
    expect(stdout).toMatch(/✖ 1 document: 0 errors, 0 warnings, 0 infos, 5 unreadable in/);
  });

  it.each([
    [[], /expected files, directories or globs to validate/],
    [[seed, '--rule', 'nope=off'], /unknown code "nope" in --rule/],
    [[seed, '--rule', 'final-punctuation=loud'], /--rule expects CODE=off\|error\|warning\|info, got "final-punctuation=loud"/],
    [[seed, '--jobs', '0'], /--jobs must be a whole number of at least 1, not "0"/],
    [[seed, '--jobs', 'abc'], /--jobs must be a whole number of at least 1, not "abc"/],
    [[seed, '--format', 'xml'], /--format must be text or json, not "xml"/],
  ])('exits 2 with a usage message and a hint, no stack trace: validate %j', (args, message) => {
    const { code, stderr } = run(['validate', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/\(see un-resolution validate --help\)/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('rejects an unknown code in --rule', () => {
    const { code, stderr } = run(['validate', seed, '--rule', 'no-such-code=off']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown code "no-such-code"/);
  });
});

describe('un-resolution references', () => {
  it('prints the references of a batch as TSV, one line each under a header', () => {
    const sc = join(tmp, 's-res-9999.txt');
    writeFileSync(sc, 'Resolution 9999 (2024)\n\nThe Security Council,\n\nRecalling its resolutions 2216 (2015) and 2722 (2024),\n\n1. Decides to remain seized of the matter.\n');
    const { code, stdout, stderr } = run(['references', seed, sc]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(lines[0]).toEqual(['file', 'symbol', 'place', 'line', 'kind', 'target', 'organ', 'date', 'pinpoint', 'text']);
    expect(lines.every((line) => line.length === 10)).toBe(true);
    expect(lines).toContainEqual([seed, 'A/RES/58/220', 'op10', '61', 'resolution', 'A/RES/57/263', 'general-assembly', '2002-12-20', '', 'résolution 57/263 du 20 décembre 2002']);
    expect(lines).toContainEqual([seed, 'A/RES/58/220', 'fn4', '37', 'document', 'A/58/319', '', '', '', 'A/58/319']);
    expect(lines.filter((line) => line[0] === sc).map((line) => line[5])).toEqual(['S/RES/2216 (2015)', 'S/RES/2722 (2024)']);
  });

  it('prints JSON with --format json, and reports unreadable inputs with exit code 2', () => {
    const { code, stdout, stderr } = run(['references', seed, join(tmp, 'missing.txt'), '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.txt');
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(7);
    expect(rows[5]).toMatchObject({ file: seed, place: 'op10', kind: 'resolution', target: 'A/RES/57/263', date: '2002-12-20', text: 'résolution 57/263 du 20 décembre 2002' });
    expect(run(['references', seed, '--format', 'xml']).code).toBe(2);
  });
});

describe('un-resolution rules', () => {
  it('lists the codes with their severity', () => {
    const { code, stdout } = run(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^not-a-resolution\s+error\s+The text is not a UN resolution/m);
    expect(stdout).toMatch(/^ocr-corrected\s+warning\s+.*\(parser\)$/m);
  });
});

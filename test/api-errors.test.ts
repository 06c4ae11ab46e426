// Programmer mistakes get the command line's clarity: a TypeError that names the mistake, and in a
// batch, a per-file error for a file that is not a text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../src/batch/index.js';
import { parse, print, toAkomaNtoso, validate } from '../src/index.js';

const seedFile = join(import.meta.dirname, '..', 'fixtures', 'seed', 'a-res-58-220.fr.md');
const seed = readFileSync(seedFile, 'utf8');
const tree = parse(seed).resolution;
const call = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return null;
};

describe('API argument errors', () => {
  it.each([
    ['parse(text, null)', () => parse(seed, null as never), /^parse\(\) options must be an object, got null$/],
    ['parse(null)', () => parse(null as never), /^parse\(\) expects a string, got null$/],
    ['parse(text, { lenguage })', () => parse(seed, { lenguage: 'fr' } as never), /^Unknown option "lenguage" for parse\(\): did you mean "language"\? \(expected language, form/],
    ['validate(text, { rule })', () => validate(seed, { rule: {} } as never), /^Unknown option "rule" for validate\(\): did you mean "rules"\?/],
    ['validate(null)', () => validate(null as never), /^validate\(\) expects a parsed resolution \(parse\(text\)\.resolution\), got null$/],
    ['print(null)', () => print(null as never), /^print\(\) expects a parsed resolution \(parse\(text\)\.resolution\), got null$/],
    ['print(result)', () => print(parse(seed) as never), /^print\(\) expects a parsed resolution .*, got an object$/],
    ['print(tree, { from })', () => print(tree, { from: 'text' } as never), /^Unknown option "from" for print\(\): did you mean "form"\?/],
    ['toAkomaNtoso(null)', () => toAkomaNtoso(null as never), /^toAkomaNtoso\(\) expects a parsed resolution .*, got null$/],
    ['toAkomaNtoso(tree, { pretty, indent })', () => toAkomaNtoso(tree, { indent: 2 } as never), /^Unknown option "indent" for toAkomaNtoso\(\) \(expected date, number, markupDate, pretty/],
  ])('%s throws a TypeError that says what is wrong', (_, f, message) => {
    const error = call(f);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
  });

  it('parseFiles refuses a string, a misspelt option and a misspelt validate option with a TypeError', async () => {
    await expect(parseFiles(seedFile as never)).rejects.toThrow(/^parseFiles\(\) expects an array of file paths, got a string$/);
    await expect(parseFiles([seedFile], { worker: 2 } as never)).rejects.toThrow(/^Unknown option "worker" for parseFiles\(\): did you mean "workers"\?/);
    await expect(parseFiles([seedFile], { validate: { rule: {} } } as never)).rejects.toThrow(/^Unknown option "rule" for parseFiles\(\): did you mean "rules"\?/);
  });

  it('parseFiles gives binary, non-UTF-8 and empty files an error and parses the others', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'un-resolution-api-'));
    const binary = join(tmp, 'binary.txt');
    const latin1 = join(tmp, 'latin1.txt');
    const empty = join(tmp, 'empty.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(latin1, Buffer.from('L\xe9gislation adopt\xe9e\n', 'latin1'));
    writeFileSync(empty, '');
    const { files, summary } = await parseFiles([binary, latin1, empty, seedFile], { workers: 1 });
    expect(files[0].error).toMatch(/binary\.txt is a binary file, not text/);
    expect(files[1].error).toMatch(/latin1\.txt is not valid UTF-8 \(byte 0xE9 at offset 1\)/);
    expect(files[2].error).toMatch(/empty\.md is empty/);
    expect(files[3].error).toBeUndefined();
    expect(files[3].result).toEqual(parse(seed));
    expect(summary.failed).toBe(3);
  });
});

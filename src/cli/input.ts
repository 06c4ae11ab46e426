/** Reading what the command line is given: files, directories, globs, standard input. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { pushAll } from '../arrays.js';
import { decode, InputError } from '../source/decode.js';

export { InputError };

/** The extensions taken from a directory: the text and markdown forms of resolutions. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'];

const isText = (name: string) => TEXT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const hasGlob = (pattern: string) => /[*?[\]{}]/.test(pattern);

/** Every text file under `dir`, sorted, hidden folders and node_modules skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pushAll(out, walk(path));
    else if (entry.isFile() && isText(entry.name)) out.push(path);
  }
  return out;
}

export interface Target {
  /** The path to read, as it will be shown. */
  file: string;
  /** Set when the argument could not be turned into files (missing file, empty directory, no match). */
  problem?: string;
}

/**
 * The files named by the arguments, in order, without repeats: a file as is (whatever its
 * extension), a directory's .txt/.md files, a glob's matches. Problems are reported per argument
 * rather than thrown, so that a batch goes on.
 */
export function expandTargets(args: string[], cwd = process.cwd()): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) (seen.add(file), out.push({ file }));
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch {
      stats = null;
    }
    if (stats?.isDirectory()) {
      const files = walk(arg);
      if (!files.length) out.push({ file: arg, problem: `no text files (${TEXT_EXTENSIONS.join(', ')}) in directory ${arg}` });
      files.forEach(add);
    } else if (stats) {
      add(arg);
    } else if (hasGlob(arg)) {
      const files = globSync(arg, { cwd, onlyFiles: true, dot: false }).sort();
      if (!files.length) out.push({ file: arg, problem: `no files match ${arg}` });
      files.map((file) => relative(cwd, join(cwd, file)) || file).forEach(add);
    } else {
      out.push({ file: arg, problem: `cannot read ${arg}: no such file or directory` });
    }
  }
  return out;
}

/**
 * The text of a file (or of standard input for "-"), checked: not a directory, not empty, not
 * binary, valid UTF-8. A byte order mark is dropped. Throws an InputError with a message that says
 * what to do.
 */
export function readText(file: string, stdin?: number): string {
  let bytes: Buffer;
  try {
    if (file === '-') bytes = readFileSync(stdin ?? 0);
    else {
      if (statSync(file).isDirectory()) throw new InputError(`${file} is a directory: give a file (validate takes directories)`);
      bytes = readFileSync(file);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const name = file === '-' ? 'standard input' : file;
    if (code === 'ENOENT') throw new InputError(`cannot read ${name}: no such file or directory`);
    if (code === 'EACCES') throw new InputError(`cannot read ${name}: permission denied`);
    throw new InputError(`cannot read ${name}: ${(error as Error).message}`);
  }
  return decode(bytes, file === '-' ? 'standard input' : file);
}

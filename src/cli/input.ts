/** Reading what the command line is given: files, directories, globs, standard input. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { pushAll } from '../arrays.js';

/** A problem with the input that stops one file (or the whole command): exit code 2. */
export class InputError extends Error {}

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

/** Bytes to text, or an InputError that says why they are not a text to parse. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty: there is nothing to parse`);
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) {
    throw new InputError(`${name} is a PDF, not text: extract its text first (pdftotext, or a PDF to markdown converter)`);
  }
  if (head.includes(0)) throw new InputError(`${name} is a binary file, not text: give the text or markdown of the resolution`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new InputError(
      `${name} is not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at}): convert it, e.g. iconv -f windows-1252 -t utf-8`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${name} is empty (white space only): there is nothing to parse`);
  return text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

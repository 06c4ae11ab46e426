import { readFileSync } from 'node:fs';
import { parse } from '../index.js';

/** Minimal command line: `un-resolution parse FILE|-` prints the JSON tree. */
function main(argv: string[]): number {
  const [command, file] = argv;
  if (command !== 'parse' || !file) {
    process.stderr.write('usage: un-resolution parse FILE|-\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`un-resolution: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = parse(text);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

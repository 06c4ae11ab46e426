// `npm run bench:shapes`: the growth of `parse` from 100 KB to 1 MB (and 10 MB with --large) on each
// layout of bench/shapes.ts, each size in a child process of its own (bench/case.ts). Linear work
// grows 10-16x for 10x the input from 1 MB up, and up to 30x from 100 KB, whose passes fit in the
// caches and leave the collector little to copy (as on the synthetic resolution of `npm run bench`);
// work that grows with the square of the input shows as 50-100x, and is marked from 40x.
// Options: --large (also 1 MB -> 10 MB), --min-seconds N (time budget of each figure; default 1),
// --case NAME (a case of bench/cases.ts; default parse).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SHAPES } from './shapes.js';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const sizes = argv.includes('--large') ? [100_000, 1_000_000, 10_000_000] : [100_000, 1_000_000];
const minSeconds = option('--min-seconds') ?? '1';
const caseName = option('--case') ?? 'parse';
/** Growth past which the work is not linear in the input, whatever the collector adds. */
const SUPERLINEAR = 40;

interface Speed {
  bytes: number;
  bestMs: number;
  medianMs: number;
}

function measure(input: string): Speed {
  const caseScript = join(import.meta.dirname, 'case.ts');
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', caseScript, 'speed', caseName, input, minSeconds], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

console.log(`${caseName}: median pass at each size, and its growth for 10x the input (marked from ${SUPERLINEAR}x)\n`);
const header = ['shape', ...sizes.map((size) => `${size / 1e6} MB: ms (MB/s)`), ...sizes.slice(1).map((_, i) => `growth ${i + 1}`)];
const rows: string[][] = [];
let superlinear = 0;
for (const shape of Object.keys(SHAPES)) {
  const speeds = sizes.map((size) => measure(`shape:${shape}:${size}`));
  const growths = speeds.slice(1).map((speed, i) => speed.medianMs / speeds[i].medianMs / (speed.bytes / speeds[i].bytes / 10));
  superlinear += growths.filter((growth) => growth > SUPERLINEAR).length;
  rows.push([
    shape,
    ...speeds.map((speed) => `${speed.medianMs.toFixed(speed.medianMs < 10 ? 2 : 0)} (${(speed.bytes / 1e6 / (speed.medianMs / 1000)).toFixed(1)})`),
    ...growths.map((growth) => `${growth.toFixed(1)}x${growth > SUPERLINEAR ? '  superlinear' : ''}`),
  ]);
  console.error(`  ${shape} done`);
}
const widths = header.map((_, c) => Math.max(header[c].length, ...rows.map((row) => row[c].length)));
for (const row of [header, widths.map((width) => '-'.repeat(width)), ...rows]) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
console.log(superlinear ? `\n${superlinear} growth figure(s) superlinear` : '\nEvery shape grows linearly');

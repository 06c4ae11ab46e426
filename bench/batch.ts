// Batch speed-up: `npm run bench:batch [-- --passes N]`. Validates the whole corpus in one thread
// (validate on each text, as `un-resolution validate` does without --jobs) and with parseFiles on
// 1 … N worker threads (N: the cores), best of a few passes each, and prints the speed-up of each
// over the single thread. On a machine busy with other work the workers share its cores and the
// figures say so: compare them with the load average printed first.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseFiles } from '../src/batch/index.js';
import { validate } from '../src/index.js';
import { corpusFiles } from './inputs.js';

const at = process.argv.indexOf('--passes');
const passes = at >= 0 ? Number(process.argv[at + 1]) : 3;
const files = corpusFiles();
if (!files.length) throw new Error('bench:batch needs the corpus (../shared/corpus)');

async function best(run: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest / 1000;
}

console.log(`${files.length} documents, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const single = await best(() => files.forEach((file) => validate(readFileSync(file, 'utf8'))));
console.log(`one thread            ${single.toFixed(2)} s`);
const byDefault = await best(() => parseFiles(files, { output: 'none', validate: true }));
console.log(`parseFiles, default  ${byDefault.toFixed(2)} s  speed-up ×${(single / byDefault).toFixed(2)}`);
for (let workers = 1; workers <= availableParallelism(); workers++) {
  const seconds = await best(() => parseFiles(files, { workers, output: 'none', validate: true }));
  console.log(`parseFiles, ${workers} worker(s) ${seconds.toFixed(2)} s  speed-up ×${(single / seconds).toFixed(2)}`);
}

// One benchmark case on one input, in a process of its own so that its figures are its own.
// Usage: node --expose-gc [--max-semi-space-size=1] --import tsx bench/case.ts (speed|memory) CASE INPUT [MIN_SECONDS]
// Prints one JSON line.
//   speed:  the steady state a long-running caller sees: warm-up passes over the whole input until
//           MIN_SECONDS have passed, two at least (V8 optimises the parser's many functions over
//           several passes of a large input: on the corpus the first pass is 3-4x slower than the
//           tenth), then timed passes (at least 3, and until MIN_SECONDS have passed, or fewer when
//           they take longer than 3 x MIN_SECONDS); best, median and mean of the timed passes, and
//           the collector's pauses per pass (GCProfiler). The first pass's time is reported too (coldMs).
//   memory: one pass that keeps every result alive until it ends (an upper bound for a caller that
//           drops each tree after use), after a warm-up on the first document and the seed. The JS
//           heap (plus external memory) is read before every garbage collection of the pass and after
//           it: the maximum less the heap before is the peak. Run it with a small young generation
//           (--max-semi-space-size=1) so that garbage is collected as it would be under pressure and
//           the peak is what the parse needs, not what it left lying. The RSS high-water mark is the
//           operating system's view of the same pass.
import { readFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { ALL_CASES, makeRun, prepare, type CaseName } from './cases.js';
import { loadInput } from './inputs.js';
import { SEED_PATH } from './synthetic.js';

const [mode, caseName, inputName, minSecondsArgument] = process.argv.slice(2);
if (!['speed', 'memory'].includes(mode) || !ALL_CASES.includes(caseName as CaseName) || !inputName) {
  console.error(`usage: case.ts (speed|memory) (${ALL_CASES.join('|')}) INPUT [MIN_SECONDS]`);
  process.exit(2);
}
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc');
const run = makeRun(caseName as CaseName);
const input = loadInput(inputName);
prepare(caseName as CaseName, input.texts);
const base = { mode, case: caseName, input: inputName, bytes: input.bytes, documents: input.texts.length };
if (!run) {
  console.log(JSON.stringify({ ...base, available: false }));
  process.exit(0);
}

if (mode === 'speed') {
  const budget = Number(minSecondsArgument ?? 1) * 1000;
  const times: number[] = [];
  let spent = 0;
  const pass = () => {
    const start = performance.now();
    for (const text of input.texts) run(text);
    return performance.now() - start;
  };
  const coldMs = pass();
  // Warm up for the budget, two passes at least; a cold pass longer than three budgets is warm-up enough.
  for (let warm = coldMs, passes = 1; coldMs <= 3 * budget && (warm < budget || passes < 2); passes++) warm += pass();
  gc();
  // The collector's pauses in the timed passes, so that a growth in time can be told apart from a
  // growth in collection (a pass small enough for the young generation may run with none at all).
  const collector = new GCProfiler();
  collector.start();
  while ((times.length < 3 && spent < 3 * budget) || (spent < budget && times.length < 1000)) {
    const ms = pass();
    times.push(ms);
    spent += ms;
  }
  const collectorMs = collector.stop().statistics.reduce((sum, event) => sum + event.cost, 0) / 1000;
  times.sort((a, b) => a - b);
  const [best, median] = [times[0], times[times.length >> 1]];
  console.log(
    JSON.stringify({
      ...base,
      available: true,
      passes: times.length,
      coldMs,
      bestMs: best,
      medianMs: median,
      meanMs: spent / times.length,
      collectorMsPerPass: collectorMs / times.length,
      mbPerSecond: input.bytes / 1e6 / (best / 1000),
      medianMbPerSecond: input.bytes / 1e6 / (median / 1000),
    }),
  );
} else {
  // Warm up on the input's first document, then on the seed: V8 may keep the last call's closures
  // (and so its data) alive until the next call; the seed's are small, so the heap before is clean.
  run(input.texts[0]);
  run(readFileSync(SEED_PATH, 'utf8'));
  const heapInUse = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external + usage.arrayBuffers;
  };
  gc();
  gc();
  const heapBefore = heapInUse();
  const rssBefore = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  let results: unknown[] | null = input.texts.map(run);
  const coldMs = performance.now() - start;
  let heapPeak = heapInUse();
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  const profile = profiler.stop();
  for (const event of profile?.statistics ?? []) {
    const stats = event.beforeGC.heapStatistics;
    heapPeak = Math.max(heapPeak, stats.usedHeapSize + stats.externalMemory);
  }
  gc();
  const retained = heapInUse() - heapBefore;
  // Read the results after the measure, so that they are alive during it.
  const kept = results.length;
  results = null;
  console.log(
    JSON.stringify({
      ...base,
      available: true,
      coldMs,
      garbageCollections: profile?.statistics.length ?? 0,
      kept,
      peakHeapBytes: Math.max(0, heapPeak - heapBefore),
      retainedBytes: Math.max(0, retained),
      peakRssBytes: Math.max(0, maxRssAfter - Math.max(rssBefore, maxRssBefore)),
    }),
  );
}

// The long fuzz run: `npm run fuzz` (issue 6). Parses and validates at least 100,000 generated inputs
// (arbitrary strings, resolution soup, mutated corpus documents, generated resolutions; notes marked
// with numbers, asterisks, letters and daggers) on worker threads and checks every robustness
// property on each, with no allowance: every lost character is counted; `validate` must neither
// throw nor report an internal error.
// Prints how many inputs ran and what was found (by property and kind, with the smallest input of
// each kind), the slowest inputs per kilobyte, and any input that hung; writes the same as JSON.
//
// Options: --runs N (default 100000), --seed S (default: from the clock), --workers N (default: the
// cores), --report FILE (default fuzz-report.json in the working directory), --hang SECONDS (an
// input that takes longer is reported as a hang and the run stops; default 60).
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { parse, validate } from '../../src/index.js';
import { anyString, generatedResolution, mutatedDocument, sampleDocuments, soup } from './generators.js';
import { lostCharacters, lostRuns, problemsOf, type Problem } from './invariants.js';

/** Room to show the input that is being parsed when a worker hangs (UTF-16 code units). */
const SHARED_CHARS = 4 << 20;
const CHUNK = 100;

interface Finding {
  key: string;
  count: number;
  smallest: string;
  message: string;
}
interface WorkerMessage {
  type: 'progress' | 'done';
  done: number;
  byGenerator: Record<string, number>;
  findings: Record<string, Finding>;
  slowest: { perKb: number; ms: number; chars: number; generator: string; input: string }[];
  totalMs: number;
  totalChars: number;
}

/** What kind of loss a run of lost characters is. */
function lossKind(text: string, from: number, to: number): string {
  const run = text.slice(from, to);
  if (/^_+$/.test(run)) return 'footnote rule (___)';
  if (/^(?:[*#\s]|<\/?sup>)+$/.test(run)) return 'markup only (*, #, <sup>)';
  if (!/[\p{L}\p{N}]/u.test(run)) return 'punctuation';
  return 'words or numbers';
}

/** `validate` on the text, as the command line runs it: no throw, no rule that fails. */
function checkValidate(text: string, note: (key: string, text: string, message: string) => void): void {
  try {
    for (const diagnostic of validate(text)) if (diagnostic.code === 'internal-error') note('validate: internal-error', text, diagnostic.message);
  } catch (error) {
    note('validate: throw', text, `threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}

function runWorker(): void {
  const { seed, runs, shared } = workerData as { seed: number; runs: number; shared: SharedArrayBuffer };
  const current = new Uint16Array(shared, 8);
  const meta = new Int32Array(shared, 0, 2);
  const documents = sampleDocuments(60);
  const generators: [string, number, fc.Arbitrary<string>][] = [
    ['arbitrary string', 25, anyString],
    ['soup', 35, soup],
    ['mutated document', 25, mutatedDocument(documents)],
    ['generated resolution', 15, generatedResolution],
  ];
  const tagged = fc.oneof(...generators.map(([name, weight, arbitrary]) => ({ weight, arbitrary: arbitrary.map((text) => [name, text] as const) })));
  const state: WorkerMessage = { type: 'progress', done: 0, byGenerator: {}, findings: {}, slowest: [], totalMs: 0, totalChars: 0 };
  const note = (key: string, text: string, message: string) => {
    const found = (state.findings[key] ??= { key, count: 0, smallest: text, message });
    found.count++;
    if (text.length < found.smallest.length) {
      found.smallest = text;
      found.message = message;
    }
  };
  for (let offset = 0; offset < runs; offset += CHUNK) {
    const batch = fc.sample(tagged, { numRuns: Math.min(CHUNK, runs - offset), seed: seed + offset });
    for (const [generator, text] of batch) {
      const length = Math.min(text.length, current.length);
      for (let i = 0; i < length; i++) current[i] = text.charCodeAt(i);
      Atomics.store(meta, 1, length);
      Atomics.store(meta, 0, Atomics.load(meta, 0) + 1);
      state.byGenerator[generator] = (state.byGenerator[generator] ?? 0) + 1;
      let problems: Problem[];
      const start = performance.now();
      let ms = 0;
      try {
        const result = parse(text);
        ms = performance.now() - start;
        problems = problemsOf(text, result, { accountedFor: false });
        checkValidate(text, note);
        for (const diagnostic of result.diagnostics) if (diagnostic.code === 'internal-error') note('internal-error (fell back to unparsed)', text, diagnostic.message);
        for (const [from, to] of lostRuns(lostCharacters(text, result))) {
          note(`lost-text: ${lossKind(text, from, to)}`, text, `lost ${JSON.stringify(text.slice(from, to).slice(0, 80))} at offset ${from}`);
        }
      } catch (error) {
        ms = performance.now() - start;
        note('throw', text, `threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        problems = [];
      }
      for (const problem of problems) note(problem.property, text, problem.message);
      state.totalMs += ms;
      state.totalChars += text.length;
      const perKb = ms / Math.max(1, text.length / 1024);
      if (text.length >= 2048 && (state.slowest.length < 5 || perKb > state.slowest[state.slowest.length - 1].perKb)) {
        state.slowest.push({ perKb, ms, chars: text.length, generator, input: text.slice(0, 50_000) });
        state.slowest.sort((a, b) => b.perKb - a.perKb);
        state.slowest.length = Math.min(5, state.slowest.length);
      }
      state.done++;
    }
    parentPort!.postMessage(state);
  }
  parentPort!.postMessage({ ...state, type: 'done' });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const reportAt = argv.indexOf('--report');
  const reportFile = resolve(reportAt >= 0 ? argv[reportAt + 1] : 'fuzz-report.json');
  const runs = option('--runs', 100_000);
  const seed = option('--seed', Date.now() % 2_000_000_000);
  const workers = Math.max(1, option('--workers', availableParallelism()));
  const hangMs = option('--hang', 60) * 1000;
  console.log(`fuzz: ${runs} inputs, seed ${seed}, ${workers} worker(s)`);
  const started = performance.now();
  const states: WorkerMessage[] = [];
  const shared: SharedArrayBuffer[] = [];
  const lastBeat: { count: number; at: number }[] = [];
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = pathToFileURL(import.meta.filename).href;
  // Set from the watchdog's callback (a holder, so that TypeScript does not narrow it to null).
  const watch: { hang: { worker: number; seconds: number; input: string } | null } = { hang: null };
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolveRun, reject) => {
    let finished = 0;
    const pool: Worker[] = [];
    for (let w = 0; w < workers; w++) {
      const share = new SharedArrayBuffer(8 + 2 * SHARED_CHARS);
      shared.push(share);
      lastBeat.push({ count: 0, at: performance.now() });
      const share_ = Math.floor(runs / workers) + (w < runs % workers ? 1 : 0);
      const worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`, {
        eval: true,
        workerData: { seed: seed + w * 1_000_003, runs: share_, shared: share },
      });
      pool.push(worker);
      worker.on('message', (message: WorkerMessage) => {
        states[w] = message;
        if (message.type === 'done' && ++finished === workers) resolveRun();
      });
      worker.on('error', reject);
    }
    timer = setInterval(() => {
      const total = states.reduce((sum, s) => sum + (s?.done ?? 0), 0);
      process.stderr.write(`\r  ${total} / ${runs} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      for (let w = 0; w < workers; w++) {
        const count = Atomics.load(new Int32Array(shared[w], 0, 2), 0);
        if (count !== lastBeat[w].count) lastBeat[w] = { count, at: performance.now() };
        else if (states[w]?.type !== 'done' && performance.now() - lastBeat[w].at > hangMs) {
          const meta = new Int32Array(shared[w], 0, 2);
          const chars = new Uint16Array(shared[w], 8, Atomics.load(meta, 1));
          let input = '';
          for (let i = 0; i < chars.length; i += 8192) input += String.fromCharCode(...chars.subarray(i, i + 8192));
          watch.hang = { worker: w, seconds: (performance.now() - lastBeat[w].at) / 1000, input };
          for (const worker of pool) void worker.terminate();
          resolveRun();
          return;
        }
      }
    }, 1000);
  });
  clearInterval(timer);
  process.stderr.write('\n');

  const seconds = (performance.now() - started) / 1000;
  const done = states.reduce((sum, s) => sum + (s?.done ?? 0), 0);
  const byGenerator: Record<string, number> = {};
  const findings: Record<string, Finding> = {};
  const slowest: WorkerMessage['slowest'] = [];
  let parseMs = 0;
  let chars = 0;
  for (const state of states) {
    if (!state) continue;
    for (const [name, count] of Object.entries(state.byGenerator)) byGenerator[name] = (byGenerator[name] ?? 0) + count;
    for (const finding of Object.values(state.findings)) {
      const known = findings[finding.key];
      if (!known) findings[finding.key] = { ...finding };
      else {
        known.count += finding.count;
        if (finding.smallest.length < known.smallest.length) Object.assign(known, { smallest: finding.smallest, message: finding.message });
      }
    }
    slowest.push(...state.slowest);
    parseMs += state.totalMs;
    chars += state.totalChars;
  }
  slowest.sort((a, b) => b.perKb - a.perKb);
  console.log(`ran ${done} inputs in ${seconds.toFixed(0)} s (${(chars / 1e6).toFixed(1)} M characters; parse alone ${(chars / 1e6 / (parseMs / 1000)).toFixed(2)} M characters/s per worker)`);
  console.log('by generator:', byGenerator);
  const hang = watch.hang;
  if (hang) console.log(`HANG: worker ${hang.worker} spent ${hang.seconds.toFixed(0)} s on one input of ${hang.input.length} characters: ${JSON.stringify(hang.input.slice(0, 500))}`);
  const list = Object.values(findings).sort((a, b) => b.count - a.count);
  if (!list.length) console.log('found nothing: every input kept every property');
  for (const finding of list) {
    console.log(`\n${finding.key}: ${finding.count} input(s)\n  smallest (${finding.smallest.length} chars): ${JSON.stringify(finding.smallest.slice(0, 400))}\n  ${finding.message.slice(0, 400)}`);
  }
  console.log('\nslowest inputs (ms per KB, inputs of 2 KB or more):');
  for (const s of slowest.slice(0, 5)) console.log(`  ${s.perKb.toFixed(2)} ms/KB, ${s.ms.toFixed(0)} ms, ${s.chars} chars, ${s.generator}: ${JSON.stringify(s.input.slice(0, 120))}`);
  writeFileSync(reportFile, JSON.stringify({ seed, runs, done, seconds, byGenerator, hang, findings: list, slowest: slowest.slice(0, 10) }, null, 2));
  console.log(`\nreport: ${reportFile}`);
  // Lost text is reported; anything else found (a throw, a fallback, a broken schema or position, a hang) fails the run.
  process.exitCode = hang || list.some((finding) => !finding.key.startsWith('lost-text')) ? 1 : 0;
}

if (isMainThread) await main();
else runWorker();

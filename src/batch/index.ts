/**
 * Batch parsing (and validation): many files spread over worker threads. Each worker reads and parses
 * the files it is given, one at a time (two queued per worker, so that none waits for the next).
 * The entry point `un-resolution/batch`, for Node only: the main entry stays free of Node built-ins,
 * so that it bundles for a browser.
 */
import { checkOptions, describe } from '../arguments.js';
import type { RuleSetting } from '../checks/types.js';
import { validateChecked } from '../checks/validate.js';
import { PARSE_OPTIONS, parseChecked, type ParseOptions } from '../parse.js';
import { batchWorkerScript } from '../generated/batch-worker-script.js';
import type { BatchOutput, WorkerReply, WorkerTask } from './protocol.js';
import { runTask } from './task.js';

export type { BatchOutput } from './protocol.js';

export interface BatchOptions extends ParseOptions {
  /**
   * Worker threads; default: one fewer than the cores (`os.availableParallelism() - 1`), so that the
   * thread that gathers the results keeps a core; at most one per file. When that default is a
   * single worker (two cores or fewer), the files are parsed in the calling thread instead, between
   * its other events: one cold worker is slower than the warm thread (`npm run bench:batch`).
   */
  workers?: number;
  /**
   * What comes back for each file: the tree (`tree`, the default), its JSON text (`json`: cheaper to
   * pass between threads, for a caller that writes it out; without positions with `positions:
   * false`), or nothing but its figures (`none`).
   */
  output?: BatchOutput;
  /**
   * Validate each file too (`validate(text)`: the parser's diagnostics and the rules'), with these
   * rule settings when an object; each file's findings come back in `diagnostics`. With `output:
   * 'none'`, the text is parsed once, by validate.
   */
  validate?: boolean | { rules?: Readonly<Record<string, RuleSetting>> };
  /** Called as each file is done, in completion order. */
  onFile?: (file: BatchFile) => void;
  /** Keep every file's result in the returned list; default true, or false when `onFile` is given. */
  keepResults?: boolean;
}

/** One file's outcome: what its worker sent back (size, time, tree or JSON, diagnostics), with its place. */
export interface BatchFile extends Omit<WorkerReply, 'id' | 'chars'> {
  file: string;
  /** Index of the file in the list given. */
  index: number;
}

export interface BatchSummary {
  files: number;
  /** Files that could not be read. */
  failed: number;
  bytes: number;
  workers: number;
  /** Wall-clock time of the whole batch, worker start-up included. */
  seconds: number;
  /** Time spent in `parse`, summed over the files. */
  parseSeconds: number;
  filesPerSecond: number;
  /** Megabytes (10^6 bytes) per second of wall-clock time. */
  mbPerSecond: number;
  errors: number;
  warnings: number;
}

export interface BatchResult {
  /** One entry per file, in the order given (empty when `keepResults` is false). */
  files: BatchFile[];
  summary: BatchSummary;
}

const BATCH_OPTIONS = [...PARSE_OPTIONS, 'workers', 'output', 'validate', 'onFile', 'keepResults'] as const;

/**
 * Parses many files on worker threads. Resolves when every file is done; rejects if a worker dies.
 * Throws a TypeError for invalid options, like `parse`.
 */
export async function parseFiles(files: readonly string[], options?: BatchOptions): Promise<BatchResult> {
  if (!Array.isArray(files) || files.some((file) => typeof file !== 'string')) {
    throw new TypeError(`parseFiles() expects an array of file paths, got ${Array.isArray(files) ? 'an array with an item that is not a string' : describe(files)}`);
  }
  const checked = checkOptions('parseFiles', options, BATCH_OPTIONS);
  const { workers: wanted, output = 'tree', onFile, keepResults = onFile === undefined, validate, ...parseOptions } = checked;
  if (validate !== undefined && typeof validate !== 'boolean') checkOptions('parseFiles', validate, ['rules']);
  const validation = validate ? { rules: (typeof validate === 'object' && validate.rules) || {} } : null;
  // Checks the options' values in the caller's thread (a TypeError, as parse and validate throw).
  if (validation) validateChecked('', { ...parseOptions, rules: validation.rules });
  else parseChecked('', parseOptions);
  if (!['tree', 'json', 'none'].includes(output)) throw new TypeError(`Unknown output "${output}": expected tree, json or none`);
  if (parseOptions.positions === false && output === 'tree') {
    throw new TypeError("positions: false needs output: 'json' (the lean JSON of each tree); for a lean tree in memory, parse(text, { positions: false })");
  }
  if (wanted !== undefined && (!Number.isInteger(wanted) || wanted < 1)) throw new TypeError(`workers must be a positive integer, got ${wanted}`);
  const started = performance.now();
  const summary: BatchSummary = {
    files: files.length,
    failed: 0,
    bytes: 0,
    workers: 0,
    seconds: 0,
    parseSeconds: 0,
    filesPerSecond: 0,
    mbPerSecond: 0,
    errors: 0,
    warnings: 0,
  };
  const kept: BatchFile[] = [];
  if (files.length === 0) return { files: kept, summary };

  const { availableParallelism } = await import('node:os');
  const count = Math.min(wanted ?? Math.max(1, availableParallelism() - 1), files.length);
  if (wanted === undefined && count === 1) return inThisThread(files, { parseOptions, output, validation, onFile, keepResults }, summary, started);
  const { Worker } = await import('node:worker_threads');
  summary.workers = count;

  return new Promise<BatchResult>((resolve, reject) => {
    const pool: InstanceType<typeof Worker>[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of pool) void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const send = (worker: InstanceType<typeof Worker>) => {
      if (next >= files.length) return;
      const task: WorkerTask = { id: next, file: files[next], options: parseOptions, output, validate: validation };
      next++;
      worker.postMessage(task);
    };
    const receive = (worker: InstanceType<typeof Worker>, reply: WorkerReply) => {
      const file: BatchFile = {
        file: files[reply.id],
        index: reply.id,
        bytes: reply.bytes,
        ms: reply.ms,
        errors: reply.errors,
        warnings: reply.warnings,
      };
      if (reply.result) file.result = reply.result;
      if (reply.json !== undefined) file.json = reply.json;
      if (reply.diagnostics) file.diagnostics = reply.diagnostics;
      if (reply.error !== undefined) {
        file.error = reply.error;
        summary.failed++;
      }
      summary.bytes += reply.bytes;
      summary.parseSeconds += reply.ms / 1000;
      summary.errors += reply.errors;
      summary.warnings += reply.warnings;
      if (keepResults) kept[reply.id] = file;
      try {
        onFile?.(file);
      } catch (error) {
        fail(error);
        return;
      }
      done++;
      if (done === files.length) {
        summary.seconds = (performance.now() - started) / 1000;
        summary.filesPerSecond = files.length / summary.seconds;
        summary.mbPerSecond = summary.bytes / 1e6 / summary.seconds;
        failed = true; // no more events matter
        Promise.all(pool.map((w) => w.terminate())).then(
          () => resolve({ files: kept, summary }),
          () => resolve({ files: kept, summary }),
        );
        return;
      }
      send(worker);
    };
    for (let i = 0; i < count; i++) {
      // The workers take the process's Node options, but --input-type (for `node -e` / stdin) is refused for a file.
      const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
      // The worker bundled into a script (a string): no file has to sit beside a bundle that includes this module.
      const worker = new Worker(batchWorkerScript, { eval: true, execArgv });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => receive(worker, reply));
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!failed) fail(new Error(`un-resolution: a batch worker stopped (exit code ${code}) before the batch was done`));
      });
      // Two tasks in flight per worker: the next file is waiting when one is done.
      send(worker);
      send(worker);
    }
  });
}

/**
 * The batch in the calling thread, a file at a time, yielding to the event loop between files so that
 * the caller's timers and streams go on (`summary.workers` is 0).
 */
async function inThisThread(
  files: readonly string[],
  { parseOptions, output, validation, onFile, keepResults }: { parseOptions: ParseOptions; output: BatchOutput; validation: WorkerTask['validate']; onFile?: (file: BatchFile) => void; keepResults: boolean },
  summary: BatchSummary,
  started: number,
): Promise<BatchResult> {
  const kept: BatchFile[] = [];
  for (let id = 0; id < files.length; id++) {
    const { chars: _chars, id: _id, ...reply } = runTask({ id, file: files[id], options: parseOptions, output, validate: validation });
    const file: BatchFile = { file: files[id], index: id, ...reply };
    if (file.error !== undefined) summary.failed++;
    summary.bytes += reply.bytes;
    summary.parseSeconds += reply.ms / 1000;
    summary.errors += reply.errors;
    summary.warnings += reply.warnings;
    if (keepResults) kept[id] = file;
    onFile?.(file);
    await new Promise((resolve) => setImmediate(resolve));
  }
  summary.seconds = (performance.now() - started) / 1000;
  summary.filesPerSecond = files.length / summary.seconds;
  summary.mbPerSecond = summary.bytes / 1e6 / summary.seconds;
  return { files: kept, summary };
}

// The entry point of a batch worker thread (bundled into a script by scripts/generate-worker.mjs).
// Reads each file it is sent, parses it (and validates it, when asked) and sends back the result,
// its JSON, or only its figures.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { validateChecked } from '../checks/validate.js';
import { parseChecked } from '../parse.js';
import { decode } from '../source/decode.js';
import { withoutPositions } from '../output/without-positions.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

if (!parentPort) throw new Error('un-resolution: batch-worker is meant to run as a worker thread');
const port = parentPort;

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const buffer = readFileSync(task.file);
    // Empty, binary or non-UTF-8 files get the command line's message as their error.
    const text = decode(buffer, task.file);
    const start = performance.now();
    // validate(text) parses and checks in one; the tree, when wanted too, is parsed again.
    const diagnostics = task.validate ? validateChecked(text, { ...task.options, rules: task.validate.rules }) : null;
    const result = !diagnostics || task.output !== 'none' ? parseChecked(text, task.options) : null;
    const ms = performance.now() - start;
    let errors = 0;
    let warnings = 0;
    for (const diagnostic of diagnostics ?? result?.diagnostics ?? []) {
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
    }
    reply = { id: task.id, bytes: buffer.length, chars: text.length, ms, errors, warnings };
    if (diagnostics) reply.diagnostics = diagnostics;
    if (result && task.output === 'tree') reply.result = result;
    else if (result && task.output === 'json') reply.json = JSON.stringify(task.options.positions === false ? withoutPositions(result) : result);
  } catch (error) {
    reply = { id: task.id, bytes: 0, chars: 0, ms: 0, errors: 0, warnings: 0, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

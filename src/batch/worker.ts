// The entry point of a batch worker thread (built to its own file: dist/batch-worker.js / .cjs).
// Reads each file it is sent, parses it (and validates it, when asked) and sends back the result,
// its JSON, or only its figures.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { validate } from '../checks/validate.js';
import { parse } from '../parse.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

if (!parentPort) throw new Error('un-resolution: batch-worker is meant to run as a worker thread');
const port = parentPort;

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const buffer = readFileSync(task.file);
    const text = buffer.toString('utf8');
    const start = performance.now();
    // validate(text) parses and checks in one; the tree, when wanted too, is parsed again.
    const diagnostics = task.validate ? validate(text, { ...task.options, rules: task.validate.rules }) : null;
    const result = !diagnostics || task.output !== 'none' ? parse(text, task.options) : null;
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
    else if (result && task.output === 'json') reply.json = JSON.stringify(result);
  } catch (error) {
    reply = { id: task.id, bytes: 0, chars: 0, ms: 0, errors: 0, warnings: 0, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

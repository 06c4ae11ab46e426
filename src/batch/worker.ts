// The entry point of a batch worker thread (built to its own file: dist/batch-worker.js / .cjs).
// Reads each file it is sent, parses it and sends back the result, its JSON, or only its figures.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
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
    const result = parse(text, task.options);
    const ms = performance.now() - start;
    let errors = 0;
    let warnings = 0;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') errors++;
      else if (diagnostic.severity === 'warning') warnings++;
    }
    reply = { id: task.id, bytes: buffer.length, chars: text.length, ms, errors, warnings };
    if (task.output === 'tree') reply.result = result;
    else if (task.output === 'json') reply.json = JSON.stringify(result);
  } catch (error) {
    reply = { id: task.id, bytes: 0, chars: 0, ms: 0, errors: 0, warnings: 0, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

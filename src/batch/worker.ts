// The entry point of a batch worker thread (bundled into a script by scripts/generate-worker.mjs):
// runs each task it is sent and sends back the reply.
import { parentPort } from 'node:worker_threads';
import type { WorkerTask } from './protocol.js';
import { runTask } from './task.js';

if (!parentPort) throw new Error('un-resolution: batch-worker is meant to run as a worker thread');
const port = parentPort;

port.on('message', (task: WorkerTask) => port.postMessage(runTask(task)));

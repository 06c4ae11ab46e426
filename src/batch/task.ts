// One file of a batch: read, decoded, parsed (and validated, when asked), its figures counted. The
// worker threads run it, and so does the calling thread when a batch runs in it.
import { readFileSync } from 'node:fs';
import { validateChecked } from '../checks/validate.js';
import { withoutPositions } from '../output/without-positions.js';
import { parseChecked } from '../parse.js';
import { decode } from '../source/decode.js';
import type { WorkerReply, WorkerTask } from './protocol.js';

export function runTask(task: WorkerTask): WorkerReply {
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
    const reply: WorkerReply = { id: task.id, bytes: buffer.length, chars: text.length, ms, errors, warnings };
    if (diagnostics) reply.diagnostics = diagnostics;
    if (result && task.output === 'tree') reply.result = result;
    else if (result && task.output === 'json') reply.json = JSON.stringify(task.options.positions === false ? withoutPositions(result) : result);
    return reply;
  } catch (error) {
    return { id: task.id, bytes: 0, chars: 0, ms: 0, errors: 0, warnings: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

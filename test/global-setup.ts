// Before the tests: the batch worker script is bundled afresh from the sources (src/batch/worker.ts
// and all it uses), so that parseFiles in the tests runs the code under test, not an older build.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'generate-worker.mjs')], { stdio: 'ignore' });
}

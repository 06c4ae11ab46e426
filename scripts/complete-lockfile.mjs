// The registry this project is built against serves only some of rollup's platform packages (tsup
// depends on rollup), so `npm install` leaves the others out of package-lock.json and `npm ci` then
// refuses the lock file. This adds the missing optional platform packages to the lock with their
// os/cpu/libc, so that `npm ci` accepts the lock and skips them as it would on any other platform.
// Run after `npm install` whenever the lock file is rewritten: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (packages[target] || !name.startsWith('@rollup/rollup-')) continue;
    const [os, cpu, abi] = name.slice('@rollup/rollup-'.length).split('-');
    const libc = abi === undefined ? undefined : /musl/.test(abi) ? ['musl'] : /gnu/.test(abi) && os === 'linux' ? ['glibc'] : undefined;
    packages[target] = { version, cpu: [cpu], dev: entry.dev, ...(libc ? { libc } : {}), optional: true, os: [os] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform packages`);

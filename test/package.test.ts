// What `npm publish` would ship: what a user needs, nothing more (`npm pack --dry-run`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the published package', () => {
  it('ships the license, the docs and the build, without source maps or anything over 1 MB in all', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as {
      size: number;
      files: { path: string }[];
    }[];
    const paths = pack.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'docs/counting-conventions.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/batch.js', 'dist/cli.js', 'dist/schema.json']));
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(pack.size).toBeLessThan(1_000_000);
  });

  it('says where to report a problem and under which license', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} un-resolution contributors\n/);
    expect(pkg.bugs).toEqual({ url: 'https://github.com/un-resolution/un-resolution/issues' });
    expect(pkg.repository).toMatchObject({ url: expect.stringContaining('github.com/un-resolution/un-resolution') });
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/un-resolution\/un-resolution/);
  });
});

// The package as a bundler sees it: a program that imports it is bundled with esbuild (ESM and
// CommonJS, parseFiles included) and run from elsewhere, and the main entry bundles for a browser
// without Node built-ins. Reads the built package (`npm test` builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures', 'seed', 'a-res-58-220.fr.md');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build (npm test does it)');
  dir = mkdtempSync(join(tmpdir(), 'un-resolution-bundle-'));
  // The package installed as a user's program sees it.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'un-resolution'), 'dir');
  writeFileSync(
    join(dir, 'program.mjs'),
    `import { parse, validate, toAkomaNtoso, print } from 'un-resolution';
     import { parseFiles } from 'un-resolution/batch';
     import { readFileSync } from 'node:fs';
     const file = process.argv[2];
     const text = readFileSync(file, 'utf8');
     const tree = parse(text).resolution;
     parseFiles([file], { workers: 1 }).then(({ files }) => console.log(JSON.stringify({
       operative: tree.operative.length, diagnostics: validate(text).length,
       akn: toAkomaNtoso(tree).startsWith('<?xml'), printed: print(tree).length > 0,
       batch: files[0].error ?? files[0].result.resolution.operative.length,
     })));`,
  );
  writeFileSync(
    join(dir, 'page.mjs'),
    `import { parse, validate, toAkomaNtoso, print } from 'un-resolution';
     const tree = parse('The General Assembly,\\n\\n1. Decides to act.\\n').resolution;
     document.body.textContent = [validate(tree).length, toAkomaNtoso(tree), print(tree)].join('\\n');`,
  );
});

describe('bundled', () => {
  it.each(['esm', 'cjs'] as const)('a program that imports the package runs from a %s bundle, parseFiles included', async (format) => {
    const outfile = join(dir, 'out', `program.${format === 'esm' ? 'mjs' : 'cjs'}`);
    await build({ entryPoints: [join(dir, 'program.mjs')], bundle: true, platform: 'node', format, outfile, logLevel: 'silent', absWorkingDir: dir });
    // Run from a folder with nothing beside the bundle.
    const out = execFileSync(process.execPath, [outfile, seed], { cwd: tmpdir(), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ operative: 12, diagnostics: 0, akn: true, printed: true, batch: 12 });
  });

  it('parse, validate, toAkomaNtoso and print bundle for a browser with no Node built-in', async () => {
    const result = await build({ entryPoints: [join(dir, 'page.mjs')], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', absWorkingDir: dir });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((path) => path.startsWith('node:') || ['fs', 'path', 'url', 'os', 'worker_threads'].includes(path))).toEqual([]);
    expect(result.outputFiles[0].text).not.toMatch(/\brequire\(/);
  });

  it('keeps regular expression literals: none is rewritten into a `new RegExp("…")` compiled at each call', () => {
    // A build target that esbuild thinks lacks \p{…} makes it rewrite such literals, and a literal
    // inside a function then compiles its pattern at every call. peggy's own error messages build one
    // (`nonPrintable`), on the error path only.
    for (const file of readdirSync(join(root, 'dist')).filter((name) => /\.c?js$/.test(name))) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      const rewritten = code.match(/new RegExp\("/g)?.length ?? 0;
      const peggyErrorPath = code.match(/RegExp\.prototype, ?"unicode"\) ?\? ?new RegExp\("/g)?.length ?? 0;
      expect(rewritten - peggyErrorPath, file).toBe(0);
    }
  });
});

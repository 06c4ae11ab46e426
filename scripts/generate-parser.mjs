// Compiles grammar/*.peggy ahead of time into src/generated/*.js (+ .d.ts); the library never
// loads peggy at run time.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import peggy from 'peggy';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated');
mkdirSync(outDir, { recursive: true });

for (const file of readdirSync(join(root, 'grammar')).filter((f) => f.endsWith('.peggy'))) {
  const name = basename(file, '.peggy');
  const source = readFileSync(join(root, 'grammar', file), 'utf8');
  const startRules = [...source.matchAll(/^\/\/ @start (\w+)/gm)].map((m) => m[1]);
  const code = peggy.generate(source, {
    output: 'source',
    format: 'es',
    grammarSource: `grammar/${file}`,
    allowedStartRules: startRules.length ? startRules : undefined,
  });
  writeFileSync(join(outDir, `${name}.js`), `// Generated from grammar/${file} by scripts/generate-parser.mjs. Do not edit.\n${code}`);
  writeFileSync(
    join(outDir, `${name}.d.ts`),
    `// Generated. Do not edit.\nexport function parse(input: string, options?: { startRule?: ${
      startRules.length ? startRules.map((r) => JSON.stringify(r)).join(' | ') : 'string'
    }; [key: string]: unknown }): any;\nexport class SyntaxError extends Error { location: any; expected: any; found: any; }\n`,
  );
  console.log(`generated src/generated/${name}.js (${startRules.join(', ') || 'default start rule'})`);
}

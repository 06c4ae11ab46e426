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
  writeFileSync(join(outDir, `${name}.js`), `// Generated from grammar/${file} by scripts/generate-parser.mjs. Do not edit.\n${hoistConstants(code, name)}`);
  writeFileSync(
    join(outDir, `${name}.d.ts`),
    `// Generated. Do not edit.\nexport function parse(input: string, options?: { startRule?: ${
      startRules.length ? startRules.map((r) => JSON.stringify(r)).join(' | ') : 'string'
    }; [key: string]: unknown }): any;\nexport class SyntaxError extends Error { location: any; expected: any; found: any; }\n`,
  );
  console.log(`generated src/generated/${name}.js (${startRules.join(', ') || 'default start rule'})`);
}

/**
 * peggy's parser builds its literals, character-class patterns and failure expectations inside
 * `peg$parse`, once per call. They depend on nothing of the call: moved to the module, they are made
 * once (the document grammar runs once per document, the inline grammar once per block with markup).
 */
function hoistConstants(code, name) {
  const expectationHelpers = /^  function peg\$(?:literal|class|any|end|other)Expectation\([^)]*\) \{\n    return \{[^\n]*\};\n  \}\n/gm;
  const constants = /^  const peg\$[cre]\d+ = [^\n]*;\n/gm;
  const moved = [...code.matchAll(expectationHelpers), ...code.matchAll(constants)].map((match) => match[0]);
  for (const text of moved) {
    if (/\b(?:input|options|peg\$currPos|peg\$savedPos)\b/.test(text)) throw new Error(`${name}: cannot hoist ${text.trim()}: it reads the call's state`);
  }
  if (!moved.some((text) => text.startsWith('  const'))) throw new Error(`${name}: no constants found to hoist: has peggy's output changed?`);
  const entry = 'function peg$parse(input, options) {';
  if (!code.includes(entry)) throw new Error(`${name}: no peg$parse function found`);
  const hoisted = moved.map((text) => text.replace(/^  /gm, '')).join('');
  return code.replace(expectationHelpers, '').replace(constants, '').replace(entry, `${hoisted}\n${entry}`);
}

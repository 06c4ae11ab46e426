// Compiles grammar/*.peggy ahead of time into src/generated/*.js (+ .d.ts); the library never
// loads peggy at run time.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import peggy from 'peggy';
import ts from 'typescript';

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
  writeFileSync(join(outDir, `${name}.js`), `// Generated from grammar/${file} by scripts/generate-parser.mjs. Do not edit.\n${literalsInPlace(moduleLevelRules(hoistConstants(code, name), name), name)}`);
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

/**
 * peggy declares every rule, action and helper as a function inside `peg$parse`, over the call's
 * state (`peg$currPos`, `input`, `options` …): each call creates them all again, some 90 closures for
 * the document grammar and 70 for the masthead's, once per document, and V8 sets each one up at its
 * first call. Here they move to the module, with the state as module variables that `peg$parse`
 * sets at its start and clears at its end (so that no document is kept alive by the module). A parse
 * may not start inside another of the same grammar (no action calls its own parser): `peg$parse`
 * throws if one does. The statements are found with TypeScript's parser, not by their layout.
 */
function moduleLevelRules(code, name) {
  const file = ts.createSourceFile(`${name}.js`, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const parse = file.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === 'peg$parse');
  if (!parse?.body || parse.parameters.map((p) => p.name.getText(file)).join() !== 'input,options') throw new Error(`${name}: no peg$parse(input, options) found: has peggy's output changed?`);
  const state = ['input', 'options'];
  const functions = [];
  const body = [];
  for (const statement of parse.body.statements) {
    const text = code.slice(statement.getFullStart(), statement.end).replace(/^\n+/, '');
    if (ts.isFunctionDeclaration(statement)) functions.push(text.replace(/^ {2}/gm, ''));
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) throw new Error(`${name}: cannot move ${declaration.getText(file)}`);
        state.push(declaration.name.text);
        if (declaration.initializer) body.push(`  ${declaration.name.text} = ${declaration.initializer.getText(file)};`);
      }
    } else body.push(text);
  }
  if (functions.length < 5) throw new Error(`${name}: only ${functions.length} functions found in peg$parse: has peggy's output changed?`);
  const entry = [
    `// The parser's state, set by each call of peg$parse (see scripts/generate-parser.mjs). \`var\`: read by`,
    '// every rule, it needs no check that it is initialised.',
    `var ${state.join(', ')};`,
    'var peg$running = false;',
    '',
    functions.join('\n\n'),
    '',
    'function peg$parse(input$, options$) {',
    `  if (peg$running) throw new Error(${JSON.stringify(`the ${name} grammar was asked to parse while it was parsing`)});`,
    '  peg$running = true;',
    '  input = input$;',
    '  options = options$;',
    '  try {',
    body.join('\n').replace(/^/gm, '  '),
    '  } finally {',
    '    peg$running = false;',
    `    ${state.join(' = ')} = undefined;`,
    '  }',
    '}',
  ].join('\n');
  return code.slice(0, parse.getStart(file)) + entry + code.slice(parse.end);
}

/**
 * peggy tests a literal of several characters with `input.substr(peg$currPos, n) === literal`, which
 * copies n characters at every position it is tried (the inline grammar tries "<sup>" and "[^" before
 * each text run); `startsWith` compares them in place.
 */
function literalsInPlace(code, name) {
  const literals = new Map([...code.matchAll(/^const (peg\$c\d+) = ("(?:[^"\\]|\\.)*");$/gm)].map((m) => [m[1], JSON.parse(m[2])]));
  return code.replace(/input\.substr\(peg\$currPos, (\d+)\) === (peg\$c\d+)/g, (test, length, literal) => {
    if (literals.get(literal)?.length !== Number(length)) throw new Error(`${name}: ${test}: the literal is not ${length} characters long`);
    return `input.startsWith(${literal}, peg$currPos)`;
  });
}

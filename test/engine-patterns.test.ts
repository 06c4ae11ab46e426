// Patterns of the source that cost far more in V8 than they look, checked on the syntax of every
// file under src/ (the TypeScript compiler's parser, no type checking).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Whether a node lies in the body of a function: code that runs at each call, not once. */
function inFunction(node: ts.Node): boolean {
  for (let up = node.parent; up; up = up.parent) if (ts.isFunctionLike(up)) return true;
  return false;
}

/** `file:line` of every getter or setter written in an object literal made at each call of a function. */
function accessorsInLiterals(code: string, name: string): string[] {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent) && inFunction(node.parent)) {
      found.push(`${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('engine patterns', () => {
  it('finds an accessor in an object literal (the check itself)', () => {
    const code = 'function f() {\n  return { get x() { return 1; } };\n}\nclass B { get y() { return 2; } }\nconst schema = { get z() { return 3; } };';
    // Module-level literals are made once (zod's recursive schemas are written so): not reported.
    expect(accessorsInLiterals(code, 'sample.ts')).toEqual(['sample.ts:2']);
  });

  // V8 keeps the closures of such accessors in the object's hidden class until a full garbage
  // collection, and with them everything they capture: one in the closing node made every parsed
  // document survive the young generation, and garbage collection took a fifth of the parse.
  // Getters belong on a class, whose prototype holds them once.
  it('src/ writes no getter or setter in an object literal inside a function', () => {
    const found = sourceFiles(SRC).flatMap((path) => accessorsInLiterals(readFileSync(path, 'utf8'), relative(SRC, path)));
    expect(found).toEqual([]);
  });
});

// Writes dist/schema.json, the JSON Schema of parse()'s result, from the built package (run after tsup).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseResultJsonSchema } from '../dist/index.js';

const target = fileURLToPath(new URL('../dist/schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(parseResultJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);

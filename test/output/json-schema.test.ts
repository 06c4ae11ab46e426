import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseResultJsonSchema } from '../../src/index.js';
import { documents, hasCorpus } from './corpus.js';

const docs = documents();

describe('JSON Schema of the parse result', () => {
  const schema = parseResultJsonSchema();
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  const validate = ajv.compile(schema);

  it('names every node type', () => {
    const defs = Object.keys(schema.$defs as object);
    for (const name of ['Resolution', 'Header', 'PreambularParagraph', 'OperativeParagraph', 'Subparagraph', 'Division', 'Annex', 'Inline', 'Footnote', 'Closing', 'Diagnostic', 'Position']) {
      expect(defs).toContain(name);
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.skipIf(!hasCorpus)('accepts the parse result of the seed and of every corpus document', () => {
    const rejected: string[] = [];
    for (const doc of docs) {
      // Through JSON, as a user outside TypeScript would receive it.
      if (!validate(JSON.parse(JSON.stringify(doc.result)))) rejected.push(`${doc.name}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(rejected).toEqual([]);
  });

  it('rejects what is not a parse result', () => {
    const [doc] = docs;
    const broken = JSON.parse(JSON.stringify(doc.result));
    broken.resolution.operative[0].type = 'paragraph';
    expect(validate(broken)).toBe(false);
    expect(validate({ resolution: null, diagnostics: [] })).toBe(false);
  });
});

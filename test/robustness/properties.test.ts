// Robustness properties (issue 6) on arbitrary strings, resolution "soup", mutated corpus documents
// and generated resolutions: parse never throws, the zod schema holds, every position lies inside
// the input with the right line and column and nests inside its parent's, and the input's text is
// accounted for (see `lostCharacters` in invariants.ts for what that means).
//
// The suite is sized to run in seconds and uses fixed seeds, so that it is the same on every run:
// `npm run fuzz` runs the same properties on random seeds for far longer and reports every lost
// character. Here the text property is strict on arbitrary strings and soup (known losses aside:
// `knownLoss`), asks that no letter or digit be lost in generated and real documents, and is left
// to the fuzz run on mutated documents, where mutations meet known losses (known-bugs.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/index.js';
import { anyString, generatedResolution, mutatedDocument, sampleDocuments, soup } from './generators.js';
import { knownLoss, noWords, problemsOf, type CheckOptions } from './invariants.js';

const documents = sampleDocuments(30);

const property = (arbitrary: fc.Arbitrary<string>, options: CheckOptions) =>
  fc.property(arbitrary, (text) => {
    const problems = problemsOf(text, parse(text), options);
    if (problems.length) throw new Error(problems.map((p) => `${p.property}: ${p.message}`).join('\n'));
  });

const strict: CheckOptions = { ignoreLost: knownLoss };
const words: CheckOptions = { ignoreLost: (text, from, to) => knownLoss(text, from, to) || noWords(text, from, to) };

describe('robustness properties', () => {
  it('hold on arbitrary strings (lone surrogates included)', () => {
    fc.assert(property(anyString, strict), { numRuns: 300, seed: 20261122 });
  });

  it('hold on resolution soup (markup, markers, line breaks, NUL, BOM in any order)', () => {
    fc.assert(property(soup, strict), { numRuns: 300, seed: 20261122 });
  });

  it('hold on corpus documents with lines dropped, duplicated, shuffled, truncated, characters flipped', () => {
    fc.assert(property(mutatedDocument(documents), { accountedFor: false }), { numRuns: 120, seed: 20261122 });
  });

  it('hold on generated resolutions in both forms', () => {
    fc.assert(property(generatedResolution, words), { numRuns: 120, seed: 20261122 });
  });

  it('hold on every sampled document as it is, and with CRLF and CR line endings', () => {
    for (const text of documents) {
      for (const variant of [text, text.replace(/\r?\n/g, '\r\n'), text.replace(/\r?\n/g, '\r')]) {
        expect(problemsOf(variant, parse(variant), words)).toEqual([]);
      }
    }
  });

  it('validate neither throws nor fails a rule, whatever marks the notes (*, **, a, a), †)', () => {
    const noInternalError = fc.property(fc.oneof(generatedResolution, soup), (text) => {
      expect(validate(text).filter((d) => d.code === 'internal-error')).toEqual([]);
    });
    fc.assert(noInternalError, { numRuns: 200, seed: 20261126 });
  });
});

// Inputs for the robustness tests and the fuzz run: arbitrary strings, "resolution soup" (the
// tokens the grammar and the builder react to, in any order), corpus documents mutated, and
// generated resolutions in both forms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { corpusFiles } from '../../bench/inputs.js';

export const SEED = join(import.meta.dirname, '..', '..', 'fixtures', 'seed');

/** Tokens that mean something to the grammar or the builder, and characters that are awkward. */
const TOKENS = [
  '\n', '\n', '\n', '\r\n', '\r', ' ', '  ', '\t', '\f', '\u00a0', '\ufeff', '\u0000', '\ud800', '\udfff', '\u2028',
  '*', '**', '***', '_', '<sup>', '</sup>', '<sup>1</sup>', '<sup>e</sup>', '<sup>*</sup>', '<sup>**</sup>', '<sup>a</sup>',
  '<sup>a)</sup>', '<sup>(a)</sup>', '<sup>†</sup>', '† ', '<sup>[</sup>', '<sup>\\</sup>', '<', '>', '#', '## ', '### ',
  '---', '___', '____________', '1.', '2.', '12. ', 'S.', 'l.', '(a)', '(b) ', '(i)', '(ii)', '(1)', '(A)', 'a) ', 'i) ',
  '1 ', '1/ ', '2/5', 'I', 'II.', 'A', 'B.', 'IV. ', 'Annex', 'ANNEX I', 'Appendix',
  'The General Assembly,', 'The Security Council,', "L'Assemblée générale,", 'La Asamblea General,',
  'Recalling', '*Recalling*', '*Soulignant* que', 'Decides', 'Requests', 'Also', 'further', 'Having considered',
  'Adopted at the 476th meeting', 'by 7 votes to none, with 3 abstentions (Egypt, India)', '78th plenary meeting',
  '23 December 2003', '19 février 2004', 'Distr.: General', 'Distr. générale', 'A/RES/80/2', 'S/RES/242 (1967)',
  '25-15779 (E)', '*2515779*', '[without reference to a Main Committee (A/80/L.9)]', 'Agenda item 74',
  'Eightieth session', '80/6. Report', 'resolution 22', 'session,1', 'Court 2', '__proto__', 'constructor',
  '<sup>__proto__</sup>', '<sup>constructor</sup>', 'toString', 'hasOwnProperty', 'é', 'œ', '\u0301', '😀',
  'word', 'words and more words', ',', ';', ':', '.', '-', '‑', '"', '’', '»', '(', ')', '[', ']',
];

/** Any string, UTF-16 code units included (lone surrogates). */
export const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

/** Tokens of resolutions and awkward characters, in any order. */
export const soup = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 200 })
  .map((tokens) => tokens.join(''));

/** Documents to mutate: a sample of the corpus (every n-th file, so that all eras are in) and the seeds. */
export function sampleDocuments(count = 40): string[] {
  const files = corpusFiles();
  const step = Math.max(1, Math.floor(files.length / count));
  const sample = files.filter((_, i) => i % step === 0).slice(0, count);
  const seeds = ['a-res-58-220.fr.md', 'south-south-cooperation-page.fr.txt'].map((name) => join(SEED, name));
  const large = files.filter((file) => /a-res-79-160|a-res-80-6|s-2022-158/.test(file));
  return [...new Set([...seeds, ...large, ...sample])].map((file) => readFileSync(file, 'utf8'));
}

type Mutation =
  | { kind: 'drop' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'shuffle'; at: number; length: number; seed: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; to: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'endings'; to: '\r\n' | '\r' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), length: fc.integer({ min: 2, max: 30 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
);

/** Applies mutations: lines dropped, duplicated, swapped or shuffled, the text truncated, characters flipped. */
export function mutate(text: string, mutations: Mutation[]): string {
  for (const m of mutations) {
    const lines = text.split('\n');
    const line = (at: number) => at % Math.max(1, lines.length);
    switch (m.kind) {
      case 'drop':
        lines.splice(line(m.at), 1);
        text = lines.join('\n');
        break;
      case 'duplicate':
        lines.splice(line(m.at), 0, lines[line(m.at)] ?? '');
        text = lines.join('\n');
        break;
      case 'swap': {
        const [a, b] = [line(m.at), line(m.with)];
        [lines[a], lines[b]] = [lines[b], lines[a]];
        text = lines.join('\n');
        break;
      }
      case 'shuffle': {
        const from = line(m.at);
        const window = lines.slice(from, from + m.length);
        let state = m.seed + 1;
        for (let i = window.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) % 2147483648;
          const j = state % (i + 1);
          [window[i], window[j]] = [window[j], window[i]];
        }
        lines.splice(from, window.length, ...window);
        text = lines.join('\n');
        break;
      }
      case 'truncate':
        text = text.slice(0, m.at % (text.length + 1));
        break;
      case 'flip': {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.to + text.slice(at + 1);
        break;
      }
      case 'insert': {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.text + text.slice(at);
        break;
      }
      case 'endings':
        text = text.replace(/\r?\n/g, m.to);
        break;
    }
  }
  return text;
}

/** A corpus document with one to six mutations. */
export function mutatedDocument(documents: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: documents.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([index, mutations]) => mutate(documents[index], mutations));
}

const openers = {
  en: { preambular: ['Recalling', 'Reaffirming', 'Noting with concern', 'Having considered', 'Deeply concerned'], operative: ['Decides', 'Requests', 'Calls upon', 'Urges', 'Invites'] },
  fr: { preambular: ['Rappelant', 'Réaffirmant', 'Notant avec préoccupation', 'Ayant examiné', 'Profondément préoccupée'], operative: ['Décide', 'Prie', 'Demande', 'Engage', 'Invite'] },
};
const words = fc.array(fc.constantFrom('the', 'of', 'development', 'cooperation', 'States', 'la', 'coopération', 'des', 'pays', 'resolution 55/2', '2003', 'Sud-Sud', 'its', 'and'), { minLength: 3, maxLength: 40 }).map((w) => w.join(' '));
const labels = ['a', 'b', 'c', 'd', 'e'];
/** How real documents mark their notes: numbers, asterisks, letters, daggers. */
const noteMarkers: Record<string, (n: number) => string> = {
  digits: (n) => String(n),
  asterisks: (n) => '*'.repeat(n),
  letters: (n) => labels[n - 1],
  'letters)': (n) => `${labels[n - 1]})`,
  daggers: (n) => ['†', '‡', '§'][n - 1],
};
const romans = ['i', 'ii', 'iii', 'iv'];

/** A resolution built from parts: header, authority, preamble, operative paragraphs with subparagraphs, footnotes, closing. */
export const generatedResolution = fc
  .record({
    language: fc.constantFrom('en' as const, 'fr' as const),
    markdown: fc.boolean(),
    preamble: fc.array(fc.tuple(fc.nat(4), words), { maxLength: 6 }),
    operative: fc.array(fc.tuple(fc.nat(4), words, fc.array(fc.tuple(words, fc.nat(3)), { maxLength: 4 })), { minLength: 1, maxLength: 10 }),
    notes: fc.nat(3),
    markers: fc.constantFrom(...Object.keys(noteMarkers)),
    /** A note whose marker is missing from the text. */
    orphan: fc.boolean(),
    pageBreakAfter: fc.nat(12),
    crlf: fc.boolean(),
  })
  .map(({ language, markdown, preamble, operative, notes, markers, orphan, pageBreakAfter, crlf }) => {
    const o = openers[language];
    const italic = (s: string) => (markdown ? `*${s}*` : s);
    const marker = (n: number) => (markdown ? `<sup>${noteMarkers[markers](n)}</sup>` : noteMarkers[markers](n));
    const out: string[] = [];
    out.push(language === 'en' ? 'United Nations A/RES/58/220' : 'Nations Unies A/RES/58/220', '', language === 'en' ? 'General Assembly' : 'Assemblée générale', '');
    out.push(italic(language === 'en' ? 'The General Assembly,' : "L'Assemblée générale,"), '');
    preamble.forEach(([k, text], i) => out.push(`${italic(o.preambular[k])} ${text}${i < notes && !(orphan && i === 0) ? marker(i + 1) : ''},`, ''));
    operative.forEach(([k, text, subs], i) => {
      out.push(`${i + 1}. ${italic(o.operative[k])} ${text}${subs.length ? ':' : ';'}`, '');
      subs.forEach(([sub, depth], j) => {
        out.push(`(${labels[j]}) ${sub};`, '');
        for (let r = 0; r < depth; r++) out.push(`(${romans[r]}) ${sub};`, '');
      });
      if (i === pageBreakAfter) out.push(markdown ? '---' : '2/5', '');
    });
    out.push(language === 'en' ? '78th plenary meeting' : '78e séance plénière', '23 December 2003', '');
    if (notes) out.push(markdown ? '' : '__________________', '');
    for (let n = 1; n <= Math.min(notes, preamble.length); n++) out.push(`${marker(n)} A/58/${n}.`, '');
    const text = out.join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

import fc from 'fast-check';
import type {
  Closing,
  Division,
  Footnote,
  Header,
  Inline,
  InputForm,
  Language,
  OperativeParagraph,
  Position,
  PreambularParagraph,
  Reference,
  Resolution,
  Subparagraph,
} from '../../src/schema/index.js';
import { emptyHeader } from '../../src/masthead/header.js';

/**
 * fast-check arbitraries for resolution trees, built with the node types of the schemas: a header
 * (number and title), the authority line, preambular and operative paragraphs with openers from the
 * language data, subparagraphs at two levels, footnote references and their notes, sections with
 * headings, and the closing. The words are the resolution's own kind of words, so that the trees are
 * ones a parser can be asked to read back; every derived field (`text`, ids, `references`) is
 * computed as the parser computes it. Positions are placeholders: printing does not use them.
 */

const HERE: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

interface Vocabulary {
  authority: string;
  organ: string;
  preambular: string[];
  operative: string[];
  words: string[];
  /** Words a title is made of (capitalised first). */
  titles: string[];
  marker: (label: string) => string;
  closing: (meeting: number) => { meeting: string; date: string; iso: string };
  notes: string[];
  /** A citation a paragraph may carry, as the parser reads it (a reference node). */
  citation: { text: string; date: string };
}

const VOCABULARY: Record<'en' | 'fr', Vocabulary> = {
  en: {
    authority: 'The General Assembly,',
    organ: 'General Assembly',
    preambular: ['Recalling', 'Noting', 'Welcoming', 'Recognizing', 'Reaffirming', 'Stressing', 'Having considered'],
    operative: ['Decides', 'Requests', 'Calls upon', 'Welcomes', 'Urges', 'Invites', 'Encourages'],
    words: ['the', 'report', 'of', 'development', 'cooperation', 'programme', 'international', 'efforts', 'support', 'countries', 'regional', 'and', 'in', 'its', 'work', 'all', 'relevant', 'partners', 'capacity'],
    titles: ['Economic', 'cooperation', 'among', 'developing', 'countries', 'and', 'regional', 'partnerships'],
    marker: (label) => `(${label})`,
    closing: (meeting) => ({ meeting: `${meeting}th plenary meeting`, date: '23 December 2003', iso: '2003-12-23' }),
    notes: ['See resolution', 'Official Records of the General Assembly', 'United Nations, Treaty Series'],
    citation: { text: 'resolution 57/263 of 20 December 2002', date: '2002-12-20' },
  },
  fr: {
    authority: "L'Assemblée générale,",
    organ: 'Assemblée générale',
    preambular: ['Rappelant', 'Notant', 'Soulignant', 'Considérant', 'Réaffirmant', 'Reconnaissant'],
    operative: ['Décide', 'Prie', 'Demande', 'Invite', 'Réaffirme', 'Encourage'],
    words: ['la', 'coopération', 'pays', 'développement', 'rapport', 'programme', 'des', 'et', 'les', 'efforts', 'régionale', 'soutien', 'dans', 'du', 'partenaires', 'capacités'],
    titles: ['Coopération', 'économique', 'entre', 'pays', 'en', 'développement'],
    marker: (label) => `${label})`,
    closing: (meeting) => ({ meeting: `${meeting}e séance plénière`, date: '23 décembre 2003', iso: '2003-12-23' }),
    notes: ['Voir résolution', "Documents officiels de l'Assemblée générale", 'Nations Unies, Recueil des Traités'],
    citation: { text: 'résolution 57/263 du 20 décembre 2002', date: '2002-12-20' },
  },
};

const ROMANS = ['i', 'ii', 'iii', 'iv'];
const LETTERS = ['a', 'b', 'c', 'd'];
const SECTIONS = ['I', 'II', 'III'];

/** The plan of a tree: what fast-check draws before the tree is assembled. */
interface Plan {
  language: 'en' | 'fr';
  form: InputForm;
  number: number;
  titleLength: number;
  preamble: ParagraphPlan[];
  operative: ParagraphPlan[];
  sections: { heading: number[]; operative: ParagraphPlan[] }[];
  meeting: number;
}

interface ParagraphPlan {
  opener: number;
  words: number[];
  /** Whether a footnote reference follows the first words. */
  note: boolean;
  /** Whether the paragraph cites a resolution after its words. */
  cites: boolean;
  subparagraphs: { words: number[]; children: number[][] }[];
}

const words = fc.array(fc.nat(40), { minLength: 2, maxLength: 12 });
const paragraphPlan: fc.Arbitrary<ParagraphPlan> = fc.record({
  opener: fc.nat(20),
  words,
  note: fc.boolean(),
  cites: fc.boolean(),
  subparagraphs: fc.oneof(
    { weight: 3, arbitrary: fc.constant<ParagraphPlan['subparagraphs']>([]) },
    { weight: 1, arbitrary: fc.array(fc.record({ words, children: fc.oneof({ weight: 3, arbitrary: fc.constant<number[][]>([]) }, { weight: 1, arbitrary: fc.array(words, { minLength: 1, maxLength: 3 }) }) }), { minLength: 1, maxLength: 4 }) },
  ),
});

const plan: fc.Arbitrary<Plan> = fc.record({
  language: fc.constantFrom('en' as const, 'fr' as const),
  form: fc.constantFrom('markdown' as const, 'text' as const),
  number: fc.integer({ min: 1, max: 300 }),
  titleLength: fc.integer({ min: 2, max: 6 }),
  preamble: fc.array(paragraphPlan, { maxLength: 4 }),
  operative: fc.array(paragraphPlan, { minLength: 1, maxLength: 5 }),
  sections: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Plan['sections']>([]) },
    { weight: 1, arbitrary: fc.array(fc.record({ heading: fc.array(fc.nat(7), { minLength: 1, maxLength: 4 }), operative: fc.array(paragraphPlan, { minLength: 1, maxLength: 3 }) }), { minLength: 2, maxLength: 3 }) },
  ),
  meeting: fc.integer({ min: 10, max: 99 }),
});

/** Resolution trees as the parser gives them, in both forms and two languages. */
export const resolutionArbitrary: fc.Arbitrary<Resolution> = plan.map(build);

function build(p: Plan): Resolution {
  const v = VOCABULARY[p.language];
  const footnotes: Footnote[] = [];
  let references = 0;
  const pick = <T>(list: T[], n: number) => list[n % list.length];
  const sentence = (ns: number[]) => ns.map((n) => pick(v.words, n)).join(' ');
  const text = (value: string): Inline => ({ type: 'text', value, position: HERE });

  /** A reference node, as the parser splits it off the text. */
  const reference = (printed: string, fields: Partial<Reference>): Reference => ({
    type: 'reference',
    kind: 'resolution',
    text: printed,
    target: null,
    organ: 'general-assembly',
    date: null,
    paragraph: null,
    item: null,
    article: null,
    chapter: null,
    range: null,
    position: HERE,
    ...fields,
  });

  /** Content ending with `end`, with a footnote reference after the first words, or a citation after them, when asked. */
  const content = (ns: number[], end: string, note: boolean, cites = false): Inline[] => {
    const body = sentence(ns);
    if (!note && cites) return [text(`${body} `), reference(v.citation.text, { target: 'A/RES/57/263', date: v.citation.date }), text(end)];
    if (!note) return [text(`${body}${end}`)];
    const marker = String(footnotes.length + 1);
    const id = `fnref-${++references}`;
    const footnoteId = `fn-${marker}`;
    const source = pick(v.notes, footnotes.length);
    const cited = `${p.number}/${footnotes.length + 1}`;
    // "See resolution 120/2.": the note is a reference to a resolution of the Assembly.
    const keyword = /\S+$/.exec(source)![0];
    const noteContent = source === v.notes[0]
      ? [text(`${source.slice(0, -keyword.length)}`), reference(`${keyword} ${cited}`, { target: `A/RES/${cited}` }), text('.')]
      : [text(`${source} ${cited}.`)];
    footnotes.push({
      type: 'footnote',
      id: footnoteId,
      marker,
      content: noteContent,
      text: `${source} ${cited}.`,
      references: [id],
      position: HERE,
    });
    const [first, ...rest] = body.split(' ');
    const after = rest.length ? ` ${rest.join(' ')}${end}` : end;
    return [text(first), { type: 'footnoteReference', id, marker, footnoteId, position: HERE }, text(after)];
  };
  const plain = (nodes: Inline[]) => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'reference' ? n.text : '')).join('');

  const subparagraphs = (list: ParagraphPlan['subparagraphs'], last: boolean): Subparagraph[] =>
    list.map((sub, i) => {
      const children = sub.children.map((ns, j): Subparagraph => {
        const value = `${sentence(ns)};`;
        return { type: 'subparagraph', label: ROMANS[j], marker: v.marker(ROMANS[j]), content: [text(value)], text: value, subparagraphs: [], position: HERE };
      });
      const end = children.length ? ':' : last && i === list.length - 1 ? '.' : ';';
      const own = `${sentence(sub.words)}${end}`;
      return {
        type: 'subparagraph',
        label: LETTERS[i],
        marker: v.marker(LETTERS[i]),
        content: [text(own)],
        text: [own, ...children.map((c) => c.text)].join(' '),
        subparagraphs: children,
        position: HERE,
      };
    });

  const paragraph = <K extends 'preambularParagraph' | 'operativeParagraph'>(kind: K, plan: ParagraphPlan, num: number | null, last: boolean) => {
    const opener = pick(kind === 'preambularParagraph' ? v.preambular : v.operative, plan.opener);
    const subs = subparagraphs(plan.subparagraphs, last);
    const end = subs.length ? ':' : kind === 'preambularParagraph' ? ',' : last ? '.' : ';';
    const nodes = content(plan.words, end, plan.note, plan.cites);
    const fields = {
      heading: null,
      opener: { type: 'opener' as const, text: opener, known: true, position: HERE },
      content: nodes,
      subparagraphs: subs,
      text: [`${opener} ${plain(nodes)}`, ...subs.map((s) => s.text)].join(' '),
      position: HERE,
    };
    return kind === 'operativeParagraph'
      ? ({ type: 'operativeParagraph', num: num === null ? null : String(num), number: num, ...fields } satisfies OperativeParagraph)
      : ({ type: 'preambularParagraph', ...fields } satisfies PreambularParagraph);
  };

  const preamble = p.preamble.map((plan) => paragraph('preambularParagraph', plan, null, false) as PreambularParagraph);
  let num = 0;
  const totalOperative = p.operative.length + p.sections.reduce((n, s) => n + s.operative.length, 0);
  const operative = (plans: ParagraphPlan[]) => plans.map((plan) => paragraph('operativeParagraph', plan, ++num, num === totalOperative) as OperativeParagraph);
  const main = operative(p.operative);
  const divisions: Division[] = p.sections.map((section, i) => ({
    type: 'division',
    kind: 'section',
    num: SECTIONS[i],
    heading: { type: 'heading', text: section.heading.map((n, k) => (k === 0 ? pick(v.titles, n) : pick(v.titles, n).toLowerCase())).join(' '), position: HERE },
    authority: null,
    preamble: [],
    leadIn: null,
    operative: operative(section.operative),
    divisions: [],
    position: HERE,
  }));

  const closingWords = v.closing(p.meeting);
  const closingText = `${closingWords.meeting} ${closingWords.date}`;
  const closing: Closing = {
    type: 'closing',
    meeting: { value: p.meeting, text: closingWords.meeting, position: HERE },
    date: { value: closingWords.iso, text: closingWords.date, position: HERE },
    vote: null,
    text: closingText,
    // Markdown writes the French ordinal as a superscript: "10<sup>e</sup> séance plénière".
    content:
      p.form === 'markdown' && p.language === 'fr'
        ? [text(String(p.meeting)), { type: 'superscript', value: 'e', position: HERE }, text(closingText.slice(String(p.meeting).length + 1))]
        : [text(closingText)],
    position: HERE,
  };
  const number = `58/${p.number}`;
  const title = v.titles.slice(0, p.titleLength).join(' ');
  const titleLine = `${number}. ${title}`;
  const header: Header = {
    ...emptyHeader(),
    // Read from the authority line and derived from the number, as the parser does without header lines for them.
    organ: { value: 'general-assembly', text: v.organ, position: HERE },
    symbol: { value: `A/RES/${number}`, stated: false, text: null, position: null },
    resolutionNumber: { value: number, text: titleLine, position: HERE },
    title: { value: title, text: titleLine, position: HERE },
    other: [],
    position: HERE,
  };
  return {
    type: 'resolution',
    status: 'resolution',
    language: p.language as Language,
    form: p.form,
    header,
    authority: { type: 'authority', text: v.authority, organ: v.organ, position: HERE },
    preamble,
    leadIn: null,
    operative: main,
    divisions,
    closing,
    annexes: [],
    footnotes,
    pageBreaks: [],
    unparsed: [],
    position: HERE,
  };
}

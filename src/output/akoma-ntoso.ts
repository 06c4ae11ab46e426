import { checkOptions, checkResolution } from '../arguments.js';
import { parseDate } from '../languages/index.js';
import type {
  Annex,
  Authority,
  Closing,
  Division,
  Footnote,
  Header,
  Heading,
  Inline,
  OperativeParagraph,
  Position,
  PreambularParagraph,
  Reference,
  Resolution,
  Subparagraph,
  Unparsed,
} from '../schema/index.js';
import { aknName, EidRegistry } from './akn-ids.js';
import { pieces } from './pieces.js';
import { serialiseXml, XmlElement } from './xml.js';
import { documentHref, paragraphEid, referenceHref } from './akn-refs.js';
import { frbrIdentity, isAknDate, type FrbrIdentity, type FrbrOptions } from './akn-frbr.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoOptions extends FrbrOptions {
  /** Date of the markup (FRBRManifestation), yyyy-mm-dd. Default: the expression's date, so that the output is reproducible. */
  markupDate?: string;
  /** Indent the elements (default true). Text and inline markup are never re-flowed. */
  pretty?: boolean;
}

/**
 * Writes a resolution as Akoma Ntoso 3.0 XML following the UN's guidelines (AKN4UN): a `statement`
 * named `resolution` (`resolutionDraft` for a draft) with FRBR metadata, a preface (symbol, session,
 * agenda item, number and title), a preamble (the enacting formula and one `container` per
 * preambular paragraph, named after its opener), a mainBody (`paragraph`, `num`, `content`, and
 * `list`/`point` for subparagraphs; parts and sections as `part` and `section`), footnotes as
 * `authorialNote` where they are referred to, conclusions (meeting and adoption date) and
 * `attachments` for annexes. Every eId follows the AKN naming convention and is unique.
 */
export function toAkomaNtoso(resolution: Resolution, given?: AkomaNtosoOptions): string {
  checkResolution('toAkomaNtoso', resolution);
  const options = checkOptions('toAkomaNtoso', given, ['date', 'number', 'markupDate', 'pretty']);
  if (options.markupDate !== undefined && !isAknDate(options.markupDate)) throw new TypeError(`markupDate must be yyyy-mm-dd, got "${options.markupDate}"`);
  if (options.date !== undefined && !isAknDate(options.date)) throw new TypeError(`date must be yyyy-mm-dd, got "${options.date}"`);
  return new AknWriter(resolution, options).write();
}

/** The organs as the references of the metadata name them. */
const ORGANS: Record<string, { id: string; showAs: string }> = {
  'general-assembly': { id: 'generalAssembly', showAs: 'General Assembly' },
  'security-council': { id: 'securityCouncil', showAs: 'Security Council' },
  'economic-and-social-council': { id: 'economicAndSocialCouncil', showAs: 'Economic and Social Council' },
  'trusteeship-council': { id: 'trusteeshipCouncil', showAs: 'Trusteeship Council' },
  'human-rights-council': { id: 'humanRightsCouncil', showAs: 'Human Rights Council' },
  other: { id: 'unitedNations', showAs: 'United Nations' },
};

/** What each `refersTo` of the document points to, declared in `references`. */
const CONCEPTS: Record<string, { element: string; showAs: string }> = {
  adoptionDate: { element: 'TLCConcept', showAs: 'Date of adoption' },
  issueDate: { element: 'TLCConcept', showAs: 'Date of issue' },
  session: { element: 'TLCEvent', showAs: 'Session' },
  agendaItem: { element: 'TLCConcept', showAs: 'Agenda item' },
  mainCommittee: { element: 'TLCOrganization', showAs: 'Main Committee' },
  meeting: { element: 'TLCEvent', showAs: 'Meeting' },
  vote: { element: 'TLCConcept', showAs: 'Vote' },
  preamble: { element: 'TLCConcept', showAs: 'Preambular paragraph' },
};

const SOURCE = 'unResolution';

/** A piece of a text node to wrap in an element (the first place it occurs). */
interface Mark {
  find: string;
  wrap: (parent: XmlElement, text: string) => void;
}

type Body = Resolution | Division | Annex;

class AknWriter {
  private readonly ids = new EidRegistry();
  private readonly frbr: FrbrIdentity;
  private readonly notes: Map<string, Footnote>;
  /** eId of the authorialNote that carries each footnote (its first reference). */
  private readonly noteIds = new Map<string, string>();
  private readonly concepts = new Set<string>();
  private readonly organs = new Set<string>();
  /** eIds of the paragraphs (by scope and number) and of their points (by paragraph eId and label), for references to them. */
  private readonly paragraphIds = new Map<string, string>();
  /** References to paragraphs of this text: their `href` is set once every paragraph has its eId. */
  private readonly internalRefs: { el: XmlElement; reference: Reference; scope: string | null }[] = [];

  constructor(
    private readonly resolution: Resolution,
    private readonly options: AkomaNtosoOptions,
  ) {
    this.frbr = frbrIdentity(resolution, options);
    this.notes = new Map(resolution.footnotes.map((note) => [note.id, note]));
  }

  write(): string {
    const r = this.resolution;
    const root = new XmlElement('akomaNtoso', { xmlns: AKN_NAMESPACE });
    const statement = root.ele('statement', { contains: 'originalVersion', name: r.status === 'draft' ? 'resolutionDraft' : 'resolution' });
    const organ = this.organ();
    const meta = statement.ele('meta');
    this.identification(meta, '!main', organ.id);
    const references = meta.ele('references', { source: `#${SOURCE}` });

    this.preface(statement, r.header, r.authority);
    this.preamble(statement, r, null);
    const closingAt = r.closing?.position.start.offset ?? Infinity;
    const before = r.unparsed.filter((u) => u.position.start.offset < closingAt);
    const after = r.unparsed.filter((u) => u.position.start.offset >= closingAt);
    this.mainBody(statement, r, null, before);
    if (r.closing || after.length) this.conclusions(statement, r.closing, after);
    if (r.annexes.length) {
      const attachments = statement.ele('attachments');
      r.annexes.forEach((annex, index) => this.attachment(attachments, annex, index + 1, organ.id));
    }
    this.linkInternalRefs();
    this.references(references);
    return serialiseXml(root, { indent: this.options.pretty !== false });
  }

  // Metadata ---------------------------------------------------------------------------------------

  private organ(): { id: string; showAs: string } {
    const fromActor = { 'un-ga': 'general-assembly', 'un-sc': 'security-council', 'un-ecosoc': 'economic-and-social-council', 'un-tc': 'trusteeship-council', 'un-hrc': 'human-rights-council' }[this.frbr.actor];
    const organ = ORGANS[this.resolution.header.organ?.value ?? fromActor ?? 'other'];
    this.organs.add(organ.id);
    return organ;
  }

  private identification(meta: XmlElement, component: string, author: string): void {
    const { work, expression, date, expressionDate, language } = this.frbr;
    const markup = this.options.markupDate ?? expressionDate;
    const identification = meta.ele('identification', { source: `#${SOURCE}` });
    const frbrWork = identification.ele('FRBRWork');
    frbrWork.ele('FRBRthis', { value: `${work}/${component}` });
    frbrWork.ele('FRBRuri', { value: work });
    // A draft has not been adopted: its work is dated by its issue.
    frbrWork.ele('FRBRdate', { date, name: date === '0001-01-01' ? 'unknown' : this.resolution.status === 'draft' ? 'issue' : 'adoption' });
    frbrWork.ele('FRBRauthor', { href: `#${author}` });
    frbrWork.ele('FRBRcountry', { value: 'un' });
    frbrWork.ele('FRBRsubtype', { value: 'deliberation' });
    // The number as it stands in the IRI, and as printed ("58/220"; a draft's symbol "A/80/L.6").
    const printed = this.frbr.printedNumber ?? this.resolution.header.symbol?.value ?? this.frbr.number;
    frbrWork.ele('FRBRnumber', { value: this.frbr.number, showAs: clean(printed) });
    const frbrExpression = identification.ele('FRBRExpression');
    frbrExpression.ele('FRBRthis', { value: `${expression}/${component}` });
    frbrExpression.ele('FRBRuri', { value: expression });
    frbrExpression.ele('FRBRdate', { date: expressionDate, name: 'publication' });
    frbrExpression.ele('FRBRauthor', { href: `#${author}` });
    frbrExpression.ele('FRBRlanguage', { language });
    const frbrManifestation = identification.ele('FRBRManifestation');
    frbrManifestation.ele('FRBRthis', { value: `${expression}/${component}.xml` });
    frbrManifestation.ele('FRBRuri', { value: `${expression}.akn` });
    frbrManifestation.ele('FRBRdate', { date: markup, name: 'markup' });
    frbrManifestation.ele('FRBRauthor', { href: `#${SOURCE}` });
  }

  private references(references: XmlElement): void {
    references.ele('TLCOrganization', { eId: SOURCE, href: '/akn/ontology/organizations/un-resolution', showAs: 'un-resolution (parser)' });
    for (const id of this.organs) {
      const organ = Object.values(ORGANS).find((o) => o.id === id)!;
      references.ele('TLCOrganization', { eId: organ.id, href: `/akn/ontology/organizations/un/${organ.id}`, showAs: organ.showAs });
    }
    for (const id of Object.keys(CONCEPTS)) {
      if (!this.concepts.has(id)) continue;
      const { element, showAs } = CONCEPTS[id];
      const kind = element.slice(3).toLowerCase();
      references.ele(element, { eId: id, href: `/akn/ontology/${kind}s/un/${id}`, showAs });
    }
  }

  private refersTo(id: keyof typeof CONCEPTS): string {
    this.concepts.add(id);
    return `#${id}`;
  }

  // Preface ----------------------------------------------------------------------------------------

  /**
   * One `p` per line of the header as read (lines that filled several fields once), in reading
   * order, with the fields marked up inside it: docAuthority, session, docDate, docProponent,
   * docNumber, docTitle.
   */
  private preface(statement: XmlElement, header: Header, authority: Authority | null): void {
    const lines = new Map<number, { cls: string; text: string; marks: Mark[] }>();
    const add = (cls: string, field: { text: string | null; position: Position | null } | null, mark?: (text: string) => Mark | null) => {
      if (!field || field.text === null || field.position === null) return;
      const at = field.position.start.offset;
      const text = normalise(field.text);
      const line = lines.get(at) ?? { cls, text, marks: [] };
      if (text.length > line.text.length) line.text = text;
      const made = mark?.(text);
      if (made) line.marks.push(made);
      lines.set(at, line);
    };
    const whole = (wrap: Mark['wrap']) => (text: string): Mark => ({ find: text, wrap });
    const date = (concept: 'adoptionDate' | 'issueDate') => (text: string): Mark | null => {
      const found = parseDate(text, this.resolution.language);
      if (!found || !isAknDate(found.iso)) return null;
      return { find: text.slice(found.index, found.index + found.length), wrap: (el, t) => this.date(el, found.iso, t, concept) };
    };
    const derivedOrgan = header.organ && authority && header.organ.position.start.offset === authority.position.start.offset;
    if (header.organ && !derivedOrgan) {
      const organ = ORGANS[header.organ.value];
      add('organ', header.organ, whole((el, t) => el.ele('docAuthority', { refersTo: `#${organ.id}` }).txt(t)));
    }
    if (header.symbol?.stated) add('symbol', header.symbol, () => ({ find: normalise(header.symbol!.text ?? ''), wrap: (el, t) => el.ele('inline', { name: 'symbol' }).txt(t) }));
    if (header.distribution) add('distribution', header.distribution, whole((el, t) => el.ele('inline', { name: 'distribution', class: header.distribution!.value }).txt(t)));
    if (header.issueDate) add('issueDate', header.issueDate, date('issueDate'));
    if (header.session) add('session', header.session, whole((el, t) => el.ele('session', { value: String(header.session!.value), refersTo: this.refersTo('session') }).txt(t)));
    for (const item of header.agendaItems) add('agendaItem', item, whole((el, t) => el.ele('inline', { name: 'agendaItem', refersTo: this.refersTo('agendaItem') }).txt(t)));
    for (const title of header.agendaTitles) add('agendaTitle', title, () => ({ find: normalise(title.value), wrap: (el, t) => el.ele('inline', { name: 'agendaTitle' }).txt(t) }));
    if (header.adoptedBy) add('adoptedBy', header.adoptedBy, header.adoptedBy.value ? date('adoptionDate') : undefined);
    if (header.reference) {
      const { committee, symbol } = header.reference;
      add('reference', header.reference, () => (committee ? { find: committee, wrap: (el, t) => el.ele('docProponent', { refersTo: this.refersTo('mainCommittee') }).txt(t) } : null));
      // The committee's report is a cited document: a `ref`, as AKN4UN writes "(<ref href>A/71/L.4</ref>)".
      if (symbol) add('reference', header.reference, () => ({ find: symbol, wrap: (el, t) => el.ele('ref', { eId: this.ids.next(null, 'ref'), href: documentHref(symbol), class: 'reportSymbol' }).txt(t) }));
    }
    if (header.resolutionNumber) add('number', header.resolutionNumber, () => ({ find: header.resolutionNumber!.value, wrap: (el, t) => el.ele('docNumber').txt(t) }));
    if (header.title) add('title', header.title, () => ({ find: normalise(header.title!.value), wrap: (el, t) => el.ele('docTitle').txt(t) }));
    for (const other of header.other) add('headerLine', other);
    if (lines.size === 0 && header.symbol) {
      // A draft without header lines of its own: its symbol stands for its number.
      statement.ele('preface').ele('p', { class: 'number' }).ele('docNumber').txt(clean(header.symbol.value));
      return;
    }
    if (lines.size === 0) return;
    const preface = statement.ele('preface');
    for (const at of [...lines.keys()].sort((a, b) => a - b)) {
      const line = lines.get(at)!;
      this.markText(preface.ele('p', { class: line.cls }), line.text, line.marks);
    }
  }

  private date(parent: XmlElement, iso: string | null, text: string, concept: 'adoptionDate' | 'issueDate'): void {
    if (isAknDate(iso)) parent.ele('docDate', { date: iso, refersTo: this.refersTo(concept) }).txt(clean(text));
    else parent.txt(clean(text));
  }

  // Preamble and body ------------------------------------------------------------------------------

  private preamble(parent: XmlElement, body: Body, scope: string | null): void {
    if (!body.authority && body.preamble.length === 0) return;
    const preamble = parent.ele('preamble');
    const prefix = scope ? `${scope}__preamble` : 'preamble';
    if (body.authority) {
      preamble.ele('formula', { eId: this.ids.next(prefix, 'formula'), name: 'enactingFormula' }).ele('p').txt(clean(body.authority.text));
    }
    for (const paragraph of body.preamble) {
      const eId = this.ids.next(prefix, 'container');
      const container = preamble.ele('container', { eId, name: aknName(paragraph.opener?.text ?? '', 'preamble') });
      if (paragraph.heading) container.ele('p', { class: 'heading' }).txt(clean(paragraph.heading.text));
      this.paragraphText(container, paragraph, scope);
      if (paragraph.subparagraphs.length) this.blockList(container, paragraph.subparagraphs, eId, scope);
    }
  }

  private blockList(parent: XmlElement, subparagraphs: Subparagraph[], parentId: string, scope: string | null): void {
    const listId = this.ids.next(parentId, 'blockList');
    const list = parent.ele('blockList', { eId: listId });
    for (const sub of subparagraphs) {
      const itemId = this.ids.id(listId, 'item', sub.label);
      const item = list.ele('item', { eId: itemId });
      item.ele('num').txt(clean(sub.marker));
      this.paragraphText(item, sub, scope);
      if (sub.subparagraphs.length) this.blockList(item, sub.subparagraphs, itemId, scope);
    }
  }

  private mainBody(parent: XmlElement, body: Body, scope: string | null, unparsed: Unparsed[]): void {
    const main = parent.ele('mainBody');
    this.bodyContent(main, body, scope, false);
    for (const node of unparsed) main.ele('container', { eId: this.ids.next(scope, 'container'), name: 'unparsed' }).ele('p').txt(clean(normalise(node.text)));
    // The schema wants a mainBody with content: a resolution without operative part keeps an empty paragraph.
    if (main.children.length === 0) main.ele('p', { class: 'empty' });
  }

  /** Lead-in, operative paragraphs and divisions of a body (and, inside a division, its own formula and preamble). */
  private bodyContent(el: XmlElement, body: Body, scope: string | null, inDivision: boolean): void {
    if (inDivision) {
      if (body.authority) el.ele('intro').ele('p', { class: 'formula' }).txt(clean(body.authority.text));
      for (const paragraph of body.preamble) {
        const eId = this.ids.next(scope, 'hcontainer');
        const hcontainer = el.ele('hcontainer', { eId, name: aknName(paragraph.opener?.text ?? '', 'preamble'), refersTo: this.refersTo('preamble') });
        if (paragraph.heading) hcontainer.ele('heading').txt(clean(paragraph.heading.text));
        this.hierContent(hcontainer, paragraph, eId, scope);
      }
    }
    if (body.leadIn) this.leadIn(el, body.leadIn, scope);
    for (const paragraph of body.operative) this.paragraph(el, paragraph, scope);
    for (const division of body.divisions) this.division(el, division, scope);
  }

  private leadIn(parent: XmlElement, leadIn: Heading, scope: string | null): void {
    parent.ele('hcontainer', { eId: this.ids.next(scope, 'hcontainer'), name: 'leadIn' }).ele('content').ele('p').txt(clean(leadIn.text));
  }

  private division(parent: XmlElement, division: Division, scope: string | null): void {
    const element = division.kind === 'part' ? 'part' : 'section';
    const eId = this.ids.id(scope, element, division.num);
    const el = parent.ele(element, { eId });
    if (division.num) el.ele('num').txt(clean(division.num));
    if (division.heading) el.ele('heading').txt(clean(division.heading.text));
    this.bodyContent(el, division, eId, true);
  }

  private paragraph(parent: XmlElement, paragraph: OperativeParagraph, scope: string | null): void {
    const eId = this.ids.id(scope, 'paragraph', paragraph.num);
    const el = parent.ele('paragraph', { eId });
    if (paragraph.num !== null && !this.paragraphIds.has(`${scope}|${paragraph.num}`)) this.paragraphIds.set(`${scope}|${paragraph.num}`, eId);
    if (paragraph.num !== null) el.ele('num').txt(`${clean(paragraph.num)}.`);
    if (paragraph.heading) el.ele('heading').txt(clean(paragraph.heading.text));
    this.hierContent(el, paragraph, eId, scope);
  }

  /** A paragraph's text as `content`, or, when it has subparagraphs, as the `intro` of a `list` of `point`s. */
  private hierContent(el: XmlElement, paragraph: PreambularParagraph | OperativeParagraph | Subparagraph, eId: string, scope: string | null): void {
    const hasText = paragraph.content.length > 0 || ('opener' in paragraph && paragraph.opener !== null);
    if (paragraph.subparagraphs.length === 0) {
      this.paragraphText(el.ele('content'), paragraph, scope);
      return;
    }
    const listId = this.ids.next(eId, 'list');
    const list = el.ele('list', { eId: listId });
    if (hasText) this.paragraphText(list.ele('intro'), paragraph, scope);
    for (const sub of paragraph.subparagraphs) {
      const pointId = this.ids.id(listId, 'point', sub.label);
      const point = list.ele('point', { eId: pointId });
      if (!this.paragraphIds.has(`${eId}|${sub.label}`)) this.paragraphIds.set(`${eId}|${sub.label}`, pointId);
      point.ele('num').txt(clean(sub.marker));
      this.hierContent(point, sub, pointId, scope);
    }
  }

  /**
   * The opener in italics, then the content: one `p` per block the paragraph was printed in (text
   * that continues it after a quotation is a `p` of its own).
   */
  private paragraphText(parent: XmlElement, paragraph: PreambularParagraph | OperativeParagraph | Subparagraph, scope: string | null): void {
    const opener = 'opener' in paragraph ? paragraph.opener : null;
    const [first, ...rest] = pieces(paragraph.content, paragraph.text, opener?.text ?? '', this.resolution.pageBreaks);
    const p = parent.ele('p');
    if (opener) {
      p.ele('i').txt(clean(opener.text));
      const head = first[0];
      const glued = head?.type === 'text' && /^[,;:.]/.test(head.value);
      if (first.length && !glued) p.txt(' ');
    }
    this.inline(p, first, scope);
    for (const piece of rest) this.inline(parent.ele('p'), piece, scope);
  }

  // Conclusions and attachments --------------------------------------------------------------------

  private conclusions(statement: XmlElement, closing: Closing | null, unparsed: Unparsed[]): void {
    const conclusions = statement.ele('conclusions');
    if (closing) {
      const p = conclusions.ele('container', { eId: this.ids.next(null, 'container'), name: 'conclusion' }).ele('p');
      const marks: Mark[] = [];
      if (closing.meeting) marks.push({ find: closing.meeting.text, wrap: (el, t) => el.ele('event', { refersTo: this.refersTo('meeting') }).txt(t) });
      if (closing.vote) marks.push({ find: closing.vote.text, wrap: (el, t) => el.ele('inline', { name: 'vote', refersTo: this.refersTo('vote') }).txt(t) });
      if (closing.date) {
        const date = closing.date;
        marks.push({ find: date.text, wrap: (el, t) => this.date(el, date.value, t, 'adoptionDate') });
      }
      this.inline(p, closing.content, null, marks);
    }
    for (const node of unparsed) conclusions.ele('container', { eId: this.ids.next(null, 'container'), name: 'unparsed' }).ele('p').txt(clean(normalise(node.text)));
  }

  private attachment(attachments: XmlElement, annex: Annex, index: number, author: string): void {
    const eId = this.ids.id(null, 'attachment', String(index));
    const doc = attachments.ele('attachment', { eId }).ele('doc', { name: 'annex' });
    this.identification(doc.ele('meta'), `!annex_${index}`, author);
    const preface = doc.ele('preface');
    preface.ele('p', { class: 'label' }).ele('docNumber').txt(clean(annex.label));
    if (annex.title) preface.ele('p', { class: 'title' }).ele('docTitle').txt(clean(annex.title.text));
    this.preamble(doc, annex, eId);
    this.mainBody(doc, annex, eId, []);
  }

  // Inline -----------------------------------------------------------------------------------------

  private inline(parent: XmlElement, nodes: Inline[], scope: string | null, marks: Mark[] = []): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          this.markText(parent, node.value, marks);
          break;
        case 'superscript':
          parent.ele('sup').txt(clean(node.value));
          break;
        case 'emphasis':
          this.inline(parent.ele('i'), node.children, scope, marks);
          break;
        case 'strong':
          this.inline(parent.ele('b'), node.children, scope, marks);
          break;
        case 'footnoteReference':
          this.reference(parent, node.marker, node.footnoteId, scope);
          break;
        case 'reference':
          this.ref(parent, node, scope);
          break;
      }
    }
  }

  /**
   * A reference as `<ref href>` (see akn-refs.ts for the IRIs), naming the organ of a resolution or
   * decision with `refersTo`; a paragraph of this text links to its eId once every eId is known.
   */
  private ref(parent: XmlElement, reference: Reference, scope: string | null): void {
    const href = referenceHref(reference);
    const attributes: Record<string, string> = { eId: this.ids.next(scope, 'ref'), href: href ?? '#' };
    if (reference.organ && (reference.kind === 'resolution' || reference.kind === 'decision')) {
      const organ = ORGANS[reference.organ];
      this.organs.add(organ.id);
      attributes.refersTo = `#${organ.id}`;
    }
    const el = parent.ele('ref', attributes).txt(clean(reference.text));
    if (href === null) this.internalRefs.push({ el, reference, scope });
  }

  /** Sets the `href` of references to paragraphs of this text: the paragraph's eId in the same part, or else in the main body. */
  private linkInternalRefs(): void {
    for (const { el, reference, scope } of this.internalRefs) {
      const number = reference.paragraph ?? '';
      const paragraph = this.paragraphIds.get(`${scope}|${number}`) ?? this.paragraphIds.get(`null|${number}`);
      const point = paragraph && reference.item ? this.paragraphIds.get(`${paragraph}|${reference.item.split(' ')[0]}`) : undefined;
      el.att('href', `#${point ?? paragraph ?? paragraphEid(number, reference.item)}`);
    }
  }

  /**
   * A footnote at its reference: the note itself (`authorialNote`) at the first reference, a
   * `noteRef` to it at the others; a marker without a note stays a superscript.
   */
  private reference(parent: XmlElement, marker: string, footnoteId: string | null, scope: string | null): void {
    const note = footnoteId ? this.notes.get(footnoteId) : undefined;
    if (!note) {
      parent.ele('sup').txt(clean(marker));
      return;
    }
    const existing = this.noteIds.get(note.id);
    const sup = parent.ele('sup', { class: 'footnote' });
    if (existing) {
      sup.ele('noteRef', { href: `#${existing}`, marker: clean(marker), placement: 'bottom' });
      return;
    }
    const eId = this.ids.next(scope, 'authorialNote');
    this.noteIds.set(note.id, eId);
    const authorialNote = sup.ele('authorialNote', { eId, marker: clean(note.marker), placement: 'bottom' });
    this.inline(authorialNote.ele('p'), note.content, scope);
  }

  /** Text with the given pieces wrapped; each mark is used once, at the first place it occurs. */
  private markText(parent: XmlElement, text: string, marks: Mark[]): void {
    let rest = text;
    for (;;) {
      let best: { mark: Mark; at: number } | null = null;
      for (const mark of marks) {
        const at = mark.find ? rest.indexOf(mark.find) : -1;
        if (at >= 0 && (best === null || at < best.at)) best = { mark, at };
      }
      if (!best) break;
      if (best.at > 0) parent.txt(clean(rest.slice(0, best.at)));
      best.mark.wrap(parent, clean(best.mark.find));
      marks.splice(marks.indexOf(best.mark), 1);
      rest = rest.slice(best.at + best.mark.find.length);
    }
    if (rest) parent.txt(clean(rest));
  }
}

/** Removes what XML 1.0 cannot hold: control characters and unpaired surrogates. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Header fields keep their line breaks; in the XML they are spaces. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

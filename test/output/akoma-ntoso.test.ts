import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { parse, toAkomaNtoso } from '../../src/index.js';
import { resolutionArbitrary } from './arbitraries.js';
import { AKN_DIR, documents, hasAknSchema, hasCorpus } from './corpus.js';

const docs = documents();
const seed = docs.find((d) => d.name === 'seed')!;

/** Validates many documents in one run of xmllint (the schema is read once). */
async function validateAll(xmls: { name: string; xml: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: xmls.map((x, i) => ({ fileName: `doc${i}.xml`, contents: x.xml })),
    schema: [{ fileName: 'akomantoso30-lenient.xsd', contents: readFileSync(join(AKN_DIR, 'akomantoso30-lenient.xsd'), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(AKN_DIR, 'xml.xsd'), 'utf8') }],
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: memoryPages.GiB,
  });
  return result.errors.map((e) => `${xmls[Number(e.loc?.fileName.replace(/\D/g, '') ?? -1)]?.name ?? '?'}: ${e.message}`);
}

function duplicateEids(xml: string): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const [, id] of xml.matchAll(/\seId="([^"]*)"/g)) {
    if (seen.has(id)) duplicates.push(id);
    seen.add(id);
  }
  return duplicates;
}

/** The XML of the element with the given eId, up to its closing tag. */
function element(xml: string, eId: string): string {
  const start = xml.lastIndexOf('<', xml.indexOf(`eId="${eId}"`));
  const name = /^<(\w+)/.exec(xml.slice(start))![1];
  const end = xml.indexOf(`</${name}>`, start) + name.length + 3;
  return xml.slice(start, end);
}

describe('toAkomaNtoso', () => {
  const xml = toAkomaNtoso(seed.resolution);

  it('writes the seed as an AKN4UN statement', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0">/);
    expect(xml).toContain('<statement contains="originalVersion" name="resolution">');
    expect(xml).toContain('<FRBRthis value="/akn/un/statement/deliberation/un-ga/2003-12-23/58-220/!main"/>');
    expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/un-ga/2003-12-23/58-220/fra@"/>');
    expect(xml).toContain('<FRBRlanguage language="fra"/>');
    expect(xml).toContain('<session value="58" refersTo="#session">Cinquante-huitième session</session>');
    expect(xml).toContain('<p class="number"><docNumber>58/220</docNumber>. <docTitle>Coopération économique et technique entre pays en développement</docTitle></p>');
    expect(xml).toContain('<formula eId="preamble__formula_1" name="enactingFormula">');
    expect(xml).toContain('<p>78<sup>e</sup> séance plénière <docDate date="2003-12-23" refersTo="#adoptionDate">23 décembre 2003</docDate></p>');
  });

  it('writes the first preambular and the first operative paragraph of the seed', () => {
    expect(element(xml, 'preamble__container_1')).toMatchInlineSnapshot(`
      "<container eId="preamble__container_1" name="soulignant">
              <p><i>Soulignant</i> que la coopération Sud-Sud, élément important de la coopération internationale pour le développement, offre aux pays en développement et aux pays en transition des possibilités sérieuses dans leur recherche individuelle et collective d'une croissance économique soutenue et d'un développement durable,</p>
            </container>"
    `);
    expect(element(xml, 'para_1')).toMatchInlineSnapshot(`
      "<paragraph eId="para_1">
              <num>1.</num>
              <content>
                <p><i>Prend note</i> du rapport du Comité de haut niveau pour l'examen de la coopération technique entre pays en développement sur les travaux de sa treizième session<sup class="footnote"><authorialNote eId="ftn_2" marker="2" placement="bottom"><p>Documents officiels de l'Assemblée générale, cinquante-huitième session, Supplément n° 39 (<ref eId="ref_3" href="/akn/un/doc/A-58-39">A/58/39</ref>).</p></authorialNote></sup>, et approuve les décisions qu'il a prises à cette session<sup class="footnote"><authorialNote eId="ftn_3" marker="3" placement="bottom"><p>Ibid., annexe I.</p></authorialNote></sup>, et décide de changer le nom du Comité en Comité de haut niveau pour la coopération Sud-Sud, sans modifier son mandat ou la portée de ses activités ;</p>
              </content>
            </paragraph>"
    `);
  });

  it('writes subparagraphs as list and point, with naming-convention eIds', () => {
    const doc = docs.find((d) => d.name === 'en/sc/s-res-232-1966.txt');
    if (!doc) return;
    const out = toAkomaNtoso(doc.resolution);
    expect(out).toContain('<list eId="para_2__list_1">');
    expect(out).toMatch(/<intro>\s*<p><i>Decides<\/i> that all States Members of the United Nations shall prevent:<\/p>\s*<\/intro>/);
    expect(out).toContain('<point eId="para_2__list_1__point_a">');
  });

  it("gives FRBRnumber the IRI's number, with the printed number in showAs", () => {
    expect(xml).toContain('<FRBRnumber value="58-220" showAs="58/220"/>');
    expect(xml).toContain('<FRBRdate date="2003-12-23" name="adoption"/>');
  });

  it('numbers a draft by its symbol and dates it by its issue, not by an adoption', () => {
    const draft = parse(
      ['United Nations A/80/L.99', 'General Assembly Distr.: Limited', '7 October 2025', '', 'Eightieth session', '', 'The General Assembly,', '', '1. Decides to remain seized of the matter.', ''].join('\n'),
      { form: 'text' },
    ).resolution;
    expect(draft.status).toBe('draft');
    const out = toAkomaNtoso(draft);
    expect(out).toContain('<statement contains="originalVersion" name="resolutionDraft">');
    expect(out).toContain('<FRBRnumber value="80-L.99" showAs="A/80/L.99"/>');
    expect(out).toContain('<FRBRdate date="2025-10-07" name="issue"/>');
    expect(out).not.toContain('adoption');
  });

  it('writes references as <ref href>: work IRIs, paragraphs of this text by eId, cited organs declared', () => {
    expect(xml).toContain(
      '<ref eId="ref_8" href="/akn/un/statement/deliberation/un-ga/2002-12-20/57-263" refersTo="#generalAssembly">résolution 57/263 du 20 décembre 2002</ref>',
    );
    // No date in the text: the date component is left out, for a resolver to complete.
    expect(xml).toContain('<ref eId="ref_6" href="/akn/un/statement/deliberation/un-ga/55-2" refersTo="#generalAssembly">résolution 55/2</ref>');
    const council = toAkomaNtoso(
      parse(
        [
          'Resolution 2740 (2024)',
          '',
          'Adopted by the Security Council at its 9999th meeting, on 1 July 2024',
          '',
          'The Security Council,',
          '',
          'Recalling General Assembly resolution 1514 (XV) and its resolutions 2216 (2015) and 2722 (2024),',
          '',
          '1. Decides that paragraph 8 (d) of resolution 2722 (2024) and Article 73 e of the Charter apply;',
          '',
          '2. Requests the Secretary-General to report on paragraph 1 above (S/2025/123);',
          '',
        ].join('\n'),
        { form: 'text' },
      ).resolution,
    );
    const refs = [...council.matchAll(/<ref [^>]*href="([^"]*)"[^>]*>([^<]*)<\/ref>/g)].map((m) => [m[2], m[1]]);
    expect(refs).toEqual([
      ['General Assembly resolution 1514 (XV)', '/akn/un/statement/deliberation/un-ga/1514-XV'],
      ['resolutions 2216 (2015)', '/akn/un/statement/deliberation/un-sc/2015/2216'],
      ['2722 (2024)', '/akn/un/statement/deliberation/un-sc/2024/2722'],
      ['paragraph 8 (d) of resolution 2722 (2024)', '/akn/un/statement/deliberation/un-sc/2024/2722#para_8__list_1__point_d'],
      ['Article 73 e of the Charter', '/akn/un/act/treaty/un/1945-06-26/charter-of-the-united-nations/!main#art_73__point_e'],
      ['paragraph 1 above', '#para_1'],
      ['S/2025/123', '/akn/un/doc/S-2025-123'],
    ]);
    // The committee's report in the header is a cited document too.
    expect(xml).toContain('(<ref eId="ref_1" href="/akn/un/doc/A-58-487" class="reportSymbol">A/58/487</ref>)]');
    expect(council).toContain('<TLCOrganization eId="generalAssembly" href="/akn/ontology/organizations/un/generalAssembly" showAs="General Assembly"/>');
    expect(duplicateEids(council)).toEqual([]);
  });

  it('gives unique eIds', () => {
    expect(duplicateEids(xml)).toEqual([]);
  });

  it('is reproducible and honours its options', () => {
    expect(toAkomaNtoso(seed.resolution)).toBe(xml);
    const compact = toAkomaNtoso(seed.resolution, { pretty: false, markupDate: '2025-01-31' });
    expect(compact).toContain('<FRBRdate date="2025-01-31" name="markup"/>');
    expect(compact.split('\n').length).toBe(3);
    expect(() => toAkomaNtoso(seed.resolution, { markupDate: 'yesterday' })).toThrow(TypeError);
  });

  it.skipIf(!hasAknSchema)('validates the seed against the OASIS schema', async () => {
    expect(xml).toContain('<ref ');
    expect(await validateAll([{ name: 'seed', xml }])).toEqual([]);
  });

  it.skipIf(!hasAknSchema || !hasCorpus)('validates every corpus document against the OASIS schema, with unique eIds', async () => {
    const xmls = docs.map((doc) => ({ name: doc.name, xml: toAkomaNtoso(doc.resolution) }));
    const duplicates = xmls.flatMap((x) => duplicateEids(x.xml).map((id) => `${x.name}: ${id}`));
    expect(duplicates).toEqual([]);
    expect(await validateAll(xmls)).toEqual([]);
    console.info(`[akn] ${xmls.length} documents (seed and corpus) are schema-valid Akoma Ntoso`);
  });

  it.skipIf(!hasAknSchema)('validates generated trees against the OASIS schema', async () => {
    const trees = fc.sample(resolutionArbitrary, { numRuns: 60, seed: 42 });
    const xmls = trees.map((tree, i) => ({ name: `generated ${i}`, xml: toAkomaNtoso(tree) }));
    expect(xmls.flatMap((x) => duplicateEids(x.xml))).toEqual([]);
    expect(await validateAll(xmls)).toEqual([]);
  });
});

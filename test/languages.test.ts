import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  languages,
  matchOpener,
  matchOrgan,
  parseDate,
  parseDateAt,
  parseOrdinalNumber,
  parseOrdinalWords,
  type LanguageCode,
  type OpenerKind,
} from '../src/languages/index.js';

const codes = Object.keys(languages) as LanguageCode[];

/** [paragraph start, expected opener text, kind] */
type OpenerCase = [string, string, OpenerKind];

function expectOpener(lang: LanguageCode, [paragraph, text, kind]: OpenerCase, known = true) {
  const match = matchOpener(paragraph, lang);
  expect(match, paragraph).toMatchObject({ text, length: text.length, kind, known });
  expect(paragraph.slice(0, match!.length)).toBe(text);
}

describe('detectLanguage', () => {
  it('tells the three languages apart from a few lines', () => {
    expect(detectLanguage('The General Assembly,\n\nRecalling its resolution 79/6 of 29 October 2024 and all its previous relevant resolutions,')).toBe('en');
    expect(
      detectLanguage("L'Assemblée générale,\n\nSoulignant que la coopération Sud-Sud, élément important de la coopération internationale pour le développement, offre aux pays en développement des possibilités sérieuses"),
    ).toBe('fr');
    expect(
      detectLanguage('La Asamblea General,\n\nRecordando su resolución 58/220, de 23 de diciembre de 2003, y las resoluciones de los períodos de sesiones anteriores sobre la cooperación Sur-Sur'),
    ).toBe('es');
  });

  it('falls back to English without evidence', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('A/RES/58/220 12345')).toBe('en');
  });

  it('reads only the start of a long text', () => {
    const french = "L'Assemblée générale, rappelant les résolutions de la session et des comités. ";
    expect(detectLanguage(french.repeat(300) + 'the of and to in that the of and to in that '.repeat(2000))).toBe('fr');
  });
});

describe('parseDate', () => {
  it.each([
    ['23 décembre 2003', 'fr', '2003-12-23', 0, 16],
    ['1er janvier 2004', 'fr', '2004-01-01', 0, 16],
    ['Distr. générale\n19 février 2004', 'fr', '2004-02-19', 16, 15],
    ['du 16 au 19 décembre 2003', 'fr', '2003-12-19', 9, 16],
    ['11 March 1994', 'en', '1994-03-11', 0, 13],
    ['Adopted by the Security Council at its 3347th meeting,\non 11 March 1994', 'en', '1994-03-11', 58, 13],
    ['March 11, 1994', 'en', '1994-03-11', 0, 14],
    ['Resolution 242 (1967)\nof 22 November\n1967', 'en', '1967-11-22', 25, 16],
    ['19 de febrero de 2004', 'es', '2004-02-19', 0, 21],
    ['celebrada el 1º de enero de 2004', 'es', '2004-01-01', 13, 19],
  ] as const)('%j (%s) → %s', (text, lang, iso, index, length) => {
    expect(parseDate(text, lang)).toEqual({ iso, index, length });
  });

  it('accepts 29 February only in leap years and never 31 February', () => {
    expect(parseDate('29 February 1996', 'en')?.iso).toBe('1996-02-29');
    expect(parseDate('29 February 2000', 'en')?.iso).toBe('2000-02-29');
    expect(parseDate('29 February 1900', 'en')).toBeNull();
    expect(parseDate('31 February 1994', 'en')).toBeNull();
    expect(parseDate('31 avril 2004', 'fr')).toBeNull();
  });

  it('reads a date at one place only (parseDateAt), as parseDate reads it there', () => {
    for (const text of ['11 March 1994', 'March 11, 1994, New York', '31 June 1990 and on 30 June 1990', 'on 11 March 1994', '5 Jun 1994', '19 de febrero de 2004']) {
      const found = parseDate(text, text.includes('febrero') ? 'es' : 'en');
      expect(parseDateAt(text, 0, text.includes('febrero') ? 'es' : 'en')).toEqual(found?.index === 0 ? found : null);
    }
    expect(parseDateAt('on 11 March 1994', 3, 'en')).toEqual({ iso: '1994-03-11', index: 3, length: 13 });
  });

  it('skips an impossible date and finds the next one', () => {
    expect(parseDate('on 31 June 1990 and on 30 June 1990', 'en')).toEqual({ iso: '1990-06-30', index: 23, length: 12 });
  });

  it('tolerates the OCR slips of the corpus when only one month fits', () => {
    expect(parseDate('of 12 Apri] 1990', 'en')?.iso).toBe('1990-04-12');
    expect(parseDate('on 3 Auqust 1990', 'en')?.iso).toBe('1990-08-03');
    // Too short to correct: "Mar" could be March or May.
    expect(parseDate('5 Jun 1994', 'en')).toBeNull();
    expect(parseDate('5 Mai 1994', 'en')).toBeNull();
  });

  it('needs a full date', () => {
    expect(parseDate('in March 1994', 'en')).toBeNull();
    expect(parseDate('Resolution 242 (1967)', 'en')).toBeNull();
    expect(parseDate('23 décembre', 'fr')).toBeNull();
    expect(parseDate('11 March 1994', 'fr')).toBeNull();
  });
});

describe('parseOrdinalWords', () => {
  it.each([
    ['Eightieth', 'en', 80],
    ['Fifty-eighth', 'en', 58],
    ['Seventy\u2011ninth', 'en', 79],
    ['Fifty\u2013eighth', 'en', 58],
    ['SIXTY-FIRST', 'en', 61],
    ['first', 'en', 1],
    ['Hundredth', 'en', 100],
    ['One hundred and first', 'en', 101],
    ['One hundred and twentieth', 'en', 120],
    ['Cinquante-huitième', 'fr', 58],
    ['Soixante et onzième', 'fr', 71],
    ['Soixante-dixième', 'fr', 70],
    ['Vingt et unième', 'fr', 21],
    ['Quatre-vingtième', 'fr', 80],
    ['Quatre-vingt-unième', 'fr', 81],
    ['Quatre-vingt-dix-neuvième', 'fr', 99],
    ['Centième', 'fr', 100],
    ['Cent vingtième', 'fr', 120],
    ['Première', 'fr', 1],
    ['Quincuagésimo octavo', 'es', 58],
    ['Septuagésimo noveno', 'es', 79],
    ['Octogésimo', 'es', 80],
    ['Vigésimo primer', 'es', 21],
    ['Decimoctavo', 'es', 18],
    ['Centésimo vigésimo', 'es', 120],
    ['Quincuagésima octava', 'es', 58],
  ] as const)('%s (%s) → %i', (words, lang, value) => {
    expect(parseOrdinalWords(words, lang)).toBe(value);
  });

  it('rejects what is not one ordinal', () => {
    expect(parseOrdinalWords('Fifty', 'en')).toBeNull();
    expect(parseOrdinalWords('Eighth eighth', 'en')).toBeNull();
    expect(parseOrdinalWords('Eightieth session', 'en')).toBeNull();
    expect(parseOrdinalWords('Cinquante-huitième', 'en')).toBeNull();
    expect(parseOrdinalWords('', 'fr')).toBeNull();
  });
});

describe('parseOrdinalNumber', () => {
  it.each([
    ['78th', 'en', 78],
    ['1382nd', 'en', 1382],
    ['3rd', 'en', 3],
    ['21st plenary meeting', 'en', 21],
    ['78e', 'fr', 78],
    ['1er', 'fr', 1],
    ['78<sup>e</sup> séance plénière', 'fr', 78],
    ['78.ª', 'es', 78],
    ['78ª sesión plenaria', 'es', 78],
  ] as const)('%j (%s) → %i', (text, lang, value) => {
    expect(parseOrdinalNumber(text, lang)).toBe(value);
  });

  it('needs a suffix of the language right after the number', () => {
    expect(parseOrdinalNumber('78', 'en')).toBeNull();
    expect(parseOrdinalNumber('78 meetings', 'en')).toBeNull();
    expect(parseOrdinalNumber('78the', 'en')).toBeNull();
    expect(parseOrdinalNumber('78e', 'en')).toBeNull();
    expect(parseOrdinalNumber('meeting 78th', 'en')).toBeNull();
  });
});

describe('matchOrgan', () => {
  it.each([
    ['Adopted by the Security Council at its 3347th meeting', 'en', 'security-council', 15, 16],
    ['SECURITY COUNCIL', 'en', 'security-council', 0, 16],
    ['Resolution adopted by the General Assembly', 'en', 'general-assembly', 26, 16],
    ['the Economic and Social\nCouncil', 'en', 'economic-and-social-council', 4, 27],
    ['Trusteeship Council', 'en', 'trusteeship-council', 0, 19],
    ['Human Rights Council', 'en', 'human-rights-council', 0, 20],
    ["Résolution adoptée par l'Assemblée générale", 'fr', 'general-assembly', 25, 18],
    ['ASSEMBLEE GENERALE', 'fr', 'general-assembly', 0, 18],
    ['Le Conseil de sécurité,', 'fr', 'security-council', 3, 19],
    ['Conseil économique et social', 'fr', 'economic-and-social-council', 0, 28],
    ['Conseil de tutelle', 'fr', 'trusteeship-council', 0, 18],
    ['Conseil des droits de l\u2019homme', 'fr', 'human-rights-council', 0, 29],
    ['La Asamblea General,', 'es', 'general-assembly', 3, 16],
    ['Consejo de Seguridad', 'es', 'security-council', 0, 20],
    ['Consejo Económico y Social', 'es', 'economic-and-social-council', 0, 26],
    ['Consejo de Administración Fiduciaria', 'es', 'trusteeship-council', 0, 36],
    ['Consejo de Derechos Humanos', 'es', 'human-rights-council', 0, 27],
  ] as const)('%j (%s) → %s', (text, lang, id, index, length) => {
    expect(matchOrgan(text, lang)).toEqual({ id, index, length });
  });

  it('finds the first organ named', () => {
    expect(matchOrgan('the General Assembly and the Security Council', 'en')?.id).toBe('general-assembly');
    expect(matchOrgan('the Security Council and the General Assembly', 'en')?.id).toBe('security-council');
  });

  it('needs whole words', () => {
    expect(matchOrgan('the Council', 'en')).toBeNull();
    expect(matchOrgan('the Security Councils', 'en')).toBeNull();
    expect(matchOrgan('General Assembly', 'fr')).toBeNull();
  });
});

describe('matchOpener: counting-conventions.md', () => {
  const cases: OpenerCase[] = [
    ['Recalling and reaffirming its resolutions', 'Recalling and reaffirming', 'preambular'],
    ['Strongly condemns all acts', 'Strongly condemns', 'operative'],
    ['Also decides that', 'Also decides', 'operative'],
    ['Further requests the Secretary-General', 'Further requests', 'operative'],
    ['Again calls upon the parties', 'Again calls upon', 'operative'],
    ['Solemnly declares that', 'Solemnly declares', 'operative'],
    ['Deeply concerned by', 'Deeply concerned', 'preambular'],
    ['Gravely concerned at', 'Gravely concerned', 'preambular'],
    ['Once again urges all States', 'Once again urges', 'operative'],
    ['Decides also to', 'Decides also', 'operative'],
    ['Requests further that', 'Requests further', 'operative'],
    ['Reaffirms once again its', 'Reaffirms once again', 'operative'],
    ['Calls once more upon all States', 'Calls once more upon', 'operative'],
    ['Decides therefore that', 'Decides therefore', 'operative'],
    ['Calls upon all States', 'Calls upon', 'operative'],
    ['Calls for the immediate', 'Calls for', 'operative'],
    ['Takes note of the report', 'Takes note', 'operative'],
    ['Taking note of the report', 'Taking note', 'preambular'],
    ['Taking into account the', 'Taking into account', 'preambular'],
    ['Bearing in mind that', 'Bearing in mind', 'preambular'],
    ['Looks forward to the', 'Looks forward', 'operative'],
    ['Calls once again upon the parties', 'Calls once again upon', 'operative'],
    ['Noting with deep concern that', 'Noting with deep concern', 'preambular'],
    ['Expressing its appreciation to the Secretary-General', 'Expressing its appreciation', 'preambular'],
    ['Expresses its full support for', 'Expresses its full support', 'operative'],
    ['Being gravely concerned at', 'Being gravely concerned', 'preambular'],
    ['Conscious of the need', 'Conscious', 'preambular'],
    ['Mindful that', 'Mindful', 'preambular'],
    ['Guided by the purposes', 'Guided', 'preambular'],
    ['Commits to', 'Commits', 'operative'],
    ['Reiterates its strong support for', 'Reiterates', 'operative'],
    ['Urges, in particular, the parties', 'Urges', 'operative'],
    ['Acting under Chapter VII of the Charter', 'Acting', 'preambular'],
    ['Invites further use of the', 'Invites', 'operative'],
    ['Whereas the Security Council', 'Whereas', 'preambular'],
    ['Recommends that', 'Recommends', 'operative'],
    ['Decides:', 'Decides', 'operative'],
  ];
  it.each(cases)('%j → %j', (...c) => expectOpener('en', c));

  it.each([
    'The Working Capital Fund shall be established',
    'Withdrawal of Israel armed forces from territories occupied',
    'By Article 47 of the Charter',
    'United Nations',
    'Israel',
    'Now, therefore, the Security Council',
    'and requests the Secretary-General',
    'recalling its resolution',
  ])('%j is not an opener', (paragraph) => {
    expect(matchOpener(paragraph, 'en')).toBeNull();
  });
});

describe('matchOpener: English paragraph starts from the corpus', () => {
  const cases: OpenerCase[] = [
    ['Expressing its continuing concern with the grave\nsituation in the Middle East,', 'Expressing its continuing concern', 'preambular'],
    ['Emphasizing further that all Member States in their', 'Emphasizing further', 'preambular'],
    ['Affirms further the necessity', 'Affirms further', 'operative'],
    ['Having determined that the armed attack upon the', 'Having determined', 'preambular'],
    ['Having received and noted with appreciation the report\nof Mr. Gunnar V. Jarring', 'Having received and noted with appreciation', 'preambular'],
    ['Having heard and considered the statements made', 'Having heard and considered', 'preambular'],
    ['Having been apprised of the decision of Israel, the', 'Having been apprised', 'preambular'],
    ['Taking note with grave concern of the reports transmitted', 'Taking note with grave concern', 'preambular'],
    ['Expressing once again its grave concern at the displacement of', 'Expressing once again its grave concern', 'preambular'],
    ['Deeply shocked and alarmed by the deplorable consequences', 'Deeply shocked and alarmed', 'preambular'],
    ['Also strongly condemning the actions taken by Bosnian Serb paramilitary', 'Also strongly condemning', 'preambular'],
    ['Being gravely concerned with the situation in South\nAfrica', 'Being gravely concerned', 'preambular'],
    ['Noting further that a vacancy in the Court', 'Noting further', 'preambular'],
    ['Welcoming also and supporting to that end the efforts', 'Welcoming also and supporting', 'preambular'],
    ['Bearing in\nmind the relevant provisions', 'Bearing in\nmind', 'preambular'],
    ['Recalling also that the Rome Statute of the International Criminal Court 1', 'Recalling also', 'preambular'],
    ['Reiterates that the maintenance of the status quo is unacceptable;', 'Reiterates', 'operative'],
    ['Recommends to the General Assembly that Ghana', 'Recommends', 'operative'],
    ['Extends once more the stationing in Cyprus of', 'Extends once more', 'operative'],
    ['Urgently calls once again on the Government of', 'Urgently calls once again on', 'operative'],
    ['Calls once more upon all States to respect the', 'Calls once more upon', 'operative'],
    ['Expresses its full confidence in the ability of the Authority', 'Expresses its full confidence', 'operative'],
    ['Condemns equally strongly South Africa\u2019s utilization', 'Condemns equally strongly', 'operative'],
    ['Further strongly condemns South Africa for its', 'Further strongly condemns', 'operative'],
    ['Invites further the Secretary-General, during the interim period', 'Invites further', 'operative'],
    ['Takes note with appreciation of the report', 'Takes note with appreciation', 'operative'],
    ['Remains actively seized of the matter.', 'Remains actively seized', 'operative'],
    ['Resolves that:', 'Resolves', 'operative'],
  ];
  it.each(cases)('%j → %j', (...c) => expectOpener('en', c));

  it('recognises unlisted openers by their form, and says so', () => {
    expectOpener('en', ['Reposes its trust in the Secretary-General', 'Reposes', 'operative'], false);
    expectOpener('en', ['Underpinning the efforts of', 'Underpinning', 'preambular'], false);
    expectOpener('en', ['Horrified by the', 'Horrified', 'preambular'], false);
    expectOpener('en', ['Having further noted the Secretary-General\u2019s view', 'Having further noted', 'preambular'], false);
  });

  it.each([
    'The Security Council,',
    'The Government of India',
    'Adopted unanimously at the\n1382nd meeting.',
    'Adopted at the 476th meeting\nby 7 votes to none',
    'Adopted by the Security Council at its 3347th meeting,',
    'Termination of all claims or states of belligerency',
    'Acting Permanent Representative of the Islamic Republic of Iran',
    'Partnerships and support mechanisms',
    'RECEIVING COMPANY / ORG',
    'Notwithstanding provisions of paragraph 17 above',
    'Being radio equipment employing',
    'Report of the International Criminal Court',
    'Eightieth session',
    'Resolution adopted by the General Assembly',
    'Members of the United Nations shall',
    'States Members of the United Nations',
    'Financing of the United Nations Protection Force',
    'We welcome the Awaza Programme of Action',
    '(a) To request the Secretary-General',
    ' Recalling its resolution',
  ])('%j is not an opener', (paragraph) => {
    expect(matchOpener(paragraph, 'en')).toBeNull();
  });
});

describe('matchOpener: French', () => {
  // A/RES/58/220: the italic openers of the 3 preambular and 12 operative paragraphs.
  const seed: OpenerCase[] = [
    ['Soulignant que la coopération Sud-Sud, élément important', 'Soulignant', 'preambular'],
    ["Considérant que c'est aux pays en développement qu'il incombe", 'Considérant', 'preambular'],
    ['Prenant note de la Déclaration ministérielle adoptée par les ministres', 'Prenant note', 'preambular'],
    ['Prend note du rapport du Comité de haut niveau', 'Prend note', 'operative'],
    ['Prend acte des rapports du Secrétaire général', 'Prend acte', 'operative'],
    ["Réaffirme qu'il est nécessaire de renforcer davantage", 'Réaffirme', 'operative'],
    ['Note avec intérêt que la coopération Sud-Sud peut exercer', 'Note avec intérêt', 'operative'],
    ["Considère que les initiatives d'intégration régionales", 'Considère', 'operative'],
    ["Considère également qu'il est urgent de contribuer", 'Considère également', 'operative'],
    ["Réaffirme qu'il est urgent de contribuer au renforcement", 'Réaffirme', 'operative'],
    ['Note avec intérêt que la Conférence de haut niveau', 'Note avec intérêt', 'operative'],
    ['Demande instamment à tous les organismes compétents', 'Demande instamment', 'operative'],
    ["Considère qu'il est nécessaire de mobiliser des ressources", 'Considère', 'operative'],
    ['Décide de proclamer le 19 décembre', 'Décide', 'operative'],
    ["Décide également d'inscrire à l'ordre du jour provisoire", 'Décide également', 'operative'],
  ];
  it.each(seed)('seed: %j → %j', (...c) => expectOpener('fr', c));

  const more: OpenerCase[] = [
    ['Profondément préoccupée par', 'Profondément préoccupée', 'preambular'],
    ['Profondément préoccupé par', 'Profondément préoccupé', 'preambular'],
    ['Consciente de', 'Consciente', 'preambular'],
    ['Convaincu que', 'Convaincu', 'preambular'],
    ['Désireuse de', 'Désireuse', 'preambular'],
    ['Se félicitant de', 'Se félicitant', 'preambular'],
    ['Se félicite de', 'Se félicite', 'operative'],
    ["S\u2019inquiétant de", "S\u2019inquiétant", 'preambular'],
    ["Gardant à l\u2019esprit que", "Gardant à l\u2019esprit", 'preambular'],
    ['Ayant examiné le rapport', 'Ayant examiné', 'preambular'],
    ['Rappelant et réaffirmant', 'Rappelant et réaffirmant', 'preambular'],
    ['Agissant en vertu du Chapitre VII', 'Agissant', 'preambular'],
    ['Exprime sa profonde gratitude au Gouvernement', 'Exprime sa profonde gratitude', 'operative'],
    ['Note avec une vive préoccupation que', 'Note avec une vive préoccupation', 'operative'],
    ['Accueille avec satisfaction les initiatives', 'Accueille avec satisfaction', 'operative'],
    ['Engage vivement les États', 'Engage vivement', 'operative'],
    ['Se déclare profondément préoccupé par', 'Se déclare profondément préoccupé', 'operative'],
    ['Etant profondément préoccupé par', 'Etant profondément préoccupé', 'preambular'],
    ['Décidé à appuyer', 'Décidé', 'preambular'],
  ];
  it.each(more)('%j → %j', (...c) => expectOpener('fr', c));

  it('recognises unlisted openers by their form', () => {
    expectOpener('fr', ['Avalise le rapport', 'Avalise', 'operative'], false);
    expectOpener('fr', ['Réprouvant les actes', 'Réprouvant', 'preambular'], false);
    expectOpener('fr', ['Horrifiée par les', 'Horrifiée', 'preambular'], false);
  });

  it.each([
    "L'Assemblée générale,",
    'Le Conseil de sécurité,',
    'Coopération économique et technique entre pays en développement',
    'Cinquante-huitième session',
    "Point 97, b, de l'ordre du jour",
    "Résolution adoptée par l'Assemblée générale",
    "réaffirmant qu'il est indispensable",
    'Pendant la session',
    'Représentant spécial du Secrétaire général',
    'Comité des droits de l\u2019homme',
    'Rapport du Secrétaire général',
  ])('%j is not an opener', (paragraph) => {
    expect(matchOpener(paragraph, 'fr')).toBeNull();
  });
});

describe('matchOpener: Spanish', () => {
  const cases: OpenerCase[] = [
    ['Recordando su resolución 57/263', 'Recordando', 'preambular'],
    ['Tomando nota del informe', 'Tomando nota', 'preambular'],
    ['Teniendo presente que', 'Teniendo presente', 'preambular'],
    ['Profundamente preocupada por', 'Profundamente preocupada', 'preambular'],
    ['Consciente de', 'Consciente', 'preambular'],
    ['Convencida de que', 'Convencida', 'preambular'],
    ['Habiendo examinado el informe', 'Habiendo examinado', 'preambular'],
    ['Actuando en virtud del Capítulo VII', 'Actuando', 'preambular'],
    ['Reafirmando y recordando', 'Reafirmando y recordando', 'preambular'],
    ['Expresando su profunda preocupación por', 'Expresando su profunda preocupación', 'preambular'],
    ['Observa con preocupación que', 'Observa con preocupación', 'operative'],
    ['Acoge con beneplácito el informe', 'Acoge con beneplácito', 'operative'],
    ['Expresa su profundo agradecimiento a', 'Expresa su profundo agradecimiento', 'operative'],
    ['Insta encarecidamente a', 'Insta encarecidamente', 'operative'],
    ['Decide asimismo incluir', 'Decide asimismo', 'operative'],
    ['Reafirma además que', 'Reafirma además', 'operative'],
    ['Hace un llamamiento a', 'Hace un llamamiento', 'operative'],
    ['Pone de relieve', 'Pone de relieve', 'operative'],
    ['Toma nota con aprecio de', 'Toma nota con aprecio', 'operative'],
    ['Exhorta a todos los Estados', 'Exhorta', 'operative'],
  ];
  it.each(cases)('%j → %j', (...c) => expectOpener('es', c));

  it('recognises unlisted openers by their form', () => {
    expectOpener('es', ['Respaldando la labor', 'Respaldando', 'preambular'], false);
    expectOpener('es', ['Ratifica su compromiso', 'Ratifica', 'operative'], false);
  });

  it.each(['La Asamblea General,', 'Asamblea General', 'Aprobada por el Consejo de Seguridad', 'Durante el período de sesiones', 'Comisión de Derechos Humanos'])(
    '%j is not an opener',
    (paragraph) => {
      expect(matchOpener(paragraph, 'es')).toBeNull();
    },
  );
});

describe('matchOpener: expected kind', () => {
  it('settles a word that reads both ways, and otherwise changes nothing', () => {
    // Without accents "Decide" is both the verb (Décide) and the adjective (Décidé).
    expect(matchOpener('Decide a appuyer', 'fr', 'preambular')?.kind).toBe('preambular');
    expect(matchOpener('Decide de proroger', 'fr', 'operative')?.kind).toBe('operative');
    // The accents, when present, decide.
    expect(matchOpener('Décide de proroger', 'fr', 'preambular')?.kind).toBe('operative');
    expect(matchOpener('Décidé à appuyer', 'fr', 'operative')?.kind).toBe('preambular');
    expect(matchOpener('Recalling its resolution', 'en', 'operative')).toEqual(matchOpener('Recalling its resolution', 'en'));
  });

  it('says when a phrase reads both ways, so that the expected kind need not be asked again', () => {
    expect(matchOpener('Decide de proroger', 'fr')?.readsBothWays).toBe(true);
    expect(matchOpener('Décide de proroger', 'fr')?.readsBothWays).toBe(false);
    expect(matchOpener('Décidé à appuyer', 'fr')?.readsBothWays).toBe(false);
    expect(matchOpener('Recalling its resolution', 'en')?.readsBothWays).toBe(false);
  });
});

describe('language data', () => {
  it.each(codes)('%s: every listed opener is found as itself', (code) => {
    const { openers } = languages[code];
    const listed: [string, OpenerKind][] = [
      ...openers.preambular.map((p): [string, OpenerKind] => [p, 'preambular']),
      ...openers.operative.map((p): [string, OpenerKind] => [p, 'operative']),
      ...openers.adjectives.map((p): [string, OpenerKind] => [p, 'preambular']),
    ];
    for (const [phrase, kind] of listed) {
      expect(matchOpener(`${phrase}, the`, code, kind), phrase).toMatchObject({ text: phrase, length: phrase.length, kind, known: true });
    }
  });

  it.each(codes)('%s: every organ name is found', (code) => {
    for (const [id, names] of Object.entries(languages[code].organs)) {
      for (const name of names) expect(matchOrgan(`(${name})`, code)).toEqual({ id, index: 1, length: name.length });
    }
  });

  it.each(codes)('%s: months, committees and headers are complete', (code) => {
    const data = languages[code];
    expect(data.months).toHaveLength(12);
    expect(data.mainCommittees).toHaveLength(6);
    for (const list of [
      data.resolutionWord,
      data.adopted,
      data.meeting,
      data.plenaryMeeting,
      data.session,
      data.agendaItem.before,
      data.distribution.label,
      data.distribution.general,
      data.distribution.limited,
      data.distribution.restricted,
      data.onTheReportOf,
      data.withoutReferenceToMainCommittee,
      data.annex,
      data.resolutionAdoptedBy['general-assembly'] ?? [],
    ]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('has the header words of the three languages', () => {
    expect(languages.en.resolutionAdoptedBy['general-assembly']).toContain('Resolution adopted by the General Assembly');
    expect(languages.fr.resolutionAdoptedBy['general-assembly']).toContain("Résolution adoptée par l'Assemblée générale");
    expect(languages.es.resolutionAdoptedBy['general-assembly']).toContain('Resolución aprobada por la Asamblea General');
    expect(languages.en.withoutReferenceToMainCommittee).toContain('without reference to a Main Committee');
    expect(languages.fr.withoutReferenceToMainCommittee).toContain('sans renvoi à une grande commission');
    expect(languages.es.withoutReferenceToMainCommittee).toContain('sin remisión previa a una Comisión Principal');
    expect(languages.fr.mainCommittees[1]).toContain('Deuxième Commission');
    expect(languages.es.mainCommittees[1]).toContain('Segunda Comisión');
    expect(languages.fr.plenaryMeeting).toContain('séance plénière');
    expect(languages.es.plenaryMeeting).toContain('sesión plenaria');
    expect(languages.fr.distribution.limited).toContain('limitée');
    expect(languages.es.distribution.limited).toContain('limitada');
  });
});

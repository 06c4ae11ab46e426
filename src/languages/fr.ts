import type { LanguageData } from './types.js';

/**
 * French. The openers of A/RES/58/220 are all here; the rest follows UN French usage and has not
 * been checked against a corpus.
 */
export const fr: LanguageData = {
  months: [
    ['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'],
    ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre'],
  ],
  dates: {
    daySuffixes: ['er'],
    dayMonthLinks: [],
    monthYearLinks: [],
    monthFirst: false,
  },

  ordinalWords: {
    leading: {
      un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
      dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
      vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
      cent: 100, cents: 100,
    },
    final: {
      premier: 1, première: 1, unième: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3,
      quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
      dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15,
      seizième: 16, vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50,
      soixantième: 60, centième: 100,
    },
    multipliers: ['vingt', 'vingts', 'vingtième', 'cent', 'cents', 'centième'],
    connectors: ['et'],
    feminineEndings: [],
  },
  ordinalSuffixes: ['e', 'er', 're', 'ère', 'ème', 'è', 'ᵉ', 'ᵉʳ'],

  organs: {
    'general-assembly': ['Assemblée générale'],
    'security-council': ['Conseil de sécurité'],
    'economic-and-social-council': ['Conseil économique et social'],
    'trusteeship-council': ['Conseil de tutelle'],
    'human-rights-council': ["Conseil des droits de l'homme"],
  },

  openers: {
    preambular: [
      'Accueillant', 'Affirmant', 'Agissant', 'Appelant', "Appelant l'attention", 'Appréciant',
      'Approuvant', 'Attachant', "Ayant à l'esprit", "Ayant présent à l'esprit",
      'Ayant adopté', 'Ayant considéré', 'Ayant décidé', 'Ayant entendu', 'Ayant étudié',
      'Ayant examiné', 'Ayant noté', 'Ayant pris acte', 'Ayant pris note', 'Ayant reçu',
      'Comptant', 'Condamnant', 'Confirmant', 'Considérant', 'Constatant', 'Craignant',
      'Déclarant', 'Demandant', 'Dénonçant', 'Déplorant', 'Désirant', 'Encourageant', 'Espérant',
      'Estimant', 'Exhortant', 'Exprimant', 'Félicitant', "Gardant à l'esprit",
      "Gardant présent à l'esprit", 'Insistant', 'Invitant', 'Jugeant', "Mettant l'accent",
      'Mesurant', 'Notant', 'Observant', 'Prenant acte', 'Prenant en compte',
      'Prenant en considération', 'Prenant note', 'Rappelant', 'Réaffirmant', 'Reconnaissant',
      'Regrettant', 'Réitérant', 'Relevant', 'Rendant hommage', 'Saluant', 'Sachant',
      'Se déclarant', 'Se disant', 'Se félicitant', 'Se référant', 'Se réjouissant',
      "S'inquiétant", 'Souhaitant', 'Soulignant', 'Tenant compte',
    ],
    operative: [
      'Accepte', 'Accueille', 'Adopte', 'Adresse', 'Affirme', 'Appelle', "Appelle l'attention",
      'Apprécie', 'Approuve', 'Appuie', 'Attend', "Attire l'attention", 'Autorise', 'Charge',
      'Compte', 'Condamne', 'Confirme', 'Considère', 'Constate', 'Convient', 'Crée', 'Décide',
      'Déclare', 'Demande', 'Demeure', 'Dénonce', 'Déplore', 'Désigne', 'Encourage', 'Engage',
      'Entérine', 'Espère', 'Estime', 'Établit', 'Exhorte', 'Exige', 'Exprime', 'Fait sien',
      'Fait sienne', 'Fait siens', 'Fait siennes', 'Félicite', 'Insiste', 'Invite', 'Juge',
      'Lance un appel', "Met l'accent", 'Note', 'Observe', 'Prend acte', 'Prend note', 'Prie',
      'Proclame', 'Propose', 'Proroge', 'Rappelle', 'Réaffirme', 'Recommande', 'Reconnaît',
      'Regrette', 'Réitère', 'Rejette', 'Relève', 'Remercie', 'Rend hommage', 'Renouvelle',
      'Reste', 'Sait gré', 'Salue', 'Se déclare', 'Se dit', 'Se félicite', 'Se réjouit',
      "S'engage", "S'inquiète", 'Souhaite', 'Souligne', 'Souscrit', 'Soutient', 'Suggère',
      'Transmet',
    ],
    adjectives: [
      'Alarmé', 'Attaché', 'Attristé', 'Bouleversé', 'Choqué', 'Confiant', 'Conscient',
      'Consterné', 'Convaincu', 'Décidé', 'Désireux', 'Déterminé', 'Encouragé', 'Ému', 'Guidé',
      'Indigné', 'Inquiet', 'Persuadé', 'Préoccupé', 'Résolu', 'Saisi', 'Satisfait', 'Soucieux',
      'Troublé',
    ],
    feminineEndings: [['eux', 'euse'], ['et', 'ète'], ['', 'e']],

    adverbsBefore: [
      'Profondément', 'Vivement', 'Gravement', 'Sérieusement', 'Fermement', 'Pleinement', 'Très',
      'Extrêmement', 'Particulièrement', 'Également', 'De nouveau', 'Une fois encore',
    ],
    adverbsAfter: [
      'également', 'aussi', 'en outre', 'de nouveau', 'à nouveau', 'encore', 'une fois de plus',
      'une nouvelle fois', 'encore une fois', 'donc', 'par conséquent', 'en conséquence',
      'instamment', 'vivement', 'énergiquement', 'fermement', 'résolument', 'solennellement',
    ],
    adverbsAfterThatQualifyNouns: [],
    prepositions: ['de', 'du', 'des', 'à', 'au', 'aux', 'en', 'sur', 'pour', 'par', 'avec', 'que', 'dans'],
    adverbEnding: 'ment',
    notAdverbs: ['notamment', 'gouvernement', 'document', 'développement', 'parlement', 'moment'],

    feelingPrepositions: ['avec'],
    feelingVerbs: ['Exprimant', 'Exprime'],
    feelingDeterminers: ['sa', 'son', 'ses', 'la', 'le', "l'", 'les', 'une', 'un', 'leur'],
    feelingIntensifiers: [
      'profonde', 'profond', 'profondes', 'vive', 'vif', 'vives', 'grave', 'graves', 'sérieuse',
      'sérieuses', 'grande', 'grand', 'plus', 'très', 'sincère', 'sincères', 'pleine', 'plein',
      'entière', 'entier', 'chaleureuse', 'chaleureux', 'particulière', 'particulier',
      'croissante', 'constante', 'extrême', 'totale', 'total',
    ],
    feelings: [
      'admiration', 'alarme', 'appréciation', 'appréhension', 'approbation', 'appui', 'attachement',
      'condoléances', 'confiance', 'consternation', 'conviction', 'déception', 'désapprobation',
      'détermination', 'émotion', 'espoir', 'félicitations', 'gratitude', 'indignation',
      'inquiétude', 'inquiétudes', 'intention', 'intérêt', 'mécontentement', 'préoccupation',
      'préoccupations', 'reconnaissance', 'regret', 'regrets', 'remerciements', 'satisfaction',
      'solidarité', 'soutien', 'souhait', 'sympathie', 'tristesse', 'vœux', 'volonté',
    ],

    perfectAuxiliaries: ['Ayant'],
    copulas: [
      ['Étant', 'preambular'],
      ['Restant', 'preambular'],
      ['Demeurant', 'preambular'],
      ['Se déclarant', 'preambular'],
      ['Se disant', 'preambular'],
      ['Reste', 'operative'],
      ['Demeure', 'operative'],
      ['Se déclare', 'operative'],
      ['Se dit', 'operative'],
    ],
    reflexivePronouns: ['Se', "S'"],
    conjunctions: ['et'],

    objectStarters: [
      'que', "qu'", 'le', 'la', 'les', "l'", 'sa', 'son', 'ses', 'leur', 'leurs', 'un', 'une',
      'tous', 'toutes', 'tout', 'toute', 'ce', 'cet', 'cette', 'ces', 'combien', 'également',
      'aussi',
    ],
    adjectiveComplements: ['par', 'que', "qu'", 'devant'],
    notOpeners: [
      'Adopté', 'Adoptée', 'Signé', 'Signée', 'Résolution', 'Décision', 'Pendant',
      'Avant', 'Durant', 'Cependant', 'Suivant', 'Concernant', 'Représentant', 'Enfant',
      'Maintenant', 'Comité', 'Président', 'Article', 'Chapitre', 'Annexe', 'Point', 'Projet',
      'Rapport', 'Droit', 'Le', 'La', 'Les', 'Ce', 'Cette', 'Une', 'Elle', 'Il', 'Rien',
    ],

    endings: {
      preambular: ['ant'],
      operative: ['e', 't', 'd'],
      notOperative: ['ant', 'ent', 'ée', 'ment'],
      pastParticiple: ['é', 'i', 'u', 'is', 'it'],
      adjective: ['é', 'ée'],
    },
    irregularPastParticiples: ['pris', 'reçu', 'vu', 'fait', 'mis', 'entendu', 'lu', 'eu', 'été'],
  },

  stopWords: [
    'le', 'la', 'les', 'des', 'du', 'et', 'au', 'aux', 'une', 'est', 'sont', 'pour', 'dans',
    'sur', 'qui', 'que', 'par', 'avec', 'ses', 'son', 'sa', 'cette', 'ce', 'leur',
  ],

  resolutionWord: ['Résolution', 'Résolutions'],
  fullTextOf: ['Le texte intégral de la résolution', 'Le texte de la résolution'],
  resolutionAdoptedBy: {
    'general-assembly': ["Résolution adoptée par l'Assemblée générale"],
    'economic-and-social-council': ['Résolution adoptée par le Conseil économique et social'],
    'human-rights-council': ["Résolution adoptée par le Conseil des droits de l'homme"],
    'security-council': ['Résolution adoptée par le Conseil de sécurité'],
  },
  adopted: ['Adoptée', 'Adopté'],
  unanimously: ["à l'unanimité"],
  meeting: ['séance'],
  plenaryMeeting: ['séance plénière'],
  session: ['session'],
  specialSession: ['session extraordinaire'],
  emergencySpecialSession: ["session extraordinaire d'urgence"],
  agendaItem: { before: ['Point', 'Points'], after: ["de l'ordre du jour"] },
  distribution: {
    label: ['Distr.'],
    general: ['générale'],
    limited: ['limitée'],
    restricted: ['restreinte'],
  },
  onTheReportOf: ['sur la base du rapport de la', 'sur la base des rapports de la', 'sur le rapport de la', 'sur les rapports de la'],
  withoutReferenceToMainCommittee: ['sans renvoi à une grande commission'],
  mainCommittees: [
    ['Première Commission', 'Commission des questions de désarmement et de sécurité internationale'],
    ['Deuxième Commission', 'Commission économique et financière'],
    ['Troisième Commission', 'Commission des questions sociales, humanitaires et culturelles'],
    ['Quatrième Commission', 'Commission des questions politiques spéciales et de la décolonisation'],
    ['Cinquième Commission', 'Commission des questions administratives et budgétaires'],
    ['Sixième Commission', 'Commission des questions juridiques'],
  ],
  otherCommittees: ['Commission politique spéciale'],
  annex: ['Annexe', 'Annexes', 'Appendice'],
  unitedNations: ['Nations Unies'],
  original: ['Original'],
  therefore: ['Par conséquent', 'En conséquence'],
  compoundFormers: [
    ...['anti', 'après', 'arrière', 'avant', 'bien', 'co', 'contre', 'demi', 'ex', 'extra', 'grand', 'haut', 'mi', 'non', 'post', 'pré'],
    ...['quasi', 'semi', 'sous', 'vice', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'quatre'],
  ],
  organArticles: ["L'", 'Le', 'La'],
  draftResolution: ['projet de résolution', 'projet de résolution révisé'],
  withoutVote: ['sans vote', 'sans mise aux voix'],
  vote: {
    by: ['par'],
    votes: ['voix'],
    to: ['contre'],
    against: [],
    with: ['avec', 'et'],
    abstentions: ['abstentions', 'abstention'],
    recorded: ['un vote enregistré de', 'vote enregistré par'],
    lists: { inFavour: ['Ont voté pour'], against: ['Ont voté contre'], abstaining: ['Se sont abstenus'] },
    numbers: { zéro: 0, aucune: 0, une: 1, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15 },
  },
  remainsSeized: ['saisi de la question', 'saisi de cette question', "saisi de l'affaire", 'saisi de la situation'],
  numberContext: {
    takers: [
      'résolution', 'résolutions', 'paragraphe', 'paragraphes', 'par.', 'article', 'articles',
      'chapitre', 'annexe', 'point', 'points', 'règle', 'no', 'nº', 'page', 'pages', 'vol.', 'section',
      'principe', 'décision', 'session', 'objectif', 'cible', 'le', 'la', 'les', 'du', 'des', 'de', 'et',
      'ou', 'au', 'aux', 'à', 'en', 'sur', 'par', 'entre', 'depuis', 'avant', 'après', 'avec', 'pour',
      'sa', 'son', 'ses',
    ],
    followers: [
      'pour', '%', 'ans', 'an', 'années', 'jours', 'mois', 'semaines', 'voix', 'membres', 'millions',
      'milliards', 'millier', 'états', 'pays', 'personnes', 'heures', 'kilomètres', 'km',
    ],
  },
};

import type { LanguageData } from './types.js';

/** Spanish, after UN Spanish usage; not yet checked against a corpus. */
export const es: LanguageData = {
  months: [
    ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'],
    ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre'],
  ],
  dates: {
    daySuffixes: ['º', '.º', '°', '.°'],
    dayMonthLinks: ['de'],
    monthYearLinks: ['de', 'del'],
    monthFirst: false,
  },

  ordinalWords: {
    leading: {
      décimo: 10, vigésimo: 20, trigésimo: 30, cuadragésimo: 40, quincuagésimo: 50,
      sexagésimo: 60, septuagésimo: 70, octogésimo: 80, nonagésimo: 90, centésimo: 100,
    },
    final: {
      primero: 1, primer: 1, segundo: 2, tercero: 3, tercer: 3, cuarto: 4, quinto: 5, sexto: 6,
      séptimo: 7, sétimo: 7, octavo: 8, noveno: 9, nono: 9, décimo: 10,
      undécimo: 11, decimoprimero: 11, duodécimo: 12, decimosegundo: 12, decimotercero: 13,
      decimotercer: 13, decimocuarto: 14, decimoquinto: 15, decimosexto: 16, decimoséptimo: 17,
      decimoctavo: 18, decimonoveno: 19, decimonono: 19,
      vigésimo: 20, trigésimo: 30, cuadragésimo: 40, quincuagésimo: 50, sexagésimo: 60,
      septuagésimo: 70, octogésimo: 80, nonagésimo: 90, centésimo: 100,
    },
    multipliers: [],
    connectors: [],
    feminineEndings: [['o', 'a']],
  },
  ordinalSuffixes: ['ª', 'º', '°', 'a', 'o', 'er'],

  organs: {
    'general-assembly': ['Asamblea General'],
    'security-council': ['Consejo de Seguridad'],
    'economic-and-social-council': ['Consejo Económico y Social'],
    'trusteeship-council': ['Consejo de Administración Fiduciaria'],
    'human-rights-council': ['Consejo de Derechos Humanos'],
  },

  openers: {
    preambular: [
      'Acogiendo', 'Actuando', 'Advirtiendo', 'Afirmando', 'Alentando', 'Apoyando', 'Apreciando',
      'Aprobando', 'Celebrando', 'Condenando', 'Considerando', 'Constatando', 'Creyendo',
      'Deplorando', 'Deseando', 'Destacando', 'Encomiando', 'Esperando', 'Estimando', 'Exhortando',
      'Expresando', 'Felicitando', 'Habiendo considerado', 'Habiendo escuchado',
      'Habiendo estudiado', 'Habiendo examinado', 'Habiendo oído', 'Habiendo recibido',
      'Habiendo tomado nota', 'Haciendo hincapié', 'Haciendo notar', 'Insistiendo', 'Instando',
      'Invitando', 'Lamentando', 'Manifestando', 'Observando', 'Pidiendo', 'Poniendo de relieve',
      'Reafirmando', 'Recalcando', 'Reconociendo', 'Recordando', 'Reiterando',
      'Rindiendo homenaje', 'Señalando', 'Solicitando', 'Subrayando', 'Teniendo en cuenta',
      'Teniendo presente', 'Tomando conocimiento', 'Tomando en consideración', 'Tomando en cuenta',
      'Tomando nota', 'Velando',
    ],
    operative: [
      'Acepta', 'Acoge', 'Acuerda', 'Adopta', 'Advierte', 'Afirma', 'Agradece', 'Aguarda',
      'Alienta', 'Aplaude', 'Apoya', 'Aprueba', 'Autoriza', 'Celebra', 'Condena', 'Confirma',
      'Considera', 'Conviene', 'Decide', 'Declara', 'Deplora', 'Desea', 'Designa', 'Destaca',
      'Elogia', 'Encarga', 'Encomia', 'Espera', 'Establece', 'Estima', 'Exhorta', 'Exige',
      'Expresa', 'Felicita', 'Hace hincapié', 'Hace notar', 'Hace suya', 'Hace suyas', 'Hace suyo',
      'Hace suyos', 'Hace un llamamiento', 'Insiste', 'Insta', 'Invita', 'Lamenta', 'Manifiesta',
      'Observa', 'Pide', 'Pone de relieve', 'Proclama', 'Propone', 'Prorroga', 'Reafirma',
      'Recalca', 'Rechaza', 'Recomienda', 'Reconoce', 'Recuerda', 'Reitera', 'Renueva',
      'Resuelve', 'Respalda', 'Rinde homenaje', 'Ruega', 'Se compromete', 'Se declara', 'Señala',
      'Solicita', 'Subraya', 'Sugiere', 'Toma conocimiento', 'Toma nota', 'Transmite',
    ],
    adjectives: [
      'Alarmado', 'Alentado', 'Complacido', 'Comprometido', 'Conmocionado', 'Consciente',
      'Consternado', 'Convencido', 'Decidido', 'Deseoso', 'Determinado', 'Guiado', 'Indignado',
      'Inquieto', 'Persuadido', 'Preocupado', 'Resuelto', 'Satisfecho',
    ],
    feminineEndings: [['o', 'a']],

    adverbsBefore: [
      'Profundamente', 'Gravemente', 'Sumamente', 'Seriamente', 'Plenamente', 'Firmemente', 'Muy',
      'Además', 'Asimismo', 'También', 'Una vez más', 'Nuevamente', 'Particularmente',
      'Especialmente', 'Igualmente', 'Hondamente', 'Vivamente',
    ],
    adverbsAfter: [
      'también', 'además', 'asimismo', 'igualmente', 'nuevamente', 'una vez más', 'de nuevo',
      'por consiguiente', 'por lo tanto', 'en consecuencia', 'encarecidamente', 'enérgicamente',
      'firmemente', 'solemnemente',
    ],
    adverbsAfterThatQualifyNouns: [],
    prepositions: ['de', 'del', 'a', 'al', 'en', 'sobre', 'para', 'por', 'con', 'que'],
    adverbEnding: 'mente',
    notAdverbs: [],

    feelingPrepositions: ['con'],
    feelingVerbs: ['Expresando', 'Expresa', 'Manifestando', 'Manifiesta'],
    feelingDeterminers: ['su', 'sus', 'la', 'el', 'un', 'una', 'los', 'las'],
    feelingIntensifiers: [
      'profunda', 'profundo', 'profundas', 'grave', 'seria', 'serio', 'gran', 'grande', 'más',
      'sincero', 'sincera', 'sinceros', 'sinceras', 'pleno', 'plena', 'firme', 'especial',
      'particular', 'creciente', 'honda', 'hondo', 'viva', 'vivo', 'sumo', 'suma', 'máximo',
      'máxima', 'mayor', 'total', 'cálido', 'cálida',
    ],
    feelings: [
      'admiración', 'agradecimiento', 'agrado', 'alarma', 'apoyo', 'aprecio', 'aprobación',
      'beneplácito', 'complacencia', 'compromiso', 'condolencias', 'confianza', 'consternación',
      'convicción', 'decepción', 'deseo', 'determinación', 'esperanza', 'felicitaciones',
      'gratitud', 'indignación', 'inquietud', 'intención', 'interés', 'pesar', 'pésame',
      'preocupación', 'preocupaciones', 'reconocimiento', 'satisfacción', 'simpatía',
      'solidaridad', 'tristeza', 'voluntad',
    ],

    perfectAuxiliaries: ['Habiendo'],
    copulas: [['Siendo', 'preambular']],
    reflexivePronouns: ['Se'],
    conjunctions: ['y', 'e'],

    objectStarters: [
      'que', 'el', 'la', 'los', 'las', 'lo', 'su', 'sus', 'un', 'una', 'unos', 'unas', 'todos',
      'todas', 'todo', 'toda', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'también',
      'además', 'asimismo',
    ],
    adjectiveComplements: ['por', 'ante', 'que'],
    notOpeners: [
      'Aprobada', 'Aprobado', 'Firmado', 'Hecho', 'Resolución', 'Decisión', 'Durante', 'Mediante',
      'Cuando', 'Tema', 'Anexo', 'Asamblea', 'Consejo', 'Comisión', 'Comité', 'Artículo',
      'Capítulo', 'Estado', 'Nota', 'Carta', 'Informe', 'Programa', 'Conferencia', 'Parte',
      'Este', 'Esta', 'La', 'El', 'Los', 'Las', 'Una',
    ],

    endings: {
      preambular: ['ando', 'endo'],
      operative: ['a', 'e'],
      notOperative: ['ada', 'ida', 'mente'],
      pastParticiple: ['ado', 'ido'],
      adjective: ['ado', 'ada', 'ido', 'ida'],
    },
    irregularPastParticiples: ['visto', 'hecho', 'oído', 'puesto', 'dicho', 'escrito', 'previsto', 'resuelto'],
  },

  stopWords: [
    'el', 'la', 'los', 'las', 'del', 'y', 'al', 'una', 'es', 'son', 'para', 'por', 'con', 'su',
    'sus', 'este', 'esta', 'como', 'que', 'lo',
  ],

  resolutionWord: ['Resolución', 'Resoluciones'],
  fullTextOf: ['El texto completo de la resolución', 'El texto íntegro de la resolución', 'El texto de la resolución'],
  resolutionAdoptedBy: {
    'general-assembly': ['Resolución aprobada por la Asamblea General'],
    'economic-and-social-council': ['Resolución aprobada por el Consejo Económico y Social'],
    'human-rights-council': ['Resolución aprobada por el Consejo de Derechos Humanos'],
    'security-council': ['Resolución aprobada por el Consejo de Seguridad'],
  },
  adopted: ['Aprobada', 'Aprobado'],
  unanimously: ['por unanimidad'],
  meeting: ['sesión'],
  plenaryMeeting: ['sesión plenaria'],
  session: ['período de sesiones', 'periodo de sesiones'],
  specialSession: ['período extraordinario de sesiones'],
  emergencySpecialSession: ['período extraordinario de sesiones de emergencia'],
  agendaItem: { before: ['Tema', 'Temas'], after: ['del programa'] },
  distribution: {
    label: ['Distr.'],
    general: ['general'],
    limited: ['limitada'],
    restricted: ['reservada'],
  },
  onTheReportOf: ['sobre la base del informe de la', 'sobre la base de los informes de la'],
  withoutReferenceToMainCommittee: ['sin remisión previa a una Comisión Principal'],
  mainCommittees: [
    ['Primera Comisión', 'Comisión de Desarme y Seguridad Internacional'],
    ['Segunda Comisión', 'Comisión de Asuntos Económicos y Financieros'],
    ['Tercera Comisión', 'Comisión de Asuntos Sociales, Humanitarios y Culturales'],
    ['Cuarta Comisión', 'Comisión Política Especial y de Descolonización'],
    ['Quinta Comisión', 'Comisión de Asuntos Administrativos y de Presupuesto'],
    ['Sexta Comisión', 'Comisión de Asuntos Jurídicos'],
  ],
  otherCommittees: ['Comisión Política Especial'],
  annex: ['Anexo', 'Anexos', 'Apéndice'],
  unitedNations: ['Naciones Unidas'],
  original: ['Original'],
  therefore: ['Por consiguiente', 'Por lo tanto', 'En consecuencia'],
  // Spanish writes most compounds joined ("posconflicto", "antiterrorista"); the hyphen joins two adjectives or names.
  compoundFormers: ['ex', 'afro', 'franco', 'hispano', 'indo', 'sino', 'greco', 'ítalo', 'económico', 'político', 'social', 'técnico'],
  organArticles: ['El', 'La'],
  draftResolution: ['proyecto de resolución', 'proyecto de resolución revisado'],
  withoutVote: ['sin votación', 'sin someterla a votación'],
  vote: {
    by: ['por'],
    votes: ['votos', 'voto'],
    to: ['contra'],
    against: ['en contra'],
    with: ['con', 'y'],
    abstentions: ['abstenciones', 'abstención'],
    recorded: ['votación registrada de', 'una votación registrada de'],
    lists: { inFavour: ['Votos a favor'], against: ['Votos en contra'], abstaining: ['Abstenciones'] },
    numbers: { ninguno: 0, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15 },
  },
  remainsSeized: ['ocupándose de la cuestión', 'ocupándose de esta cuestión', 'ocupándose del asunto', 'ocupándose de la situación'],
  numberContext: {
    takers: [
      'resolución', 'resoluciones', 'párrafo', 'párrafos', 'párr.', 'artículo', 'artículos', 'capítulo',
      'anexo', 'tema', 'temas', 'regla', 'núm.', 'página', 'páginas', 'vol.', 'sección', 'principio',
      'decisión', 'período', 'objetivo', 'meta', 'el', 'la', 'los', 'las', 'del', 'de', 'y', 'o', 'al',
      'a', 'en', 'sobre', 'por', 'entre', 'desde', 'antes', 'después', 'con', 'para', 'su', 'sus',
    ],
    followers: [
      'por', '%', 'años', 'año', 'días', 'meses', 'semanas', 'votos', 'miembros', 'millones',
      'mil', 'estados', 'países', 'personas', 'horas', 'kilómetros', 'km',
    ],
  },
};

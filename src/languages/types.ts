import type { OrganId } from '../schema/header.js';

/** The organs that have a name of their own (everything but 'other'). */
export type NamedOrganId = Exclude<OrganId, 'other'>;

export type OpenerKind = 'preambular' | 'operative';

/**
 * Words a language uses in resolutions. Pure data: the functions in this folder read it.
 *
 * Phrases are written as printed ("Taking into account", "Gardant à l'esprit"); matching ignores
 * case, accents, the kind of hyphen or apostrophe and the width of white space.
 */
export interface LanguageData {
  /** Month names, January first; a month may have several spellings ("août", "aout"). */
  months: readonly (readonly string[])[];
  /** How a full date is written. */
  dates: {
    /** Letters that may follow the day number: "th" (11th), "er" (1er), "º" (1º). */
    daySuffixes: readonly string[];
    /** Word between day and month, and between month and year ("de" in "19 de febrero de 2004"). */
    dayMonthLinks: readonly string[];
    monthYearLinks: readonly string[];
    /** Whether "March 11, 1994" (month before day) is also written. */
    monthFirst: boolean;
  };

  /** Spelled-out ordinals: "Fifty-eighth", "Soixante et onzième", "Quincuagésimo octavo". */
  ordinalWords: {
    /** Words that may come before the last word of a compound ordinal, with their value. */
    leading: Readonly<Record<string, number>>;
    /** Words that may end an ordinal, with their value ("eighth" 8, "twentieth" 20). */
    final: Readonly<Record<string, number>>;
    /**
     * Words that multiply the amount before them when it is smaller ("hundred" in "one hundred",
     * "vingt" in "quatre-vingt"); otherwise they simply add.
     */
    multipliers: readonly string[];
    /** Words that join the parts and carry no value ("and", "et"). */
    connectors: readonly string[];
    /** Masculine and feminine endings, for ordinals listed in the masculine only: [["o", "a"]]. */
    feminineEndings: readonly (readonly [string, string])[];
  };
  /** Letters after a number that make it an ordinal: "th", "e", "er", "ª" (a leading "." allowed). */
  ordinalSuffixes: readonly string[];

  /** Names of the principal organs, as written in running text. */
  organs: Readonly<Record<NamedOrganId, readonly string[]>>;

  /** Opening phrases of paragraphs, and the word classes used to find unlisted ones. */
  openers: OpenerData;

  /** Frequent short words of the language, used to tell the languages apart. */
  stopWords: readonly string[];

  /**
   * Words that form compounds with a hyphen ("post-conflict", "bien-être", "ex-Yugoslavia"): a
   * hyphen at a line end after one of them is kept, unless the document writes the word joined.
   */
  compoundFormers: readonly string[];

  /**
   * Conjunctions that follow a suspended hyphen ("small- and medium-sized", "court- ou moyen-terme"):
   * a hyphen at a line end before one of them is kept, with a space after it.
   */
  suspendingConjunctions: readonly string[];

  /** "Resolution" as in "RESOLUTION 902 (1994)". */
  resolutionWord: readonly string[];
  /** How a press copy introduces the text: "The full text of resolution 1919 (2010) reads as follows:". */
  fullTextOf: readonly string[];
  /** The heading above a modern resolution, by organ: "Resolution adopted by the General Assembly". */
  resolutionAdoptedBy: Readonly<Partial<Record<NamedOrganId, readonly string[]>>>;
  /** "Adopted" as in "Adopted unanimously at the 1382nd meeting" or "Adopted by the Security Council". */
  adopted: readonly string[];
  /** "unanimously", "à l'unanimité". */
  unanimously: readonly string[];
  /** "meeting" as in "at its 3347th meeting". */
  meeting: readonly string[];
  /** "plenary meeting" as in "78th plenary meeting". */
  plenaryMeeting: readonly string[];
  /** "session" as in "Eightieth session" (Spanish "período de sesiones"). */
  session: readonly string[];
  /** "special session", "emergency special session". */
  specialSession: readonly string[];
  emergencySpecialSession: readonly string[];
  /** "Agenda item 74", "Point 97, b, de l'ordre du jour", "Tema 97 b) del programa". */
  agendaItem: {
    /** Words before the number ("Agenda item", "Agenda items", "Point", "Tema"). */
    before: readonly string[];
    /** Words after the number, if the language puts any there ("de l'ordre du jour"). */
    after: readonly string[];
  };
  /** The "Distr." label and its values: "Distr.: General", "Distr. générale", "Distr. limitada". */
  distribution: {
    label: readonly string[];
    general: readonly string[];
    limited: readonly string[];
    restricted: readonly string[];
  };
  /** "[on the report of the Second Committee (A/58/487)]": the words before the committee. */
  onTheReportOf: readonly string[];
  /** "[without reference to a Main Committee (A/80/L.9)]": the words before the symbol. */
  withoutReferenceToMainCommittee: readonly string[];
  /** The six Main Committees of the General Assembly, First first; each with its spellings. */
  mainCommittees: readonly (readonly string[])[];
  /** Committees of the General Assembly that are not numbered ("Special Political Committee"). */
  otherCommittees: readonly string[];
  /** "Annex", "Annexe", "Anexo" (and plurals, "Appendix"): the label that opens an annex. */
  annex: readonly string[];
  /** "United Nations", printed atop the header (alone, or before the symbol on the same line). */
  unitedNations: readonly string[];
  /** "Original: English": the label of the original-language line of a draft. */
  original: readonly string[];
  /** "Please recycle", printed beside the recycling sign at the foot of a first page (documents of the Geneva office). */
  printersNotice: readonly string[];
  /** "Therefore", "Now, therefore": a connective standing alone or before the authority line. */
  therefore: readonly string[];
  /** Articles before the organ in the authority line: "The", "L'", "Le", "La", "El". */
  organArticles: readonly string[];
  /** "draft resolution" in a sponsors' line ("Cuba: draft resolution"). */
  draftResolution: readonly string[];
  /** "without vote", "sans vote", "sin votación". */
  withoutVote: readonly string[];
  /** The words of a counted vote: "by 7 votes to none, with 3 abstentions (Egypt, India)". */
  vote: {
    by: readonly string[];
    votes: readonly string[];
    to: readonly string[];
    /** Words after the number against ("against", "en contra"). */
    against: readonly string[];
    with: readonly string[];
    abstentions: readonly string[];
    /** "by a recorded vote of 30 to 5": the words between "by" and the first count. */
    recorded: readonly string[];
    /** The headings of a recorded vote's lists of States ("In favour:", "Against:", "Abstaining:"). */
    lists: { inFavour: readonly string[]; against: readonly string[]; abstaining: readonly string[] };
    /** Numbers written as words in vote lines ("none", "one", "zéro", "ninguno"). */
    numbers: Readonly<Record<string, number>>;
  };
  /**
   * How the last operative paragraph of a Security Council resolution ends ("… remain seized of the
   * matter."). Text after it that is neither the closing nor an annex heading is an annex whose
   * heading was lost (drafts taken from JSON).
   */
  remainsSeized: readonly string[];
  /**
   * The words of references to other texts (src/references/): "its resolution 57/263 of 20 December
   * 2002", "paragraph 1 (a) above", "Article 73 e of the Charter". Matching ignores case and accents.
   */
  references: {
    /** "resolution", "resolutions" (singular and plural). */
    resolution: readonly string[];
    decision: readonly string[];
    /** "paragraph", "paragraphs", "para.". */
    paragraph: readonly string[];
    /** "Article", "Articles" (of the Charter or of another instrument). */
    article: readonly string[];
    chapter: readonly string[];
    /** Possessives before "resolution" that mean the organ of the text itself: "its", "sa", "su". */
    own: readonly string[];
    /** Articles that may stand between an organ's name and "resolution" or around "resolution" ("la"). */
    determiners: readonly string[];
    /** "of" between a pinpoint and its text: "paragraph 10 of resolution …", "de la", "del". */
    of: readonly string[];
    /** Words before a date: "of 20 December 2002", "du", "de", "en date du". */
    dated: readonly string[];
    /** Words that join the last two items of a list ("and", "et", "y"). */
    and: readonly string[];
    /** Words of a range ("to" in "1267 (1999) to 1989 (2011)"). */
    through: readonly string[];
    /** Words after a paragraph that make it one of this text: "above", "below", "ci-dessus", "supra". */
    here: readonly string[];
    /**
     * The organ named short after a resolution ("of the Assembly", "du Conseil"): not another body.
     * A resolution "of the" any other capitalised name is another body's and is not read.
     */
    organShort: readonly string[];
    /** "the present resolution": a paragraph "of the present resolution" is one of this text. */
    thisText: readonly string[];
    /** The Charter of the United Nations, as cited after "of the": longest first. */
    charter: readonly string[];
    /** Words that open an instrument's name after "article N of the": "Convention", "Covenant". */
    instruments: readonly string[];
    /** Lower-case words allowed inside an instrument's name ("on the Rights of the Child"). */
    instrumentLinks: readonly string[];
  };
  /**
   * Words around a number that make it a quantity, a date or a cross-reference rather than a
   * footnote marker printed apart from its word ("resolution 22", "22 June", "3 per cent"; but
   * "Guinea 49 for", "Yugoslavia). 13"). Written in lower case; a word may end with its full stop.
   */
  numberContext: {
    /** Words after which a number belongs to them ("resolution", "paragraph", "para.", "of", "the"). */
    takers: readonly string[];
    /** Words before which a number belongs to them ("per", "years", "votes", "million"). Month names count too. */
    followers: readonly string[];
  };
}

/** What `matchOpener` needs to know about a language. */
export interface OpenerData {
  /**
   * Preambular head phrases: participles with their fixed complements ("Taking note",
   * "Bearing in mind", "Having considered") and "Whereas". Adjectives go in `adjectives`.
   */
  preambular: readonly string[];
  /** Operative head phrases: verbs with their fixed particles ("Calls upon", "Takes note"). */
  operative: readonly string[];
  /**
   * Preambular adjectives ("Concerned", "Conscious", "Préoccupé"), written in the masculine; the
   * feminine forms come from `feminineEndings`.
   */
  adjectives: readonly string[];
  /** How a masculine adjective ending becomes feminine, tried in order: [["eux", "euse"], ["", "e"]]. */
  feminineEndings: readonly (readonly [string, string])[];

  /** Adverbs that may come before the head ("Strongly", "Once again", "Profondément"). */
  adverbsBefore: readonly string[];
  /** Adverbs that may come right after the head ("also", "once again", "instamment"). */
  adverbsAfter: readonly string[];
  /** Adverbs after the head that can also qualify the next noun ("Invites further use"). */
  adverbsAfterThatQualifyNouns: readonly string[];
  /** Prepositions: one after such an adverb shows that it does not qualify a noun ("Conscious further of"). */
  prepositions: readonly string[];
  /** Ending that marks an adverb not listed ("ly", "ment", "mente"); only words that end so and are longer count. */
  adverbEnding: string;
  /** Words with that ending that are not adverbs ("Assembly", "notamment"). */
  notAdverbs: readonly string[];

  /** Words that introduce a feeling after the head: "with" in "Noting with deep concern". */
  feelingPrepositions: readonly string[];
  /** Heads that take the feeling as their object: "Expressing its appreciation". */
  feelingVerbs: readonly string[];
  /** Determiners allowed before the feeling ("its", "sa", "su", "une"). */
  feelingDeterminers: readonly string[];
  /** Adjectives allowed around the feeling ("deep", "grave", "full", "profonde", "más"). */
  feelingIntensifiers: readonly string[];
  /** The feelings themselves ("concern", "appreciation", "support", "satisfaction"). */
  feelings: readonly string[];

  /** "Having", "Ayant", "Habiendo": forms the perfect participle with a past participle. */
  perfectAuxiliaries: readonly string[];
  /** Verbs that link to an adjective: "Being gravely concerned", "Remains seized". */
  copulas: readonly (readonly [phrase: string, kind: OpenerKind])[];
  /** Reflexive pronouns that may precede the verb: "Se félicite", "S'inquiétant". */
  reflexivePronouns: readonly string[];
  /** "and", "et", "y": joins two heads ("Recalling and reaffirming"). */
  conjunctions: readonly string[];

  /**
   * Words that may begin the object of an opener (articles, possessives, "that", "to"). An unlisted
   * head is accepted only when one of these follows, so that nouns and names are not taken for verbs.
   */
  objectStarters: readonly string[];
  /** Words that may follow an unlisted participial adjective ("by", "at", "par", "por"). */
  adjectiveComplements: readonly string[];
  /** Words and phrases shaped like openers that begin other lines ("Adopted", "During", "Acting Mediator"). */
  notOpeners: readonly string[];

  /** Word endings used to recognise heads that are not listed. */
  endings: {
    /** Present participle: "ing", "ant", "ando". */
    preambular: readonly string[];
    /** Third person present: "s", "e", "a". */
    operative: readonly string[];
    /** Endings that look operative but mark nouns or adjectives ("ss", "us", "ous"). */
    notOperative: readonly string[];
    /** Past participle after a perfect auxiliary: "ed", "é", "ado". */
    pastParticiple: readonly string[];
    /** Participial adjective: "ed", "é", "ée", "ado", "ada". */
    adjective: readonly string[];
  };
  /** Irregular past participles ("heard", "taken", "pris", "visto"). */
  irregularPastParticiples: readonly string[];
}

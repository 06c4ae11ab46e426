import type { LanguageData, NamedOrganId } from '../languages/index.js';
import { alternatives, phrasePattern } from '../languages/patterns.js';
import { perLanguage } from '../languages/per-language.js';

/**
 * The regular expressions of the reference scanner, compiled once per language. A reference begins
 * at a keyword before a number (found by the global `keywords`) or at a document symbol (tried with
 * `symbolAt` just before each slash); the sticky expressions read what follows it, at that place only.
 */
export interface ReferencePatterns {
  /**
   * Groups `keywordGroups`. An organ's name before a
   * resolution or decision keyword is found by `organBefore`: as an alternative at the start of
   * this expression it made every search a third dearer.
   */
  keywords: RegExp;
  /**
   * `keywords` where a hit cannot be inside a word of ASCII letters (`\b`), without Unicode case
   * folding: V8 scans with it at two thirds of the cost. It finds the hits of `keywords` that the
   * scanner keeps (those after no letter or digit) in any text without "_" (a word character of `\b`
   * that is no letter), "ſ" or "K" (which fold to "s" and "k" only with the `u` flag): see `mayReadAtWord` in scan.ts.
   */
  keywordsAtWord: RegExp;
  keywordGroups: { resolution: number; decision: number; paragraph: number; article: number; chapter: number };
  /**
   * An organ's name and white space just before a place (sticky look-behind, with `keywords`), as
   * in "Security Council resolution". Groups `organBeforeGroups`: `named` (the name and the space),
   * `organ1` (the first organ's name; the others follow it).
   */
  organBefore: RegExp;
  /** `organBefore` with `keywordsAtWord`: the name starts at a word (`\b`), without Unicode case folding. */
  organBeforeAtWord: RegExp;
  organBeforeGroups: { named: number; organ1: number };
  /** A symbol at a place (sticky), read as the keywords are, case-insensitively. */
  symbolAt: RegExp;
  /** The organs, in the order of the `organ` groups (`organ1`…) of `organBefore`, `organAfter` and `resolutionHead`. */
  organIds: NamedOrganId[];
  /** "its resolution ", "the General Assembly resolution ", "la résolution ": the text a pinpoint is "of". Groups `resolutionHeadGroups`. */
  resolutionHead: RegExp;
  resolutionHeadGroups: { organ1: number; resolution: number; decision: number };
  /** ", 2722 (2024)", " and 2739 (2024)", " to 1989 (2011)": the separator before a list's next item. */
  separator: RegExp;
  /** The group of the separator "to" of a range. */
  separatorThrough: number;
  /** " of 20 December 2002", ", de 20 de diciembre": the words before a date (the date itself is read by `parseDate`). */
  dated: RegExp;
  /** " of the General Assembly", " du Conseil de sécurité": the organ after a resolution. Groups `organ1`… from 1. */
  organAfter: RegExp;
  /** " of the World Health Organization": a resolution of a body other than the principal organs. */
  foreignAfter: RegExp;
  /** A capitalised name before the keyword that is not an organ's ("World Health Assembly resolution"); tested on the text before it. */
  foreignBefore: RegExp;
  /** ", para. 20" after a symbol: a paragraph of that document. */
  pinpointAfter: RegExp;
  /** "paragraph 8" at the end of a text: a label on the next line ("(d) of resolution …") is its item. */
  paragraphAtEnd: RegExp;
  /** ", of " / " de la ": between a pinpoint and the text it points into. */
  of: RegExp;
  /** " above", " ci-dessus", " of the present resolution": a paragraph of this text. */
  here: RegExp;
  /** "Charter of the United Nations" after "of the". */
  charter: RegExp;
  /** An instrument's name after "of the": "Convention on the Rights of the Child". */
  instrument: RegExp;
}

/**
 * A regular expression written with named groups, compiled without their names, and the number of
 * each named group: V8 builds a `groups` object at every match of an expression that has names
 * (a third of the cost of reading "57/263").
 */
function numbered<Name extends string>(source: string, flags: string): { regex: RegExp; group: Record<Name, number> } {
  const group: Record<string, number> = {};
  let plain = '';
  let count = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      plain += source.slice(i, i + 2);
      i++;
    } else if (char === '[') {
      // A class: its parentheses are characters.
      let end = i + 1;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      plain += source.slice(i, end + 1);
      i = end;
    } else if (char === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const close = source.indexOf('>', i);
      group[source.slice(i + 3, close)] = ++count;
      plain += '(';
      i = close;
    } else {
      if (char === '(' && source[i + 1] !== '?') count++;
      plain += char;
    }
  }
  return { regex: new RegExp(plain, flags), group: group as Record<Name, number> };
}

/** Numbers of resolutions and decisions, case-sensitive: "57/263", "57/270 B", "ES-10/19", "2722 (2024)", "1514 (XV)", "217 A (III)", "687". */
export const RESOLUTION_NUMBER = numbered<'session' | 'number' | 'part' | 'scNumber' | 'year' | 'oldNumber' | 'oldPart' | 'roman' | 'bare'>(
  String.raw`(?:(?<session>(?:E?S-)?\d{1,4})\/(?<number>\d{1,4})(?:\s?(?<part>[A-Z]{1,2})(?![\p{L}\p{N}]))?|(?<scNumber>\d{1,4})\s?\((?<year>(?:19|20)\d{2})\)|(?<oldNumber>\d{1,4})(?:\s?(?<oldPart>[A-Z]{1,2}))?\s?\((?<roman>(?:E?S-)?[IVXL]{1,7})\)|(?<bare>\d{1,4})(?![\p{N}/]|[.,]\d|\s?\())(?![\p{L}\p{N}])`,
  'uy',
);

/** "10", "1 (a)", "8 d)", "1 (a) (ii)": a paragraph and its items. */
export const PARAGRAPH_NUMBER = numbered<'number' | 'item' | 'subitem'>(
  String.raw`(?<number>\d{1,3})(?![\p{N}/])(?:\s?\(?(?<item>[a-z]{1,2})\))?(?:\s?\(?(?<subitem>[ivx]{1,5})\))?(?![\p{L}\p{N}])`,
  'uy',
);

/** "73", "73 e", "2 (4)", "II": an article and its item. */
export const ARTICLE_NUMBER = numbered<'number' | 'item' | 'letter'>(
  String.raw`(?<number>\d{1,3}|[IVXL]{1,6})(?:\s?\((?<item>[a-z0-9]{1,2})\)|\s(?<letter>[a-z])(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])`,
  'uy',
);

/** "VII": a chapter of the Charter (the whole match). */
export const CHAPTER_NUMBER = /[IVX]{1,5}(?![\p{L}\p{N}])/uy;

/**
 * Prefixes of United Nations document symbols (principal organs, the Secretariat, treaty bodies,
 * programmes): symbols are the same in every language.
 */
const SYMBOL_PREFIXES = ['A', 'S', 'E', 'T', 'ST', 'DP', 'UNEP', 'TD', 'CRC', 'CCPR', 'CERD', 'CEDAW', 'CAT', 'CRPD', 'FCCC', 'ICCD', 'ISBA', 'SPLOS', 'UNW', 'CD', 'JIU'];

/** The longest prefix: a symbol's first slash is at most this far from its start. */
export const LONGEST_SYMBOL_PREFIX = Math.max(...SYMBOL_PREFIXES.map((prefix) => prefix.length));

/** A symbol: a prefix, then segments after slashes, one with a digit: "A/58/319", "E/CN.4/2005/L.10/Add.17". */
export const SYMBOL_SHAPE = new RegExp(`^(?:${SYMBOL_PREFIXES.join('|')})(?:/[A-Z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?)+$`, 'u');
const SYMBOL = `(?:${SYMBOL_PREFIXES.join('|')})(?:/[A-Z0-9](?:[A-Za-z0-9.\\-]*[A-Za-z0-9])?)+`;
/** A symbol where one is expected ("paragraph 5 of A/58/319"). */
export const SYMBOL_AT = new RegExp(`${SYMBOL_SHAPE.source.slice(1, -1)}(?![\\p{L}\\p{N}])`, 'uy');
/** A character a keyword may not follow (it would be inside a word). */
export const PRECEDES_WORD = /[\p{L}\p{N}]/u;
/** A character a symbol may not follow (it would be the end of another symbol or word). */
export const PRECEDES_SYMBOL = /[\p{L}\p{N}/.\-]/u;
/** " (2024)" after "S/RES/2722". */
export const SYMBOL_YEAR = /\s?\((?:19|20)\d{2}\)/y;

const words = (list: readonly string[]) => alternatives(list, phrasePattern);
/** Not inside a word: before a phrase that starts with a letter. */
const START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter (the end of a word; "para." ends with its own full stop). */
const END = '(?![\\p{L}])';

export const compileReferencePatterns = perLanguage((data: LanguageData): ReferencePatterns => {
  const r = data.references;
  const entries = Object.entries(data.organs) as [NamedOrganId, readonly string[]][];
  entries.sort(([, a], [, b]) => Math.max(...b.map((n) => n.length)) - Math.max(...a.map((n) => n.length)));
  const organIds = entries.map(([id]) => id);
  const organGroups = entries.map(([, names], i) => `(?<organ${i + 1}>${words(names)})`).join('|');
  const ofThe = `(?:${words(r.of)})\\s*(?:(?:${words(r.determiners)})\\s*)?`;
  const resolutionWord = `(?:(?<resolution>${words(r.resolution)})|(?<decision>${words(r.decision)}))\\s+(?=\\d|E?S-\\d)`;
  const resolutionKeyword = `(?:(?:${organGroups})\\s+)?${resolutionWord}`;
  checkOrgansBefore(data);
  // No look-behind at the start of the alternatives, so that the engine can skip ahead to their first
  // letters; the scanner checks the character before a hit instead (`PRECEDES_WORD`, `PRECEDES_SYMBOL`).
  const keywords = numbered<'resolution' | 'decision' | 'paragraph' | 'article' | 'chapter'>([
    resolutionWord,
    `(?<paragraph>${words(r.paragraph)})\\s*(?=\\d)`,
    `(?<article>${words(r.article)})\\s+(?=\\d|[IVX])`,
    `(?<chapter>${words(r.chapter)})\\s+(?=[IVX])`,
  ].join('|'), 'giu');
  const organBefore = numbered<'named' | 'organ1'>(`(?<=(?<named>(?:${organGroups})\\s+))`, 'iuy');
  const resolutionHead = numbered<'organ1' | 'resolution' | 'decision'>(
    `(?:(?:${words(r.own)})\\s+|(?:${words(r.determiners)})\\s*)?${resolutionKeyword}`,
    'iuy',
  );
  const separator = numbered<'through'>(
    `(?:\\s*\\uFFFC)?(?:,(?:\\s*\\uFFFC)?\\s*(?:(?:${words(r.and)})\\s+)?|\\s+(?:${words(r.and)})\\s+|\\s+(?<through>${words(r.through)})\\s+)`,
    'iuy',
  );
  return {
    keywords: keywords.regex,
    keywordsAtWord: new RegExp(`\\b(?:${keywords.regex.source})`, 'gi'),
    keywordGroups: keywords.group,
    organBefore: organBefore.regex,
    organBeforeAtWord: new RegExp(organBefore.regex.source.replace('(?<=', '(?<=\\b'), 'iy'),
    organBeforeGroups: organBefore.group,
    symbolAt: new RegExp(SYMBOL, 'iuy'),
    organIds,
    resolutionHead: resolutionHead.regex,
    resolutionHeadGroups: resolutionHead.group,
    separator: separator.regex,
    separatorThrough: separator.group.through,
    dated: new RegExp(`,?\\s+(?:${words(r.dated)})\\s+(?=\\d)`, 'iuy'),
    organAfter: numbered(`,?\\s+${ofThe}(?:${organGroups})${END}`, 'iuy').regex,
    foreignAfter: new RegExp(`,?\\s+${ofThe}(?!(?:${words(r.organShort)})${END})(?=\\p{Lu})`, 'uy'),
    foreignBefore: new RegExp(`[\\p{L})\\]]\\s+(?!(?:${words(r.organShort)})\\s+$)\\p{Lu}[\\p{L}.-]*\\s+$`, 'u'),
    pinpointAfter: new RegExp(`,\\s+(?:${words(r.paragraph)})\\s*(?=\\d)`, 'iuy'),
    of: new RegExp(`,?\\s+${ofThe}`, 'iuy'),
    paragraphAtEnd: new RegExp(`${START}(?:${words(r.paragraph)}|${words(r.article)})\\s*\\d{1,3}$`, 'iu'),
    here: new RegExp(`\\s+(?:${words(r.here)}|${ofThe}(?:${words(r.thisText)}))${END}`, 'iuy'),
    charter: new RegExp(`(?:${words(r.charter)})${END}`, 'iuy'),
    instrument: new RegExp(
      `(?:${words(r.instruments)})(?:\\s+(?:(?:${words(r.instrumentLinks)})(?:\\s+|(?<=['’])))*\\p{Lu}[\\p{L}'’-]*){1,12}`,
      'uy',
    ),
  };
});

/**
 * The conditions under which `organBefore` finds, before a resolution keyword, the name that one
 * expression of organs and keywords would have found where it starts:
 * - no organ's name ends with another's, so that the first name the look-behind tries is the
 *   leftmost one, and a shorter name never starts after a longer one that the scan has passed;
 * - every resolution and decision keyword starts with an ASCII letter, so that `\b` holds at a
 *   keyword after a name and its space, as it need not hold there in the one expression.
 */
function checkOrgansBefore(data: LanguageData): void {
  const fold = (phrase: string) => phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
  const names = Object.values(data.organs).flat().map(fold);
  for (const name of names) {
    const longer = names.find((other) => other !== name && other.endsWith(name));
    if (longer) throw new Error(`Organ name "${longer}" ends with "${name}": organBefore could read the shorter name`);
  }
  for (const keyword of [...data.references.resolution, ...data.references.decision]) {
    if (!/^[A-Za-z]/.test(keyword)) throw new Error(`Keyword "${keyword}" does not start with an ASCII letter: \\b would not hold before it`);
  }
}

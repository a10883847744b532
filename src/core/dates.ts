/**
 * The Dutch date tagger, in two phases so that an edited paragraph can be
 * re-scanned on its own:
 *
 * 1. `scanDates(blockText)` finds time expressions in one block of text and
 *    parses what the text itself says (day, month, year, weekday, offsets,
 *    vague modifier, past/future direction from the sentence). The result is
 *    position independent and plain JSON, so a caller can shift its offsets.
 * 2. `resolveDates(raws, documentDate)` walks all raw dates of a
 *    document in order and turns them into ISO 8601 values, using the document
 *    date for relative expressions and the previous mention for anaphoric ones.
 *
 * The vocabulary lives in ./lexicon/dates.json; the patterns are built from it
 * once, at module load, into one regular expression.
 */
import lexicon from './lexicon/dates.json';
import { escapeRegExp } from './text/wordPattern';
import type { DateMention, DateResolution, DateRule, Span } from './types';

// ---------------------------------------------------------------------------
// Public types

/** What a raw date expression is; decides how `resolveDates` computes its value. */
export type RawDateKind =
  /** A calendar date or part of one: 17 januari 2020, 16 januari, juni, in 2019, eind januari. */
  | 'calendar'
  /** An ISO week number: week 4, week 4 van 2020. */
  | 'isoWeek'
  /** A weekday without a date: maandag, aanstaande woensdag, vorige week dinsdag. */
  | 'weekday'
  /** An offset from the document date: vandaag, gisteren, vorige week, drie dagen geleden. */
  | 'relative'
  /** An offset from the previous date mention: diezelfde dag, de volgende dag, twee dagen later. */
  | 'anaphoric'
  /** A part of a year: het eerste kwartaal van 2020, najaar 2019 (value: the year). */
  | 'period';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';
export type Direction = 'past' | 'future';

/**
 * A date expression as found in a block of text, before resolution. A plain
 * JSON-able object: `{ ...raw, start: raw.start + base, end: raw.end + base }`
 * moves it to document offsets.
 */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  kind: RawDateKind;
  /** Year as written, or null when the text leaves it out. */
  year: number | null;
  /** Month 1-12 as written, or null. */
  month: number | null;
  /** Day of the month as written, or null. */
  day: number | null;
  /** ISO week number for kind 'isoWeek'. */
  week: number | null;
  /** ISO weekday 1 (Monday) to 7 (Sunday) when the text names one. */
  weekday: number | null;
  /** Unit of `offset` for 'relative' and 'anaphoric' dates, and 'week' for "vorige week maandag". */
  unit: TimeUnit | null;
  /** Signed number of units from the anchor (document date or previous mention). */
  offset: number;
  /** The vague modifier or period word, lower case ("eind", "half", "najaar"), or null. */
  vague: string | null;
  /** Whether the date lies before or after the document date, when the text says so. */
  direction: Direction | null;
  /**
   * A date that bounds a thing named by a noun of dates ("houdbaarheidsdatum 20-06-2025"): no event, so an
   * anaphoric date after it ("diezelfde dag") counts from the date before it.
   */
  limit: boolean;
}

export interface DocumentDateRef {
  value: string;
  span: Span;
}

// ---------------------------------------------------------------------------
// Lexicon

interface DatesLexicon {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  weekdayAbbreviations: Record<string, number>;
  dayParts: string[];
  relativeDays: Record<string, number>;
  relativeDayExclusions: Record<string, string[]>;
  morningWords: string[];
  morningGuards: string[];
  relativePeriods: Record<string, [string, number]>;
  weekOffsets: Record<string, number>;
  anaphoric: Record<string, [string, number]>;
  numberWords: Record<string, number>;
  countUnits: Record<string, string>;
  countDirections: Record<string, [string, number]>;
  vagueModifiers: string[];
  periods: string[];
  temporalPrepositions: string[];
  coordinators: string[];
  pastModifiers: string[];
  futureModifiers: string[];
  postModifiers: Record<string, string>;
  futurePrepositions: string[];
  futureCues: string[];
  pastAuxiliaries: string[];
  limitNounEndings: string[];
  limitLinks: string[];
  clauseBreakers: string[];
  weekdayGuards: string[];
  notAfterYear: string[];
}

const LEX = lexicon as unknown as DatesLexicon;

/** Lower case, composed accents, single spaces: the key under which a phrase is looked up. */
function keyOf(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    // The pattern matches a letter in any case, and the long s (ſ) is a case of s that toLowerCase() keeps.
    key = text.normalize('NFC').toLowerCase().replace(/ſ/g, 's').replace(/\s+/g, ' ');
    // The matched words repeat ("januari", "Januari", "vorige week"): remembering their keys
    // saves most of the work; the bound keeps memory flat on unusual spacing.
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}
const KEYS = new Map<string, string>();

function keyed<T>(record: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [k, v] of Object.entries(record)) map.set(keyOf(k), v);
  return map;
}

const MONTHS = keyed({ ...LEX.months, ...LEX.monthAbbreviations });
const WEEKDAYS = keyed({ ...LEX.weekdays, ...LEX.weekdayAbbreviations });
const RELATIVE_DAYS = keyed(LEX.relativeDays);
const RELATIVE_PERIODS = keyed(LEX.relativePeriods);
const WEEK_OFFSETS = keyed(LEX.weekOffsets);
const ANAPHORIC = keyed(LEX.anaphoric);
const NUMBER_WORDS = keyed(LEX.numberWords);
const COUNT_UNITS = keyed(LEX.countUnits);
const COUNT_DIRECTIONS = keyed(LEX.countDirections);
const POST_MODIFIERS = keyed(LEX.postModifiers);
const PAST_MODIFIERS = new Set(LEX.pastModifiers.map(keyOf));
const FUTURE_MODIFIERS = new Set(LEX.futureModifiers.map(keyOf));
const MORNING_WORDS = new Set(LEX.morningWords.map(keyOf));

/** Canonical Dutch month names by number, for explanations. */
const MONTH_NAMES: string[] = [];
for (const [name, n] of Object.entries(LEX.months)) MONTH_NAMES[n] ??= name;

// ---------------------------------------------------------------------------
// Pattern building

/** Whitespace between two words: spaces, or at most one line break. */
const SP = String.raw`(?:[^\S\r\n]+(?:\r?\n[^\S\r\n]*)?|\r?\n[^\S\r\n]*)`;
/** Start of a word (Unicode aware; combining marks count as part of a word). */
const B = String.raw`(?<![\p{L}\p{N}\p{M}])`;
/** End of a word. */
const E = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** A lexicon word or phrase as a pattern: accents also in NFD, a space as SP. */
function wordPattern(word: string): string {
  let out = '';
  for (const ch of word.normalize('NFC')) {
    if (ch === ' ') {
      out += SP;
      continue;
    }
    const decomposed = ch.normalize('NFD');
    out += decomposed === ch ? escapeRegExp(ch) : `(?:${escapeRegExp(ch)}|${escapeRegExp(decomposed)})`;
  }
  return out;
}

/** The order of a.localeCompare(b), which builds a collator on every call: 8 ms of module load. */
const COLLATOR = new Intl.Collator();

/** Alternation of words, longest first so that "gisteravond" wins over "gister". */
function alt(words: Iterable<string>): string {
  const unique = [...new Set([...words].map((w) => w.normalize('NFC')))];
  unique.sort((a, b) => b.length - a.length || COLLATOR.compare(a, b));
  return `(?:${unique.map(wordPattern).join('|')})`;
}

/** Matches when the text before a position ends with one of `words` (and whitespace). */
function endsWithWordRe(words: Iterable<string>): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}\\p{M}'’])${alt(words)}${SP}$`, 'iu');
}

const MONTH_FULL = alt(Object.keys(LEX.months));
const MONTH_ABBR = alt(Object.keys(LEX.monthAbbreviations));
const MONTH_ANY = alt([...Object.keys(LEX.months), ...Object.keys(LEX.monthAbbreviations)]);
const WEEKDAY = alt(Object.keys(LEX.weekdays));
const WEEKDAY_ABBR = alt(Object.keys(LEX.weekdayAbbreviations));
const DAY_PARTS = alt(LEX.dayParts);
const PRE_MODIFIERS = alt([...LEX.pastModifiers, ...LEX.futureModifiers]);
const POST_MODS = alt(Object.keys(LEX.postModifiers));
const WEEK_OFFS = alt(Object.keys(LEX.weekOffsets));
const REL_DAYS = alt(Object.keys(LEX.relativeDays));
const REL_PERIODS = alt(Object.keys(LEX.relativePeriods));
const ANAPHORS = alt(Object.keys(LEX.anaphoric));
const NUMBERS = `(?:\\d{1,2}|${alt(Object.keys(LEX.numberWords))})`;
const UNITS = alt(Object.keys(LEX.countUnits));
const COUNT_DIRS = alt(Object.keys(LEX.countDirections));
const VAGUE = alt(LEX.vagueModifiers);
const PERIODS = alt(LEX.periods);
const DAY_LIST_JOIN = `\\s*(?:,|${alt(LEX.coordinators)})\\s*`;
/** A bare year: only 1800-2099, so that postcodes and amounts rarely qualify. */
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const VAN = wordPattern('van');
/** At most this many days before the month in a list ("17, 18 en 19 januari"): bounds the look-ahead. */
const MAX_DAY_LIST = 6;

const BRANCHES: string[] = [
  // 2020-01-17, 2020-01 (also before a time: 2020-01-17T10:00)
  String.raw`(?<isoY>\d{4})-(?<isoM>\d\d)(?:-(?<isoD>\d\d))?(?=T\d|${E})`,
  // 17-01-2020, 17/01/2020, 17.01.2020
  String.raw`(?<nD>\d{1,2})(?<nSep>[-/.])(?<nM>\d{1,2})\k<nSep>(?<nY>\d{4})${E}`,
  // [aanstaande] [maandag[,]] 17 januari [2020], ma 20 jan. 2020
  `(?:(?:(?<tMod>${PRE_MODIFIERS})${SP})?(?<tWd>${WEEKDAY}),?${SP}|(?<tWdA>${WEEKDAY_ABBR})\\.?,?${SP})?` +
    `(?<tD>\\d{1,2})${SP}(?:(?<tMF>${MONTH_FULL})|(?<tMA>${MONTH_ABBR})(?<tDot>\\.)?)${E}` +
    `(?:${SP}(?<tY>[12]\\d{3})${E})?`,
  // the 17 in "17 en 18 januari", "17-19 januari"
  `(?<hD>\\d{1,2})(?=(?:${DAY_LIST_JOIN}\\d{1,2}){1,${MAX_DAY_LIST}}${SP}${MONTH_ANY}${E})`,
  // twee dagen later, 3 weken geleden
  `(?<cN>${NUMBERS})${SP}(?<cU>${UNITS})${SP}(?<cDir>${COUNT_DIRS})${E}`,
  // in 2019 (the preposition is checked in code)
  `(?<bY>${YEAR})${E}`,
  // eind januari [2020], half december, begin 2020, eind-2013, eind vorig jaar
  `(?<vMod>${VAGUE})(?:-|${SP})(?:${VAN}${SP})?(?:(?<vRel>${REL_PERIODS})|(?<vMF>${MONTH_FULL})(?:${SP}(?<vMY>${YEAR})${E})?|(?<vY>${YEAR}))${E}`,
  // eerste kwartaal van 2020, najaar 2019
  `(?<per>${PERIODS})${SP}(?:${VAN}${SP})?(?<perY>${YEAR})${E}`,
  // maandag, aanstaande woensdag, vorige week dinsdag, vrijdagavond, maandag jl.
  `(?:(?<wMod>${PRE_MODIFIERS})${SP})?(?:(?<wWeek>${WEEK_OFFS})${SP}${wordPattern('week')}${SP})?(?<wd>${WEEKDAY})(?<wPart>${DAY_PARTS})?${E}` +
    `(?:${SP}(?<wPost>${POST_MODS})${E})?`,
  // juni, januari 2020, jan. 2020, afgelopen juni (bare months are checked in code)
  `(?:(?<mMod>${PRE_MODIFIERS})${SP})?(?:(?<mMF>${MONTH_FULL})(?:${SP}(?<mMY>${YEAR})${E})?|(?<mMA>${MONTH_ABBR})\\.?${SP}(?<mAY>${YEAR}))${E}`,
  // vorige week, deze maand, vorig jaar
  `(?<rp>${REL_PERIODS})${E}`,
  // vandaag, gisteren, morgen
  `(?<rd>${REL_DAYS})${E}`,
  // diezelfde dag, de volgende dag, op dat moment
  `(?<an>${ANAPHORS})${E}`,
  // week 4, week 4 van 2020
  `(?<wk>${wordPattern('week')})${SP}(?<wkN>\\d{1,2})(?:${SP}(?:${VAN}${SP})?(?<wkY>${YEAR}))?${E}`,
];

const DATE_SOURCE = `${B}(?:${BRANCHES.join('|')})`;

/** The named groups of BRANCHES; `interpret` reads them by number (see `plainPattern`). */
const GROUP_NAMES = [
  'isoY', 'isoM', 'isoD', 'nD', 'nSep', 'nM', 'nY', 'tMod', 'tWd', 'tWdA', 'tD', 'tMF', 'tMA', 'tDot', 'tY',
  'hD', 'cN', 'cU', 'cDir', 'bY', 'vMod', 'vRel', 'vMF', 'vMY', 'vY', 'per', 'perY', 'wMod', 'wWeek', 'wd',
  'wPart', 'wPost', 'mMod', 'mMF', 'mMY', 'mMA', 'mAY', 'rp', 'rd', 'an', 'wk', 'wkN', 'wkY',
] as const;
type GroupName = (typeof GROUP_NAMES)[number];

/** A character as a pattern escape, safe in and out of classes. */
function codePointEscape(ch: string): string {
  return `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
}

/**
 * For each character of `chars` that matches others under the flag 'i' (with 'u'), a class
 * of them all: the characters with the same simple case folding, found by asking the engine
 * itself (toLowerCase() and toUpperCase() miss some, as Georgian capitals). Only the Basic
 * Multilingual Plane is searched; no case folding crosses into the other planes (a test
 * checks that for the date pattern's letters).
 */
function caseVariants(chars: Set<string>): Map<string, string> {
  const variants = new Map<string, string>();
  if (chars.size === 0) return variants;
  // Every BMP character but the surrogates, which have no case.
  const units = new Uint16Array(0x10000 - 0x800);
  for (let c = 0, k = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units[k++] = c;
  const bmp = new TextDecoder('utf-16le').decode(units);
  const found = [...bmp.matchAll(new RegExp(`[${[...chars].map(codePointEscape).join('')}]`, 'giu'))].map((m) => m[0]);
  for (const ch of chars) {
    const same = new RegExp(codePointEscape(ch), 'iu');
    const others = found.filter((x) => x !== ch && same.test(x));
    if (others.length > 0) variants.set(ch, `[${[ch, ...others].map((x) => (/\p{L}/u.test(x) ? x : codePointEscape(x))).join('')}]`);
  }
  return variants;
}

/**
 * Classes with escapes that the rewrite below takes over as they are: they are closed under
 * case folding, so they read the same without 'i' (a test checks every code point; \p{L} and
 * \p{M} alone are not, U+0345 is a mark that folds to a letter).
 */
const CLOSED_CLASSES = [String.raw`[\p{L}\p{N}\p{M}]`, String.raw`[^\p{L}\p{N}\p{M}]`, String.raw`[^\S\r\n]`];

/**
 * Rewrites a pattern written for the flags 'iu' into one for 'u' alone that matches exactly
 * the same: every literal character with case variants becomes a class of them, and named
 * groups become numbered ones. Irregexp compiles DATE_RE about four times faster without
 * 'i' (some 70 ms less on the first scans), and a match of a pattern with named groups gets a
 * `groups` object with a property for each of its 43 groups, which cost more than the rest of
 * a match. Classes and escapes must not depend on 'i': they may hold no cased character, or
 * must be known to be closed under case folding (CLOSED_CLASSES, \s, \d). Whatever else the
 * rewrite does not know, it refuses.
 */
function plainPattern(source: string): { source: string; index: Map<string, number> } {
  const fail = (at: number, what: string): never => {
    throw new Error(`date pattern: ${what} at ${at}: ${source.slice(at, at + 20)}`);
  };
  /** Escapes that read the same without 'i': \d, \s and their negations (a test checks every code point), and characters without case. */
  const SIMPLE_ESCAPES = new Set([...'dDsSrntfv^$\\.*+?()[]{}|/-']);
  /** Characters written in classes, by position: they must have no case variants. */
  const classChars = new Map<number, string>();
  /** The length of the escape at `i` (a backslash); fails on one the rewrite does not know. */
  const escapeLength = (i: number): number => {
    if (source.startsWith('\\k<', i)) return source.indexOf('>', i) + 1 - i;
    if (!SIMPLE_ESCAPES.has(source[i + 1])) fail(i, 'unknown escape');
    return 2;
  };
  /** Splits the source into pieces; a literal character comes with `literal` set. */
  const pieces: { text: string; at: number; literal: boolean }[] = [];
  for (let i = 0; i < source.length; ) {
    const ch = source[i];
    let length: number;
    let literal = false;
    if (ch === '\\') {
      length = escapeLength(i);
    } else if (ch === '[') {
      const closed = CLOSED_CLASSES.find((cls) => source.startsWith(cls, i));
      if (closed) {
        length = closed.length;
      } else {
        let j = i + 1;
        if (source[j] === '^') j++;
        const first = j;
        for (; j < source.length && source[j] !== ']'; j++) {
          if (source[j] === '\\' || source.codePointAt(j)! > 0xffff) fail(j, 'escape or character outside the BMP in a class');
          else if (source[j] === '-' && j !== first && source[j + 1] !== ']') fail(j, 'range in a class');
          else classChars.set(j, source[j]);
        }
        length = j + 1 - i;
      }
    } else if (ch === '(' && source[i + 1] === '?') {
      const head = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(source.slice(i, i + 40));
      length = head ? head[0].length : fail(i, 'unknown group');
    } else if (ch === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i, i + 20));
      length = quantifier ? quantifier[0].length : fail(i, 'unknown quantifier');
    } else if ('()|^$*+?.'.includes(ch)) {
      length = 1;
    } else {
      length = String.fromCodePoint(source.codePointAt(i) as number).length;
      if (length > 1) fail(i, 'character outside the BMP');
      literal = true;
    }
    pieces.push({ text: source.slice(i, i + length), at: i, literal });
    i += length;
  }
  const variants = caseVariants(new Set([...pieces.filter((p) => p.literal).map((p) => p.text), ...classChars.values()]));
  for (const [at, ch] of classChars) if (variants.has(ch)) fail(at, 'cased character in a class');
  // Capturing groups are numbered in the order of their opening parentheses, named or not.
  const index = new Map<string, number>();
  /** Open groups: the name of a capturing group ('' if unnamed, null if not capturing) and whether a cased character is inside. */
  const open: { name: string | null; cased: boolean }[] = [];
  const uncased = new Set<string>();
  let count = 0;
  let out = '';
  for (const { text, at, literal } of pieces) {
    const same = literal ? variants.get(text) : undefined;
    if (same) {
      for (const group of open) group.cased = true;
      out += same;
    } else if (literal) {
      out += text;
    } else if (text === '(' || /^\(\?<[A-Za-z]/.test(text)) {
      const name = text === '(' ? '' : text.slice(3, -1);
      count++;
      if (name) index.set(name, count);
      open.push({ name, cased: false });
      out += '(';
    } else if (text.startsWith('(')) {
      open.push({ name: null, cased: false });
      out += text;
    } else if (text === ')') {
      const group = open.pop();
      if (group?.name && !group.cased) uncased.add(group.name);
      out += text;
    } else if (text.startsWith('\\k<')) {
      // Under 'i' a back-reference compares ignoring case: only one to a group without cased characters reads the same.
      const name = text.slice(3, -1);
      if (!uncased.has(name)) fail(at, 'back-reference to an open, unknown or cased group');
      out += `(?:\\${index.get(name)})`; // the group keeps a digit after it from extending the number
    } else {
      out += text;
    }
  }
  return { source: out, index };
}

const PLAIN = plainPattern(DATE_SOURCE);
if (PLAIN.index.size !== GROUP_NAMES.length || GROUP_NAMES.some((name) => !PLAIN.index.has(name))) {
  throw new Error(`GROUP_NAMES is out of step with the date pattern's groups: ${[...PLAIN.index.keys()].join(' ')}`);
}
/** The number of each named group in DATE_RE. */
const G = Object.fromEntries(GROUP_NAMES.map((name) => [name, PLAIN.index.get(name) as number])) as Record<GroupName, number>;
/** Sticky: `scanDates` tries it only at the positions `nextCandidate` lets through. */
const DATE_RE = new RegExp(PLAIN.source, 'uy');

// ---------------------------------------------------------------------------
// Candidate positions
//
// Tried at every position of a block, DATE_RE spent most of its time failing on ordinary
// words. A match can only open with a digit or with one of the lexicon words that open a
// branch, so `nextCandidate` looks for those first, with plain character tests, and the
// pattern runs only there. The filter may let through a position where the pattern then
// fails, never the other way round: the matches are those of a scan at every position.

/**
 * The words that open a branch of BRANCHES when the match does not open with a digit, as
 * pieces that the pattern matches one after the other. Keep this in step with BRANCHES
 * (test/unit/dateScan.test.ts compares the scan with one at every position).
 */
const LEADING_WORDS: string[][] = [
  ...[
    ...LEX.pastModifiers, // tMod, wMod, mMod
    ...LEX.futureModifiers,
    ...Object.keys(LEX.weekdays), // tWd, wd
    ...Object.keys(LEX.weekdayAbbreviations), // tWdA
    ...Object.keys(LEX.numberWords), // cN
    ...LEX.vagueModifiers, // vMod
    ...LEX.periods, // per
    ...Object.keys(LEX.weekOffsets), // wWeek
    ...Object.keys(LEX.months), // mMF
    ...Object.keys(LEX.monthAbbreviations), // mMA
    ...Object.keys(LEX.relativePeriods), // rp
    ...Object.keys(LEX.relativeDays), // rd
    ...Object.keys(LEX.anaphoric), // an
    'week', // wk
  ].map((word) => [word]),
  // Every word above is followed in its branch by something other than a letter or digit,
  // except a weekday, which may run on into a day part (wd + wPart).
  ...Object.keys(LEX.weekdays).flatMap((day) => LEX.dayParts.map((part) => [day, part])),
];

/** ASCII letters and digits: the ASCII characters of [\p{L}\p{N}\p{M}], the ones `| 0x20` lower-cases. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 0;
/** ASCII white space (\s), where SP can begin. */
const ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SPACE[c] = /\s/u.test(String.fromCharCode(c)) ? 1 : 0;

/** How leading words begin with one lower-cased run of ASCII letters and digits. */
interface LeadRun {
  run: string;
  /** Some leading word is this run alone, or goes on after it with an ASCII character other than a space. */
  alone: boolean;
  /** For words that go on with a space: the ASCII run the next word starts with ('' if it starts otherwise). */
  next: string[];
  /** The first characters of `next`, in both cases, for a quick test; all of them if one is ''. */
  nextFirst: Uint8Array;
}

/** How many ASCII letters and digits `text` has from `from` on. */
function asciiRun(text: string, from = 0): number {
  let k = from;
  while (k < text.length && text.charCodeAt(k) < 128 && ASCII_WORD[text.charCodeAt(k)]) k++;
  return k - from;
}

const LEAD_RUNS = new Map<string, LeadRun>();
/** Every prefix of a leading word's run: what a run in the text can be when a non-ASCII character ends it. */
const CUT_RUNS = new Set<string>();
/** ASCII characters other than letters and digits that a leading word begins with. */
const LEAD_PUNCTUATION = new Uint8Array(128);

/**
 * Records how a leading word can look at the start of a text. wordPattern() lets an accented
 * letter match composed or decomposed, so the word's run of ASCII letters and digits ends
 * either before the accented letter or after its (ASCII) base letter, and a non-ASCII
 * character follows in both cases. A space in the word is SP: ASCII or other white space.
 */
function addLeadingWord(pieces: string[]): void {
  const chars = pieces.flatMap((piece) => [...piece.normalize('NFC')]);
  for (const spelling of [chars.join(''), chars.map((ch) => ch.normalize('NFD')).join('')]) {
    const length = asciiRun(spelling);
    if (length === 0) {
      if (spelling.charCodeAt(0) < 128) LEAD_PUNCTUATION[spelling.charCodeAt(0)] = 1;
      continue;
    }
    const run = spelling.slice(0, length).toLowerCase();
    for (let k = 1; k <= length; k++) CUT_RUNS.add(run.slice(0, k));
    if (length < spelling.length && spelling.charCodeAt(length) >= 128) continue; // only CUT_RUNS apply
    let lead = LEAD_RUNS.get(run);
    if (!lead) LEAD_RUNS.set(run, (lead = { run, alone: false, next: [], nextFirst: new Uint8Array(128) }));
    const rest = spelling.slice(length + 1);
    if (length === spelling.length || spelling[length] !== ' ' || (rest.charCodeAt(0) < 128 && !ASCII_WORD[rest.charCodeAt(0)])) {
      lead.alone = true;
    } else {
      const next = rest.slice(0, asciiRun(rest)).toLowerCase();
      if (!lead.next.includes(next)) lead.next.push(next);
      for (let c = 0; c < 128; c++) {
        if (next === '' || (ASCII_WORD[c] && (c | 0x20) === next.charCodeAt(0))) lead.nextFirst[c] = 1;
      }
    }
  }
}
for (const pieces of LEADING_WORDS) addLeadingWord(pieces);

/**
 * The filter compares ASCII text with ASCII letters of the leading words ignoring case, which
 * is what the pattern's case folding does, unless a non-ASCII letter of a leading word folds
 * to an ASCII one (as the Kelvin sign does to 'k'). Then it lets every position through.
 */
const FILTER_SOUND = LEADING_WORDS.every((pieces) =>
  [...pieces.join('').normalize('NFC'), ...pieces.join('').normalize('NFD')].every((ch) => {
    if (ch.charCodeAt(0) < 128) return true;
    const re = new RegExp(escapeRegExp(ch), 'iu');
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) return false;
    return true;
  }),
);

/** Runs longer than this are no leading word. */
const MAX_LEAD_RUN = Math.max(...[...CUT_RUNS].map((run) => run.length));

/**
 * LEAD_RUNS by the shape of a run: its first two characters, reduced to their low five bits
 * (which keeps a letter's two cases together), and its length. Most runs of a text have no
 * leading word's shape and are passed over without being compared; runs that only share the
 * shape of one are compared in full.
 */
const SHAPE_LENGTHS = MAX_LEAD_RUN + 1;

/** `c1` is `c0` for a run of one. */
function runShape(c0: number, c1: number, length: number): number {
  return (((c0 & 31) << 5) | (c1 & 31)) * SHAPE_LENGTHS + length;
}

/** For each shape, 0 or 1 + the index in LEADS_BY_SHAPE of the leading runs of that shape. */
const RUN_SHAPES = new Uint16Array(32 * 32 * SHAPE_LENGTHS);
const LEADS_BY_SHAPE: LeadRun[][] = [];
for (const lead of LEAD_RUNS.values()) {
  const { run } = lead;
  const shape = runShape(run.charCodeAt(0), run.charCodeAt(run.length > 1 ? 1 : 0), run.length);
  if (RUN_SHAPES[shape] === 0) RUN_SHAPES[shape] = LEADS_BY_SHAPE.push([]);
  LEADS_BY_SHAPE[RUN_SHAPES[shape] - 1].push(lead);
}

/** Whether text[from, from + word.length) is `word` (lower-case ASCII letters and digits) in any case. */
function hasRunAt(text: string, from: number, word: string): boolean {
  if (from + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether one of `leads` may begin at `i`, where the text has the run of ASCII letters and
 * digits [i, j) followed by an ASCII character (or the end).
 */
function leadsAt(text: string, i: number, j: number, leads: LeadRun[]): boolean {
  for (let l = 0; l < leads.length; l++) {
    const lead = leads[l];
    if (!hasRunAt(text, i, lead.run)) continue;
    if (lead.alone) return true;
    // A phrase ("de volgende dag"): white space, then the next word's run.
    let k = j;
    while (k < text.length && text.charCodeAt(k) < 128 && ASCII_SPACE[text.charCodeAt(k)]) k++;
    if (k === j || k === text.length) continue;
    const first = text.charCodeAt(k);
    if (first >= 128) return true; // other white space, or a letter the filter leaves to the pattern
    if (lead.nextFirst[first] === 0) continue;
    const end = k + asciiRun(text, k);
    if (end < text.length && text.charCodeAt(end) >= 128) return true;
    for (const next of lead.next) if (next.length <= end - k && hasRunAt(text, k, next)) return true;
  }
  return false;
}

/**
 * The first position at or after `from` where DATE_RE may match, or -1. Passed over are:
 * positions just after an ASCII letter or digit (the look-behind fails there), runs of
 * letters that no leading word begins with, ASCII punctuation and spaces, and the second half
 * of a surrogate pair (a Unicode scan never starts there). Positions at other non-ASCII
 * characters are left to the pattern.
 */
function nextCandidate(text: string, from: number): number {
  const n = text.length;
  let i = from;
  let before = i > 0 ? text.charCodeAt(i - 1) : 32;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && FILTER_SOUND) {
      if (ASCII_WORD[c] === 0) {
        if (LEAD_PUNCTUATION[c] !== 0) return i;
        before = c;
        i++;
        continue;
      }
      let j = i + 1;
      let d = 0;
      while (j < n) {
        d = text.charCodeAt(j);
        if (d >= 128 || ASCII_WORD[d] === 0) break;
        j++;
      }
      if (before >= 128 || ASCII_WORD[before] === 0) {
        if (c <= 0x39) return i; // a digit
        const length = j - i;
        if (length <= MAX_LEAD_RUN) {
          if (j < n && d >= 128) {
            if (CUT_RUNS.has(text.slice(i, j).toLowerCase())) return i;
          } else {
            const shape = RUN_SHAPES[runShape(c, text.charCodeAt(length > 1 ? i + 1 : i), length)];
            if (shape !== 0 && leadsAt(text, i, j, LEADS_BY_SHAPE[shape - 1])) return i;
          }
        }
      }
      before = 0x61; // the run's last character: a letter or digit
      i = j;
    } else {
      const secondHalf = c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
      if (!secondHalf && (before >= 128 || ASCII_WORD[before] === 0 || !FILTER_SOUND)) return i;
      before = c;
      i++;
    }
  }
  return -1;
}

/** The first match of DATE_RE at or after `from`: what a global scan would find from there. */
function findDate(text: string, from: number): RegExpExecArray | null {
  for (let at = nextCandidate(text, from); at >= 0; at = nextCandidate(text, at + 1)) {
    DATE_RE.lastIndex = at;
    const m = DATE_RE.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/**
 * For tests only: the pattern (also as written, for the flags 'iu'), the finder, the
 * interpreter and the rewrite, so that a test can compare scanDates with a plain global scan
 * that tries the pattern as written at every position.
 */
export const dateScanInternals = { pattern: DATE_RE, casedSource: DATE_SOURCE, findDate, interpret, plainPattern, closedClasses: CLOSED_CLASSES };

const PREPOSITION_BEFORE = endsWithWordRe(LEX.temporalPrepositions);
const WEEKDAY_GUARD_BEFORE = endsWithWordRe(LEX.weekdayGuards);
const MORNING_GUARD_BEFORE = endsWithWordRe(LEX.morningGuards);
const FUTURE_PREPOSITION_BEFORE = endsWithWordRe(LEX.futurePrepositions);
const COORDINATION = new RegExp(`^\\s*(?:,\\s*(?:(?:en|of)${E}\\s*)?|${alt(LEX.coordinators)}\\s*)$`, 'iu');
const NOT_AFTER_YEAR = new RegExp(`^${SP}${alt(LEX.notAfterYear)}(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
const RELATIVE_DAY_EXCLUSIONS = new Map<string, RegExp>();
for (const [word, followers] of Object.entries(LEX.relativeDayExclusions)) {
  RELATIVE_DAY_EXCLUSIONS.set(keyOf(word), new RegExp(`^${SP}${alt(followers)}${E}`, 'iu'));
}
const CLAUSE_BREAKER = new RegExp(`${B}${alt(LEX.clauseBreakers)}${E}`, 'giu');
/** A noun of dates, and the words that may follow it, right before a date: see RawDate.limit. */
const LIMIT_BEFORE = new RegExp(`(?<=\\p{L})${alt(LEX.limitNounEndings)}\\s+(?:${alt(LEX.limitLinks)}\\s+)?$`, 'iu');
const FUTURE_CUE = new RegExp(`${B}${alt(LEX.futureCues)}${E}`, 'iu');
/** An infinitive with "te" ("om de weg op te gaan"): no tense of its own, so no future cue. */
const TE_INFINITIVE = new RegExp(`${B}te\\s+\\p{L}+`, 'giu');
const PAST_AUXILIARY = new RegExp(`${B}${alt(LEX.pastAuxiliaries)}${E}`, 'iu');
const CLAUSE_PUNCTUATION = new Set([...'.!?;:,()"“”„«»\r\n'].map((c) => c.charCodeAt(0)));

/** How far back the context checks look, in UTF-16 units. */
const LOOK_BEHIND = 40;
const CLAUSE_REACH = 200;
/** Most characters between the last day of a list and the date that completes it (" tot en met "). */
const MAX_LIST_GAP = 16;

// ---------------------------------------------------------------------------
// Phase 1: scanning

function rawDate(start: number, end: number, text: string, kind: RawDateKind, fields: Partial<RawDate>, limit: boolean): RawDate {
  // Every field written as the object is made, none spread in afterwards: the engine takes a field for a constant
  // until a later store changes it, and throws away the code it compiled on that assumption then (see makeClaim()
  // in claims/resolve.ts).
  return {
    start,
    end,
    text,
    kind,
    year: fields.year ?? null,
    month: fields.month ?? null,
    day: fields.day ?? null,
    week: fields.week ?? null,
    weekday: fields.weekday ?? null,
    unit: fields.unit ?? null,
    offset: fields.offset ?? 0,
    vague: fields.vague ?? null,
    direction: fields.direction ?? null,
    limit,
  };
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A number-led or number-final match must not be part of a longer code:
 * CVE-2019-19781, 2011-2000371856, 1.2020, 12/2020/3.
 */
function numericBoundariesOk(text: string, start: number, end: number): boolean {
  if (isDigit(text[start])) {
    const before = text[start - 1];
    if ((before === '-' || before === '/' || before === '.') && isAlnum(text[start - 2])) return false;
  }
  if (isDigit(text[end - 1])) {
    const after = text[end];
    if ((after === '-' || after === '/' || after === '.' || after === ',') && isDigit(text[end + 1])) return false;
  }
  return true;
}

function precededBy(text: string, start: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, start - LOOK_BEHIND), start));
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function directionOfModifier(modifier: string | undefined): Direction | null {
  if (!modifier) return null;
  const key = keyOf(modifier);
  if (PAST_MODIFIERS.has(key)) return 'past';
  if (FUTURE_MODIFIERS.has(key)) return 'future';
  return null;
}

/**
 * The clause around a span: from the last punctuation mark or clause-opening
 * word before it up to the first one after it.
 */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  const minFrom = Math.max(0, start - CLAUSE_REACH);
  while (from > minFrom && !CLAUSE_PUNCTUATION.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + CLAUSE_REACH);
  while (to < maxTo && !CLAUSE_PUNCTUATION.has(text.charCodeAt(to))) to++;
  let left = text.slice(from, start);
  let right = text.slice(end, to);
  CLAUSE_BREAKER.lastIndex = 0;
  let lastBreak = -1;
  for (let m = CLAUSE_BREAKER.exec(left); m; m = CLAUSE_BREAKER.exec(left)) lastBreak = m.index + m[0].length;
  if (lastBreak >= 0) left = left.slice(lastBreak);
  CLAUSE_BREAKER.lastIndex = 0;
  const firstBreak = CLAUSE_BREAKER.exec(right);
  if (firstBreak) right = right.slice(0, firstBreak.index);
  CLAUSE_BREAKER.lastIndex = 0;
  return `${left} ${right}`;
}

/**
 * Past or future for a weekday without a date: from its own modifiers first,
 * then "uiterlijk maandag", then the tense of its clause; past by default.
 */
function weekdayDirection(text: string, start: number, end: number, pre?: string, post?: string): Direction {
  const fromPost = post ? POST_MODIFIERS.get(keyOf(post)) : undefined;
  if (fromPost === 'past' || fromPost === 'future') return fromPost;
  const fromPre = directionOfModifier(pre);
  if (fromPre) return fromPre;
  if (precededBy(text, start, FUTURE_PREPOSITION_BEFORE)) return 'future';
  const clause = clauseAround(text, start, end);
  if (PAST_AUXILIARY.test(clause)) return 'past';
  if (FUTURE_CUE.test(clause.replace(TE_INFINITIVE, ' '))) return 'future';
  return 'past';
}

function numberValue(word: string): number {
  return isDigit(word[0]) ? Number(word) : (NUMBER_WORDS.get(keyOf(word)) ?? NaN);
}

function lookup<T>(map: Map<string, T>, word: string): T {
  const value = map.get(keyOf(word));
  if (value === undefined) throw new Error(`dates lexicon has no entry for '${word}'`);
  return value;
}

/**
 * Finds the date expressions in one block of text (a paragraph). Offsets are
 * relative to `blockText`; every `text` equals `blockText.slice(start, end)`.
 */
export function scanDates(blockText: string): RawDate[] {
  const out: RawDate[] = [];
  /** Day-list heads ("17" in "17 en 18 januari") waiting for the month of the date after them. */
  let pendingHeads: RawDate[] = [];
  /** The last accepted date, for lists of bare months or years ("in juni en juli"). */
  let last: RawDate | null = null;
  let from = 0;
  for (let m = findDate(blockText, 0); m !== null; m = findDate(blockText, from)) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    const raw = interpret(blockText, m, start, end, last);
    if (raw === null) {
      // An impossible written date ("31 april 2020") is no date at all, not a bare "april 2020";
      // other rejected matches may still hide a shorter date further on.
      from = m[G.tD] !== undefined ? end : start + 1;
      continue;
    }
    if (raw.kind === 'calendar' && raw.day !== null && raw.month === null) {
      pendingHeads.push(raw); // a day-list head, completed by the date after it
    } else {
      const lastHead = pendingHeads[pendingHeads.length - 1];
      if (lastHead && raw.kind === 'calendar' && raw.day !== null && raw.month !== null && raw.start - lastHead.end <= MAX_LIST_GAP) {
        for (const head of pendingHeads) {
          if (validDay(raw.year, raw.month, head.day ?? 0)) {
            out.push(rawDate(head.start, head.end, head.text, head.kind, { ...head, month: raw.month, year: raw.year, weekday: null }, head.limit));
          }
        }
      }
      pendingHeads = [];
      out.push(raw);
      last = raw;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function interpret(text: string, m: RegExpExecArray, start: number, end: number, last: RawDate | null): RawDate | null {
  // After a compound noun of dates ("houdbaarheidsdatum"), not after the letter's own "Datum".
  const limit = LIMIT_BEFORE.test(text.slice(Math.max(0, start - 48), start));
  return interpretMatch(text, m, start, end, last, limit);
}

function interpretMatch(text: string, m: RegExpExecArray, start: number, end: number, last: RawDate | null, limit: boolean): RawDate | null {
  const span = m[0];
  const make = (kind: RawDateKind, fields: Partial<RawDate>) => rawDate(start, end, span, kind, fields, limit);
  if (!numericBoundariesOk(text, start, end)) return null;

  if (m[G.isoY] !== undefined) {
    const year = Number(m[G.isoY]);
    const month = Number(m[G.isoM]);
    const day = m[G.isoD] !== undefined ? Number(m[G.isoD]) : null;
    if (year < 1000 || month < 1 || month > 12) return null;
    if (day !== null && !validDay(year, month, day)) return null;
    return make('calendar', { year, month, day });
  }
  if (m[G.nD] !== undefined) {
    const year = Number(m[G.nY]);
    const month = Number(m[G.nM]);
    const day = Number(m[G.nD]);
    if (year < 1000 || !validDay(year, month, day)) return null;
    return make('calendar', { year, month, day });
  }
  if (m[G.tD] !== undefined) {
    const month = lookup(MONTHS, (m[G.tMF] ?? m[G.tMA]) as string);
    const year = m[G.tY] !== undefined ? Number(m[G.tY]) : null;
    const day = Number(m[G.tD]);
    if (!validDay(year, month, day)) return null;
    const weekdayWord = m[G.tWd] ?? m[G.tWdA];
    const weekday = weekdayWord !== undefined ? lookup(WEEKDAYS, weekdayWord) : null;
    return make('calendar', { year, month, day, weekday, direction: directionOfModifier(m[G.tMod]) });
  }
  if (m[G.hD] !== undefined) {
    const day = Number(m[G.hD]);
    if (day < 1 || day > 31) return null;
    // Month and year come from the date that follows (see scanDates).
    return make('calendar', { day });
  }
  if (m[G.cN] !== undefined) {
    const n = numberValue(m[G.cN]);
    const unit = lookup(COUNT_UNITS, m[G.cU] as string) as TimeUnit;
    const [target, sign] = lookup(COUNT_DIRECTIONS, m[G.cDir] as string);
    if (!Number.isFinite(n)) return null;
    if (target === 'document') return make('relative', { unit, offset: sign * n });
    // "een week later" counts days from the previous date: +7 days.
    if (unit === 'week') return make('anaphoric', { unit: 'day', offset: sign * 7 * n });
    return make('anaphoric', { unit, offset: sign * n });
  }
  if (m[G.bY] !== undefined) {
    const joined = last !== null && last.year !== null && COORDINATION.test(text.slice(last.end, start));
    if (!joined && !precededBy(text, start, PREPOSITION_BEFORE)) return null;
    if (NOT_AFTER_YEAR.test(text.slice(end, end + LOOK_BEHIND))) return null;
    return make('calendar', { year: Number(m[G.bY]) });
  }
  if (m[G.vMod] !== undefined) {
    const vague = keyOf(m[G.vMod]);
    if (m[G.vRel] !== undefined) {
      const [unit, offset] = lookup(RELATIVE_PERIODS, m[G.vRel]);
      return make('relative', { unit: unit as TimeUnit, offset, vague });
    }
    if (m[G.vMF] !== undefined) {
      const year = m[G.vMY] !== undefined ? Number(m[G.vMY]) : null;
      return make('calendar', { month: lookup(MONTHS, m[G.vMF]), year, vague });
    }
    return make('calendar', { year: Number(m[G.vY]), vague });
  }
  if (m[G.per] !== undefined) {
    return make('period', { year: Number(m[G.perY]), vague: keyOf(m[G.per]) });
  }
  if (m[G.wd] !== undefined) {
    const weekday = lookup(WEEKDAYS, m[G.wd]);
    if (m[G.wWeek] !== undefined) {
      return make('weekday', { weekday, unit: 'week', offset: lookup(WEEK_OFFSETS, m[G.wWeek]) });
    }
    if (m[G.wMod] === undefined && precededBy(text, start, WEEKDAY_GUARD_BEFORE)) return null;
    const direction = weekdayDirection(text, start, end, m[G.wMod], m[G.wPost]);
    return make('weekday', { weekday, direction });
  }
  if (m[G.mMF] !== undefined || m[G.mMA] !== undefined) {
    const month = lookup(MONTHS, (m[G.mMF] ?? m[G.mMA]) as string);
    const yearText = m[G.mMY] ?? m[G.mAY];
    const year = yearText !== undefined ? Number(yearText) : null;
    if (year === null && m[G.mMod] === undefined) {
      const joined = last !== null && last.month !== null && COORDINATION.test(text.slice(last.end, start));
      if (!joined && !precededBy(text, start, PREPOSITION_BEFORE)) return null;
    }
    return make('calendar', { month, year, direction: directionOfModifier(m[G.mMod]) });
  }
  if (m[G.rp] !== undefined) {
    const [unit, offset] = lookup(RELATIVE_PERIODS, m[G.rp]);
    return make('relative', { unit: unit as TimeUnit, offset });
  }
  if (m[G.rd] !== undefined) {
    const key = keyOf(m[G.rd]);
    if (MORNING_WORDS.has(key) && precededBy(text, start, MORNING_GUARD_BEFORE)) return null;
    const exclusion = RELATIVE_DAY_EXCLUSIONS.get(key);
    if (exclusion && exclusion.test(text.slice(end, end + LOOK_BEHIND))) return null;
    return make('relative', { unit: 'day', offset: lookup(RELATIVE_DAYS, key) });
  }
  if (m[G.an] !== undefined) {
    const [unit, offset] = lookup(ANAPHORIC, m[G.an]);
    return make('anaphoric', { unit: unit as TimeUnit, offset });
  }
  if (m[G.wk] !== undefined) {
    const week = Number(m[G.wkN]);
    if (week < 1 || week > 53) return null;
    const year = m[G.wkY] !== undefined ? Number(m[G.wkY]) : null;
    if (year === null && !precededBy(text, start, PREPOSITION_BEFORE)) return null;
    return make('isoWeek', { week, year });
  }
  return null;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on UTC day numbers (days since 1970-01-01, proleptic Gregorian)

type Precision = 'day' | 'week' | 'month' | 'year';

interface DateValue {
  precision: Precision;
  /** Calendar year; for precision 'week' the ISO week-numbering year. */
  year: number;
  month: number;
  day: number;
  week: number;
}

const MS_PER_DAY = 86_400_000;
const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
const ENGLISH_WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function dayNumber(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function civil(n: number): { year: number; month: number; day: number } {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function isoWeekOf(n: number): { year: number; week: number } {
  const thursday = n + 4 - isoWeekday(n);
  const year = civil(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + 7 * (week - 1);
}

function weeksInYear(year: number): number {
  return isoWeekOf(dayNumber(year, 12, 28)).week;
}

function dayValue(n: number): DateValue {
  return { precision: 'day', ...civil(n), week: 0 };
}

function weekValueOfDay(n: number): DateValue {
  const { year, week } = isoWeekOf(n);
  return { precision: 'week', year, month: 0, day: 0, week };
}

function monthValue(year: number, month: number): DateValue {
  const index = year * 12 + (month - 1);
  return { precision: 'month', year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1, day: 0, week: 0 };
}

function yearValue(year: number): DateValue {
  return { precision: 'year', year, month: 0, day: 0, week: 0 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatValue(v: DateValue): string {
  const y = pad(v.year, 4);
  switch (v.precision) {
    case 'day':
      return `${y}-${pad(v.month)}-${pad(v.day)}`;
    case 'month':
      return `${y}-${pad(v.month)}`;
    case 'week':
      return `${y}-W${pad(v.week)}`;
    case 'year':
      return y;
  }
}

/** Parses the ISO forms this module produces: 2020-01-17, 2020-01, 2020, 2020-W04. */
function parseValue(value: string): DateValue | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(year, month, day) ? dayValue(dayNumber(year, month, day)) : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    return week >= 1 && week <= weeksInYear(year) ? { precision: 'week', year, month: 0, day: 0, week } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthValue(Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4})$/.exec(value);
  return m ? yearValue(Number(m[1])) : null;
}

/** A day that stands for the value when comparing distances: the middle of a month or year, a week's Thursday. */
function representativeDay(v: DateValue): number {
  switch (v.precision) {
    case 'day':
      return dayNumber(v.year, v.month, v.day);
    case 'week':
      return mondayOfIsoWeek(v.year, v.week) + 3;
    case 'month':
      return dayNumber(v.year, v.month, 15);
    case 'year':
      return dayNumber(v.year, 7, 1);
  }
}

/** Moves a value by `offset` units; a value coarser than the unit keeps its own precision. */
function shift(v: DateValue, unit: TimeUnit, offset: number): DateValue {
  if (PRECISION_RANK[v.precision] > PRECISION_RANK[unit]) {
    // A month-only date minus one day is still that month; a week keeps weeks for whole weeks.
    if (v.precision === 'week' && unit === 'day' && offset % 7 === 0) {
      return weekValueOfDay(representativeDay(v) + offset);
    }
    return v;
  }
  const n = representativeDay(v);
  switch (unit) {
    case 'day':
      return dayValue(n + offset);
    case 'week':
      return weekValueOfDay(n + 7 * offset);
    case 'month': {
      const c = civil(n);
      return monthValue(c.year, c.month + offset);
    }
    case 'year':
      return yearValue((v.precision === 'week' ? civil(n).year : v.year) + offset);
  }
}

/** The value in Dutch, as a reader of the text would write it. */
function describe(v: DateValue): string {
  switch (v.precision) {
    case 'day':
      return `${v.day} ${MONTH_NAMES[v.month]} ${v.year}`;
    case 'month':
      return `${MONTH_NAMES[v.month]} ${v.year}`;
    case 'week':
      return `week ${v.week} van ${v.year}`;
    case 'year':
      return String(v.year);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------
// Phase 2: resolution

/** What a resolved date (or the document date) offers the dates after it. Kept by the document stage, never exported. */
class Reference {
  constructor(
    readonly value: DateValue,
    readonly anchor: NonNullable<DateResolution['anchor']>,
    readonly isDocument: boolean,
  ) {}

  /**
   * "the document date 2020-01-17" or "'17 januari 2020' (2020-01-17)". No line number: the anchor's
   * offsets give it where it is shown (the hover), so lines typed above it change no explanation.
   */
  get label(): string {
    return this.isDocument ? `the document date ${this.anchor.value}` : `'${this.anchor.text.replace(/\s+/g, ' ')}' (${this.anchor.value})`;
  }
}

interface Resolved {
  value: DateValue;
  rule: DateRule;
  anchor: Reference | null;
  /** The part of the explanation after "TEXT → VALUE". */
  reason: string;
}

/**
 * The year for a date whose text leaves it out: among the years around the
 * reference, the one that puts the date nearest to it, within the direction
 * the text gives and, when a weekday is named, the year where it falls on it.
 */
function chooseYear(
  ref: DateValue,
  build: (year: number) => DateValue | null,
  direction: Direction | null,
  weekday: number | null,
): { value: DateValue; weekdayFits: boolean } | null {
  const target = representativeDay(ref);
  let candidates: DateValue[] = [];
  for (let year = ref.year - 1; year <= ref.year + 1; year++) {
    const v = build(year);
    if (v) candidates.push(v);
  }
  let weekdayFits = false;
  if (weekday !== null) {
    const fitting = candidates.filter((v) => isoWeekday(representativeDay(v)) === weekday);
    if (fitting.length > 0) {
      candidates = fitting;
      weekdayFits = true;
    }
  }
  if (direction !== null) {
    const directed = candidates.filter((v) =>
      direction === 'past' ? representativeDay(v) <= target : representativeDay(v) >= target,
    );
    if (directed.length > 0) candidates = directed;
  }
  let best: DateValue | null = null;
  for (const v of candidates) {
    if (best === null || Math.abs(representativeDay(v) - target) < Math.abs(representativeDay(best) - target)) best = v;
  }
  return best ? { value: best, weekdayFits } : null;
}

function relativeReason(unit: TimeUnit, offset: number, doc: Reference, result: DateValue): string {
  const base = doc.label;
  let what: string;
  if (unit === 'day') {
    if (offset === 0) what = base;
    else if (offset === -1) what = `the day before ${base}`;
    else if (offset === 1) what = `the day after ${base}`;
    else what = `${plural(Math.abs(offset), 'day')} ${offset < 0 ? 'before' : 'after'} ${base}`;
  } else if (offset === 0) {
    what = `the ${unit} of ${base}`;
  } else {
    const amount = Math.abs(offset) === 1 ? `the ${unit}` : plural(Math.abs(offset), unit);
    what = `${amount} ${offset < 0 ? 'before' : 'after'} the ${unit} of ${base}`;
  }
  if (PRECISION_RANK[doc.value.precision] > PRECISION_RANK[unit] && result.precision === doc.value.precision) {
    what += `; the document date only gives the ${doc.value.precision}, so the value keeps that precision`;
  }
  return what;
}

function anaphoricReason(unit: TimeUnit, offset: number, prev: Reference): string {
  if (offset === 0) return `following ${prev.label}`;
  const amount = Math.abs(offset) === 1 ? `one ${unit}` : plural(Math.abs(offset), unit);
  return `${amount} ${offset < 0 ? 'before' : 'after'} ${prev.label}`;
}

function resolveOne(raw: RawDate, doc: Reference | null, prev: Reference | null): Resolved | null {
  switch (raw.kind) {
    case 'calendar':
      return resolveCalendar(raw, doc, prev);
    case 'isoWeek': {
      const week = raw.week ?? 0;
      const build = (year: number): DateValue | null =>
        week >= 1 && week <= weeksInYear(year) ? { precision: 'week', year, month: 0, day: 0, week } : null;
      if (raw.year !== null) {
        const value = build(raw.year);
        return value ? { value, rule: 'absolute', anchor: null, reason: 'an explicit ISO week' } : null;
      }
      const ref = doc ?? prev;
      const chosen = ref ? chooseYear(ref.value, build, raw.direction, null) : null;
      if (!ref || !chosen) return null;
      return {
        value: chosen.value,
        rule: 'year-from-context',
        anchor: ref,
        reason: `the year is not given; ${chosen.value.year} puts it nearest to ${ref.label}`,
      };
    }
    case 'period':
      return {
        value: yearValue(raw.year ?? 0),
        rule: 'vague',
        anchor: null,
        reason: `'${raw.vague}' is part of a year, so only the year is kept`,
      };
    case 'weekday':
      return resolveWeekday(raw, doc);
    case 'relative': {
      if (!doc || raw.unit === null) return null;
      const value = shift(doc.value, raw.unit, raw.offset);
      let reason = relativeReason(raw.unit, raw.offset, doc, value);
      if (raw.vague) reason += `; '${raw.vague}' makes it vague, so the ${raw.unit} is kept`;
      return { value, rule: raw.vague ? 'vague' : 'relative-to-document', anchor: doc, reason };
    }
    case 'anaphoric': {
      if (!prev || raw.unit === null) return null;
      const value = shift(prev.value, raw.unit, raw.offset);
      let reason = anaphoricReason(raw.unit, raw.offset, prev);
      if (PRECISION_RANK[prev.value.precision] > PRECISION_RANK[raw.unit] && value.precision === prev.value.precision) {
        reason += `; that date only gives the ${prev.value.precision}, so the value keeps that precision`;
      }
      return { value, rule: 'anaphoric', anchor: prev, reason };
    }
  }
}

function resolveCalendar(raw: RawDate, doc: Reference | null, prev: Reference | null): Resolved | null {
  const { day, month, weekday } = raw;
  /** A bare day number in a list ("17" in "17 en 18 januari") took its month from the date after it. */
  const listHead = /^\d+$/.test(raw.text);
  const listNote = 'a day in a list; the month is that of the date after it';
  const vagueNote = raw.vague ? `'${raw.vague}' makes it vague, so only the ${month !== null ? 'month' : 'year'} is kept` : '';
  const build = (year: number): DateValue | null => {
    if (month === null) return yearValue(year);
    if (day === null) return monthValue(year, month);
    return validDay(year, month, day) ? dayValue(dayNumber(year, month, day)) : null;
  };
  const weekdayNote = (v: DateValue): string => {
    if (weekday === null || v.precision !== 'day') return '';
    const actual = isoWeekday(representativeDay(v));
    return actual === weekday
      ? `a ${ENGLISH_WEEKDAYS[weekday]}`
      : `note: that is a ${ENGLISH_WEEKDAYS[actual]}, not a ${ENGLISH_WEEKDAYS[weekday]}`;
  };
  if (raw.year !== null) {
    const value = build(raw.year);
    if (!value) return null;
    const notes = [raw.vague ? vagueNote : listHead ? listNote : 'an explicit date', weekdayNote(value)].filter(Boolean);
    return { value, rule: raw.vague ? 'vague' : 'absolute', anchor: null, reason: notes.join('; ') };
  }
  const ref = doc ?? prev;
  if (!ref) return null;
  const chosen = chooseYear(ref.value, build, raw.direction, day !== null ? weekday : null);
  if (!chosen) return null;
  const value = chosen.value;
  let yearNote: string;
  if (chosen.weekdayFits && weekday !== null) {
    yearNote = `the year is not given; ${value.year} is the year near ${ref.label} in which it falls on a ${ENGLISH_WEEKDAYS[weekday]}`;
  } else {
    const side = raw.direction === 'past' ? ' (looking back)' : raw.direction === 'future' ? ' (looking ahead)' : '';
    yearNote = `the year is not given; ${value.year} puts it nearest to ${ref.label}${side}`;
    const mismatch = weekdayNote(value);
    if (mismatch) yearNote += `; ${mismatch}`;
  }
  const rule: DateRule = raw.vague ? 'vague' : weekday !== null && day !== null ? 'weekday' : 'year-from-context';
  const notes = [raw.vague ? vagueNote : listHead ? listNote : '', yearNote].filter(Boolean);
  return { value, rule, anchor: ref, reason: notes.join('; ') };
}

function resolveWeekday(raw: RawDate, doc: Reference | null): Resolved | null {
  if (!doc || raw.weekday === null) return null;
  const name = ENGLISH_WEEKDAYS[raw.weekday];
  if (doc.value.precision !== 'day') {
    return {
      value: doc.value,
      rule: 'weekday',
      anchor: doc,
      reason: `a ${name} near ${doc.label}; the document date only gives the ${doc.value.precision}, so the value keeps that precision`,
    };
  }
  const n = representativeDay(doc.value);
  const docWeekday = isoWeekday(n);
  if (raw.unit === 'week') {
    const value = dayValue(n - (docWeekday - 1) + 7 * raw.offset + (raw.weekday - 1));
    const which =
      raw.offset === 0
        ? 'the same week as'
        : `${Math.abs(raw.offset) === 1 ? 'the week' : plural(Math.abs(raw.offset), 'week')} ${raw.offset < 0 ? 'before' : 'after'} the week of`;
    return { value, rule: 'weekday', anchor: doc, reason: `the ${name} of ${which} ${doc.label}` };
  }
  if (raw.direction === 'future') {
    const value = dayValue(n + ((raw.weekday - docWeekday + 7) % 7 || 7));
    return { value, rule: 'weekday', anchor: doc, reason: `the first ${name} after ${doc.label}, a ${ENGLISH_WEEKDAYS[docWeekday]}` };
  }
  const value = dayValue(n - ((docWeekday - raw.weekday + 7) % 7 || 7));
  return { value, rule: 'weekday', anchor: doc, reason: `the last ${name} before ${doc.label}, a ${ENGLISH_WEEKDAYS[docWeekday]}` };
}

function referenceOf(span: Span, value: DateValue, isDocument: boolean): Reference {
  const iso = formatValue(value);
  const anchor = { start: span.start, end: span.end, text: span.text, value: iso };
  return new Reference(value, anchor, isDocument);
}

/** What a resolved date offers the dates after it: its value, its span as an anchor, and a label for explanations. */
export type DateReference = Reference;

/** The reference the document date gives relative dates, or null when the text has none. */
function documentReference(documentDate: DocumentDateRef | null): DateReference | null {
  const docValue = documentDate ? parseValue(documentDate.value) : null;
  return documentDate && docValue ? referenceOf(documentDate.span, docValue, true) : null;
}

/**
 * One raw date (document offsets) resolved against the document date's reference and the
 * previous mention's: the mention, and the reference it gives the next one; null when it
 * cannot be resolved.
 */
export function resolveDate(
  raw: RawDate,
  documentDate: DocumentDateRef | null,
  doc: DateReference | null,
  prev: DateReference | null,
): { mention: DateMention; reference: DateReference } | null {
  const resolved = resolveOne(raw, doc, prev);
  if (!resolved) return null;
  const value = formatValue(resolved.value);
  const isDocumentDate =
    documentDate !== null && raw.start === documentDate.span.start && raw.end === documentDate.span.end;
  const reason = isDocumentDate ? "the document's own date" : resolved.reason;
  const mention: DateMention = {
    start: raw.start,
    end: raw.end,
    text: raw.text,
    value,
    resolution: {
      rule: resolved.rule,
      anchor: resolved.anchor ? resolved.anchor.anchor : null,
      explanation: `${raw.text.replace(/\s+/g, ' ')} → ${describe(resolved.value)} (${value}): ${reason}`,
    },
  };
  // A date that bounds a thing tells no event: the date before it stays the one to count from. A reference of
  // its own all the same, with its own anchor object: an edit moves each date's reference once.
  const reference = raw.limit && prev !== null ? new Reference(prev.value, { ...prev.anchor }, prev.isDocument) : referenceOf(mention, resolved.value, false);
  return { mention, reference };
}

/** Whether two references give the dates after them the same value and the same explanation. */
export function sameReference(a: DateReference | null, b: DateReference | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a.value;
  const y = b.value;
  return x.precision === y.precision && x.year === y.year && x.month === y.month && x.day === y.day && x.week === y.week && a.isDocument === b.isDocument &&
    a.anchor.start === b.anchor.start && a.anchor.end === b.anchor.end && a.anchor.text === b.anchor.text && a.anchor.value === b.anchor.value;
}

/**
 * Resolves the raw dates of one document, in document order, to ISO values.
 * `raws` carry document offsets. Relative dates count from `documentDate`;
 * anaphoric ones from the previous resolved mention; a missing year is filled
 * from the document date or else the previous mention. Expressions that cannot
 * be resolved (a relative date in an undated document) are left out.
 */
export function resolveDates(
  raws: RawDate[],
  documentDate: DocumentDateRef | null,
): DateMention[] {
  return resolveDatesWithReferences(raws, documentDate).mentions;
}

/** resolveDates(), with the reference each mention gives the next and the document date's. */
export function resolveDatesWithReferences(
  raws: RawDate[],
  documentDate: DocumentDateRef | null,
): { mentions: DateMention[]; references: DateReference[]; doc: DateReference | null } {
  const doc = documentReference(documentDate);
  const ordered = [...raws].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: DateMention[] = [];
  const references: DateReference[] = [];
  let prev: Reference | null = null;
  let lastEnd = -1;
  for (const raw of ordered) {
    if (raw.start < lastEnd) continue; // overlapping duplicate from overlapping blocks
    const resolved = resolveDate(raw, documentDate, doc, prev);
    if (!resolved) continue;
    mentions.push(resolved.mention);
    references.push(resolved.reference);
    prev = resolved.reference;
    lastEnd = raw.end;
  }
  return { mentions, references, doc };
}

/**
 * Scans and resolves a whole text in one go (for callers that do not keep
 * per-paragraph results).
 */
export function tagDates(source: string, documentDate: DocumentDateRef | null): DateMention[] {
  return resolveDates(scanDates(source), documentDate);
}

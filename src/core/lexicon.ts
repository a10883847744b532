/**
 * Loads the Dutch lexicons (src/core/lexicon/*.json) into look-up structures.
 * The data stays data: this module only indexes it. Keys are folded (lower case,
 * accents stripped) except acronyms, which match case-sensitively.
 */
import organisations from './lexicon/organisations.json';
import ministries from './lexicon/ministries.json';
import titles from './lexicon/titles.json';
import descriptions from './lexicon/descriptions.json';
import groups from './lexicon/groups.json';
import verbs from './lexicon/verbs.json';
import stopwords from './lexicon/stopwords.json';
import dateLexicon from './lexicon/dates.json';
import { fold } from './text/normalize';
import { tokenize, type Token } from './text/tokens';
import { defineWordClass, refreshWordClass } from './text/wordClasses';
import type { ActorKind, AdviceChange } from './types';

export interface OrganisationEntry {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  kind: ActorKind;
  category: string;
}

export interface MinistryEntry {
  id: string;
  name: string;
  acronyms: string[];
  portfolios: string[];
  ministry: boolean;
  /** A ministry or post of past cabinets. */
  historical: boolean;
}

export interface DescriptionEntry {
  noun: string;
  plural: boolean;
  refersTo: string[];
  kind: ActorKind;
}

export type VerbType = 'speech' | 'advice' | 'decision';

export interface VerbForm {
  lemma: string;
  type: VerbType;
  /** Separable particle that must also occur in the clause ("liet … weten"). */
  particle: string | null;
  /** The change in position the verb itself signals ("versoepelen" → relaxed). */
  change: ChangeCueType | null;
}

/** A phrase of folded words (or exact words for acronyms) pointing at an entry. */
export interface Phrase<T> {
  words: string[];
  exact: boolean;
  value: T;
}

/** Phrases indexed by their first word, longest first. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  /** The word class of words that start a phrase (0 until classifyFirstWords()). */
  private firstWords = 0;

  add(text: string, value: T, exact = false): void {
    const words = splitWords(text, exact);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((p) => p.exact === exact && p.words.join(' ') === words.join(' '))) return;
    list.push({ words, exact, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    if (this.firstWords !== 0) refreshWordClass(this.firstWords);
  }

  /**
   * Makes "starts a phrase of this index" a word class, so that match() turns most
   * tokens away with a bit test instead of two map look-ups. Called once the index is built.
   */
  classifyFirstWords(): void {
    if (this.firstWords !== 0) return;
    // Exactly the keys match() looks up: the exact first word (acronyms) and the folded one.
    this.firstWords = defineWordClass((w) => this.byFirst.has(w.text) || this.byFirst.has(w.folded));
  }

  /** The longest phrase starting at token i and ending before token `count`. */
  match(tokens: Token[], i: number, count: number): { phrase: Phrase<T>; length: number } | null {
    const end = Math.min(count, tokens.length);
    // Every phrase has a word, so none starts at or after the end.
    if (i >= end || i < 0) return null;
    const token = tokens[i];
    if (this.firstWords !== 0 && (token.info.classes & this.firstWords) === 0) return null; // most words start no phrase
    // Phrases keyed by the exact first word (acronyms) and by the folded one; each list is sorted
    // longest first, so the first match of each list is its longest; the longer of the two wins.
    const exactList = this.byFirst.get(token.text);
    const foldedList = token.folded !== token.text ? this.byFirst.get(token.folded) : undefined;
    if (!exactList && !foldedList) return null;
    const a = exactList ? firstMatch(exactList, tokens, i, end) : null;
    const b = foldedList ? firstMatch(foldedList, tokens, i, end) : null;
    if (!a) return b;
    if (!b) return a;
    return b.length > a.length ? b : a;
  }
}

/** The first (so the longest) phrase of a list that the tokens from i to `end` begin with. */
function firstMatch<T>(list: Phrase<T>[], tokens: Token[], i: number, end: number): { phrase: Phrase<T>; length: number } | null {
  for (const phrase of list) {
    const words = phrase.words;
    if (i + words.length > end) continue;
    let k = 0;
    if (phrase.exact) while (k < words.length && tokens[i + k].text === words[k]) k++;
    else while (k < words.length && tokens[i + k].folded === words[k]) k++;
    if (k === words.length) return { phrase, length: words.length };
  }
  return null;
}

/** Splits a lexicon phrase into the tokens the tokeniser produces, so that phrases and texts meet. */
function splitWords(text: string, exact: boolean): string[] {
  return tokenize(text).map((token) => (exact ? token.text : token.folded));
}

// ------------------------------------------------------------ organisations

/**
 * The entries again, copied once all of them are built. The engine gives objects of the same fields one
 * hidden class, and changes it when an entry holds another kind of value in a field than those before it
 * (an empty list of acronyms after lists with one); the entries built before keep the old class until code
 * first reads them, and compiled code that reads one is thrown away and compiled again. Copies made after
 * the last change all have the class the engine settled on. (Without this, the first ten organisations
 * kept an old class; an edit that first named one of them, after the editor's warm-up, made the engine
 * compile the resolver again.)
 */
function settledShapes<T extends object>(entries: T[]): T[] {
  return entries.map((entry) => Object.assign({}, entry));
}

/**
 * A list of strings stored as one even when it is empty. The engine stores "[]" as a list of small
 * integers, and compiled code that read the first acronym of entries with acronyms is thrown away when
 * it meets an entry without (a ministry, "woordvoerder van het ministerie van Buitenlandse Zaken").
 */
function stringList(list: readonly string[] | undefined): string[] {
  return ['', ...(list ?? [])].slice(1);
}

/**
 * The first of a lexicon entry's list (its first acronym, its first portfolio), if it has one. Read as
 * "list[0]", an empty list is read past its end, which compiled code that has only read full lists does not
 * expect: it is thrown away and compiled again.
 */
export function firstOf(list: readonly string[]): string | undefined {
  return list.length > 0 ? list[0] : undefined;
}

export const ORGANISATIONS: OrganisationEntry[] = settledShapes(
  (organisations as OrganisationEntry[]).map((o) => ({
    ...o,
    aliases: stringList(o.aliases),
    acronyms: stringList(o.acronyms),
  })),
);

export const MINISTRIES: MinistryEntry[] = settledShapes(
  (ministries as Partial<MinistryEntry>[]).map((m) => ({
    id: m.id!,
    name: m.name!,
    acronyms: stringList(m.acronyms),
    portfolios: stringList(m.portfolios),
    ministry: m.ministry !== false,
    historical: m.historical === true,
  })),
);

export const ORGANISATION_BY_ID = new Map(ORGANISATIONS.map((o) => [o.id, o]));
export const MINISTRY_BY_ID = new Map(MINISTRIES.map((m) => [m.id, m]));

/** Acronym (as written) → organisation id. */
export const ACRONYM_IDS = new Map<string, string>();
for (const org of ORGANISATIONS) for (const acronym of org.acronyms) ACRONYM_IDS.set(acronym, org.id);

/** Full names, aliases and acronyms of organisations and ministries. */
export const ORGANISATION_NAMES = new PhraseIndex<OrganisationEntry>();
/** Ministries by a portfolio written alone, capitalised ("Buitenlandse Zaken", "Defensie"). */
export const MINISTRY_BY_PORTFOLIO = new PhraseIndex<OrganisationEntry>();
for (const org of ORGANISATIONS) {
  ORGANISATION_NAMES.add(org.name, org);
  for (const alias of org.aliases) ORGANISATION_NAMES.add(alias, org);
  for (const acronym of org.acronyms) ORGANISATION_NAMES.add(acronym, org, true);
}
/** The ministries proper (not the posts of a minister without one, "minister voor …"). */
const MINISTRIES_PROPER = MINISTRIES.filter((ministry) => ministry.ministry);
/** Each ministry as an organisation, made as the other organisations are (see settledShapes()): code that reads both meets one hidden class. */
const MINISTRY_ORGANISATIONS = settledShapes(
  MINISTRIES_PROPER.map(
    (ministry): OrganisationEntry => ({
      id: `ministerie-${ministry.id}`,
      name: ministry.name,
      acronyms: stringList([]),
      aliases: stringList([]),
      kind: 'organisation',
      category: 'ministry',
    }),
  ),
);
for (const [k, ministry] of MINISTRIES_PROPER.entries()) {
  const entry = MINISTRY_ORGANISATIONS[k];
  ORGANISATION_BY_ID.set(entry.id, entry);
  ORGANISATION_NAMES.add(ministry.name, entry);
  for (const portfolio of ministry.portfolios) ORGANISATION_NAMES.add(`ministerie van ${portfolio}`, entry);
  // "Volgens VWS …", "JenV meldt …": an acronym of two capitals or more names the ministry ("Fin" may be a Finn).
  for (const acronym of ministry.acronyms) if ((acronym.match(/\p{Lu}/gu) ?? []).length >= 2) ORGANISATION_NAMES.add(acronym, entry, true);
  // "Volgens Buitenlandse Zaken …": a current ministry's portfolio of two words or more, or its only one ("Defensie"),
  // as written, names the ministry (see MINISTRY_BY_PORTFOLIO). A ministry of the past by its portfolio alone is
  // something else now ("Justitie eist tien jaar cel": the prosecution).
  if (!ministry.historical) for (const portfolio of ministry.portfolios) if (portfolio.includes(' ') || ministry.portfolios.length === 1) MINISTRY_BY_PORTFOLIO.add(portfolio, entry, true);
}

/** The words after "minister van" / "staatssecretaris van", to the ministry or post. */
export const PORTFOLIOS = new PhraseIndex<MinistryEntry>();
for (const ministry of MINISTRIES) {
  for (const portfolio of ministry.portfolios) PORTFOLIOS.add(portfolio, ministry);
  for (const acronym of ministry.acronyms) PORTFOLIOS.add(acronym, ministry, true);
}

// ------------------------------------------------------------------- people

interface TitleData {
  person: { title: string; category: string }[];
  role: { title: string; category?: string }[];
  honorifics: string[];
  nameParticles: string[];
  /** Words a portfolio names, not a surname ("wethouder Sport en Gezondheid"). */
  portfolioWords?: string[];
  /** Common given names (see FIRST_NAMES). */
  firstNames?: string[];
}
const titleData = titles as TitleData;

const EXACT_PERSON_TITLES = new Map(titleData.person.map((t) => [fold(t.title), t.category]));
/** Titles that a compound or a hyphenated word may end in: "brandweercommandant", "GGD-arts", "KNOV-voorzitter". */
const COMPOUND_TITLE_HEADS = ['commandant', 'directeur', 'voorzitter', 'inspecteur', 'arts'];

/** The category of a (folded) person's title, also of a compound ending in one; undefined for no title. */
function personTitleOf(folded: string): string | undefined {
  const exact = EXACT_PERSON_TITLES.get(folded);
  if (exact !== undefined) return exact;
  const hyphen = folded.lastIndexOf('-');
  if (hyphen > 0 && COMPOUND_TITLE_HEADS.includes(folded.slice(hyphen + 1))) return EXACT_PERSON_TITLES.get(folded.slice(hyphen + 1));
  const head = COMPOUND_TITLE_HEADS.find((title) => folded.length >= title.length + 4 && folded.endsWith(title));
  return head === undefined ? undefined : EXACT_PERSON_TITLES.get(head);
}

/** Person titles by folded word, compounds included ("brandweercommandant"): has() and get() as on a map. */
export const PERSON_TITLES = {
  has: (folded: string): boolean => personTitleOf(folded) !== undefined,
  get: personTitleOf,
};
export const ROLE_TITLES = new Map(titleData.role.map((t) => [fold(t.title), t.category ?? 'role']));
export const HONORIFICS = new Set(titleData.honorifics.map((h) => fold(h.replace(/\.$/, ''))));
export const NAME_PARTICLES = new Set(titleData.nameParticles.flatMap((p) => fold(p).split(/\s+/)));
/**
 * The words that open a particle of several words and are none alone ("in" of "in 't Veld", "op" of "op den
 * Velde", "uit", "aan", "bij", "onder"): a particle only before another one, not in "Brand in Sloegebied".
 */
export const LEADING_PARTICLES = (() => {
  const single = new Set(titleData.nameParticles.map(fold).filter((p) => !/\s/.test(p)));
  return new Set(titleData.nameParticles.map((p) => fold(p).split(/\s+/)).filter((words) => words.length > 1 && !single.has(words[0])).map((words) => words[0]));
})();
export const PORTFOLIO_WORDS = new Set((titleData.portfolioWords ?? []).map(fold));
/** Common given names, folded: before "van" and a name they make it a surname ("Karin van Dalen"). */
export const FIRST_NAMES = new Set((titleData.firstNames ?? []).map(fold));

// -------------------------------------------------------------- descriptions

interface DescriptionData {
  nouns: Partial<DescriptionEntry>[];
  suffixes: { suffix: string; refersTo: string[]; kind?: ActorKind; plural?: boolean }[];
  tradeWords?: { words: string[] };
}
const descriptionData = (Array.isArray(descriptions)
  ? { nouns: descriptions, suffixes: [] }
  : descriptions) as DescriptionData;

const DESCRIPTION_NOUNS = new Map<string, DescriptionEntry>(
  descriptionData.nouns.map((d) => [
    fold(d.noun!),
    { noun: fold(d.noun!), plural: d.plural ?? false, refersTo: d.refersTo ?? [], kind: d.kind ?? 'organisation' },
  ]),
);
const DESCRIPTION_SUFFIXES = descriptionData.suffixes
  .map((s) => ({ ...s, suffix: fold(s.suffix) }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

const TRADE_WORDS = (descriptionData.tradeWords?.words ?? []).map(fold);

/** Whether a (folded) word is one of `words`, or a compound ending in one after three letters or more ("meetlab", "storingsupdate"). */
export function isWordOrCompoundOf(folded: string, words: readonly string[]): boolean {
  return words.some((word) => folded === word || (folded.length >= word.length + 3 && folded.endsWith(word)));
}

/**
 * Whether a (folded) word is a trade, or a compound ending in one ("tankopslag", "meetlab"), that makes a
 * run of capitalised words a company's name (see descriptions.json, tradeWords).
 */
export function isTradeWord(folded: string): boolean {
  return isWordOrCompoundOf(folded, TRADE_WORDS);
}

const descriptionCache = new Map<string, DescriptionEntry | null>();

/** The description a (folded) head noun stands for: "softwarebedrijf" → company. Memoised: it is asked per word. */
export function descriptionOf(folded: string): DescriptionEntry | null {
  const cached = descriptionCache.get(folded);
  if (cached !== undefined) return cached;
  let found = DESCRIPTION_NOUNS.get(folded) ?? null;
  if (!found) {
    for (const s of DESCRIPTION_SUFFIXES) {
      if (folded.length > s.suffix.length + 2 && folded.endsWith(s.suffix)) {
        found = { noun: folded, plural: s.plural ?? false, refersTo: s.refersTo, kind: s.kind ?? 'organisation' };
        break;
      }
    }
  }
  if (descriptionCache.size > 50_000) descriptionCache.clear();
  descriptionCache.set(folded, found);
  return found;
}

// -------------------------------------------------------------------- groups

export const GROUP_NOUNS = new Map<string, string>(
  (groups as { noun: string; name?: string }[]).map((g) => [fold(g.noun), g.name ?? g.noun]),
);
/** Group nouns long enough to end a compound that names a group too ("zorg|medewerkers", "vrachtwagen|chauffeurs"), longest first. */
const GROUP_COMPOUND_ENDS = [...GROUP_NOUNS.keys()].filter((noun) => noun.length >= 7).sort((a, b) => b.length - a.length);

/** The compound ends by their last three letters: a word is compared with the few that end as it does. */
const GROUP_ENDS_BY_TAIL = new Map<string, string[]>();
for (const end of GROUP_COMPOUND_ENDS) GROUP_ENDS_BY_TAIL.set(end.slice(-3), [...(GROUP_ENDS_BY_TAIL.get(end.slice(-3)) ?? []), end]);

/** The listed group noun a (folded) compound ends in, or undefined. */
function compoundBase(folded: string): string | undefined {
  const ends = GROUP_ENDS_BY_TAIL.get(folded.slice(-3));
  if (ends) for (const end of ends) if (folded.length >= end.length + 3 && folded.endsWith(end)) return end;
  return undefined;
}

const groupCache = new Map<string, string | null>();

/**
 * The group a (folded) plural noun names: one the lexicon lists, or a compound that ends in one
 * ("zorgmedewerkers"), named by the whole word. Memoised: it is asked per word.
 */
export function groupNounOf(folded: string): string | undefined {
  const listed = GROUP_NOUNS.get(folded);
  if (listed !== undefined) return listed;
  let found = groupCache.get(folded);
  if (found === undefined) {
    found = compoundBase(folded) !== undefined ? folded : null;
    if (groupCache.size > 50_000) groupCache.clear();
    groupCache.set(folded, found);
  }
  return found ?? undefined;
}

/**
 * Groups of the public ("de bewoners", "omwonenden"): an actor only where they act or speak, not for being
 * named with an article, as "de departementen" are. Keyed as GROUP_NOUNS gives them.
 */
export const PUBLIC_GROUPS = new Set<string>(
  (groups as { noun: string; name?: string; public?: boolean }[]).filter((g) => g.public).map((g) => g.name ?? g.noun),
);

/** Whether a group (by the name groupNounOf() gives it) is of the public: a listed one, or a compound of one. */
export function isPublicGroup(name: string): boolean {
  if (PUBLIC_GROUPS.has(name)) return true;
  const base = GROUP_NOUNS.has(name) ? undefined : compoundBase(name);
  return base !== undefined && PUBLIC_GROUPS.has(GROUP_NOUNS.get(base)!);
}

// --------------------------------------------------------------------- verbs

interface VerbData {
  speech: { lemma: string; forms: string[]; particle?: string | null }[];
  advice: { lemma: string; forms: string[]; particle?: string | null }[];
  decision: { lemma: string; forms: string[]; particle?: string | null }[];
  adviceNouns: string[];
  /** Verbs of saying that give advice when an action or "voor" follows ("waarschuwen"). */
  warningVerbs?: string[];
  /** Imperatives that open a sentence of advice: "Overweeg …", "Schakel … uit". */
  imperatives?: string[];
  /** Endings of compounds that name a requirement: "plicht", "verbod". */
  requirementSuffixes?: string[];
  /** Nouns of saying whose owner speaks: "de verwachting van X dat …". */
  speechNouns?: string[];
  /** Nouns of findings whose owner is the source: "volgens de meest recente cijfers van het RIVM". */
  sourceNouns?: string[];
  changeCues: Record<string, string[]>;
  /** Cues in two parts with other words between: "blijft tot 1 maart van kracht", "hoeven … niet langer". */
  splitChangeCues?: Record<string, string[][]>;
  decisionChanges: Record<string, string>;
}
const verbData = verbs as VerbData;

/** Folded verb form → the verbs it can be (a form can be several: "raadt" aan/af). */
export const VERB_FORMS = new Map<string, VerbForm[]>();
for (const type of ['speech', 'advice', 'decision'] as const) {
  for (const verb of verbData[type] ?? []) {
    for (const form of verb.forms) {
      const key = fold(form);
      const list = VERB_FORMS.get(key) ?? [];
      list.push({
        lemma: verb.lemma,
        type,
        particle: verb.particle ? fold(verb.particle) : null,
        change: (verbData.decisionChanges?.[verb.lemma] as ChangeCueType | undefined) ?? null,
      });
      // A separable verb with its particle present is the better reading ("stelde … bij" = bijstellen).
      list.sort((a, b) => Number(b.particle !== null) - Number(a.particle !== null));
      VERB_FORMS.set(key, list);
    }
  }
}

/** Lemmas of verbs of saying that warn: advice when an action or "voor" follows them. */
export const WARNING_VERBS = new Set(verbData.warningVerbs ?? []);
/** Their forms, folded, each with the form read as advice ("waarschuwt" → the advice verb). */
export const WARNING_FORMS = new Map<string, VerbForm[]>();
for (const [key, forms] of VERB_FORMS) {
  if (forms.some((form) => WARNING_VERBS.has(form.lemma))) WARNING_FORMS.set(key, forms.map((form) => (WARNING_VERBS.has(form.lemma) ? { ...form, type: 'advice' } : form)));
}

/** Imperatives, folded: a sentence they open ("Installeer de update.") gives advice. */
export const IMPERATIVES = new Set((verbData.imperatives ?? []).map(fold));

export const ADVICE_NOUNS = new PhraseIndex<string>();
for (const noun of verbData.adviceNouns ?? []) ADVICE_NOUNS.add(noun, fold(noun));
/** Nouns of saying ("verwachting", "oordeel"), folded: "de verwachting van X dat …" is X's statement. */
export const SPEECH_NOUNS = new Set((verbData.speechNouns ?? []).map(fold));
/** Nouns of findings ("cijfers", "metingen"), folded: "volgens de cijfers van X" is what X says. */
export const SOURCE_NOUNS = new Set((verbData.sourceNouns ?? []).map(fold));

/** Endings of compounds that name a requirement ("ophokplicht", "vuurwerkverbod"): advice, as the contract counts it. */
const REQUIREMENT_SUFFIXES: string[] = verbData.requirementSuffixes ?? [];

/** Compounds of "advies" ("kookadvies", "reisadviezen") and of a requirement's ending are advice nouns too. */
export function isAdviceCompound(folded: string): boolean {
  if (folded.length > 7 && (folded.endsWith('advies') || folded.endsWith('adviezen'))) return true;
  // At least four letters before the ending: "verplicht" is no compound of "plicht".
  for (const suffix of REQUIREMENT_SUFFIXES) if (folded.length >= suffix.length + 4 && folded.endsWith(suffix)) return true;
  return false;
}

export type ChangeCueType = AdviceChange | 'contradicted';
export const CHANGE_CUES = new PhraseIndex<ChangeCueType>();
for (const [type, cues] of Object.entries(verbData.changeCues ?? {})) {
  for (const cue of cues) CHANGE_CUES.add(cue, type as ChangeCueType);
}

/** A change cue in two parts: the first word, then (a few words on) the rest. */
export interface SplitChangeCue {
  rest: string[];
  type: ChangeCueType;
}
/** Split change cues by their first word, folded. */
export const SPLIT_CHANGE_CUES = new Map<string, SplitChangeCue[]>();
for (const [type, cues] of Object.entries(verbData.splitChangeCues ?? {})) {
  for (const [first, ...rest] of cues) {
    const key = fold(first);
    SPLIT_CHANGE_CUES.set(key, [...(SPLIT_CHANGE_CUES.get(key) ?? []), { rest: fold(rest.join(' ')).split(/\s+/), type: type as ChangeCueType }]);
  }
}

// ----------------------------------------------------------------- stopwords

interface StopwordData {
  capitalisedNonNames: string[];
  /** Things named in capitals (substances, protocols): no name of their own, but they may end one ("Noordkaap VPN"). */
  capitalisedTerms?: string[];
  places: string[];
  /** Nouns of places that a place's name follows: "de gemeenten Elburg en Hattem". */
  placeNouns?: string[];
  /** Nouns of those who live somewhere: "inwoners van Moerdijk". */
  residentNouns?: string[];
  /** Nouns of products, also ending compounds ("VPN-software"): a name they introduce is a product, no actor. */
  productNouns?: string[];
  /** Endings of street names ("Esdoornstraat", "Veerweg"): a place, no name. */
  streetEndings?: string[];
}
const stopwordData = stopwords as StopwordData;
export const NON_NAMES = new Set(stopwordData.capitalisedNonNames.map(fold));
export const CAPITALISED_TERMS = new Set((stopwordData.capitalisedTerms ?? []).map(fold));
export const PLACES = new PhraseIndex<string>();
for (const place of stopwordData.places) PLACES.add(place, place);
/** Places of one word, folded: the parts of a route ("Zutphen-Hengelo"). */
export const PLACE_WORDS = new Set(stopwordData.places.filter((place) => !/\s/.test(place)).map(fold));
export const PLACE_NOUNS = new Set((stopwordData.placeNouns ?? []).map(fold));
/** Nouns of those who live somewhere: the name after "inwoners van" is a place. */
export const RESIDENT_NOUNS = new Set((stopwordData.residentNouns ?? []).map(fold));
const PRODUCT_NOUNS = (stopwordData.productNouns ?? []).map(fold);
/** A street's name: three letters or more, then one of the endings ("esdoornstraat", "veerweg"). */
const STREET_NAME = new RegExp(`^\\p{L}{3,}(?:${(stopwordData.streetEndings ?? []).map(fold).join('|')})$`, 'u');
/** Whether a (folded) name is a street's. */
export function isStreetName(folded: string): boolean {
  return STREET_NAME.test(folded);
}

/** Counts written as words ("twee", "tien"), folded, from the date lexicon. */
export const COUNT_WORDS = new Set(Object.keys(dateLexicon.numberWords).map(fold));

/** Whether a (folded) word is a noun of products, or a compound ending in one ("vpn-software"). */
export function isProductNoun(folded: string): boolean {
  for (const noun of PRODUCT_NOUNS) if (folded === noun || (folded.endsWith(noun) && folded.length > noun.length + 2)) return true;
  return false;
}

// The indexes the scanners consult at (nearly) every word; PORTFOLIOS only after "minister van".
for (const index of [ORGANISATION_NAMES, ADVICE_NOUNS, CHANGE_CUES, PLACES]) index.classifyFirstWords();

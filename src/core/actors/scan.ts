/**
 * Block-level actor mention scanning: finds the spans that may name or describe
 * an actor in one block, with offsets relative to the block. Which actor each
 * mention belongs to is decided later, over the whole document (resolve.ts),
 * so this stage can be cached per block.
 */
import functionWords from '../lexicon/function-words.json';
import cues from '../lexicon/cues.json';
import { alternation } from '../text/wordPattern';
import {
  ACRONYM_IDS,
  COUNT_WORDS,
  MINISTRY_BY_ID,
  MINISTRY_BY_PORTFOLIO,
  groupNounOf,
  HONORIFICS,
  FIRST_NAMES,
  LEADING_PARTICLES,
  NAME_PARTICLES,
  NON_NAMES,
  CAPITALISED_TERMS,
  PLACE_NOUNS,
  RESIDENT_NOUNS,
  isProductNoun,
  isStreetName,
  PLACE_WORDS,
  PORTFOLIO_WORDS,
  ORGANISATION_NAMES,
  PERSON_TITLES,
  PLACES,
  PORTFOLIOS,
  ROLE_TITLES,
  VERB_FORMS,
  descriptionOf,
  firstOf,
  isTradeWord,
  type DescriptionEntry,
  type OrganisationEntry,
} from '../lexicon';
import { firstWordIn, foldedAt, textAt, tokenIfAny, type Sentence, type Token } from '../text/tokens';
import { defineWordClass, type WordInfo } from '../text/wordClasses';
import { isDateWord } from '../dateWords';

export type RawMentionType =
  | 'org' // a lexicon organisation or ministry
  | 'acronym-name' // an unknown name defined with a bracketed acronym
  | 'person' // title + name, initials + name
  | 'office' // "de minister van Justitie en Veiligheid" without a name
  | 'name' // an unknown capitalised name
  | 'description' // "de overheidsdienst", "het softwarebedrijf"
  | 'group' // "alle departementen", "de browsermakers"
  | 'role' // "een woordvoerder"
  | 'latent'; // a vendor inside a product name or compound ("Citrix-systemen"): no mention, an antecedent

export interface RawMention {
  start: number;
  end: number;
  text: string;
  /** Token indexes (block-relative) of the span. */
  first: number;
  last: number;
  sentence: number;
  type: RawMentionType;
  /** org: lexicon id; person/name: folded surname or name; group: group name; role: role title. */
  key: string;
  /** Display name for new actors. */
  display: string;
  /** Finer category: lexicon category, title category ("minister"), or a hint from a descriptor. */
  category?: string;
  ministry?: string;
  description?: DescriptionEntry;
  /** For an acronym in brackets, the index of the mention it abbreviates. */
  acronymOf?: number;
  /** For a description in apposition ("GOVCERT.NL, het computercrisisteam …,"), the mention it describes. */
  appositionOf?: number;
  /** For a role ("een woordvoerder van het NCSC"), the mention of the organisation it speaks for. */
  roleOf?: number;
  /** Index of the mention this one is coordinated with ("Grapperhaus en Knops"). */
  coordinatedWith?: number;
  /** After a preposition other than volgens/door: not the one who acts. */
  oblique: boolean;
  /** Looks like the subject of its clause. */
  subjectLike: boolean;
  /**
   * A group as the subject of what it is told or allowed to do ("Bewoners moeten hun woning verlaten",
   * "zorginstellingen worden gevraagd"): addressed, not acting.
   */
  directed: boolean;
  /**
   * The subject of its own clause, a subordinate one too: subjectLike, or right after the "dat"/"die" that
   * opens a clause ("verklaarde dat DigiNotar …", "de certificaten die het bedrijf uitgeeft"). An antecedent
   * for descriptions (resolve.ts); not the source of a claim, which subjectLike alone finds.
   */
  clauseSubject: boolean;
  /** A single capitalised word at the start of a sentence: a name only with other evidence. */
  sentenceInitial: boolean;
  /** Introduced by a descriptor ("het beveiligingsbedrijf Fox-IT"): the text presents it as an organisation. */
  introduced?: boolean;
  /** For a name with a bracketed acronym: the first word, which may be the vendor of a product. */
  productOf?: string;
  /** A verb (or a list/apposition comma) follows: "Citrix maakte …", "Logius, de beheerder …". */
  verbFollows?: boolean;
  /** First token of the whole noun phrase when it starts before the mention ("Het waterbedrijf Noorderwater"). */
  phraseStart?: number;
  /** For a latent run of capitalised words ("Bruins Slot"), perhaps a person's name: its words, end and text. */
  runKey?: string;
  runEnd?: number;
  runText?: string;
}

const DETERMINERS = new Set(functionWords.determiners);
const DEFINITE = new Set(['de', 'het', 'dit', 'deze', 'die', 'dat', 'uw', 'zijn', 'haar', 'hun', 'onze', 'mijn']);
/** Articles before a known body ("het kabinet", "de Inspectie …"); not "dat"/"die", which are mostly conjunctions. */
const ARTICLES = new Set(['de', 'het', 'dit', 'deze', 'uw']);
/** Categories of bodies whose descriptor is part of their name: "Veiligheidsregio Utrecht", "Ziekenhuis Noorderhaven". */
const NAMED_WITH_DESCRIPTOR = new Set(['local', 'care', 'education']);
/** Determiners that before a name or a description open a clause (a conjunction, a relative pronoun): no article. */
const CLAUSE_OPENERS = new Set(['dat', 'die']);
const GROUP_DETERMINERS = new Set(['de', 'alle', 'beide', 'deze', 'die', 'verschillende', 'diverse', 'enkele', 'sommige', 'veel', 'vele', 'meerdere', 'andere', 'hun', 'onze']);
const PREPOSITIONS = new Set(functionWords.prepositions);
const AGENTIVE = new Set(functionWords.agentivePrepositions);
const AUXILIARIES = new Set(functionWords.auxiliaries);
const SUBORDINATORS = new Set(functionWords.subordinators);
const PRONOUNS = new Set(functionWords.pronouns);
const COMPANY_SUFFIXES = new Set(functionWords.companySuffixes);
const CLAUSE_PUNCTUATION = new Set([',', ':', ';', '"', '“', '”', '(', ')', '–', '—']);
/** Words that may sit inside a multi-word organisation name ("Raad voor het Regeringsbeleid"). */
const NAME_LINKS = new Set(['van', 'voor', 'het', 'de', 'der', 'en', 'op', 'in', 'te', 'tegen', 'ter', 'ten', 'den', '&']);
/** "Zuid-Limburg", "Noord-Holland", "West-Europa": a region, not an actor. */
const COMPASS_PLACE = /^(?:Noord|Zuid|Oost|West|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest)-\p{Lu}/u;
/** After these a capitalised name is a place ("in Beverwijk", "uit Iran"). */
const LOCATIVE = new Set(['in', 'uit', 'naar', 'nabij', 'rond', 'rondom', 'vanuit']);
/** What joins the items of a list. */
const LIST_JOINS = new Set(['en', 'of']);
/** "ook", "zelfs": before a subject they leave it the subject. */
const FOCUS_ADVERBS = new Set(functionWords.focusAdverbs);
/** Finite verbs in the plural: after a sentence's first word, that word is no name. */
const PLURAL_VERBS = new Set(functionWords.pluralVerbs);
/** Verbs after which a group subject is told, allowed or asked what to do (see RawMention.directed). */
const DIRECTED_VERBS = new Set(functionWords.directedVerbs);

/** Words in a name that suggest a public body, for organisations the lexicon does not know. */
const PUBLIC_BODY_WORDS = new RegExp(alternation(cues.publicBodyWords.words));
const ASSOCIATION_WORDS = new RegExp(alternation(cues.associationWords.words));

/** The category of an organisation the lexicon does not know, from the words of its name (folded). */
function unknownBodyCategory(words: string, otherwise: string): string {
  return ASSOCIATION_WORDS.test(words) ? 'ngo' : PUBLIC_BODY_WORDS.test(words) ? 'agency' : otherwise;
}

/** Initials as the tokeniser leaves them, capitals separated by periods with none after the last: "F.B.J", "J". */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** A vendor's name before a hyphen and a lower-case word: "Citrix-systemen". */
const VENDOR_COMPOUND = /^(\p{Lu}[\p{L}\p{N}]+)-\p{Ll}/u;

function isVerbLike(token: Token | undefined): boolean {
  return !!token && token.word && (AUXILIARIES.has(token.folded) || VERB_FORMS.has(token.folded));
}

/** The lexicon's categories of bodies that each region has its own of (see regionAfter in scanMentions). */
const REGIONAL_CATEGORIES = new Set(['local', 'police']);
/** A plural of capitals: "PAK's", "NGO's". */
const PLURAL_OF_CAPITALS = /^\p{Lu}{2,}['’]s$/u;

/** Capitalised word that could be (part of) a name; not "CVE-2019-19781", not a compound like "Citrix-systemen". */
function looksLikeNameWord(word: WordInfo): boolean {
  if (!word.word || !word.cap) return false;
  if (/\p{N}/u.test(word.text) || /-\p{Ll}/u.test(word.text)) return false;
  if (PERSON_TITLES.has(word.folded) || ROLE_TITLES.has(word.folded)) return false;
  if (NON_NAMES.has(word.folded)) return false;
  if (isDateWord(word.folded)) return false;
  if (/^\p{N}/u.test(word.text)) return false;
  // A plural of capitals ("PAK's", "NGO's") names a kind of thing, not one body.
  if (PLURAL_OF_CAPITALS.test(word.text)) return false;
  return true;
}

// What the scanner asks of (nearly) every word, as word classes: one bit test per question
// (text/wordClasses.ts). Each predicate is the look-up or test it replaces.
const DETERMINER_WORD = defineWordClass((w) => DETERMINERS.has(w.folded));
const GROUP_NOUN_WORD = defineWordClass((w) => groupNounOf(w.folded) !== undefined);
const PERSON_TITLE_WORD = defineWordClass((w) => PERSON_TITLES.has(w.folded));
const HONORIFIC_WORD = defineWordClass((w) => HONORIFICS.has(w.folded));
const DESCRIPTION_WORD = defineWordClass((w) => descriptionOf(w.folded) !== null);
const INITIALS_WORD = defineWordClass((w) => INITIALS.test(w.text));
const NAME_WORD = defineWordClass(looksLikeNameWord);
const FIRST_NAME_WORD = defineWordClass((w) => w.cap && FIRST_NAMES.has(w.folded));
const NAME_START_WORD = defineWordClass((w) => looksLikeNameWord(w) && !CAPITALISED_TERMS.has(w.folded));
/** A past participle before a noun, where it takes no -e: "de getroffen ziekenhuizen", "de betrokken ministers". */
const ADJECTIVAL_PARTICIPLE = /^(?:ge|be)\p{L}{3,}(?:d|t|en)$/u;
/** "het Beverwijkse …": an adjective ending in -e that is none of the nouns a determiner can head. */
const PREMODIFIER_WORD = defineWordClass(
  (w) => w.word && (/e$/.test(w.folded) || COUNT_WORDS.has(w.folded) || /^\d+$/.test(w.folded) || ADJECTIVAL_PARTICIPLE.test(w.folded)) &&
    !descriptionOf(w.folded) && groupNounOf(w.folded) === undefined && !PERSON_TITLES.has(w.folded) && !ROLE_TITLES.has(w.folded) &&
    // A verb in the past ("Dat adviseerde Waterschap Rivierenland") ends in -e too.
    !VERB_FORMS.has(w.folded),
);
const VENDOR_COMPOUND_WORD = defineWordClass((w) => {
  const compound = VENDOR_COMPOUND.exec(w.text);
  return compound !== null && !NON_NAMES.has(compound[1].toLowerCase());
});

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && (token.info.classes & NAME_WORD) !== 0;
}

/** The folded words of tokens, joined by spaces. */
function foldedText(words: Token[]): string {
  let text = '';
  for (let k = 0; k < words.length; k++) text += k === 0 ? words[k].folded : ` ${words[k].folded}`;
  return text;
}

/** A route between places ("Zutphen-Hengelo", "Venlo-Eindhoven"): no name. */
function isRoute(folded: string): boolean {
  // Asked of every word: most have no hyphen, and need no array of parts.
  if (!folded.includes('-')) return false;
  const parts = folded.split('-');
  return parts.length > 1 && parts.every((part) => PLACE_WORDS.has(part));
}

/** A word a name can start with: a name word that is not a thing named in capitals ("PFAS", "VPN"). */
function startsName(token: Token): boolean {
  return (token.info.classes & NAME_START_WORD) !== 0;
}

/** A word with evidence of being a name wherever it stands: CamelCase, all capitals, "Fox-IT". */
function hasNameShape(text: string): boolean {
  return /^\p{Lu}{2,}/u.test(text) || /\p{Ll}\p{Lu}/u.test(text) || /-\p{Lu}/u.test(text) || /\.\p{Lu}/u.test(text);
}

/** Words before a portfolio written alone that make it no ministry's name (see function-words.json). */
const NOT_BEFORE_PORTFOLIO_NAME = new Set(functionWords.notBeforeMinistryPortfolio);

export function scanMentions(tokens: Token[], sentences: Sentence[], text: string, headerBlock = false): RawMention[] {
  const mentions: RawMention[] = [];
  // The words around a token, also before a block's first token (see foldedAt()).
  const folded = (k: number) => foldedAt(tokens, k);
  const exact = (k: number) => textAt(tokens, k);
  // The sentence being scanned. The helpers below read it, and are made once per block, not per sentence.
  let sentenceIndex = 0;
  let to = 0;
  /**
   * The "(" of a bracketed acronym whose letters are the initials of the capitalised words from k on, lower-case
   * words between them passed over ("Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie (KNMP)",
   * "Wageningen Bioveterinary Research (WBR)", "Nederlandse Zorgautoriteit (NZa)"); -1 when there is none.
   */
  const acronymDefinedFrom = (k: number): number => {
    let initials = '';
    for (let j = k; j < to && j <= k + 14; j++) {
      const w = tokens[j];
      if (w.text === '(') {
        const acronym = exact(j + 1);
        if (j === k || exact(j + 2) !== ')' || !tokenIfAny(tokens, j + 1)?.word || !hasNameShape(acronym) || /\d/.test(acronym) || !tokens[j - 1].cap) return -1;
        const letters = acronym.replace(/[^\p{Lu}]/gu, '');
        return letters.length >= 2 && letters === initials ? j : -1;
      }
      if (!w.word && w.text !== '-') return -1;
      if (w.word && w.cap) initials += w.text.charAt(0).toUpperCase();
    }
    return -1;
  };
  /**
   * A name a noun of products introduces ("de VPN-software SecureGate") or describes in apposition ("SecureGate,
   * de VPN-software van …"): a product, no actor.
   */
  const product = (first: number, last: number): boolean =>
    (first > 0 && tokens[first - 1].word && isProductNoun(folded(first - 1))) ||
    (exact(last + 1) === ',' && DETERMINERS.has(folded(last + 2)) && last + 3 < to && tokens[last + 3].word && isProductNoun(folded(last + 3)));
  /** Whether token k is a particle of a name: "in", "op" and the like only before another particle ("in 't Veld"). */
  const particleAt = (k: number): boolean => NAME_PARTICLES.has(folded(k)) && (!LEADING_PARTICLES.has(folded(k)) || NAME_PARTICLES.has(folded(k + 1)));
  /** After a capitalised particle at k ("Van der Meulen"), the surname it leads to; -1 when k holds none or it leads to none. */
  const surnameAfterParticles = (k: number): number => {
    if (k >= to || !tokens[k].cap || !particleAt(k)) return -1;
    let j = k + 1;
    while (j < to && particleAt(j) && !tokens[j].cap) j++;
    return j < to && isNameWord(tokens[j]) && !NAME_PARTICLES.has(folded(j)) ? j : -1;
  };
  /**
   * Whether token k is a first name before a surname with a particle in lower case ("Hugo de Jonge", "Anja
   * van der Berg"), not a surname before a portfolio, a place or a body ("Grapperhaus van Justitie en
   * Veiligheid", "Halsema van Amsterdam").
   */
  const firstNameBeforeParticle = (k: number): boolean => {
    if (!isNameWord(tokens[k]) || !particleAt(k + 1) || tokens[k + 1].cap || portfolioAt(k + 1)) return false;
    // "van" may also say where the office is ("burgemeester Verbeek van Hollandsweerd"): then only a known first name.
    if (folded(k + 1) === 'van' && !FIRST_NAMES.has(folded(k))) return false;
    let j = k + 1;
    while (j < to && particleAt(j)) j++;
    return j < to && isNameWord(tokens[j]) && !PLACES.match(tokens, j, to) && !ORGANISATION_NAMES.match(tokens, j, to);
  };
  /** After a portfolio in brackets at token k ("(Onderwijs)", "(Sport en Cultuur)"), the index after it; undefined when none is there. */
  const portfolioInBrackets = (k: number): number | undefined => {
    if (exact(k) !== '(') return undefined;
    let j = k + 1;
    while (j < to && tokens[j].word && (PORTFOLIO_WORDS.has(folded(j)) || (j > k + 1 && LIST_JOINS.has(folded(j))))) j++;
    return j > k + 1 && exact(j) === ')' ? j + 1 : undefined;
  };
  /** Whether tokens [from, to) are all capitalised words (none: true). */
  const capitalsBetween = (from: number, until: number): boolean => {
    for (let k = from; k < until; k++) if (!tokens[k].word || !tokens[k].cap) return false;
    return true;
  };
  /** Whether "en" (or "- en", as in "Noord- en Oost-Gelderland") at k joins a name to a next part that is no known body or place. */
  const joinsNameParts = (k: number): boolean => {
    const next = exact(k) === '-' ? k + 1 : k;
    return folded(next) === 'en' && !tokens[next].cap && next + 1 < to && isNameWord(tokenIfAny(tokens, next + 1)) &&
      !ORGANISATION_NAMES.match(tokens, next + 1, to) && !PLACES.match(tokens, next + 1, to);
  };

  const push = (
    first: number,
    last: number,
    type: RawMentionType,
    key: string,
    display: string,
    extra: Partial<RawMention> = {},
  ): number => {
    // Every field, the optional ones too, in one order, and the extras written into them: one object shape for
    // every mention. Mentions of a dozen shapes (the extras spread in, fields added later) sent the code that
    // reads them back to the engine's interpreter, and to be compiled again, at each shape it had not met yet.
    const mention: RawMention = {
      start: tokens[first].start,
      end: tokens[last].end,
      text: text.slice(tokens[first].start, tokens[last].end),
      first,
      last,
      sentence: sentenceIndex,
      type,
      key,
      display,
      category: undefined,
      ministry: undefined,
      description: undefined,
      acronymOf: undefined,
      appositionOf: undefined,
      roleOf: undefined,
      coordinatedWith: undefined,
      oblique: false,
      subjectLike: false,
      directed: false,
      clauseSubject: false,
      sentenceInitial: false,
      introduced: undefined,
      productOf: undefined,
      verbFollows: undefined,
      phraseStart: undefined,
      runKey: undefined,
      runEnd: undefined,
      runText: undefined,
    };
    Object.assign(mention, extra);
    mentions.push(mention);
    return mentions.length - 1;
  };
  /** A bracketed acronym right after a mention: "(NCSC)". */
  const acronymAfter = (end: number, ofIndex: number, orgId?: string): number => {
    if (exact(end) === '(' && tokenIfAny(tokens, end + 1)?.word && exact(end + 2) === ')' && /^\p{Lu}[\p{Lu}\p{N}.&-]*[\p{Lu}]$|^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(exact(end + 1)) && !/\d/.test(exact(end + 1))) {
      const acronym = exact(end + 1);
      const of = mentions[ofIndex];
      push(end + 1, end + 1, of.type === 'org' ? 'org' : 'acronym-name', orgId ?? acronym, of.display, {
        acronymOf: ofIndex,
        category: of.category,
      });
      return end + 3;
    }
    return end;
  };

  /**
   * A surname from token k: particles in any case ("De", "van der"), the name, and a second
   * capitalised name word of a double surname ("Bruins Slot"). The key leaves the particles
   * out, so that "H.M. de Jonge" and "minister De Jonge" are one person.
   */
  const surnameAt = (k: number): { last: number; key: string } | null => {
    let j = k;
    while (j < to - 1 && particleAt(j) && tokens[j].word && tokens[j + 1].word) j++;
    const name = tokens[j];
    if (j >= to || !name?.word || !name.cap || /\p{N}/u.test(name.text)) return null;
    if (j === k ? !isNameWord(name) : PERSON_TITLES.has(name.folded) || isDateWord(name.folded)) return null;
    // "wethouder Sport en Gezondheid": a portfolio, no surname.
    if (j === k && PORTFOLIO_WORDS.has(name.folded)) return null;
    let last = j;
    const next = tokenIfAny(tokens, j + 1);
    const after = tokenIfAny(tokens, j + 2);
    if (j + 1 < to && next !== undefined && next.word && next.cap && !/\p{N}/u.test(next.text) && !PERSON_TITLES.has(next.folded) && !isDateWord(next.folded) &&
      !ORGANISATION_NAMES.match(tokens, j + 1, to) && !PLACES.match(tokens, j + 1, to) && !(after?.word && after.cap)) last = j + 1;
    let key = tokens[j].folded;
    for (let k = j + 1; k <= last; k++) key += ` ${tokens[k].folded}`;
    return { last, key };
  };

  /**
   * The portfolio after "van" at token k ("van Justitie en Veiligheid", "van Financiën - Toeslagen en
   * Douane", "… a.i."), or the post after "voor" of a minister without a ministry of their own ("voor
   * Rechtsbescherming", "voor Klimaat en Energie"): the ministry or post, the word before it, and the index
   * of its last token; null when none follows.
   */
  const portfolioAt = (k: number): { last: number; ministry: string; display: string; link: string } | null => {
    const link = folded(k);
    if (link !== 'van' && link !== 'voor') return null;
    const portfolio = PORTFOLIOS.match(tokens, k + 1, to);
    if (!portfolio || (link === 'voor' && portfolio.phrase.value.ministry)) return null;
    let last = k + portfolio.length;
    // "van Financiën - Toeslagen en Douane": a post within the ministry follows a dash
    const post = ['-', '–'].includes(exact(last + 1)) ? PORTFOLIOS.match(tokens, last + 2, to) : null;
    if (post) last += 1 + post.length;
    if (folded(last + 1) === 'a.i' && exact(last + 2) === '.') last += 2;
    const ministry = portfolio.phrase.value;
    return { last, ministry: ministry.id, display: firstOf(ministry.portfolios) ?? ministry.name, link };
  };

  /**
   * A title with its portfolio from token `title` ("minister van Justitie en Veiligheid", with or without
   * its article at `first`): the person when a name follows ("… Veiligheid Grapperhaus"), else the office.
   * The index after it; -1 when no portfolio follows the title.
   */
  const titleWithPortfolio = (first: number, title: number, category: string, withName: boolean): number => {
    const portfolio = portfolioAt(title + 1);
    if (!portfolio) return -1;
    const named = withName ? nameAfterPortfolio(portfolio.last + 1) : null;
    if (named) {
      push(first, named.last, 'person', named.key, text.slice(tokens[named.first].start, tokens[named.last].end), { category, ministry: portfolio.ministry });
      return named.last + 1;
    }
    push(first, portfolio.last, 'office', `${category}:${portfolio.ministry}`, `${folded(title)} ${portfolio.link} ${portfolio.display}`, { category, ministry: portfolio.ministry });
    return portfolio.last + 1;
  };

  /**
   * The name right after a portfolio ("… Veiligheid Grapperhaus", "… Sport De Jonge", "… Sport Hugo de
   * Jonge"): its first token, last token and surname key. None when the next word is no name: written
   * without a capital ("aan de Kamer"), initials or an honorific (read as a name of their own: "H.M. de
   * Jonge"), a place or an organisation ("Nederland").
   */
  const nameAfterPortfolio = (k: number): { first: number; last: number; key: string } | null => {
    const t = tokens[k];
    if (k >= to || !t?.cap || (t.info.classes & (INITIALS_WORD | HONORIFIC_WORD)) !== 0) return null;
    if (PLACES.match(tokens, k, to) || ORGANISATION_NAMES.match(tokens, k, to)) return null;
    // A first name before a surname with a particle: "Hugo de Jonge".
    const surnameFrom = isNameWord(t) && particleAt(k + 1) && !tokens[k + 1].cap ? k + 1 : k;
    const surname = surnameAt(surnameFrom);
    return surname ? { first: k, last: surname.last, key: surname.key } : null;
  };

  /**
   * "Uitvoeringsorganisatie Herstel Toeslagen (UHT)": capitalised words (any, even common ones like
   * "Herstel") and linking words, closed by a bracketed acronym, form an official name. Its last index.
   */
  const officialNameEnd = (k: number): number => {
    let last = -1;
    for (let n = k; n < to && n < k + 9; n++) {
      const w = tokens[n];
      if (w.word && w.cap && !/\p{N}/u.test(w.text)) last = n;
      else if (w.word && NAME_LINKS.has(w.folded) && n > k) continue;
      else break;
    }
    if (last < k + 1) return -1;
    const acronym = tokenIfAny(tokens, last + 2);
    if (!(exact(last + 1) === '(' && acronym?.word && exact(last + 3) === ')' && hasNameShape(acronym.text) && !/\d/.test(acronym.text))) return -1;
    // Two bodies joined, the second defined: "de Gezondheidsraad en de Koninklijke Nederlandse Organisatie van
    // Verloskundigen (KNOV)". When the initials after the conjunction spell the acronym, and all of them do not,
    // the name starts after it.
    const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
    const initials = (from: number) => tokens.slice(from, last + 1).filter((w) => w.word && w.cap).map((w) => w.text.charAt(0).toUpperCase()).join('');
    for (let n = last; n > k; n--) {
      if (LIST_JOINS.has(tokens[n].folded) && initials(n + 1) === letters && initials(k) !== letters) return -1;
    }
    return last;
  };

  /** An official name [first, last] closed by its bracketed acronym, its first word `head`: the index after the acronym. */
  const officialName = (first: number, last: number, head: Token): number => {
    const words = foldedText(tokens.slice(first, last + 1).filter((w) => w.word));
    const category = descriptionOf(head.folded)?.refersTo[0] ?? unknownBodyCategory(words, 'company');
    const index = push(first, last, 'acronym-name', exact(last + 2), text.slice(head.start, tokens[last].end), { category });
    return acronymAfter(last + 1, index);
  };

  for (; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    const from = sentence.first;
    to = sentence.last + 1;
    const firstWord = firstWordIn(tokens, from, to);

    let i = from;
    let descriptorHint: string | undefined;
    /** Where a bare descriptor before a name started ("Toezichthouder OPTA"): the mention starts there. */
    let descriptorStart = -1;
    /** The next name run starts at a capitalised descriptor ("Gezondheidsdienst Oostelijk Veenland"). */
    let nameFromDescriptor = false;
    /** The last token of the last place named: a list goes on with places ("in de gemeenten Elburg, Nunspeet en Hattem"). */
    let lastPlace = -2;
    /** Where the noun phrase of the next name began, when an article and descriptor precede it. */
    let phraseStart = -1;
    /** That noun phrase's start, when it began at most three tokens before the name at k. */
    const phraseBefore = (k: number): number | undefined => (phraseStart >= 0 && phraseStart >= k - 3 ? phraseStart : undefined);
    /**
     * The last token of a regional body's name that ends at token `last`: a body of a region (a GGD, the fire
     * service, the police) takes the region's name after it ("GGD Rivierenland-Oost", "Politie Zeeland-West-Brabant").
     */
    const regionAfter = (last: number, entry: OrganisationEntry): number => {
      if (!REGIONAL_CATEGORIES.has(entry.category) || !tokens[last].cap) return last;
      let end = last;
      while (end - last < 3 && end + 1 < to && isNameWord(tokenIfAny(tokens, end + 1)) && tokens[end + 1].start === tokens[end].end + 1 && !ORGANISATION_NAMES.match(tokens, end + 1, to)) end++;
      return end;
    };
    /** A body the lexicon knows, tokens [first, last] (and its bracketed acronym): the index after it. A descriptor before it is used up. */
    const knownOrganisation = (first: number, last: number, entry: OrganisationEntry, startOfPhrase: number | undefined): number => {
      const index = push(first, last, 'org', entry.id, entry.name, { category: entry.category, phraseStart: startOfPhrase });
      descriptorHint = undefined;
      descriptorStart = -1;
      phraseStart = -1;
      return acronymAfter(last + 1, index, entry.id);
    };
    while (i < to) {
      const t = tokens[i];
      if (!t.word) {
        // A descriptor types only the name right after it ("het softwarebedrijf Microsoft (Utrecht)").
        descriptorHint = undefined;
        descriptorStart = -1;
        i++;
        continue;
      }
      // "minister Bakker van Volksgezondheid, Welzijn en Sport (VWS)": the acronym of the portfolio just named
      // belongs to that mention, no body of its own.
      const previous = mentions[mentions.length - 1];
      if (exact(i - 1) === '(' && exact(i + 1) === ')' && previous && previous.ministry && previous.last >= i - 3 &&
        MINISTRY_BY_ID.get(previous.ministry)?.acronyms.includes(t.text)) {
        i += 2;
        continue;
      }
      // 1. Lexicon organisations and ministries (longest match), e.g. "Nationaal Cyber Security Centrum".
      const org = ORGANISATION_NAMES.match(tokens, i, to);
      // In a letter's header lines a ministry's acronym is an office's code ("Kenmerk KGG / 25008812").
      const officeCode = headerBlock && org !== null && org.phrase.exact && org.phrase.value.category === 'ministry';
      if (org && !officeCode && (org.phrase.exact || org.length > 1 || t.cap)) {
        // "het softwarebedrijf Microsoft": the phrase starts at its article, as with a name the lexicon does not know.
        i = knownOrganisation(i, regionAfter(i + org.length - 1, org.phrase.value), org.phrase.value, phraseBefore(i));
        continue;
      }
      // A ministry by its portfolio alone: "Volgens Buitenlandse Zaken …". Not a committee's or a department's
      // ("de commissie voor Buitenlandse Zaken", "de afdeling Sociale Zaken"), nor after a name ("De Raad
      // Buitenlandse Zaken") or in brackets after one ("Minister Verbeek (Buitenlandse Zaken)").
      const portfolioName = MINISTRY_BY_PORTFOLIO.match(tokens, i, to);
      const afterName = i - 1 > firstWord && tokens[i - 1].word && tokens[i - 1].cap;
      if (portfolioName && !afterName && exact(i - 1) !== '(' && !NOT_BEFORE_PORTFOLIO_NAME.has(folded(i - 1))) {
        i = knownOrganisation(i, i + portfolioName.length - 1, portfolioName.phrase.value, phraseBefore(i));
        continue;
      }
      // A place of several words, or after "De"/"Het" ("Den Haag", "De Bilt"): none of its words is a name,
      // unless a descriptor before it makes the place a body's name ("Veiligheidsregio Den Haag").
      const place = t.cap && descriptorHint === undefined ? PLACES.match(tokens, i, to) : null;
      if (place && place.length > 1 && tokens[i + place.length - 1].cap) {
        i += place.length;
        continue;
      }
      const classes = t.info.classes;
      // 2. Determiner-led noun phrases: descriptions, groups, roles, offices, "uw Kamer".
      if ((classes & DETERMINER_WORD) !== 0) {
        // "De Koninklijke Nederlandse Organisatie van Verloskundigen (KNOV)": an official name that its acronym
        // closes, though adjectives and a description's noun open it.
        const officialAfter = ARTICLES.has(t.folded) && tokenIfAny(tokens, i + 1)?.word && tokens[i + 1].cap && (tokens[i + 1].info.classes & PREMODIFIER_WORD) !== 0 ? officialNameEnd(i + 1) : -1;
        if (officialAfter !== -1) {
          i = officialName(i + 1, officialAfter, tokens[i + 1]);
          continue;
        }
        let j = i + 1;
        // Up to two adjectives: "het Beverwijkse certificatenbedrijf", "de tussentijdse …". Not an article ("de"
        // ends in -e too), nor a word before one: "Dat maakte de bewindsman" is no phrase of "Dat".
        for (let a = 0; a < 2 && j < to && (tokens[j].info.classes & PREMODIFIER_WORD) !== 0 && !DETERMINERS.has(tokens[j].folded) && !DETERMINERS.has(folded(j + 1)) && !ORGANISATION_NAMES.match(tokens, j, to) && tokenIfAny(tokens, j + 1)?.word; a++) j++;
        // After "het" an adjective takes no -e: "het meteorologisch instituut", when a description's noun follows.
        if (j === i + 1 && t.folded === 'het' && j + 1 < to && tokens[j].word && !tokens[j].cap && (tokens[j + 1].info.classes & DESCRIPTION_WORD) !== 0 &&
          (tokens[j].info.classes & (DESCRIPTION_WORD | DETERMINER_WORD)) === 0) j++;
        // An article may end the text (a word typed away after it).
        const head = tokenIfAny(tokens, j);
        // A common-noun body from the lexicon keeps its article: "het kabinet", "De Nederlandse overheid".
        const known = head?.word && ARTICLES.has(t.folded) ? ORGANISATION_NAMES.match(tokens, j, to) : null;
        if (known && head && (head.cap || !known.phrase.exact) && (known.length > 1 || !head.cap || known.phrase.exact)) {
          // A proper name is marked without its article ("het Rijksinstituut …" → "Rijksinstituut …"),
          // a common-noun body keeps it ("het kabinet", "De Nederlandse overheid").
          const last = j + known.length - 1;
          const index = push(head.cap && j === i + 1 ? j : i, last, 'org', known.phrase.value.id, known.phrase.value.name, { category: known.phrase.value.category });
          i = acronymAfter(last + 1, index, known.phrase.value.id);
          continue;
        }
        if (head?.word && j < to) {
          if (head.text === 'Kamer' && (t.folded === 'uw' || t.folded === 'de')) {
            push(i, j, 'org', 'tweede-kamer', 'Tweede Kamer', { category: 'parliament' });
            i = j + 1;
            continue;
          }
          const headClasses = head.info.classes;
          const title = (headClasses & PERSON_TITLE_WORD) !== 0 ? PERSON_TITLES.get(head.folded) : undefined;
          if (title && DEFINITE.has(t.folded)) {
            // "de minister van VWS": the office (a name after it is read on its own, as before).
            const next = titleWithPortfolio(i, j, title, false);
            if (next !== -1) {
              i = next;
              continue;
            }
            if (!isNameWord(tokenIfAny(tokens, j + 1))) {
              const description = descriptionOf(head.folded) ?? { noun: head.folded, plural: false, refersTo: [title], kind: 'person' as const };
              push(i, j, 'description', head.folded, head.text, { description });
              i = j + 1;
              continue;
            }
            // "de minister Grapperhaus": fall through to the title + name rule below, without the article
            i = j;
            continue;
          }
          // "De Uitvoeringsorganisatie Herstel Toeslagen (UHT)": an official name, without its article.
          const official = head.cap && j === i + 1 ? officialNameEnd(j) : -1;
          if (official !== -1) {
            i = officialName(j, official, head);
            continue;
          }
          const group = (headClasses & GROUP_NOUN_WORD) !== 0 ? groupNounOf(head.folded) : undefined;
          if (group && (GROUP_DETERMINERS.has(t.folded) || t.folded === 'de')) {
            push(i, j, 'group', group, group);
            i = j + 1;
            continue;
          }
          // A body's own name that ends in a description's noun ("de Belastingdienst") is that body, read below as a name.
          const description = (headClasses & DESCRIPTION_WORD) !== 0 && !(known && head.cap) ? descriptionOf(head.folded) : null;
          if (description && DEFINITE.has(t.folded) && !isNameWord(tokenIfAny(tokens, j + 1))) {
            let last = j;
            // In apposition ("GOVCERT.NL, het computercrisisteam van de overheid,") the span takes its complement.
            const previous = mentions[mentions.length - 1];
            const apposition = previous && previous.sentence === sentenceIndex && previous.last === i - 2 && exact(i - 1) === ',' && previous.type !== 'description';
            if (apposition) {
              let k = j + 1;
              while (k < to && k < j + 8 && exact(k) !== ',') k++;
              if (exact(k) === ',' && folded(j + 1) === 'van') last = k - 1;
            }
            push(i, last, 'description', head.folded, head.text, {
              description,
              appositionOf: apposition ? mentions.length - 1 : undefined,
            });
            i = last + 1;
            continue;
          }
          if (description && isNameWord(tokenIfAny(tokens, j + 1))) {
            if (head.cap && capitalsBetween(i + 1, j)) {
              // "De Gezondheidsdienst Oostelijk Veenland (GOV)", "de Nederlandse Vakbond Pluimveehouders": a
              // capitalised descriptor (after capitalised words) is part of the name
              descriptorHint = description.refersTo[0];
              i = i + 1;
              nameFromDescriptor = true;
            } else {
              // "het beveiligingsbedrijf Fox-IT": the descriptor types the name that follows
              descriptorHint = description.refersTo[0];
              phraseStart = i;
              i = j + 1;
            }
            continue;
          }
          if (group && (GROUP_DETERMINERS.has(t.folded) || t.folded === 'de')) {
            push(i, j, 'group', group, group);
            i = j + 1;
            continue;
          }
          const role = ROLE_TITLES.get(head.folded);
          if (role && (t.folded === 'een' || t.folded === 'de' || t.folded === 'zijn' || t.folded === 'haar') && !isNameWord(tokenIfAny(tokens, j + 1))) {
            const index = push(i, j, 'role', head.folded, head.folded, { category: role });
            if (folded(j + 1) === 'van') {
              // the organisation it speaks for is scanned next; remember to connect them
              mentions[index].roleOf = -1;
            }
            i = j + 1;
            continue;
          }
        }
      }
      // "Vereniging Vaatpatiënten Nederland (VVN) noemt …": at a sentence's start, without its article, an official
      // name that its acronym closes opens with a description's noun.
      const officialAtStart = i === firstWord && t.cap && (classes & DESCRIPTION_WORD) !== 0 ? officialNameEnd(i) : -1;
      if (officialAtStart !== -1) {
        i = officialName(i, officialAtStart, t);
        continue;
      }
      // A bare descriptor before a name: "Toezichthouder OPTA", "moederbedrijf VASCO".
      const bareDescriptor = nameFromDescriptor || (classes & DESCRIPTION_WORD) === 0 ? null : descriptionOf(t.folded);
      // A known body after it ("Toezichthouder OPTA"): that body, the descriptor in its span as with an unknown name.
      const describedOrg = bareDescriptor && bareDescriptor.kind === 'organisation' && tokenIfAny(tokens, i + 1)?.cap ? ORGANISATION_NAMES.match(tokens, i + 1, to) : null;
      if (describedOrg && (describedOrg.phrase.exact || describedOrg.length > 1)) {
        i = knownOrganisation(i, i + describedOrg.length, describedOrg.phrase.value, undefined);
        continue;
      }
      if (bareDescriptor && bareDescriptor.kind === 'organisation' && isNameWord(tokenIfAny(tokens, i + 1)) && !ORGANISATION_NAMES.match(tokens, i + 1, to)) {
        descriptorHint = bareDescriptor.refersTo[0];
        descriptorStart = i;
        i++;
        continue;
      }
      // A name that starts with a capitalised particle after its descriptor in lower case: "basisschool De Wilgentak".
      // (A capitalised descriptor opens the name itself: "Visrokerij Van der Meulen".)
      if (bareDescriptor && bareDescriptor.kind === 'organisation' && !t.cap && surnameAfterParticles(i + 1) !== -1) {
        descriptorHint = bareDescriptor.refersTo[0];
        descriptorStart = i;
        nameFromDescriptor = true;
        i++;
        continue;
      }
      // 3. Bare group nouns ("specialisten", "Kamerleden van …", "indringers").
      const bareGroup = (classes & GROUP_NOUN_WORD) !== 0 ? groupNounOf(t.folded) : undefined;
      if (bareGroup && !DETERMINERS.has(folded(i - 1))) {
        let last = i;
        if (folded(i + 1) === 'van' && tokenIfAny(tokens, i + 2)?.word && !tokens[i + 2].cap && tokenIfAny(tokens, i + 3)?.word && folded(i + 2) !== 'de' && folded(i + 2) !== 'het') last = i + 3;
        push(i, last, 'group', bareGroup, bareGroup);
        i = last + 1;
        continue;
      }
      // 4. Title + name: "Minister Grapperhaus van Justitie en Veiligheid", "minister Donner",
      //    "Wethouder De Vries", "Staatssecretaris Van der Burg", "Minister Bruins Slot".
      //    Without article or name first: "minister van Justitie en Veiligheid Grapperhaus", "aldus minister
      //    van VWS" ("van" is no particle of a name there).
      const title = (classes & PERSON_TITLE_WORD) !== 0 ? PERSON_TITLES.get(t.folded) : undefined;
      const withPortfolio = title ? titleWithPortfolio(i, i, title, true) : -1;
      if (withPortfolio !== -1) {
        i = withPortfolio;
        continue;
      }
      // A first name before the surname ("minister Karin van Dalen", "brandweercommandant Ellen Dijkhuizen"): the
      // key is the surname's, as for the surname alone later.
      const firstName = title !== undefined && (firstNameBeforeParticle(i + 1) || ((tokenIfAny(tokens, i + 1)?.info.classes ?? 0) & FIRST_NAME_WORD) !== 0);
      // Initials between the title and the surname: "GGD-arts H. Mulder".
      let afterInitials = i + 1;
      while (title && (tokenIfAny(tokens, afterInitials)?.info.classes ?? 0) & INITIALS_WORD && exact(afterInitials + 1) === '.') afterInitials += 2;
      const titled = !title ? null : afterInitials > i + 1 ? surnameAt(afterInitials) : ((firstName ? surnameAt(i + 2) : null) ?? surnameAt(i + 1));
      if (title && titled) {
        const surname = { folded: titled.key, text: text.slice(tokens[i + 1].start, tokens[titled.last].end) };
        const portfolio = portfolioAt(titled.last + 1);
        const last = portfolio ? portfolio.last : titled.last;
        push(i, last, 'person', surname.folded, surname.text, { category: title, ministry: portfolio?.ministry });
        // "Wethouder Marieke Dassen (Onderwijs)": a portfolio in brackets is no body.
        i = portfolioInBrackets(last + 1) ?? last + 1;
        continue;
      }
      // 5. Honorifics and initials + name: "mr. F.B.J. Grapperhaus", "J.P.H. Donner".
      //    Initials ("F.B.J") or a single capital ("J"), which INITIALS matches alike.
      if (((classes & HONORIFIC_WORD) !== 0 && exact(i + 1) === '.') || (classes & INITIALS_WORD) !== 0) {
        let k = i;
        let sawInitials = false;
        while (k < to) {
          if (HONORIFICS.has(folded(k)) && exact(k + 1) === '.') k += 2;
          else if (INITIALS.test(exact(k)) && exact(k + 1) === '.') {
            sawInitials = true;
            k += 2;
          } else break;
        }
        const named = sawInitials && k < to ? surnameAt(k) : null;
        if (named) {
          const display = text.slice(tokens[k].start, tokens[named.last].end);
          push(i, named.last, 'person', named.key, display.charAt(0).toUpperCase() + display.slice(1), {});
          i = named.last + 1;
          continue;
        }
      }
      // 5b. A line of its own that is a first name and a surname ("Fleur Agema", "Jan de Vries"): a signature
      //     under an office, or a byline. Only the whole block, so that a phrase in capitals in a sentence stays one.
      if (!headerBlock && i === 0 && tokens.length <= 5 && isNameWord(t) && tokens.every((w) => w.word) && !PLACES.match(tokens, i, to) && !COMPASS_PLACE.test(t.text)) {
        const signed = surnameAt(i + 1);
        // After a first name a particle is written in lower case ("Jan de Vries"): "Evacuatie van De Hoven" is a heading.
        const lowerParticles = signed !== null && tokens.slice(i + 1, signed.last + 1).every((w) => !NAME_PARTICLES.has(w.folded) || w.text === w.text.toLowerCase());
        // "Waarschuwingen van het KNMI" is a heading: a body's acronym is no surname.
        if (signed && lowerParticles && signed.last === tokens.length - 1 && !ACRONYM_IDS.has(tokens[signed.last].text)) {
          push(i, signed.last, 'person', signed.key, text.slice(tokens[i + 1].start, tokens[signed.last].end), {});
          i = signed.last + 1;
          continue;
        }
      }
      // 5c. A known first name and a surname in running text ("aldus Esther Kamphuis", "Volgens Jan de Vries"): a
      //     person, also without a title. Not in header lines, and not a street or a place after the particles.
      if (!headerBlock && (classes & FIRST_NAME_WORD) !== 0 && descriptorHint === undefined) {
        const person = firstNameBeforeParticle(i) || (isNameWord(tokenIfAny(tokens, i + 1)) && tokens[i + 1].start === t.end + 1) ? surnameAt(i + 1) : null;
        const surname = person ? tokens[person.last] : undefined;
        if (person && surname && !isStreetName(surname.folded) && !PLACES.match(tokens, person.last, to) && !ORGANISATION_NAMES.match(tokens, i, to) && !ACRONYM_IDS.has(surname.text)) {
          push(i, person.last, 'person', person.key, text.slice(t.start, surname.end), {});
          i = person.last + 1;
          continue;
        }
      }
      // 6. Unknown capitalised names, with a bracketed acronym defining a new organisation.
      //    Not in address and header lines ("2500 EA  DEN HAAG"), where capitals are layout.
      // A place is a body's name after its descriptor: "Veiligheidsregio Utrecht", "de gemeente Zutphen".
      // "Toezichthouder legt Gasunie regels op": a headline drops the article of a description; no name.
      if (i === firstWord && (classes & DESCRIPTION_WORD) !== 0 && !isNameWord(tokenIfAny(tokens, i + 1)) && descriptorHint === undefined) {
        i++;
        continue;
      }
      const placeName = PLACES.match(tokens, i, to) || COMPASS_PLACE.test(t.text) || isRoute(t.folded) || (t.cap && isStreetName(t.folded));
      if (placeName && descriptorHint === undefined) lastPlace = i;
      const acronymAt = !headerBlock && isNameWord(t) ? acronymDefinedFrom(i) : -1;
      if (!headerBlock && (startsName(t) || nameFromDescriptor) && (!placeName || descriptorHint !== undefined || acronymAt !== -1)) {
        nameFromDescriptor = false;
        let last = i;
        // The word after the particles a name opens with: "De Wilgentak", "Van der Meulen" (-1: none).
        const afterParticles = surnameAfterParticles(i);
        // A name its acronym defines runs up to the bracket, lower-case words and all.
        if (acronymAt !== -1) last = acronymAt - 1;
        // A name after its descriptor may open with its particles.
        else if (afterParticles !== -1) last = afterParticles;
        while (acronymAt === -1 && last + 1 < to) {
          if (isNameWord(tokenIfAny(tokens, last + 1))) {
            last++;
            continue;
          }
          // A surname in a company's name: "Visrokerij Van der Meulen", "Bouwbedrijf De Vries".
          const surname = surnameAfterParticles(last + 1);
          if (surname !== -1) last = surname;
          // After a descriptor the name may join two parts: "Waterschap Rijn en IJssel", "Veiligheidsregio
          // Noord- en Oost-Gelderland" (not a body the lexicon knows: "… en Rijkswaterstaat").
          else if (descriptorHint !== undefined && joinsNameParts(last + 1)) last += exact(last + 1) === '-' ? 3 : 2;
          else if (NAME_LINKS.has(folded(last + 1)) && !tokens[last + 1].cap && isNameWord(tokenIfAny(tokens, last + 2)) && exact(last + 3) === '(') last += 2;
          else if (NAME_LINKS.has(folded(last + 1)) && NAME_LINKS.has(folded(last + 2)) && isNameWord(tokenIfAny(tokens, last + 3))) {
            // "Raad voor het Regeringsbeleid": only inside a name that a bracketed acronym closes
            let k = last + 3;
            while (isNameWord(tokenIfAny(tokens, k + 1))) k++;
            if (exact(k + 1) !== '(') break;
            last = k;
          } else break;
        }
        const hasAcronym = exact(last + 1) === '(' && tokenIfAny(tokens, last + 2)?.word && exact(last + 3) === ')' && hasNameShape(exact(last + 2)) && !/\d/.test(exact(last + 2));
        const words = tokens.slice(i, last + 1).filter((w) => w.word);
        const nameWords = foldedText(words);
        const publicBody = PUBLIC_BODY_WORDS.test(nameWords);
        if (hasAcronym) {
          const nameText = text.slice(t.start, tokens[last].end);
          const category = unknownBodyCategory(nameWords, publicBody ? 'agency' : descriptorHint ?? 'company');
          // "Citrix Application Delivery Controller (ADC)" is a product when "Citrix" is also named alone;
          // the document stage decides.
          const productOf = words.length > 1 && !publicBody && descriptorHint === undefined ? t.folded : undefined;
          const index = push(i, last, 'acronym-name', exact(last + 2), nameText, { category, productOf });
          i = acronymAfter(last + 1, index);
          descriptorHint = undefined;
          continue;
        }
        // "Noordveld Software", "Kraaijeveld Tankopslag", "Asbestsanering Van Oort": what the company does is in its name.
        const companyName = words.length > 1 && (words.slice(1).every((w) => COMPANY_SUFFIXES.has(w.folded)) || isTradeWord(words[0].folded) || isTradeWord(words[words.length - 1].folded));
        // A name a descriptor introduces ("Ziekenhuis Noorderhaven", "Veiligheidsregio Noord-Holland Noord"), or
        // one that ends in what it is ("Zaans Medisch Centrum"), is a body's name, not a product or a phrase.
        const ending = words.length > 1 && descriptorHint === undefined ? descriptionOf(words[words.length - 1].folded) : null;
        const bodyName = words.length > 1 && (descriptorHint !== undefined || (ending !== null && ending.kind === 'organisation' && !ending.plural));
        if (ending && bodyName) descriptorHint = ending.refersTo[0];
        // "Volgens DB Cargo …": who is quoted is a body, not a product.
        const quotedBody = folded(i - 1) === 'volgens';
        if (words.length > 1 && !companyName && !bodyName && !quotedBody) {
          // A product ("Citrix Gateway", "Citrix Application Delivery Controller (ADC)") or a phrase in
          // capitals: its first word may be a vendor
          push(i, i, 'latent', t.folded, t.text, {
            category: 'company',
            runKey: foldedText(words),
            runEnd: tokens[last].end,
            runText: text.slice(t.start, tokens[last].end),
          });
          i = hasAcronym ? last + 4 : last + 1;
          continue;
        }
        const initial = i === firstWord;
        // "Van Wijnbergen Pluimvee", "De Vries Installaties": a company named after a family keeps the particles
        // before the family name, the first of them capitalised.
        let familyStart = i;
        if (companyName && descriptorHint === undefined) {
          while (familyStart - 1 >= from && particleAt(familyStart - 1)) familyStart--;
          if (familyStart === i || !tokens[familyStart].cap) familyStart = i;
        }
        const spanStart = descriptorStart >= 0 && descriptorStart === i - 1 ? descriptorStart : familyStart;
        // Local bodies and care institutions carry what they are in their name ("Veiligheidsregio Utrecht",
        // "Ziekenhuis Noorderhaven"); a company does not ("het beveiligingsbedrijf Fox-IT" is Fox-IT).
        const named = spanStart !== i && NAMED_WITH_DESCRIPTOR.has(descriptorHint ?? '');
        const display = text.slice(tokens[named ? spanStart : familyStart].start, tokens[last].end);
        // After "in", after a noun of places ("de gemeenten Elburg"), or in a list of places.
        const listed = (exact(i - 1) === ',' || LIST_JOINS.has(folded(i - 1))) && lastPlace === i - 2;
        // "inwoners van Moerdijk", "inwoners van de gemeente Maashorst": where they live, the municipality too.
        const phraseFrom = phraseBefore(i) ?? spanStart;
        const ofResidents = folded(phraseFrom - 1) === 'van' && RESIDENT_NOUNS.has(folded(phraseFrom - 2));
        const locative = ((LOCATIVE.has(folded(i - 1)) || PLACE_NOUNS.has(folded(i - 1)) || listed) && descriptorHint === undefined) || ofResidents;
        if (locative) lastPlace = last;
        // With its descriptor in its name, "Ziekenhuis Noorderhaven" and "Waterschap Noorderhaven" are two bodies.
        // Keyed by its first word, or by the word after its particles ("De Wilgentak": "wilgentak").
        const keyWord = afterParticles !== -1 ? folded(afterParticles) : t.folded;
        push(spanStart, last, 'name', named ? `${tokens[spanStart].folded} ${keyWord}` : keyWord, display, {
          phraseStart: phraseBefore(i),
          // A name takes a verb in the singular ("ProRail meldt", "Citrix heeft"); "Treinen mogen …" is a plural noun.
          verbFollows: (isVerbLike(tokenIfAny(tokens, last + 1)) && !(initial && words.length === 1 && PLURAL_VERBS.has(tokens[last + 1].folded))) || textAt(tokens, last + 1) === ',',
          introduced: descriptorHint !== undefined && !locative,
          category: product(i, last) ? 'product' : locative ? 'place' : descriptorHint ?? 'company',
          sentenceInitial: initial && words.length === 1 && !hasNameShape(t.text),
        });
        descriptorHint = undefined;
        descriptorStart = -1;
        phraseStart = -1;
        i = last + 1;
        continue;
      }
      // 7. A vendor inside a compound: "Citrix-systemen", "PKIoverheid-certificaten".
      if ((classes & VENDOR_COMPOUND_WORD) !== 0) {
        const vendor = VENDOR_COMPOUND.exec(t.text)![1];
        push(i, i, 'latent', vendor.toLowerCase(), vendor, { category: 'company' });
      }
      descriptorHint = undefined;
      i++;
    }
  }

  markPositions(mentions, tokens, sentences);
  return mentions;
}

/** The writer of a letter ("ik", "wij", "we") among tokens [from, to): in the sentence before a mention. */
function writerBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (WRITER_PRONOUNS.has(tokens[k].folded)) return true;
  return false;
}
const WRITER_PRONOUNS = new Set(functionWords.firstPersonSubjects);

/** Sets oblique / subjectLike / coordination / role links from the words around each mention. */
function markPositions(mentions: RawMention[], tokens: Token[], sentences: Sentence[]): void {
  /** Per mention: a group right before a verb in the singular, its object put first ("Vrachtwagenchauffeurs adviseert de wegbeheerder …"). */
  const objectFirstAt = new Set<RawMention>();
  for (const o of mentions) {
    const verb = tokens[o.last + 1];
    if (o.type === 'group' && o.last + 1 <= sentences[o.sentence].last && !!verb?.word && VERB_FORMS.has(verb.folded) && singularVerb(verb.folded)) objectFirstAt.add(o);
  }
  const objectFirst = (o: RawMention): boolean => objectFirstAt.has(o);
  mentions.forEach((m, index) => {
    if (m.type === 'latent') return;
    const sentence = sentences[m.sentence];
    const start = m.phraseStart ?? m.first;
    const before = tokenIfAny(tokens, start - 1);
    const inSentence = (k: number) => k >= sentence.first && k <= sentence.last;
    if (before && inSentence(start - 1) && before.word && PREPOSITIONS.has(before.folded) && !AGENTIVE.has(before.folded)) m.oblique = true;
    // "uw Kamer" that the writer informs ("Ik informeer uw Kamer", "heb ik toegezegd uw Kamer te informeren"): the
    // letter's addressee, not one who acts (as in "heeft uw Kamer gevraagd").
    if (before?.folded === 'uw' && inSentence(start - 1) && writerBefore(tokens, sentence.first, start - 1)) m.directed = true;
    // Role: "een woordvoerder van het NCSC" → the next mention.
    if (m.roleOf === -1) {
      const next = mentions[index + 1];
      m.roleOf = next && next.sentence === m.sentence && next.first <= m.last + 3 ? index + 1 : undefined;
    }
    // Coordination: "Grapperhaus en Knops", "Mozilla, Google en Microsoft".
    const previous = mentions[index - 1];
    if (previous && previous.sentence === m.sentence && previous.type !== 'latent' && previous.last + 2 === m.first && (tokens[m.first - 1].folded === 'en' || tokens[m.first - 1].text === ',')) {
      m.coordinatedWith = index - 1;
      m.oblique = previous.oblique;
    }
  });
  mentions.forEach((m) => {
    if (m.type === 'latent') return;
    // "Nationaal Cyber Security Centrum (NCSC)": the acronym stands where its name stands.
    if (m.acronymOf !== undefined) {
      m.oblique = mentions[m.acronymOf].oblique;
      m.subjectLike = mentions[m.acronymOf].subjectLike;
      return;
    }
    if (m.oblique) return;
    if (m.coordinatedWith !== undefined) {
      m.subjectLike = mentions[m.coordinatedWith].subjectLike;
      if (m.subjectLike) return;
    }
    const sentence = sentences[m.sentence];
    // "Volgens X": X is the one speaking.
    if (foldedAt(tokens, m.first - 1) === 'volgens') {
      m.subjectLike = true;
      return;
    }
    // A proper name's article is outside its span ("Het NCSC"): the phrase starts there.
    let first = m.phraseStart ?? m.first;
    if (first - 1 >= sentence.first && tokens[first - 1].word && DETERMINERS.has(tokens[first - 1].folded)) first--;
    // Walk back to the start of the clause.
    let k = first - 1;
    for (;;) {
      // A bracketed aside ("(NCSC)") belongs to the phrase before it: step over it.
      if (k >= sentence.first && tokens[k].text === ')') {
        let depth = 0;
        for (; k >= sentence.first; k--) {
          if (tokens[k].text === ')') depth++;
          else if (tokens[k].text === '(' && --depth === 0) break;
        }
        k--;
        continue;
      }
      if (k < sentence.first || CLAUSE_PUNCTUATION.has(tokens[k].text) || (tokens[k].word && SUBORDINATORS.has(tokens[k].folded) && tokens[k].folded !== 'en')) break;
      k--;
    }
    const clauseStart = k + 1;
    // "Ook KPN sluit een hack uit", "Ook de Nederlandse Spoorwegen (NS) raden …": a focus adverb before the
    // subject leaves it the subject.
    if (clauseStart === first || (clauseStart === first - 1 && FOCUS_ADVERBS.has(tokens[clauseStart].folded) && isVerbLike(tokens[pastAside(tokens, m.last + 1)]))) {
      m.subjectLike = true;
      return;
    }
    // Inverted order: "[adverbial] heeft uw Kamer gevraagd", "Zo stelde de overheidsdienst".
    const before = tokenIfAny(tokens, first - 1);
    if (isVerbLike(before)) {
      const opener = tokens[clauseStart];
      // A group before a verb in the singular is its object, not its subject (see singularVerb()).
      const startsWithSubject = mentions.some((o) => o !== m && (o.first === clauseStart || o.first === clauseStart + 1) && o.first < m.first && o.type !== 'latent' && !objectFirst(o)) ||
        (opener?.word && PRONOUNS.has(opener.folded) && opener.folded !== 'er');
      m.subjectLike = !startsWithSubject;
    }
  });
  for (const m of mentions) {
    if (m.type !== 'group' || !m.subjectLike) continue;
    // Its verb: the first after it in its clause ("hoe gemeenten … kunnen worden gewaarschuwd"), after a relative
    // clause ("Gemeenten die sporen aantreffen, worden …") if one follows.
    const last = sentences[m.sentence].last;
    let verb = m.last + 1;
    if (foldedAt(tokens, verb) === 'die') {
      while (verb <= last && tokens[verb].text !== ',') verb++;
      verb++;
    }
    while (verb <= last && tokens[verb].text !== ',' && !isVerbLike(tokens[verb])) verb++;
    // Inverted ("Afgelopen zaterdag moesten de ziekenhuizen …"): the verb just before it.
    const before = tokenIfAny(tokens, (m.phraseStart ?? m.first) - 1);
    if ((verb <= last && DIRECTED_VERBS.has(tokens[verb].folded)) || (before && DIRECTED_VERBS.has(before.folded))) m.directed = true;
    // A group is many: a verb in the singular right after it has its subject after it, the group first as its
    // object ("Vrachtwagenchauffeurs adviseert de wegbeheerder …").
    else if (objectFirst(m)) m.subjectLike = false;
  }
  // "dat DigiNotar …", "die het bedrijf …": the subject of the clause that "dat"/"die" opens (a description's
  // own article is inside its span).
  mentions.forEach((m) => {
    if (m.type === 'latent') return;
    const start = m.phraseStart ?? m.first;
    const opener = tokenIfAny(tokens, start - 1);
    m.clauseSubject = m.subjectLike || (!m.oblique && m.acronymOf === undefined && m.coordinatedWith === undefined &&
      start - 1 >= sentences[m.sentence].first && opener !== undefined && opener.word && CLAUSE_OPENERS.has(opener.folded));
  });
}

/** The token at k, or after the bracketed aside that opens there ("(NS)"). */
function pastAside(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  let j = k + 1;
  while (j < tokens.length && j < k + 12 && tokens[j].text !== ')') j++;
  return tokens[j]?.text === ')' ? j + 1 : k;
}

/** A finite verb in the singular: "-t" in the present ("adviseert", "meldt"), "-de"/"-te" in the past. */
function singularVerb(folded: string): boolean {
  return (folded.endsWith('t') || folded.endsWith('de') || folded.endsWith('te')) && !PLURAL_VERBS.has(folded);
}


/**
 * Block-level claim scanning: for each sentence, the cues that make it a claim
 * or advice (volgens X, aldus X, X stelde dat, X adviseert, het advies …), the
 * mention that is its source, the change cue, and its subject terms. Offsets and
 * mention indexes are relative to the block; the document-level stage
 * (claims/resolve.ts) attributes, dates and relates the claims.
 */
import functionWords from '../lexicon/function-words.json';
import procedural from '../lexicon/procedural.json';
import {
  ADVICE_NOUNS,
  CHANGE_CUES,
  COUNT_WORDS,
  IMPERATIVES,
  WARNING_FORMS,
  groupNounOf,
  SPLIT_CHANGE_CUES,
  SOURCE_NOUNS,
  SPEECH_NOUNS,
  VERB_FORMS,
  isAdviceCompound,
  isWordOrCompoundOf,
  type ChangeCueType,
  type VerbType,
} from '../lexicon';
import type { RawMention } from '../actors/scan';
import { firstWordIn, foldedAt, textAt, tokenIfAny, type Sentence, type Token } from '../text/tokens';
import { fold } from '../text/normalize';
import { defineWordClass, type WordInfo } from '../text/wordClasses';
import { isDateWord } from '../dateWords';

export type CueType = 'according-to' | 'aldus' | 'speech-verb' | 'advice' | 'decision' | 'recap' | 'headline';

export interface RawCue {
  type: CueType;
  start: number;
  end: number;
  /** Token index of the cue word. */
  token: number;
}

export interface RawClaim {
  sentence: number;
  start: number;
  end: number;
  cue: RawCue | null;
  /** Index (block-relative) of the mention that is the source, if the sentence names it. */
  speaker: number | null;
  /** The sentence speaks in the first person ("ik", "wij", "ons"): the author's statement. */
  firstPerson: boolean;
  /** "Hij roept inwoners op …": a pronoun is the subject of the cue's verb; the source is the one spoken of before. */
  pronounSubject: boolean;
  /** Passive advice without an agent ("wordt geadviseerd"): the source is the previous advisor. */
  passive: boolean;
  kind: 'claim' | 'advice';
  changeCue: { type: ChangeCueType; start: number; end: number } | null;
  /** Offset (block-relative) before which a date tells when the claim was made. */
  dateLimit: number;
  /** Where to start looking for that date, when not at the claim's start (an embedded advice). */
  dateStart?: number;
  /** An advice embedded in another's statement ("akkoord gegeven aan het NCSC om het advies …"). */
  embedded?: boolean;
  /** "toen", "destijds": the time of the previous claim. */
  thenReference: boolean;
  /** "Met deze brief informeer ik …": letter procedure, not a claim. */
  procedural: boolean;
  /** The sentence attributes the PREVIOUS sentence ("Dat laten de bewindslieden weten."). */
  attributesPrevious: boolean;
  /** Inside quotation marks whose attribution is `quoteSpeaker`. */
  quoteSpeaker: number | null;
  /** A recap of an earlier statement ("zijn uitspraak van 16 januari dat …"). */
  recap: boolean;
  /** For a recap "de eerdere verklaring van DigiNotar": the mention that owns it. */
  recapOwner: number | null;
  /** Reported speech without a verb of saying ("zou … hebben gevonden"): the previous source's. */
  reportative: boolean;
  /** "Uit de bevindingen blijkt dat …" without a named source: the organisation last named as acting. */
  evidential: boolean;
  negated: boolean;
  hasVerb: boolean;
  question: boolean;
  terms: string[];
}

const STOP = new Set<string>([
  ...functionWords.determiners,
  ...functionWords.prepositions,
  ...functionWords.auxiliaries,
  ...functionWords.subordinators,
  ...functionWords.pronouns,
  ...functionWords.firstPerson,
]);
for (const word of functionWords.stopTerms) STOP.add(word);
// Particles of separable verbs ("laten weten", "maakte bekend") say how, not what.
/** The words of each separable particle ("aan", "bekend"), split once rather than per verb seen. */
const PARTICLE_WORDS = new Map<string, string[]>();
for (const forms of VERB_FORMS.values()) for (const form of forms) if (form.particle) PARTICLE_WORDS.set(form.particle, form.particle.split(/\s+/));
for (const words of PARTICLE_WORDS.values()) for (const p of words) STOP.add(p);
/** Nouns that end like a past tense ("update"): no verb. */
const NOT_PAST_TENSE = functionWords.notPastTense;
/** A noun that ends like a past tense ("update"), or a compound of one ("storingsupdate"). */
function notPastTense(w: string): boolean {
  return isWordOrCompoundOf(w, NOT_PAST_TENSE);
}
const FIRST_PERSON = new Set(functionWords.firstPerson);
/** The first person as a subject. */
const FIRST_PERSON_PRONOUNS = new Set(functionWords.firstPersonSubjects);
/** "hij", "zij": a subject that refers back to one spoken of before. */
const THIRD_PERSON_SUBJECTS = new Set(functionWords.thirdPersonSubjects);
/** Words the subordinators list holds that open no subordinate clause: coordinators ("en", "maar"), and "nu" mostly an adverb. */
const NOT_OPENING = new Set(functionWords.subordinatorsNotOpening);
/** Where the clause of a sentence's first word ends: a subordinate clause opens, or a comma ends it. */
const CLAUSE_BREAKS = new Set([...functionWords.subordinators.filter((w) => !NOT_OPENING.has(w)), ',']);
/** "diezelfde (dag)", "vorige (week)": they place a statement in time; two statements do not share them as a subject. */
const TIME_DETERMINERS = new Set(functionWords.timeDeterminers);
const AUXILIARIES = new Set(functionWords.auxiliaries);
const NEGATIONS = new Set(['niet', 'geen', 'onvoldoende', 'onjuist', 'nooit', 'niets', 'evenmin']);
const PASSIVE_AUX = new Set(['wordt', 'worden', 'werd', 'werden', 'is', 'zijn']);
const ACTIVE_AUX = new Set(['heeft', 'hebben', 'had', 'hadden', 'heb']);
const RECAP_NOUNS = new Set(['verklaring', 'uitspraak', 'bericht', 'mededeling', 'standpunt', 'lezing', 'geruststelling', 'signaal', 'advies', 'beoordeling', 'conclusie', 'bewering', 'stelling']);
const THEN_WORDS = new Set(['toen', 'destijds']);
const REPORTATIVE = new Set(['zou', 'zouden']);
const ARTICLES = new Set(['de', 'het']);
/** After a comma these open a relative clause, "dat" too ("Fabrikant Veltrapharm, dat … laat maken, benadrukt …"). */
const COMMA_RELATIVES = new Set(functionWords.relativePronouns);
/** "X, die … concludeerde": the antecedent speaks ("dat" is left out: it is mostly the complementiser). */
const RELATIVE_PRONOUNS = new Set(['die', 'welke']);
/** "blijkt", "bleek": what findings show ("Uit het onderzoek blijkt dat …"). */
const EVIDENTIAL_VERBS = new Set(functionWords.evidentialVerbs);
/** Advising against: its advice says what advice with a negation says (see function-words.json). */
const ADVISING_AGAINST = new Set(functionWords.advisingAgainst);
/** Giving or publishing advice (see function-words.json): participles, and verbs with the particle they need. */
const ADVICE_GIVING_PARTICIPLES = new Set(functionWords.adviceGivingParticiples);
const ADVICE_GIVING_PARTICLE = new Map<string, string>(
  Object.entries(functionWords.adviceGivingSeparable as Record<string, string[]>).flatMap(([particle, forms]) => forms.map((form): [string, string] => [form, particle])),
);
/** Before an advice noun these make it talked about rather than given: "van het advies", "dit advies". */
const ABOUT_WORDS = new Set(['van', 'over', 'op']);
const DETERMINERS = new Set<string>(functionWords.determiners);
const REFERRING_WORDS = new Set(['van', 'over', 'op', 'dit', 'dat', 'die', 'deze']);
/** "nam dat advies over": forms of nemen count as adopting with the particle "over". */
const TAKING = new Set(['neem', 'neemt', 'nam', 'namen', 'nemen']);
const OVER = new Set(['over']);
/** Verbs of taking over or weighing someone else's advice. */
const ADOPTING = new Set(['overgenomen', 'overnemen', 'volgt', 'volgen', 'volgde', 'volgden', 'opvolgen', 'opgevolgd', 'bespreekt', 'bespreken', 'besprak', 'besproken', 'ontvangen', 'ontving', 'steunen', 'steunt', 'steunde', 'gesteund', 'onderschrijft', 'onderschrijven', 'onderschreef']);
/** Words that may follow a separable particle at the end of its clause. */
const PARTICLE_FOLLOWERS = new Set(functionWords.particleFollowers);
/** "hoeven geen actie te ondernemen", "dienen … te": a directive is advice. */
const DIRECTIVE_MODALS = new Set(['hoeven', 'hoeft', 'dienen', 'dient', 'mogen', 'mag']);
/** "In onze vorige brief gingen wij ervan uit dat …": the author recalls an earlier letter. */
const RECALLED_DOCUMENTS = new Set(['brief', 'bericht', 'kamerbrief', 'mededeling', 'verklaring', 'persbericht']);
/** Verbs of asking count as advice only with an action to take: "gevraagd om … uit te schakelen". */
const ASKING = new Set(['vragen', 'verzoeken']);
/**
 * When one sentence has several change cues, the strongest statement wins ("zijn dringende advies versoepeld").
 * A map rather than an object: compiled code that looked up only some of the kinds as an object's fields is
 * thrown away when it first meets another.
 */
const CHANGE_PRIORITY = new Map<string, number>([
  ['withdrawn', 6],
  ['relaxed', 5],
  ['revised', 4],
  ['escalated', 3],
  ['confirmed', 2],
  ['contradicted', 1],
]);

/** Whether change cue `type` says more than the one found before it (none: it does). */
function outranksChange(type: string, before: { type: string } | null): boolean {
  return before === null || CHANGE_PRIORITY.get(type)! > CHANGE_PRIORITY.get(before.type)!;
}
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
/** What a sentence can end with; a headline ends with none of them. */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', ...CLOSING_QUOTES]);
const QUOTE_ATTRIBUTION = new Set(['aldus', 'zegt', 'zei', 'zeggen', 'stelt', 'stelde', 'schrijft', 'schreef', 'meldt', 'meldde', 'benadrukt', 'benadrukte', 'verklaart', 'verklaarde', 'laat', 'liet', 'reageert', 'reageerde']);
/** Procedural phrases by their first word, so a sentence is checked only where one could start. */
const PROCEDURAL = new Map<string, string[][]>();
for (const phrase of (procedural as { phrases: string[] }).phrases) {
  const words = fold(phrase).split(/\s+/);
  PROCEDURAL.set(words[0], [...(PROCEDURAL.get(words[0]) ?? []), words]);
}

// The sets above asked of every token, as word classes: one bit test per question (text/wordClasses.ts).
const FIRST_PERSON_WORD = defineWordClass((w) => FIRST_PERSON.has(w.folded));
const NEGATION_WORD = defineWordClass((w) => NEGATIONS.has(w.folded));
const THEN_WORD = defineWordClass((w) => THEN_WORDS.has(w.folded));
const AUXILIARY_WORD = defineWordClass((w) => AUXILIARIES.has(w.folded));
const REPORTATIVE_WORD = defineWordClass((w) => REPORTATIVE.has(w.folded));
const SPEECH_NOUN_WORD = defineWordClass((w) => SPEECH_NOUNS.has(w.folded));
const RECAP_NOUN_WORD = defineWordClass((w) => RECAP_NOUNS.has(w.folded));
const ADOPTING_WORD = defineWordClass((w) => ADOPTING.has(w.folded));
const TAKING_WORD = defineWordClass((w) => TAKING.has(w.folded));
const DIRECTIVE_MODAL_WORD = defineWordClass((w) => DIRECTIVE_MODALS.has(w.folded));
const PROCEDURAL_START_WORD = defineWordClass((w) => PROCEDURAL.has(w.folded));
const VERB_FORM_WORD = defineWordClass((w) => VERB_FORMS.has(w.folded));
const ADVICE_COMPOUND_WORD = defineWordClass((w) => isAdviceCompound(w.folded));
const SPLIT_CUE_START_WORD = defineWordClass((w) => SPLIT_CHANGE_CUES.has(w.folded));
const TERM_WORD = defineWordClass(isTermWord);

function isProceduralSentence(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if ((tokens[i].info.classes & PROCEDURAL_START_WORD) === 0) continue;
    const phrases = PROCEDURAL.get(tokens[i].folded);
    if (phrases && phrases.some((words) => containsPhrase(tokens, i, Math.min(to, i + words.length), words))) return true;
  }
  return false;
}

/**
 * Stem for subject terms: folded, the common Dutch inflections and derivations
 * stripped, long vowels and double consonants collapsed, so that "certificaat",
 * "certificaten", "beschermen", "bescherming", "systeem" and "systemen" meet.
 */
const stemCache = new Map<string, string>();

export function stem(folded: string): string {
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  const result = computeStem(folded);
  if (stemCache.size > 100_000) stemCache.clear();
  stemCache.set(folded, result);
  return result;
}

function computeStem(folded: string): string {
  let word = folded.replace(/^.*-/, (prefix) => (prefix.length > 1 ? '' : prefix)); // "citrix-systemen" → "systemen"
  for (const suffix of ['heden', 'heid', 'ingen', 'ing', 'en', 'es', 's', 'e']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word.replace(/([aeiou])\1/g, '$1').replace(/([^aeiou])\1$/, '$1');
}

function containsPhrase(tokens: Token[], from: number, to: number, words: string[]): boolean {
  outer: for (let i = from; i + words.length <= to; i++) {
    for (let k = 0; k < words.length; k++) if (tokens[i + k].folded !== words[k]) continue outer;
    return true;
  }
  return false;
}

interface QuoteSpan {
  start: number;
  end: number;
  speaker: number | null;
}

/** Quotations in a block and who they are attributed to (", aldus X" after, "X: …" before). */
function findQuotes(tokens: Token[], mentions: RawMention[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const isOpen = t === '“' || (t === '"' && open === -1);
    const isClose = t === '”' || (t === '"' && open !== -1);
    if (open === -1 && isOpen) open = i;
    else if (open !== -1 && isClose) {
      quotes.push({ start: tokens[open].start, end: tokens[i].end, speaker: attributionAfter(i, tokens, mentions) ?? attributionBefore(open, tokens, mentions) });
      open = -1;
    }
  }
  return quotes;
}

function attributionAfter(close: number, tokens: Token[], mentions: RawMention[]): number | null {
  let k = close + 1;
  if (tokens[k]?.text === ',') k++;
  if (!tokens[k] || !QUOTE_ATTRIBUTION.has(tokens[k].folded)) return null;
  const found = mentions.findIndex((m) => m.first > k && m.first <= k + 3 && m.type !== 'latent');
  return found === -1 ? null : found;
}

function attributionBefore(open: number, tokens: Token[], mentions: RawMention[]): number | null {
  if (textAt(tokens, open - 1) !== ':') return null;
  for (let index = mentions.length - 1; index >= 0; index--) {
    const m = mentions[index];
    if (m.last < open - 1 && m.last >= open - 6 && m.type !== 'latent') return index;
  }
  return null;
}

export function scanClaims(tokens: Token[], sentences: Sentence[], mentions: RawMention[], heading: boolean, text: string): RawClaim[] {
  const quotes = findQuotes(tokens, mentions);
  // Token → the mention over it (the last one where several are), -1 for none. A plain array:
  // blocks are small, and a typed array costs more to create than the look-ups it serves.
  const mentionAt: number[] = [];
  for (let k = 0; k < tokens.length; k++) mentionAt.push(-1);
  const mentionsBySentence: { m: RawMention; index: number }[][] = [];
  for (let index = 0; index < mentions.length; index++) {
    const m = mentions[index];
    if (m.type === 'latent') continue;
    for (let k = m.first; k <= m.last; k++) mentionAt[k] = index;
    (mentionsBySentence[m.sentence] ??= []).push({ m, index });
  }
  const claims: RawClaim[] = [];

  // A plain loop, and no closures over the sentence's state: those would keep it in heap contexts.
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    const from = sentence.first;
    const to = sentence.last + 1;
    let cue: RawCue | null = null;
    let speaker: number | null = null;
    let kind: 'claim' | 'advice' = 'claim';
    let changeCue: RawClaim['changeCue'] = null;
    let firstPerson = false;
    let passive = false;
    let pronounSubject = false;
    let hasVerb = false;
    let negated = false;
    /** "raadt af om vis te eten" says what "adviseert om geen vis te eten" says: negated, for linking. */
    let advisesAgainst = false;
    let thenReference = false;
    let recap = false;
    let complement = -1;
    let recapStart = -1;
    let recapOwner: number | null = null;
    /** The folded words of the sentence, made when a verb with a particle is first met (see below). */
    let sentenceWords: Set<string> | null = null;
    let reportative = false;
    let adviceNounToken = -1;
    /** "dit advies", "dat advies": advice referred to, not given; unless the sentence changes it. */
    let adviceReferredTo = false;
    /** Inside "om … te <verb>", the action advised: its words say nothing about how the advice changed. */
    let inAdvisedAction = false;
    let advisedActionEnd = Number.MAX_SAFE_INTEGER;
    // Taking over or discussing advice ("nam dat advies over", "volgt dit advies") is not giving it.
    let adopts = false;
    for (let k = from; k < to && !adopts; k++) {
      const classes = tokens[k].info.classes;
      adopts = (classes & ADOPTING_WORD) !== 0 || ((classes & TAKING_WORD) !== 0 && sentenceHas(tokens, k + 1, to, OVER));
    }
    let evidential = false;
    const sentenceMentions = mentionsBySentence[sentenceIndex] ?? [];

    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t.word) {
        if (t.text === ':' && complement === -1) complement = i;
        continue;
      }
      const classes = t.info.classes;
      if ((classes & FIRST_PERSON_WORD) !== 0 && mentionAt[i] === -1) firstPerson = true;
      if ((classes & NEGATION_WORD) !== 0) negated = true;
      if ((classes & THEN_WORD) !== 0) thenReference = true;
      if ((classes & AUXILIARY_WORD) !== 0) hasVerb = true;
      if ((t.folded === 'dat' || t.folded === 'om') && complement === -1 && cue) complement = i;

      // "de verwachting van Rijkswaterstaat dat …", "het oordeel van de inspectie dat …": the owner of a noun of
      // saying speaks, and "dat" opens what it says.
      if ((classes & SPEECH_NOUN_WORD) !== 0 && foldedAt(tokens, i + 1) === 'van') {
        const owner = mentionAtOrAfterArticle(tokens, mentionAt, i + 2);
        if (owner !== -1 && foldedAt(tokens, mentions[owner].last + 1) === 'dat' && outranks(cue, 'speech-verb')) {
          cue = cueAt(tokens, 'speech-verb', i);
          speaker = owner;
        }
      }
      // volgens X
      // "volgens (de) X", "…, aldus (de) X": the article of a proper name is outside its mention.
      if (t.folded === 'volgens' || t.folded === 'aldus') {
        const direct = mentionAtOrAfterArticle(tokens, mentionAt, i + 1);
        // "volgens de meest recente cijfers van het instituut": the owner of the findings speaks.
        const named = direct === -1 && t.folded === 'volgens' ? findingsOwner(tokens, mentionAt, i + 1, to) : direct;
        if (t.folded === 'volgens' && named !== -1) {
          if (outranks(cue, 'according-to')) {
            cue = cueAt(tokens, 'according-to', i);
            speaker = named;
          }
          continue;
        }
        if (t.folded === 'aldus' && named !== -1 && (textAt(tokens, i - 1) === ',' || textAt(tokens, i - 1) === '"' || textAt(tokens, i - 1) === '”')) {
          if (outranks(cue, 'aldus')) {
            cue = cueAt(tokens, 'aldus', i);
            speaker = named;
          }
          continue;
        }
      }
      // "zou … hebben gevonden" in the sentence's own clause, not in what a cue reports ("verklaarde dat er een update zou zijn").
      if ((classes & REPORTATIVE_WORD) !== 0 && complement === -1) reportative = true;
      const change = changeCueAt(tokens, i, to);
      // In "om de tarieven te verlagen" raising or lowering is what is advised, not a change of the advice
      // (while "verzocht om de uitzondering weer in te trekken" does withdraw an earlier request).
      if (t.folded === 'om' && !inAdvisedAction && opensAdvisedAction(tokens, i, to)) inAdvisedAction = true;
      if (inAdvisedAction && t.folded === 'te' && i + 1 < tokens.length && tokens[i + 1].word) advisedActionEnd = i + 1;
      const inAction = inAdvisedAction && i <= advisedActionEnd;
      // "geen verhoogd risico", "niet strenger": a change denied is none.
      const denied = change !== null && (foldedAt(tokens, i - 1) === 'geen' || foldedAt(tokens, i - 1) === 'niet') && isAdvisedChange(change.phrase.value);
      if (change && !denied && !(inAction && isAdvisedChange(change.phrase.value)) && outranksChange(change.phrase.value, changeCue)) {
        changeCue = { type: change.phrase.value, start: t.start, end: tokens[i + change.length - 1].end };
      }
      const adviceNoun = (classes & ADVICE_COMPOUND_WORD) !== 0 || ADVICE_NOUNS.match(tokens, i, to) !== null;
      // "van dit beveiligingsadvies", "dat advies overgenomen": someone else's advice, referred to, not given.
      const before = foldedAt(tokens, i - 1);
      if (adviceNoun && (before === 'dit' || before === 'dat' || before === 'deze')) adviceReferredTo = true;
      // "over het advies", "van dit advies" speak about advice; "op naar code rood" gives it.
      const aboutAdvice = ABOUT_WORDS.has(foldedAt(tokens, i - 2)) && DETERMINERS.has(foldedAt(tokens, i - 1));
      if (adviceNoun && !adopts && !REFERRING_WORDS.has(foldedAt(tokens, i - 1)) && !aboutAdvice) {
        kind = 'advice';
        if (adviceNounToken === -1) adviceNounToken = i;
      }
      if ((classes & RECAP_NOUN_WORD) !== 0 && (foldedAt(tokens, i - 1) === 'eerdere' || foldedAt(tokens, i - 1) === 'zijn' || foldedAt(tokens, i - 1) === 'haar' || foldedAt(tokens, i - 2) === 'zijn' || foldedAt(tokens, i - 2) === 'haar')) {
        // "… zijn uitspraak van 16 januari dat X": a recap claim by the owner, if a "dat"-clause follows.
        let k = i + 1;
        while (k < to && k < i + 8 && tokens[k].folded !== 'dat' && tokens[k].text !== ',') k++;
        if (foldedAt(tokens, k) === 'dat') {
          recap = true;
          recapStart = foldedAt(tokens, i - 1) === 'eerdere' && i >= 2 && tokens[i - 2].word ? i - 2 : i - 1;
          // "de eerdere verklaring van DigiNotar dat …": the owner follows "van"
          if (foldedAt(tokens, i + 1) === 'van' && mentionIndexAt(mentionAt, i + 2) !== -1) recapOwner = mentionAt[i + 2];
          else if (foldedAt(tokens, i + 1) === 'van' && mentionIndexAt(mentionAt, i + 3) !== -1) recapOwner = mentionAt[i + 3];
        }
      }
      const forms = (classes & VERB_FORM_WORD) !== 0 && mentionAt[i] === -1 ? VERB_FORMS.get(t.folded) : undefined;
      if (forms) {
        hasVerb = true;
        // "waarschuwt consumenten de vis niet te eten", "waarschuwde voor één partij": a warning that gives advice.
        const warning = WARNING_FORMS.get(t.folded);
        const read = warning && (actionFollows(tokens, i, to) || warnsAgainst(tokens, i, to)) ? warning : forms;
        for (const form of read) {
          if (form.particle) {
            // A verb has many forms with a particle ("geeft … aan", "… op", "… vrij"): most are not in the sentence at all,
            // and looking for each after the verb, word by word, was a tenth of the time a text took to analyse.
            sentenceWords ??= foldedWords(tokens, from, to);
            if (!sentenceWords.has(PARTICLE_WORDS.get(form.particle)![0]) || !hasParticle(tokens, i, from, to, form.particle)) continue;
          }
          if (form.type === 'advice' && ASKING.has(form.lemma) && !actionFollows(tokens, i, to)) continue;
          if (form.type === 'advice' && ADVISING_AGAINST.has(form.lemma)) advisesAgainst = true;
          if (form.change && !(inAction && isAdvisedChange(form.change)) && outranksChange(form.change, changeCue)) {
            changeCue = { type: form.change, start: t.start, end: t.end };
          }
          const type: CueType = verbCueType(form.type);
          if (type === 'advice') kind = 'advice';
          if (cue && cuePriority(cue.type) >= cuePriority(type)) continue;
          // A participle: "ge…", or one without it ("verzocht", "verplicht") after its auxiliary in its own clause
          // ("worden dringend verzocht", "zijn … verplicht"; not "Nu de dreiging is toegenomen, adviseert …").
          const participle = /^ge/.test(t.folded) || SEPARABLE_PARTICIPLE.test(t.folded) || (/[dt]$/.test(t.folded) && auxiliaryInClause(tokens, from, i, PASSIVE_AUX));
          // An active auxiliary in a relative clause ("Zwangere vrouwen die de vis hebben gegeten, wordt geadviseerd …") is not the verb's.
          const isPassive = form.type === 'advice' && participle && sentenceHas(tokens, from, to, PASSIVE_AUX) && !outsideRelativeClauses(tokens, from, to, ACTIVE_AUX);
          // In the passive ("zijn de departementen gevraagd") the subject is the one advised; in
          // "Ouders die hulp nodig hebben, raad ik aan …" the first person right after the verb speaks, and in
          // "…, maar ik raad hen aan" the one right before it.
          const firstPersonSubject = FIRST_PERSON_PRONOUNS.has(foldedAt(tokens, i + 1)) || (i > from && FIRST_PERSON_PRONOUNS.has(tokens[i - 1].folded)) ||
            // "Ik heb de IBD gevraagd om te onderzoeken hoe gemeenten …": the first person opens the clause of the verb.
            (FIRST_PERSON_PRONOUNS.has(tokens[from].folded) && !sentenceHas(tokens, from + 1, i, CLAUSE_BREAKS));
          const subject = isPassive || firstPersonSubject ? null : subjectNear(tokens, mentions, sentenceMentions, mentionAt, from, i);
          // "Hij roept inwoners op …": a third-person pronoun opens the sentence and the verb follows it.
          const pronoun = subject === null && i === firstWordIn(tokens, from, to) + 1 && THIRD_PERSON_SUBJECTS.has(tokens[i - 1].folded);
          if (subject !== null || firstPersonSubject || firstPersonNear(tokens, i, from, to) || isPassive || pronoun) {
            if (outranks(cue, type)) cue = cueAt(tokens, type, i);
            speaker = subject;
            passive = isPassive;
            pronounSubject = pronoun;
          }
          break;
        }
      }
    }
    // "In mijn bericht van dinsdag 30 augustus heb ik aangegeven …", "In onze vorige brief gingen wij ervan uit …"
    if (foldedAt(tokens, from) === 'in' && ['mijn', 'onze', 'ons'].includes(foldedAt(tokens, from + 1))) {
      if (RECALLED_DOCUMENTS.has(foldedAt(tokens, from + 2)) || RECALLED_DOCUMENTS.has(foldedAt(tokens, from + 3))) {
        recap = true;
        recapStart = from;
        // "In onze vorige brief gingen wij ervan uit dat …": what the author wrote then, not says now.
        if (cue !== null && (cue as RawCue).type === 'speech-verb' && speaker === null) cue = null;
      }
    }
    // "Minister X schreef vorige week nog in een brief dat …": a statement of an earlier text, recalled.
    if (!recap && cue !== null && (cue as RawCue).type === 'speech-verb') {
      let recalled = false;
      let earlier = false;
      for (let k = from; k < to; k++) {
        if (RECALLED_DOCUMENTS.has(tokens[k].folded) && ['een', 'zijn', 'haar', 'hun', 'de', 'het'].includes(foldedAt(tokens, k - 1)) && foldedAt(tokens, k - 2) === 'in') recalled = true;
        if (tokens[k].folded === 'nog' || tokens[k].folded === 'eerder' || tokens[k].folded === 'destijds') earlier = true;
      }
      if (recalled && earlier) {
        recap = true;
        recapStart = from;
      }
    }
    // "Overweeg vervolgens om de update te installeren.", "Schakel de systemen uit.": an imperative opening the
    // sentence (capitalised, not a question, no subject after it) gives advice.
    // In a heading, also after its colon: "Grote brand in Sloegebied: houd ramen en deuren gesloten".
    let imperativeAt = from;
    if (heading && !IMPERATIVES.has(foldedAt(tokens, from))) {
      for (let k = from; k + 1 < to; k++) if (tokens[k].text === ':') imperativeAt = k + 1;
    }
    const opening = tokens[imperativeAt];
    if (opening && IMPERATIVES.has(opening.folded) && (imperativeAt > from || /^\p{Lu}/u.test(opening.text)) && !FIRST_PERSON_PRONOUNS.has(foldedAt(tokens, imperativeAt + 1)) &&
      foldedAt(tokens, imperativeAt + 1) !== 'u' && textAt(tokens, to - 1) !== '?') {
      kind = 'advice';
      // The imperative is the sentence's verb: "Houd huisdieren binnen."
      hasVerb = true;
    }
    // "Op 12 maart heeft het waterbedrijf dit advies aangescherpt": changing the advice referred to gives advice.
    if (adviceReferredTo && !adopts && changeCue && (changeCue as { type: string }).type !== 'contradicted' && (changeCue as { type: string }).type !== 'confirmed') kind = 'advice';
    // "Gebruikers hoeven geen actie te ondernemen": a directive, in a quotation or from an author, is advice.
    // Its subject is the one it directs, not who gives it.
    let directive = false;
    for (let i = from; i < to; i++) {
      if ((tokens[i].info.classes & DIRECTIVE_MODAL_WORD) === 0) continue;
      const modal = tokens[i].folded;
      // "hoeven … te", "dienen … te"; "mogen" takes its verb bare ("mogen … niet rijden").
      if (!modal.startsWith('m') && !actionFollows(tokens, i, to)) continue;
      let negated = false;
      // "mogen … nog maar 40 kilometer per uur rijden": allowed only so much.
      let only = false;
      for (let k = i + 1; k < to && tokens[k].folded !== 'te'; k++) {
        if (tokens[k].folded === 'geen' || tokens[k].folded === 'niet') negated = true;
        if (tokens[k].folded === 'maar' && (tokens[k - 1].folded === 'nog' || tokens[k - 1].folded === 'slechts')) only = true;
      }
      if ((modal.startsWith('hoe') && negated) || modal.startsWith('dien') || (modal.startsWith('m') && (negated || only))) {
        kind = 'advice';
        directive = true;
        break;
      }
    }
    // "Uit de voorlopige bevindingen blijkt dat …", "Uit onderzoek van de NVWA bleek dat …": the findings speak (the body
    // that made them, when the phrase names it); else their author is found at document level.
    let evidence = -1;
    for (let k = from; cue === null && evidence === -1 && k < to; k++) if (EVIDENTIAL_VERBS.has(tokens[k].folded)) evidence = k;
    if (evidence !== -1 && (containsPhrase(tokens, from, to, ['uit']) || foldedAt(tokens, from) === 'uit')) {
      const k = evidence;
      const inPhrase = sentenceMentions.find(({ m }) => foldedAt(tokens, m.first - 1) === 'uit' || (m.first > from && foldedAt(tokens, from) === 'uit' && m.last < k));
      if (outranks(cue, 'speech-verb')) cue = cueAt(tokens, 'speech-verb', k);
      speaker = inPhrase ? inPhrase.index : null;
      evidential = speaker === null;
    }
    // No verb of saying, but an actor that gives advice or changes its position:
    // "Diezelfde dag bracht de AIVD een beveiligingsadvies uit", "heeft het NCSC zijn beoordeling bijgesteld".
    if (cue === null) {
      const anchor = adviceNounToken !== -1 ? adviceNounToken : changeCue ? tokenAt(tokens, from, to, (changeCue as { start: number }).start) : -1;
      // "(Ook) het (algemene) advies van de NVWA om … blijft van kracht": the advice the sentence opens with is its owner's.
      const owner = adviceNounToken !== -1 ? ownerOfOpeningAdvice(tokens, mentionAt, from, adviceNounToken) : -1;
      const subject = owner !== -1 ? owner : anchor !== -1 ? subjectNear(tokens, mentions, sentenceMentions, mentionAt, from, anchor) : null;
      // A group ("moesten de ziekenhuizen echter … doorverwijzen") is told of, not heard.
      if (subject !== null && !directive && (subject === owner || !mentions[subject].oblique) && mentions[subject].description?.kind !== 'group' && mentions[subject].type !== 'group') {
        const type = adviceNounToken !== -1 ? 'advice' : 'decision';
        if (outranks(cue, type)) cue = cueAt(tokens, type, anchor);
        speaker = subject;
      }
    }
    // Dates inside the reported content do not say when the claim was made.
    const cueToken = (cue as RawCue | null)?.token ?? from;
    let dateLimitToken = complement !== -1 ? complement : Math.min(to, Math.max(cueToken + 3, speaker !== null ? mentions[speaker].last + 2 : 0));
    if (cue === null) dateLimitToken = to;
    const dateLimit = tokens[Math.min(dateLimitToken, to - 1)].end;

    // "Dat advies heeft het instituut gisteren gegeven.": who gave the advice the previous sentence gives.
    const givenAdvice = cue === null ? adviceGivenBy(tokens, mentions, sentenceMentions, mentionAt, from, to) : null;
    if (givenAdvice !== null) {
      cue = cueAt(tokens, 'advice', from + 1);
      speaker = givenAdvice;
    }
    // "Dat laten de bewindslieden in een brief … weten." / "Dat blijkt uit het rapport van Fox-IT."
    const reportFrom = foldedAt(tokens, from) === 'dat' && foldedAt(tokens, from + 1) === 'blijkt' && foldedAt(tokens, from + 2) === 'uit';
    const pointsBack = foldedAt(tokens, from) === 'dat' || foldedAt(tokens, from) === 'dit';
    const attributesPrevious = givenAdvice !== null || (pointsBack && ((cue !== null && (cue as RawCue).type !== 'aldus') || reportFrom));
    let previousSpeaker = speaker;
    if (reportFrom) {
      // the source is the author of the report: the last organisation or person named in the sentence
      const named = sentenceMentions.filter(({ m }) => m.type !== 'description' || m.description?.kind !== 'group');
      previousSpeaker = named.length > 0 ? named[named.length - 1].index : null;
    }

    // The quotation the sentence is part of: it may begin in an earlier sentence or end in this one.
    const quote = quotes.find((q) => q.start < sentence.end && q.end > sentence.start);
    const question = textAt(tokens, to - 1) === '?';
    const isProcedural = isProceduralSentence(tokens, from, to);
    // Headline "Fox-IT: indringers hadden vrij spel …": the source before the colon, whatever the verbs after it.
    // Also a one-line paragraph without a full stop ("CBG: tekort aan astmapuffers houdt nog weken aan").
    if (heading || (sentences.length === 1 && !SENTENCE_END.has(tokens[to - 1]?.text ?? '.'))) {
      const colon = tokens.findIndex((tk, k) => k >= from && k < to && tk.text === ':');
      const before = colon > 0 ? sentenceMentions.find(({ m }) => m.last === colon - 1 && m.first === from) : undefined;
      if (colon > 0 && before) {
        cue = { type: 'headline', start: tokens[colon].start, end: tokens[colon].end, token: colon };
        speaker = before.index;
        // "AP: gemeenten moeten datalek binnen 72 uur melden": a headline that says what must be done is advice.
        for (let k = colon + 1; k < to; k++) if (tokens[k].folded === 'moeten' || tokens[k].folded === 'moet') kind = 'advice';
      }
    }
    // "… akkoord gegeven aan het NCSC om het dringende advies uit te brengen …": the advice is the NCSC's own claim.
    const embedded = embeddedAdvice(tokens, from, to, mentionAt);
    const mainEnd = embedded ? tokens[embedded.om - 1].end : sentence.end;
    if (embedded) {
      changeCue = changeCueIn(tokens, from, embedded.om);
      if (adviceNounToken >= embedded.om) kind = 'claim';
    }
    claims.push({
      sentence: sentenceIndex,
      start: recap && recapStart >= from ? tokens[recapStart].start : sentence.start,
      end: mainEnd,
      cue: recap && cue === null ? { type: 'recap', start: tokens[recapStart].start, end: tokens[recapStart + 1].end, token: recapStart } : cue,
      speaker: attributesPrevious ? previousSpeaker : speaker,
      firstPerson,
      pronounSubject,
      passive,
      kind,
      changeCue,
      dateLimit,
      thenReference,
      procedural: isProcedural,
      attributesPrevious,
      quoteSpeaker: quote ? quote.speaker : null,
      recap,
      recapOwner,
      reportative,
      evidential,
      negated: negated !== advisesAgainst,
      // A statement has a verb and ends like a sentence ("De minister van …," is a signature line).
      hasVerb: (hasVerb || looksFinite(tokens, from, to)) && !endsWithSeparator(text, sentence.start, sentence.end),
      question,
      // A cue on the advice noun ("de ophokplicht … had ingesteld") is what the advice is about: a term.
      terms: termsOf(tokens, from, embedded ? embedded.om : to, mentionAt, (cue as RawCue | null)?.token === adviceNounToken ? -1 : ((cue as RawCue | null)?.token ?? -1)),
      // Present on every claim, so that the embedded advice below, which sets them, has the same object shape.
      dateStart: undefined,
      embedded: undefined,
    });
    if (embedded) {
      const main = claims[claims.length - 1];
      // Field by field, in the order of the claim above: one object shape (a spread copy has one of its own).
      claims.push({
        sentence: main.sentence,
        start: tokens[embedded.om + 1].start,
        end: sentence.end,
        cue: { type: 'advice', start: tokens[embedded.noun].start, end: tokens[embedded.noun].end, token: embedded.noun },
        speaker: embedded.recipient,
        firstPerson: false,
        pronounSubject: false,
        passive: false,
        kind: 'advice',
        changeCue: changeCueIn(tokens, embedded.om + 1, to),
        dateLimit: main.dateLimit,
        thenReference: main.thenReference,
        procedural: false,
        attributesPrevious: false,
        quoteSpeaker: main.quoteSpeaker,
        recap: false,
        recapOwner: null,
        reportative: main.reportative,
        evidential: main.evidential,
        negated: main.negated,
        hasVerb: main.hasVerb,
        question: main.question,
        terms: termsOf(tokens, embedded.om + 1, to, mentionAt, embedded.noun),
        dateStart: sentence.start,
        embedded: true,
      });
    }
  }
  return claims;
}

/** Whether text[start, end) ends in a comma or semicolon, white space after it aside: /[,;]\s*$/ without scanning the whole sentence. */
function endsWithSeparator(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && /\s/.test(text[k - 1])) k--;
  return k > start && (text[k - 1] === ',' || text[k - 1] === ';');
}

/** The mention at token k (see mentionAt in scanClaims), -1 for none and outside the block. */
function mentionIndexAt(mentionAt: number[], k: number): number {
  return k >= 0 && k < mentionAt.length ? mentionAt[k] : -1;
}

/** The mention at token k, or right after an article there (a proper name's article is outside its mention); -1 when none. */
function mentionAtOrAfterArticle(tokens: Token[], mentionAt: number[], k: number): number {
  const at = mentionIndexAt(mentionAt, k);
  return at === -1 && ARTICLES.has(tokens[k]?.folded ?? '') ? mentionIndexAt(mentionAt, k + 1) : at;
}

/**
 * After "volgens" at k - 1: the owner of the findings named there ("volgens de meest recente cijfers van het
 * instituut", "volgens metingen van de GGD"): an article, at most two modifiers, a noun of findings, "van" and
 * a mention; -1 when the words are not these.
 */
function findingsOwner(tokens: Token[], mentionAt: number[], k: number, to: number): number {
  let j = ARTICLES.has(tokens[k]?.folded ?? '') ? k + 1 : k;
  for (let modifiers = 0; modifiers < 2 && j < to && tokens[j].word && !tokens[j].cap && !SOURCE_NOUNS.has(tokens[j].folded); modifiers++) j++;
  if (j >= to || !SOURCE_NOUNS.has(tokens[j].folded) || foldedAt(tokens, j + 1) !== 'van') return -1;
  return mentionAtOrAfterArticle(tokens, mentionAt, j + 2);
}

/**
 * The owner of the advice noun at `noun` when the sentence opens with it: "(Ook) het (algemene) advies van
 * de NVWA om …"; -1 otherwise ("op advies van de GGD" is advice another follows, not given here).
 */
function ownerOfOpeningAdvice(tokens: Token[], mentionAt: number[], from: number, noun: number): number {
  const article = tokens[from]?.folded === 'ook' ? from + 1 : from;
  if (!ARTICLES.has(tokens[article]?.folded ?? '')) return -1;
  // The article, at most one modifier, and the noun (of one word or two: "het dringende advies van").
  const of = foldedAt(tokens, noun + 1) === 'van' ? noun + 1 : foldedAt(tokens, noun + 2) === 'van' ? noun + 2 : -1;
  if (of === -1 || of - article < 2 || of - article > 3) return -1;
  for (let k = article + 1; k < of; k++) if (!tokens[k].word || tokens[k].cap) return -1;
  return mentionAtOrAfterArticle(tokens, mentionAt, of + 1);
}

/** A cue of this type would replace the current one (there is none, or it ranks lower). */
function outranks(cue: RawCue | null, type: CueType): boolean {
  return !cue || cuePriority(cue.type) < cuePriority(type);
}

function cueAt(tokens: Token[], type: CueType, token: number): RawCue {
  return { type, start: tokens[token].start, end: tokens[token].end, token };
}

/** Changes that, inside "om … te <verb>", are what is advised rather than how the advice changed. */
function isAdvisedChange(type: ChangeCueType): boolean {
  return type === 'relaxed' || type === 'escalated' || type === 'revised';
}

/** The clause's subject for the verb (or advice noun) at token `verb`. */
function subjectNear(tokens: Token[], mentions: RawMention[], sentenceMentions: { m: RawMention; index: number }[], mentionAt: number[], from: number, verb: number): number | null {
  // '"…", zegt directeur X', '…, meldt de gemeente': after a quotation, or a statement and a comma, the subject
  // follows its verb; what the statement names is not it.
  if (textAt(tokens, verb - 1) === ',' && (CLOSING_QUOTES.has(textAt(tokens, verb - 2)) || QUOTE_ATTRIBUTION.has(tokens[verb].folded))) {
    for (const { m, index } of sentenceMentions) if (m.first > verb && m.first <= verb + 4 && !m.oblique) return index;
  }
  // A subject-like mention before the verb, else one right after it; not one inside a relative clause set off by
  // commas ("Stichting X, die De IJsselhoeve exploiteert, stelt …").
  let best: number | null = null;
  for (const { m, index } of sentenceMentions) {
    if (m.subjectLike && m.last < verb && (best === null || m.first > mentions[best].first) && !inRelativeClause(tokens, from, m.first, verb)) best = index;
  }
  if (best !== null) return best;
  for (const { m, index } of sentenceMentions) if (m.subjectLike && m.first > verb && m.first <= verb + 4) return index;
  // "een analyse van de NCTV, die op 8 februari concludeerde dat …": the relative pronoun's antecedent.
  for (let k = verb - 1; k >= from && k >= verb - 8; k--) {
    if (!RELATIVE_PRONOUNS.has(tokens[k].folded)) continue;
    let before = k - 1;
    if (textAt(tokens, before) === ',') before--;
    if (textAt(tokens, before) === ')') {
      // step over "(NCTV)" to the name it abbreviates
      while (before > from && tokens[before].text !== '(') before--;
      before--;
    }
    const antecedent = mentionIndexAt(mentionAt, before);
    return antecedent === -1 ? null : antecedent;
  }
  return null;
}

/** "aan X om (het dringende) advies …": the recipient's mention, "om" and the advice noun. */
function embeddedAdvice(tokens: Token[], from: number, to: number, mentionAt: number[]): { om: number; noun: number; recipient: number } | null {
  for (let i = from + 2; i < to - 1; i++) {
    if (tokens[i].folded !== 'om') continue;
    const recipient = mentionIndexAt(mentionAt, i - 1);
    if (recipient === -1) continue;
    let k = i + 1;
    while (k < to && k < i + 4 && !ADVICE_NOUNS.match(tokens, k, to)) k++;
    if (k < to && k < i + 4) return { om: i, noun: k, recipient };
  }
  return null;
}

/** The change cue starting at token i: a phrase of the lexicon, or one in two parts. */
function changeCueAt(tokens: Token[], i: number, to: number): { phrase: { value: ChangeCueType }; length: number } | null {
  return CHANGE_CUES.match(tokens, i, to) ?? splitChangeCueAt(tokens, i, to);
}

/** How many tokens (words and punctuation) may stand between the parts of a split change cue ("blijft tot en met 1 maart van kracht"). */
const SPLIT_CUE_GAP = 8;

/**
 * A split change cue starting at token i ("blijft … van kracht", "hoeven … niet langer"), in the shape
 * CHANGE_CUES.match() gives: its length runs to the end of the second part, within the clause.
 */
function splitChangeCueAt(tokens: Token[], i: number, to: number): { phrase: { value: ChangeCueType }; length: number } | null {
  if ((tokens[i].info.classes & SPLIT_CUE_START_WORD) === 0) return null;
  const cues: readonly { rest: string[]; type: ChangeCueType }[] | undefined = SPLIT_CHANGE_CUES.get(tokens[i].folded);
  if (!cues) return null;
  const reach = Math.min(to, i + 1 + SPLIT_CUE_GAP);
  for (let k = i + 1; k < reach; k++) {
    // A new clause ("…, maar", "…; het") ends the first part's reach.
    if (tokens[k].text === ',' || tokens[k].text === ';') return null;
    for (let n = 0; n < cues.length; n++) {
      const cue: { rest: string[]; type: ChangeCueType } = cues[n];
      const end: number = k + cue.rest.length;
      // "niet meer dan tien minuten" is "no more than", not "no longer".
      if (end <= to && containsPhrase(tokens, k, end, cue.rest) && tokens[end]?.folded !== 'dan') return { phrase: { value: cue.type }, length: end - i };
    }
  }
  return null;
}

/** The strongest change cue in a token range. */
function changeCueIn(tokens: Token[], from: number, to: number): RawClaim['changeCue'] {
  let found: RawClaim['changeCue'] = null;
  for (let i = from; i < to; i++) {
    const change = changeCueAt(tokens, i, to);
    if (change && outranksChange(change.phrase.value, found)) {
      found = { type: change.phrase.value, start: tokens[i].start, end: tokens[i + change.length - 1].end };
    }
  }
  return found;
}

function cuePriority(type: CueType): number {
  switch (type) {
    case 'aldus':
    case 'according-to':
      return 3;
    case 'speech-verb':
    case 'advice':
    case 'decision':
      return 2;
    default:
      return 1;
  }
}

function verbCueType(type: VerbType): CueType {
  return type === 'speech' ? 'speech-verb' : type;
}

/** The folded words of tokens [from, to). */
function foldedWords(tokens: Token[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let k = from; k < to; k++) words.add(tokens[k].folded);
  return words;
}

/**
 * The separable particle of a verb: after the finite verb in its clause ("scherpt
 * … aan", "liet … weten") or just before "te" + the verb ("weer in te trekken"),
 * never before it as a preposition ("op grote schaal").
 */
function hasParticle(tokens: Token[], verb: number, from: number, to: number, particle: string): boolean {
  const words = PARTICLE_WORDS.get(particle)!;
  for (let i = verb + 1; i + words.length <= to; i++) {
    let k = 0;
    while (k < words.length && tokens[i + k].folded === words[k]) k++;
    if (k < words.length) continue;
    // A particle ends its clause ("… aan om", "… weten dat", "… in en"); before a noun phrase it is a preposition.
    const next = tokens[i + words.length];
    if (!next || !next.word || PARTICLE_FOLLOWERS.has(next.folded)) return true;
    // "We raden wel aan de kranen … te laten doorlopen": a te-infinitive completes the advice.
    if (actionFollows(tokens, i + words.length - 1, to)) return true;
  }
  if (foldedAt(tokens, verb - 1) === 'te') return containsPhrase(tokens, Math.max(from, verb - 1 - words.length), verb - 1, words);
  return false;
}

/**
 * Whether token k lies in a relative clause set off by commas that closes before token `verb` (see COMMA_RELATIVES).
 */
function inRelativeClause(tokens: Token[], from: number, k: number, verb: number): boolean {
  for (let j = k - 1; j > from; j--) {
    if (tokens[j].text === ',') return false;
    if (COMMA_RELATIVES.has(tokens[j].folded) && tokens[j - 1].text === ',') {
      for (let e = k + 1; e < verb; e++) if (tokens[e].text === ',') return true;
      return false;
    }
  }
  return false;
}

/** Whether one of `words` comes before token `verb` in its clause (back to a comma or the sentence's start). */
function auxiliaryInClause(tokens: Token[], from: number, verb: number, words: Set<string>): boolean {
  for (let k = verb - 1; k >= from && tokens[k].text !== ','; k--) if (words.has(tokens[k].folded)) return true;
  return false;
}

/** Whether the sentence has one of the words outside its relative clauses (from "die"/"welke" to the next comma). */
function outsideRelativeClauses(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) {
    if (RELATIVE_PRONOUNS.has(tokens[i].folded) && i > from) {
      while (i + 1 < to && tokens[i + 1].text !== ',') i++;
      continue;
    }
    if (words.has(tokens[i].folded)) return true;
  }
  return false;
}

function sentenceHas(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i].folded)) return true;
  return false;
}

/**
 * A past participle of a separable verb: its particle, "ge" and the stem ("ingesteld", "opgeheven",
 * "uitgebreid"), the particles as the lexicon lists them.
 */
const SEPARABLE_PARTICIPLE = new RegExp(String.raw`^(?:${functionWords.separablePrefixes.join('|')})ge\p{L}{3,}(?:d|t|en)$`, 'u');

/**
 * A past participle or past tense the verb lists do not know ("geïnstalleerd", "ingesteld", "werkten").
 * A capitalised word after the sentence's first is a name, whatever its ending ("Alblasmonde", "Van de Velde").
 */
function looksFinite(tokens: Token[], from: number, to: number): boolean {
  let firstWord = true;
  for (let i = from; i < to; i++) {
    const w = tokens[i].folded;
    if (!tokens[i].word) continue;
    const name = tokens[i].cap && !firstWord;
    firstWord = false;
    if (name || w.length < 5) continue;
    // A plural noun of a group ("omwonenden", "patiënten") ends like a past tense too.
    if (/^ge\p{L}{3,}(?:d|t|en)$/u.test(w) || SEPARABLE_PARTICIPLE.test(w) || (/^\p{L}{4,}(?:de|te|den|ten)$/u.test(w) && !STOP.has(w) && !notPastTense(w) && groupNounOf(w) === undefined)) return true;
  }
  return false;
}

/** Index of the token starting at offset, or -1. */
function tokenAt(tokens: Token[], from: number, to: number, offset: number): number {
  for (let i = from; i < to; i++) if (tokens[i].start === offset) return i;
  return -1;
}

/**
 * "Dat advies heeft het instituut gisteren gegeven", "Dit advies bracht de GGD op 3 maart uit": a sentence that
 * opens with the advice just given and says who gave it, its clause ending in the participle or in the particle of
 * the verb that follows the advice. That one's mention, or null.
 */
function adviceGivenBy(tokens: Token[], mentions: RawMention[], sentenceMentions: { m: RawMention; index: number }[], mentionAt: number[], from: number, to: number): number | null {
  const opening = tokens[from]?.folded;
  if ((opening !== 'dat' && opening !== 'dit') || !tokens[from + 1] || !ADVICE_NOUNS.match(tokens, from + 1, to)) return null;
  let end = from + 2;
  while (end < to && tokens[end].word) end++;
  const last = tokens[end - 1];
  const second = tokenIfAny(tokens, from + 2);
  let verb = -1;
  if (ADVICE_GIVING_PARTICIPLES.has(last.folded)) verb = end - 1;
  else if (second && ADVICE_GIVING_PARTICLE.get(second.folded) === last.folded) verb = from + 2;
  if (verb === -1) return null;
  let subject = subjectNear(tokens, mentions, sentenceMentions, mentionAt, from, verb);
  // "Dit advies bracht het instituut … uit": the verb (no verb of the lexicon) is second, its subject right after it.
  if (subject === null) for (const { m, index } of sentenceMentions) if (m.first === from + 3) subject = index;
  return subject !== null && !mentions[subject].oblique ? subject : null;
}

/**
 * Whether "om" at `om` opens "om … te <verb>" (the action advised): a "te" before a verb follows in the
 * sentence, and no clock time follows "om" ("om 10.00 uur versoepeld", "om half elf").
 */
function opensAdvisedAction(tokens: Token[], om: number, to: number): boolean {
  if (clockTimeAt(tokens, om + 1)) return false;
  for (let k = om + 2; k < to; k++) if (tokens[k].folded === 'te' && tokenIfAny(tokens, k + 1)?.word) return true;
  return false;
}

/** A clock time at token k: "10.00", "17:35", "10 uur", "twee uur", "half elf", "kwart over negen", "middernacht". */
function clockTimeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^\d{1,2}[.:]\d{2}$/.test(t.text) || t.folded === 'middernacht') return true;
  const count = /^\d{1,2}$/.test(t.text) || COUNT_WORDS.has(t.folded);
  if (count && foldedAt(tokens, k + 1) === 'uur') return true;
  // "half elf", "kwart over negen", "kwart voor twaalf"
  if (t.folded === 'half') return COUNT_WORDS.has(foldedAt(tokens, k + 1));
  if (t.folded === 'kwart') return (foldedAt(tokens, k + 1) === 'over' || foldedAt(tokens, k + 1) === 'voor') && COUNT_WORDS.has(foldedAt(tokens, k + 2));
  return false;
}

/** "gevraagd om Citrix-systemen uit te schakelen", "verzocht … in te trekken": an action follows. */
function actionFollows(tokens: Token[], verb: number, to: number): boolean {
  for (let k = verb + 1; k < to && k < verb + 25; k++) {
    if (tokens[k].folded === 'te' && tokenIfAny(tokens, k + 1)?.word) return true;
    if (tokens[k].text === '.' || tokens[k].text === ';') return false;
  }
  return false;
}

/** "voor" after a verb of warning, before any "dat" or comma: "waarschuwde de NVWA voor één partij". */
function warnsAgainst(tokens: Token[], verb: number, to: number): boolean {
  for (let k = verb + 1; k < to && k <= verb + 5; k++) {
    if (tokens[k].folded === 'dat' || tokens[k].text === ',') return false;
    if (tokens[k].folded === 'voor') return true;
  }
  return false;
}

function firstPersonNear(tokens: Token[], verb: number, from: number, to: number): boolean {
  for (let k = Math.max(from, verb - 3); k <= Math.min(to - 1, verb + 2); k++) {
    if (FIRST_PERSON_PRONOUNS.has(tokens[k].folded)) return true;
  }
  return false;
}

/** A word that can be a subject term wherever it stands (termsOf then leaves out mentions and the cue). */
function isTermWord(w: WordInfo): boolean {
  if (!w.word || (w.folded.length < 4 && !/^\d/.test(w.folded)) || STOP.has(w.folded) || isDateWord(w.folded) || TIME_DETERMINERS.has(w.folded)) return false;
  // Numbers are not subjects, but version numbers ("11.1", "12.0") name what a statement is about.
  if (/^\p{N}/u.test(w.folded) && !/^\d+\.\d+$/.test(w.folded)) return false;
  return !AUXILIARIES.has(w.folded);
}

function termsOf(tokens: Token[], from: number, to: number, mentionAt: number[], cueToken: number): string[] {
  const terms = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if ((t.info.classes & TERM_WORD) === 0 || mentionAt[i] !== -1 || i === cueToken) continue;
    // "advies", "aanbeveling": that it is advice is its kind, not its subject
    if (ADVICE_NOUNS.match(tokens, i, to)) continue;
    terms.add(stem(t.folded));
  }
  return [...terms];
}

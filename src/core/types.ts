/**
 * The analyser's data model. The JSON export (see exportJson.ts) is a projection
 * of these types onto the annotation contract (version 1); the editor adapters use
 * the richer fields (resolution explanations, link reasons, sections).
 *
 * All offsets are UTF-16 code-unit offsets into the text exactly as given, `end`
 * exclusive, and `text === source.slice(start, end)` for every span.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = 'person' | 'organisation' | 'group' | 'role';

/** How a mention names its actor; descriptions and roles are resolved by coreference. */
export type MentionForm = 'name' | 'acronym' | 'title' | 'description';

export interface ActorMention extends Span {
  actorId: string;
  form: MentionForm;
}

export interface Actor {
  /** Stable within one analysis: derived from the canonical name ("ncsc", "grapperhaus"). */
  id: string;
  /** Canonical name: the full name where known ("Nationaal Cyber Security Centrum"). */
  name: string;
  kind: ActorKind;
  /** Other names seen or known: acronym, short name, descriptions used in this text. */
  aliases: string[];
  /** A finer type from the lexicon ("agency", "ministry", "company", "minister", …). */
  category?: string;
  /** For a group: the ids of its member actors ("de bewindslieden" = two ministers). */
  members?: string[];
  mentions: ActorMention[];
}

/** How a date value was obtained, so a hover can explain it. */
export type DateRule =
  | 'absolute' // 17 januari 2020, 17-01-2020, 2020-01-17
  | 'year-from-context' // 16 januari → year of the reference date
  | 'weekday' // vrijdag 24 januari, maandag
  | 'relative-to-document' // vandaag, gisteren, vorige week
  | 'anaphoric' // Diezelfde dag, de volgende dag, twee dagen later
  | 'vague'; // eind januari, half december

export interface DateResolution {
  rule: DateRule;
  /** The date this one was computed from (document date line or an earlier date mention). */
  anchor?: { start: number; end: number; text: string; value: string } | null;
  /** Explanation for hovers: "Diezelfde dag → 17 januari 2020 (2020-01-17): following '17 januari 2020' (2020-01-17)". */
  explanation: string;
}

export interface DateMention extends Span {
  /** ISO 8601: 2020-01-17, 2020-01, 2020, or an ISO week 2020-W04. */
  value: string;
  resolution: DateResolution;
}

export type ClaimKind = 'claim' | 'advice';
export type AdviceChange = 'issued' | 'escalated' | 'relaxed' | 'revised' | 'withdrawn' | 'confirmed';
export type LinkRelation = 'revises' | 'contradicts' | 'escalates' | 'relaxes' | 'withdraws' | 'confirms';

/** The words that made the analyser see a claim or advice. */
export interface Cue extends Span {
  type: 'according-to' | 'aldus' | 'speech-verb' | 'advice' | 'decision' | 'recap' | 'headline' | 'author';
}

/** A word or phrase that signals how a statement changes earlier ones. */
export interface ChangeCue extends Span {
  type: AdviceChange | 'contradicted';
}

export interface Claim extends Span {
  /** "c1", "c2", … in document order. */
  id: string;
  /** Actor id of the source, or null when none could be found. */
  actor: string | null;
  /** ISO date the claim was made, or null when the text does not give one. */
  date: string | null;
  kind: ClaimKind;
  /** Only for advice. */
  change?: AdviceChange;
  cue: Cue | null;
  /** The cue that signals a change relative to earlier statements ("wijzigde", "versoepeld"). */
  changeCue?: ChangeCue | null;
  /** Content terms (stems) used to relate claims about the same subject. */
  terms: string[];
  /** True when the text marks the claim as a recap of an earlier statement. */
  recap?: boolean;
  /** Negated or reversed polarity ("niet langer", "geen"), used for contradictions. */
  negated?: boolean;
}

export interface LinkEnd {
  file: string;
  claimId: string;
}

export interface LinkReason {
  /** Subject terms the two claims share. */
  sharedTerms: string[];
  /** The cue in the later claim that signals the change, if any. */
  cue: string | null;
  /** English sentence for hovers. */
  explanation: string;
}

export interface Link {
  from: LinkEnd;
  to: LinkEnd;
  relation: LinkRelation;
  reason: LinkReason;
}

export interface Section {
  /** Heading text, or a generated title for the text before the first heading. */
  title: string;
  level: number;
  start: number;
  end: number;
  /** The heading line itself, when there is one. */
  heading: Span | null;
}

export interface DocumentAnalysis {
  file: string;
  /** ISO date of the document (date line, front matter or Datum line), or null. */
  date: string | null;
  /** The span that gave the document date. */
  dateSource: Span | null;
  actors: Actor[];
  dates: DateMention[];
  claims: Claim[];
  sections: Section[];
  /** Text length, for adapters that check they hold the analysis of the current text. */
  length: number;
}

export interface CorpusAnalysis {
  documents: DocumentAnalysis[];
  links: Link[];
  errors: { file: string; message: string }[];
}

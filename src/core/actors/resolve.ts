/**
 * Document-level actor resolution: gives every mention its actor. Names,
 * acronyms and titles are matched to one another; descriptions ("de
 * overheidsdienst", "het softwarebedrijf", "de bewindslieden") are resolved to
 * the most salient earlier actor of a fitting category.
 */
import { ACRONYM_IDS, ORGANISATION_BY_ID, MINISTRY_BY_ID, firstOf, isPublicGroup } from '../lexicon';
import type { ActorKind, ActorMention } from '../types';
import type { RawMention } from './scan';
import { firstAt } from '../text/search';

/** A mention placed in the document: absolute offsets and global sentence number. */
export interface PlacedMention extends RawMention {
  /** Global sentence number in the document. */
  globalSentence: number;
  block: number;
  /** Global index of the mention this one abbreviates/describes/speaks for/is coordinated with. */
  acronymOfGlobal?: number;
  appositionOfGlobal?: number;
  roleOfGlobal?: number;
  coordinatedWithGlobal?: number;
  /** The mention as an actor shows it, once made (kept across edits, see documentStage.ts). */
  shown?: ActorMention;
}

export interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  category: string;
  ministry?: string;
  members?: string[];
  aliases: Set<string>;
  mentions: number[];
  /** Some mention is the subject of its clause. */
  acts: boolean;
  /** Public bodies and named persons count as actors even where the text only names them. */
  always: boolean;
  /** The words of `name`, lower-cased, once asked for (descriptions compare their noun with them). */
  nameWords?: { name: string; words: string[] };
  /** The description lookup that last looked at this entity: a stamp, so that no set is built per lookup. */
  lookedAtBy?: number;
  /** The id an actor of this entity is given unless another has it (see documentStage.ts). */
  baseId?: string;
}

export interface ActorResolution {
  entities: Map<string, Entity>;
  /** Entity key per mention (global index), or null for mentions that name no actor. */
  entityOf: (string | null)[];
}

/** Categories of public bodies that are actors wherever they are named. */
const ALWAYS_CATEGORIES = new Set([
  'agency', 'security', 'intelligence', 'regulator', 'inspectorate', 'advisory', 'planning',
  'prosecution', 'police', 'ministry', 'minister', 'state-secretary',
]);
export const MINISTER_CATEGORIES = new Set(['minister', 'state-secretary', 'minister-president', 'premier', 'vicepremier']);
/**
 * How far a description looks back for its antecedent: over the last HISTORY_WINDOW actors named, and
 * no further than HISTORY_SENTENCES sentences. An antecedent is never pages away; and bounded by
 * sentences, what a description finds does not depend on how many actors were named far before it,
 * so an edit that names one more or one fewer changes only the decisions of the next sentences (the
 * incremental analyser stops re-resolving there, see resumeStage()).
 */
export const HISTORY_WINDOW = 200;
export const HISTORY_SENTENCES = 40;
/** A description that points with a demonstrative: "dit bedrijf", "deze dienst". */
const DEMONSTRATIVE = /^(?:dit|deze)\s/i;
/** How far back (in sentences) a description looks for a subject-like antecedent first. */
const SALIENT_WINDOW = 6;

/** Description nouns of bodies that each place has one of: "de gemeente" means a municipality, whatever its category says. */
const NAMED_KINDS = new Set(['gemeente', 'provincie', 'waterschap', 'veiligheidsregio']);

/** A body the lexicon knows by name or acronym (the GGD, the VNG): no municipality or province of a text. */
function isLexiconBody(entity: Entity): boolean {
  return entity.key.startsWith('org:');
}

function compatible(entity: Entity, refersTo: string[]): boolean {
  if (refersTo.includes(entity.category)) return true;
  if (entity.kind === 'person' && (refersTo.includes('person') || (MINISTER_CATEGORIES.has(entity.category) && refersTo.some((r) => MINISTER_CATEGORIES.has(r))))) return true;
  if (refersTo.includes('organisation') && entity.kind === 'organisation') return true;
  return false;
}

/** What the whole text says about names, read before any mention is resolved. */
export interface ActorFacts {
  /** surname → person entity key */
  personKeys: Map<string, string>;
  /** "minister:jenv" → person entity key */
  personMinistry: Map<string, string>;
  /** surname → the name as written, particles and all ("De Jonge") */
  personDisplay: Map<string, string>;
  /** acronym text → entity key */
  acronymKeys: Map<string, string>;
  nonInitialNames: Set<string>;
  standaloneNames: Set<string>;
}

/** The key of an office in ActorFacts.personMinistry: "minister:jenv". */
export const office = (m: RawMention) => `${m.category ?? 'minister'}:${m.ministry}`;

export function actorFacts(mentions: PlacedMention[]): ActorFacts {
  const facts: ActorFacts = {
    personKeys: new Map(),
    personMinistry: new Map(),
    personDisplay: new Map(),
    acronymKeys: new Map(),
    nonInitialNames: new Set(),
    standaloneNames: new Set(),
  };
  // Indexed loops: this runs once per edit, often before the engine optimises it, and for-of would
  // allocate an iterator result per mention there.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type === 'person') {
      if (!facts.personKeys.has(m.key)) facts.personKeys.set(m.key, `person:${m.key}`);
      facts.personDisplay.set(m.key, m.display);
      if (m.ministry) facts.personMinistry.set(office(m), `person:${m.key}`);
    }
    if (m.type === 'acronym-name') facts.acronymKeys.set(m.key, `acr:${m.key}`);
    if (m.type === 'name' && !m.sentenceInitial) facts.nonInitialNames.add(m.key);
    if (m.type === 'name' || m.type === 'latent') facts.standaloneNames.add(m.key);
  }
  // A letter's signature: "De minister van Justitie en Veiligheid," followed by the name.
  mentions.forEach((m, index) => {
    if (m.type !== 'office' || !m.ministry || facts.personMinistry.has(office(m))) return;
    const signer = signaturePerson(mentions, index);
    if (signer) facts.personMinistry.set(office(m), `person:${signer.key}`);
  });
  return facts;
}

/** The person who signs under the office mention at `index`: the first person the next block names. */
export function signaturePerson(mentions: PlacedMention[], index: number): PlacedMention | undefined {
  const block = mentions[index].block;
  for (let k = index + 1; k < mentions.length && mentions[k].block <= block + 1; k++) {
    if (mentions[k].type === 'person' && mentions[k].block === block + 1) return mentions[k];
  }
  return undefined;
}

/**
 * What one block's mentions add to the facts, in order, as one string. When an edit
 * leaves a block's signature as it was, the facts of the whole text stay as they were
 * (the signature pass looks from an office to the persons of the next block only).
 */
export function factsSignature(mentions: RawMention[]): string {
  let signature = '';
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'office' || m.type === 'acronym-name' || m.type === 'name' || m.type === 'latent') {
      signature += `${m.type}\u0001${m.key}\u0001${m.display}\u0001${m.ministry ?? ''}\u0001${m.category ?? ''}\u0001${m.sentenceInitial}\u0002`;
    }
  }
  return signature;
}

/**
 * Whether the facts `after` differ from `before` only in what mentions of [from, to)
 * read: then a pass resumed at `from` with the new facts gives every other mention what
 * the old pass gave it.
 */
export function factsChangeOnlyWithin(before: ActorFacts, after: ActorFacts, mentions: PlacedMention[], from: number, to: number): boolean {
  const changedKeys = <T>(a: Map<string, T> | Set<string>, b: Map<string, T> | Set<string>): Set<string> => {
    const keys = new Set<string>();
    const valueOf = (m: Map<string, T> | Set<string>, k: string) => (m instanceof Map ? m.get(k) : m.has(k));
    for (const k of a.keys()) if (valueOf(a, k) !== valueOf(b, k)) keys.add(k);
    for (const k of b.keys()) if (valueOf(a, k) !== valueOf(b, k)) keys.add(k);
    return keys;
  };
  const persons = changedKeys(before.personKeys, after.personKeys);
  const offices = changedKeys(before.personMinistry, after.personMinistry);
  const displays = changedKeys(before.personDisplay, after.personDisplay);
  const acronyms = changedKeys(before.acronymKeys, after.acronymKeys);
  const nonInitial = changedKeys(before.nonInitialNames, after.nonInitialNames);
  const standalone = changedKeys(before.standaloneNames, after.standaloneNames);
  if (persons.size + offices.size + displays.size + acronyms.size + nonInitial.size + standalone.size === 0) return true;
  const changed: ChangedFacts = { before, persons, offices, displays, acronyms, nonInitial, standalone };
  for (let k = 0; k < mentions.length; k++) {
    if (k === from) k = to;
    if (k < mentions.length && readsChangedFacts(mentions[k], mentions, changed)) return false;
  }
  return true;
}

/** The keys whose facts changed (see factsChangeOnlyWithin()), and the facts before. */
interface ChangedFacts {
  before: ActorFacts;
  persons: Set<string>;
  offices: Set<string>;
  displays: Set<string>;
  acronyms: Set<string>;
  nonInitial: Set<string>;
  standalone: Set<string>;
}

/**
 * Whether resolving the mention reads one of the facts that changed. A function of its own, not a
 * closure made per call: optimised code that called one closure was thrown away when it met the next.
 */
function readsChangedFacts(m: PlacedMention, mentions: PlacedMention[], changed: ChangedFacts): boolean {
  const { before, persons, offices, displays, acronyms, nonInitial, standalone } = changed;
  switch (m.type) {
    case 'name':
    case 'latent':
      // A latent run read as a person's name is a 'name' now: its run key was looked up.
      return persons.has(m.key) || acronyms.has(m.display) || nonInitial.has(m.key) || (m.runKey !== undefined && persons.has(m.runKey));
    case 'acronym-name':
      return (m.productOf !== undefined && standalone.has(m.productOf)) || (m.acronymOfGlobal !== undefined && standalone.has(mentions[m.acronymOfGlobal].productOf ?? ''));
    case 'office': {
      const person = m.ministry ? before.personMinistry.get(office(m)) : undefined;
      return offices.has(office(m)) || (person !== undefined && displays.has(person.slice('person:'.length)));
    }
    case 'role':
      return m.roleOfGlobal !== undefined && mentions[m.roleOfGlobal].type === 'name' && acronyms.has(mentions[m.roleOfGlobal].display);
    default:
      return false;
  }
}

/**
 * A new entity, every field present from the start: entities made in different places (a pass, a
 * replayed change, a resolution, a claim's group) then share one hidden class, and the pass's
 * lookups over them stay monomorphic.
 */
function makeEntity(key: string, name: string, kind: ActorKind, category: string, always: boolean): Entity {
  return {
    key,
    name,
    kind,
    category,
    ministry: undefined,
    members: undefined,
    aliases: new Set(),
    mentions: [],
    acts: false,
    always,
    nameWords: undefined,
    lookedAtBy: undefined,
    baseId: undefined,
  };
}

/** An entity's attributes right after a mention created or changed it. */
export interface EntityChange {
  /** The mention (global index) whose resolution made the change. */
  index: number;
  key: string;
  name: string;
  kind: ActorKind;
  category: string;
  ministry: string | undefined;
  members: string | undefined;
  always: boolean;
}

/** A change recorded `shift` mentions further: field by field, in the order record() makes one (one object shape). */
function movedChange(change: EntityChange, shift: number): EntityChange {
  const { key, name, kind, category, ministry, members, always } = change;
  return { index: change.index + shift, key, name, kind, category, ministry, members, always };
}

export function sameChange(a: EntityChange, b: EntityChange): boolean {
  return a.key === b.key && a.name === b.name && a.kind === b.kind && a.category === b.category && a.ministry === b.ministry && a.members === b.members && a.always === b.always;
}

interface Latent {
  key: string;
  display: string;
  index: number;
}

/**
 * The main pass of actor resolution, one mention at a time, in document order.
 * It keeps a record of every entity it creates or changes (`changes`) and of the
 * latent vendors it meets (`latents`), so that its state before any mention can be
 * rebuilt: an edit resolves the mentions from the edited paragraph on again
 * (resume) and stops where the new pass agrees with the old one (see converged).
 * The entities here carry attributes only; their mentions are gathered by
 * actorResolution().
 */
export class ActorPass {
  entities = new Map<string, Entity>();
  /** Entity key per mention as this pass gave it (roles are moved to their organisation afterwards). */
  readonly passKey: (string | null)[];
  readonly changes: EntityChange[] = [];
  readonly latents: Latent[] = [];
  private history: { entity: Entity; index: number }[] = [];
  private lastChange = new Map<string, EntityChange>();
  /** Counts description lookups, for Entity.lookedAtBy. */
  private lookup = 0;

  constructor(
    public mentions: PlacedMention[],
    readonly facts: ActorFacts,
    passKey?: (string | null)[],
  ) {
    this.passKey = passKey ?? new Array(mentions.length).fill(null);
  }

  /** A pass in the state `old` had before mention `index`, over `mentions` (equal to old's before `index`). */
  static resume(old: ActorPass, mentions: PlacedMention[], index: number, facts: ActorFacts = old.facts, passKey?: (string | null)[]): ActorPass {
    // The caller may hand over the old keys, already lined up with the new mentions: nothing is copied then.
    const pass = new ActorPass(mentions, facts, passKey);
    if (!passKey) for (let k = 0; k < index; k++) pass.passKey[k] = old.passKey[k];
    for (let c = 0; c < old.changes.length && old.changes[c].index < index; c++) pass.apply(old.changes[c]);
    for (let l = 0; l < old.latents.length && old.latents[l].index < index; l++) pass.latents.push(old.latents[l]);
    const history: { entity: Entity; index: number }[] = [];
    for (let k = index - 1; k >= 0 && history.length < HISTORY_WINDOW; k--) {
      const key = pass.passKey[k];
      if (key) history.push({ entity: pass.entities.get(key)!, index: k });
    }
    pass.history = history.reverse();
    return pass;
  }

  /**
   * Takes the old pass's results from mention `from` on (its mention `from - shift`), where this
   * pass, resumed before it, has come to agree with it: same state, so the same decisions after.
   * `sameRecord`: it also made and changed the entities in the old order.
   */
  adopt(
    old: ActorPass,
    from: number,
    shift: number,
    sameRecord: boolean,
    groupsMadeAlways: ReadonlySet<string> = new Set(),
    groupsTakenOver: ReadonlyMap<string, { change: EntityChange; at: number }> = new Map(),
  ): void {
    if (this.passKey !== old.passKey) for (let k = from; k < this.passKey.length; k++) this.passKey[k] = old.passKey[k - shift];
    for (let c = firstAt(old.changes, from - shift); c < old.changes.length; c++) {
      const change = old.changes[c];
      this.changes.push(shift === 0 ? change : movedChange(change, shift));
    }
    for (let l = firstAt(old.latents, from - shift); l < old.latents.length; l++) {
      const latent = old.latents[l];
      this.latents.push(shift === 0 ? latent : { key: latent.key, display: latent.display, index: latent.index + shift });
    }
    if (sameRecord) {
      this.entities = old.entities;
      return;
    }
    // The same entities, made in another order (or one made by one pass only, named nowhere after): this
    // pass's order, then those the old pass made later.
    /** Entities the old pass made after the agreement, by the (old) mention where it made them. */
    const madeLater = new Map<string, number>();
    const seen = new Set<string>();
    for (let c = 0; c < old.changes.length; c++) {
      const change = old.changes[c];
      if (seen.has(change.key)) continue;
      seen.add(change.key);
      if (change.index >= from - shift) madeLater.set(change.key, change.index);
    }
    const entities = new Map<string, Entity>();
    for (const [key, entity] of this.entities) entities.set(key, old.entities.get(key) ?? entity);
    // A group taken over is made where the old pass names it again: among those made later, in that order.
    const takenOver = [...groupsTakenOver].sort((a, b) => a[1].at - b[1].at);
    let next = 0;
    for (const [key, entity] of old.entities) {
      if (entities.has(key) || !madeLater.has(key)) continue;
      for (; next < takenOver.length && takenOver[next][1].at < madeLater.get(key)!; next++) entities.set(takenOver[next][0], old.entities.get(takenOver[next][0])!);
      entities.set(key, entity);
    }
    for (; next < takenOver.length; next++) entities.set(takenOver[next][0], old.entities.get(takenOver[next][0])!);
    // Its record, where it is made.
    for (const [, { change, at }] of takenOver) {
      const record = { ...change, index: at + shift };
      this.changes.splice(firstAt(this.changes, record.index), 0, record);
    }
    // A group this pass made an actor for good ("de gemeenten"), where the old pass had not (see
    // PassAgreement): its entity says so. (The old pass's later records of a group can only be its becoming
    // one for good, so they need no change.)
    for (const key of groupsMadeAlways) {
      const entity = entities.get(key);
      if (!entity || entity.always) continue;
      // A copy: the old pass's entity stays as it was.
      const always = resolutionEntity(entity);
      always.always = true;
      entities.set(key, always);
    }
    this.entities = entities;
  }

  /** Replays a recorded change onto this pass's entities. */
  private apply(change: EntityChange): void {
    let entity = this.entities.get(change.key);
    if (!entity) {
      entity = makeEntity(change.key, change.name, change.kind, change.category, change.always);
      this.entities.set(change.key, entity);
    }
    entity.name = change.name;
    entity.category = change.category;
    entity.always = change.always;
    if (change.ministry !== undefined) entity.ministry = change.ministry;
    if (change.members !== undefined) entity.members = change.members.split('+');
    this.changes.push(change);
    this.lastChange.set(change.key, change);
  }

  private ensure(key: string, init: () => Pick<Entity, 'name' | 'kind' | 'category' | 'always' | 'ministry'>): Entity {
    let entity = this.entities.get(key);
    if (!entity) {
      const { name, kind, category, always, ministry } = init();
      entity = makeEntity(key, name, kind, category, always);
      entity.ministry = ministry;
      this.entities.set(key, entity);
    }
    return entity;
  }

  private organisation(key: string, name: string, category: string, kind: ActorKind = 'organisation'): Entity {
    return this.ensure(key, () => ({ name, kind, category, always: ALWAYS_CATEGORIES.has(category) }));
  }

  private personEntity(surnameKey: string, display: string, m: PlacedMention): Entity {
    // A bare name ("Kramer: ophokplicht …" in a headline) says nothing of the person's office; its category is a
    // guess made for organisations.
    const category = m.type === 'name' || m.type === 'latent' ? undefined : m.category;
    const entity = this.ensure(`person:${surnameKey}`, () => ({ name: display, kind: 'person', category: category ?? 'person', always: true }));
    if (m.ministry && !entity.ministry) entity.ministry = m.ministry;
    if (category && entity.category === 'person') entity.category = category;
    return entity;
  }

  private groupOf(members: string[]): Entity {
    const sorted = [...members].sort();
    const entity = this.ensure(`group:${sorted.join('+')}`, () => ({ name: groupName(sorted, this.entities), kind: 'group', category: 'group', always: false }));
    entity.members = sorted;
    return entity;
  }

  /**
   * The ministers (and state secretaries) among the last HISTORY_WINDOW actors named, as other
   * descriptions look back: a minister named pages before is not one of "de bewindslieden" meant
   * here. Only ministers named count, not the members of such a group named before: else a group
   * would carry every minister it ever had on to the end of the text.
   */
  private ministersInHistory(m: PlacedMention): string[] {
    const { history } = this;
    const members = new Set<string>();
    for (let h = history.length - 1, floor = this.historyFloor(m); h >= floor; h--) {
      const e = history[h].entity;
      if (e.kind === 'person' && MINISTER_CATEGORIES.has(e.category)) members.add(e.key);
    }
    return [...members];
  }

  /** The first entry of the history that a description at mention m looks back to (see HISTORY_SENTENCES). */
  private historyFloor(m: PlacedMention): number {
    const { history, mentions } = this;
    const oldest = m.globalSentence - HISTORY_SENTENCES;
    let low = Math.max(0, history.length - HISTORY_WINDOW);
    let high = history.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (mentions[history[mid].index].globalSentence < oldest) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private antecedent(m: PlacedMention): Entity | null {
    const { entities, history, mentions } = this;
    const description = m.description!;
    if (m.appositionOfGlobal !== undefined) {
      const key = this.passKey[m.appositionOfGlobal];
      if (key) return entities.get(key) ?? null;
    }
    const refersTo = description.refersTo;
    const floor = this.historyFloor(m);
    // "de bewindslieden", "de ministers": the ministers named lately, as a group.
    if (description.plural && refersTo.some((r) => MINISTER_CATEGORIES.has(r) || r === 'person')) {
      const members = this.ministersInHistory(m);
      if (members.length < 2) return null;
      return this.groupOf(members);
    }
    // Other plurals ("organisaties", "bedrijven") speak of many, not of one earlier actor.
    if (description.plural) return null;
    // "het ministerie", "het departement" (not the many words that may also mean a ministry, like "organisatie")
    if (refersTo[0] === 'ministry') {
      for (let h = history.length - 1; h >= floor; h--) {
        const e = history[h].entity;
        if (e.category === 'ministry') return e;
        if (e.kind === 'person' && e.ministry) return this.organisation(`org:ministerie-${e.ministry}`, ministryName(e.ministry), 'ministry');
      }
      return this.organisation('org:ministerie', ministryName(null), 'ministry');
    }
    // "de commissie" after "Commissie Werkelijke Schade", "de organisatie" after "Uitvoeringsorganisatie …":
    // an earlier actor whose own name has the description's noun is the one meant.
    const stamp = ++this.lookup;
    for (let h = history.length - 1; h >= floor; h--) {
      const e = history[h].entity;
      if (e.lookedAtBy === stamp) continue;
      e.lookedAtBy = stamp;
      if (e.kind !== 'group' && nameHasNoun(e, description.noun)) return e;
    }
    // "dit bedrijf", "deze dienst": a demonstrative points at the nearest fitting actor, subject or not. So does
    // a description of an organisation after a fitting one in its own sentence ("de verklaring van het bedrijf X dat
    // dit onderdeel van het bedrijf …"): that one is nearer than any subject before. Persons ("de minister") keep to
    // the subject first: a minister named in passing in the sentence is seldom the one meant.
    const demonstrative = DEMONSTRATIVE.test(m.text);
    // "de gemeente", "de provincie": a body of that kind, never another the lexicon knows by name (a GGD, the
    // VNG, the fire service are local bodies too, but no municipality).
    const fits = NAMED_KINDS.has(description.noun) ? (e: Entity) => compatible(e, refersTo) && !isLexiconBody(e) : (e: Entity) => compatible(e, refersTo);
    for (let h = history.length - 1; h >= floor; h--) {
      const earlier = mentions[history[h].index];
      if (earlier.globalSentence !== m.globalSentence && !(demonstrative && m.globalSentence - earlier.globalSentence <= SALIENT_WINDOW)) break;
      const e = history[h].entity;
      if (fits(e) && e.kind !== 'group' && (demonstrative || e.kind !== 'person')) return e;
    }
    // The most recent fitting actor that was the subject of its clause, nearby; else the most recent fitting one.
    let fallback: Entity | null = null;
    for (let h = history.length - 1; h >= floor; h--) {
      const e = history[h].entity;
      if (!fits(e) || e.kind === 'group') continue;
      const earlier = mentions[history[h].index];
      if (m.globalSentence - earlier.globalSentence > SALIENT_WINDOW * 4 && fallback) break;
      if ((earlier.clauseSubject || earlier.type === 'description') && m.globalSentence - earlier.globalSentence <= SALIENT_WINDOW) return e;
      fallback ??= e;
    }
    if (fallback) return fallback;
    // A vendor only named inside a product name ("Citrix Gateway") is still an antecedent: the latest
    // one met (all were met before this mention). Only the latest counts, so two passes whose latest
    // latent vendor is the same decide alike from here on.
    const latest = this.latents[this.latents.length - 1];
    if (latest && refersTo.includes('company')) return this.organisation(`name:${latest.key}`, latest.display, 'company');
    // "De gemeente laat weten …" in a text that names no municipality: the municipality, unnamed.
    if (NAMED_KINDS.has(description.noun)) return this.organisation(`kind:${description.noun}`, description.noun, refersTo[0]);
    return null;
  }

  /** Resolves one mention (global index), after all mentions before it. */
  resolve(index: number): void {
    const { mentions, entities, facts } = this;
    const m = mentions[index];
    this.passKey[index] = null;
    let entity: Entity | null = null;
    switch (m.type) {
      case 'org': {
        const entry = ORGANISATION_BY_ID.get(m.key);
        entity = this.organisation(`org:${m.key}`, entry?.name ?? m.display, m.category ?? entry?.category ?? 'organisation', entry?.kind ?? 'organisation');
        break;
      }
      case 'acronym-name': {
        // A product of a vendor the text names on its own: the vendor is an antecedent, the product no actor.
        const product = m.productOf ?? (m.acronymOfGlobal !== undefined ? mentions[m.acronymOfGlobal].productOf : undefined);
        if (product && facts.standaloneNames.has(product)) {
          this.latents.push({ key: product, display: m.display.split(/\s+/)[0], index });
          break;
        }
        // A name the lexicon knows by its acronym only ("… voor Volksgezondheid en Milieu (RIVM)").
        const known = ORGANISATION_BY_ID.get(ACRONYM_IDS.get(m.key) ?? '');
        if (known) {
          entity = this.organisation(`org:${known.id}`, known.name, known.category, known.kind);
          break;
        }
        entity = this.organisation(`acr:${m.key}`, m.acronymOf !== undefined ? entities.get(this.passKey[m.acronymOfGlobal!] ?? '')?.name ?? m.display : m.display, m.category ?? 'organisation');
        break;
      }
      case 'person':
        entity = this.personEntity(m.key, m.display, m);
        break;
      case 'office': {
        const person = m.ministry ? facts.personMinistry.get(office(m)) : undefined;
        if (person) {
          const surname = person.slice('person:'.length);
          entity = entities.get(person) ?? this.personEntity(surname, facts.personDisplay.get(surname) ?? surname, m);
          if (!entity.ministry) entity.ministry = m.ministry;
        } else {
          entity = this.ensure(`office:${m.key}`, () => ({ name: m.display, kind: 'person', category: m.category ?? 'minister', ministry: m.ministry, always: true }));
        }
        break;
      }
      case 'name': {
        const person = facts.personKeys.get(m.key);
        const acronym = facts.acronymKeys.get(m.display);
        if (person) entity = entities.get(person) ?? this.personEntity(m.key, m.display, m);
        else if (acronym) entity = entities.get(acronym) ?? this.organisation(acronym, m.display, m.category ?? 'organisation');
        else if (m.sentenceInitial && !facts.nonInitialNames.has(m.key) && !followedByAction(m)) entity = null;
        // "in Lindenveen" after "de gemeente Lindenveen": the place, not the municipality.
        else if (m.category === 'place' && entities.get(`name:${m.key}`)?.category === 'local') entity = null;
        else {
          entity = this.organisation(`name:${m.key}`, m.display, m.category ?? 'company');
          if (m.category && m.category !== 'company' && entity.category === 'company') {
            entity.category = m.category;
            entity.always = ALWAYS_CATEGORIES.has(m.category);
          }
          if (m.introduced) entity.always = true;
          // "de kwetsbaarheid in Citrix" looked like a place; "Citrix maakte bekend" shows it is not.
          if (entity.category === 'place' && m.category !== 'place') entity.category = m.category ?? 'company';
        }
        break;
      }
      case 'description':
        entity = this.antecedent(m);
        break;
      case 'group':
        // A group named with its article ("de departementen", "de browsermakers") takes part in the events; the
        // public ("de bewoners") only where it acts or speaks.
        entity = this.ensure(`group:${m.key}`, () => ({ name: m.display, kind: 'group', category: 'group', always: false }));
        if (/^(?:de|alle|beide)\s/i.test(m.text) && !isPublicGroup(m.key) && !m.directed) entity.always = true;
        break;
      case 'role': {
        const of = m.roleOfGlobal !== undefined ? this.passKey[m.roleOfGlobal] : null;
        // The organisation is scanned after the role; resolve it on the spot.
        const ofKey = of ?? (m.roleOfGlobal !== undefined ? keyOfOrganisationMention(mentions[m.roleOfGlobal], facts.acronymKeys) : null);
        const ofName = ofKey ? entities.get(ofKey)?.name ?? lexiconAcronymOf(ofKey) ?? ofKey.replace(/^\w+:/, '') : null;
        const shortName = ofKey ? shortNameOf(ofKey, ofName) : null;
        entity = this.ensure(`role:${m.key}:${ofKey ?? ''}`, () => ({ name: shortName ? `${m.key} ${shortName}` : m.key, kind: 'role', category: m.category ?? 'role', always: false }));
        break;
      }
      case 'latent': {
        // "aldus Bruins Slot": a run of capitals that is the full name of a person named before.
        const person = m.runKey ? facts.personKeys.get(m.runKey) : undefined;
        if (person && m.runEnd !== undefined && m.runText !== undefined) {
          m.type = 'name';
          m.end = m.runEnd;
          m.text = m.runText;
          entity = entities.get(person) ?? this.personEntity(m.runKey!, m.runText, m);
          break;
        }
        this.latents.push({ key: m.key, display: m.display, index });
        break;
      }
    }
    if (!entity) return;
    this.passKey[index] = entity.key;
    this.history.push({ entity, index });
    this.record(entity, index);
  }

  /** Keeps a change record when resolving mention `index` created or changed the entity. */
  private record(entity: Entity, index: number): void {
    const last = this.lastChange.get(entity.key);
    const members = entity.members?.join('+');
    if (last && last.name === entity.name && last.category === entity.category && last.ministry === entity.ministry && last.members === members && last.always === entity.always) return;
    const change: EntityChange = { index, key: entity.key, name: entity.name, kind: entity.kind, category: entity.category, ministry: entity.ministry, members, always: entity.always };
    this.changes.push(change);
    this.lastChange.set(entity.key, change);
  }
}

/** Whether the mention shows its actor acting: the subject of its clause, not told what to do (RawMention.directed). */
export function actsIn(m: PlacedMention): boolean {
  // A place ("in de gemeenten Elburg, Nunspeet en Hattem krijgen …") is where, not who.
  return m.subjectLike && !m.directed && m.category !== 'place';
}

/** A capitalised first word of a sentence or heading is a name only when it acts: "Citrix maakte …". */
function followedByAction(m: PlacedMention): boolean {
  return m.subjectLike && m.verbFollows === true;
}

/** An entity of the resolution (or a copy in a pass), with the attributes the pass gave it and no mentions yet. */
export function resolutionEntity(e: Entity): Entity {
  const entity = makeEntity(e.key, e.name, e.kind, e.category, e.always);
  entity.ministry = e.ministry;
  entity.members = e.members;
  return entity;
}

/**
 * The resolution a finished pass gives: each entity with the mentions the pass gave
 * it, and then roles moved to the organisation they speak for. The pass's own
 * entities are left as they were (an edit resumes from them).
 */
export function actorResolution(pass: ActorPass): ActorResolution {
  const { mentions, passKey } = pass;
  const entities = new Map<string, Entity>();
  for (const e of pass.entities.values()) entities.set(e.key, resolutionEntity(e));
  const entityOf = passKey.slice();
  for (let index = 0; index < passKey.length; index++) {
    const key = passKey[index];
    if (key !== null) gather(entities.get(key)!, index, mentions[index]);
  }
  const resolution = { entities, entityOf };
  moveToOrganisations(resolution, mentions, mentions.keys());
  return resolution;
}

/** Gives an entity of the resolution one more of its mentions (in text order). */
function gather(entity: Entity, index: number, m: PlacedMention): void {
  entity.mentions.push(index);
  noteMention(entity, m);
}

/** What a mention of an entity tells about it: whether it acts, and another name it goes by. */
export function noteMention(entity: Entity, m: PlacedMention): void {
  if (actsIn(m)) entity.acts = true;
  if (m.text !== entity.name) entity.aliases.add(m.text);
}

/**
 * "een woordvoerder van het ministerie": the organisation is a description, resolved after the role, which
 * moves to it now. The role mentions among `indices` (in text order) go to the role speaking for their
 * organisation; the entities they leave lose them all at once (one at a time, a text with many roles took
 * time that grew with the square of their number).
 */
function moveToOrganisations(resolution: ActorResolution, mentions: PlacedMention[], indices: Iterable<number>): void {
  const left = new Map<Entity, Set<number>>();
  for (const index of indices) {
    const m = mentions[index];
    if (m.type !== 'role' || m.roleOfGlobal === undefined) continue;
    const key = resolution.entityOf[index];
    const organisation = resolution.entityOf[m.roleOfGlobal];
    const entity = key ? resolution.entities.get(key) : undefined;
    if (!entity || !organisation || key !== `role:${m.key}:`) continue;
    const target = roleSpeakingFor(resolution, entity, organisation);
    if (!target) continue;
    resolution.entityOf[index] = target.key;
    target.mentions.push(index);
    let moved = left.get(entity);
    if (!moved) left.set(entity, (moved = new Set()));
    moved.add(index);
  }
  for (const [entity, moved] of left) {
    entity.mentions = entity.mentions.filter((index) => !moved.has(index));
    if (entity.mentions.length === 0) resolution.entities.delete(entity.key);
  }
}

/** Whether an entity key is a role's ("role:woordvoerder:org:ncsc", "role:woordvoerder:"). */
export function isRoleKey(key: string | null): boolean {
  return key !== null && key.startsWith('role:');
}

/**
 * The role entities of a resolution made again, as actorResolution() and then attachRolesToAuthor() make
 * them, from the mentions the pass gave a role's key; every other entity and its mentions stay. An edit
 * that changes a role mention, or a mention a role speaks for, patches a resolution so (see
 * patchResolution() in documentStage.ts): the roles are few, the mentions many. The role entities
 * come after the others in the map; the caller puts them in order. Returns the keys of the role
 * entities taken away and made.
 */
export function remakeRoles(resolution: ActorResolution, pass: ActorPass, author: string | null): Set<string> {
  const { mentions, passKey } = pass;
  const { entities, entityOf } = resolution;
  const keys = new Set<string>();
  for (const key of entities.keys()) if (isRoleKey(key)) keys.add(key);
  for (const key of keys) entities.delete(key);
  for (const e of pass.entities.values()) if (isRoleKey(e.key)) entities.set(e.key, resolutionEntity(e));
  // Only mentions the pass gave a role's key name a role, or move to one.
  const indices: number[] = [];
  for (let index = 0; index < passKey.length; index++) {
    const key = passKey[index];
    if (!isRoleKey(key)) continue;
    indices.push(index);
    entityOf[index] = key;
    gather(entities.get(key!)!, index, mentions[index]);
  }
  moveToOrganisations(resolution, mentions, indices);
  if (author) attachRolesToAuthor(resolution, author);
  for (const key of entities.keys()) if (isRoleKey(key)) keys.add(key);
  return keys;
}

/** True when one of the words of an entity's name is, or ends in, the noun: "Uitvoeringsorganisatie Herstel" ~ "organisatie". */
function nameHasNoun(entity: Entity, noun: string): boolean {
  if (noun.length < 4) return false;
  if (entity.nameWords?.name !== entity.name) entity.nameWords = { name: entity.name, words: entity.name.toLowerCase().split(/[\s-]+/) };
  const words = entity.nameWords.words;
  for (const word of words) if (word === noun || (word.length > noun.length + 3 && word.endsWith(noun))) return true;
  return false;
}

function keyOfOrganisationMention(m: PlacedMention, acronymKeys: Map<string, string>): string | null {
  if (m.type === 'org') return `org:${m.key}`;
  if (m.type === 'acronym-name') return `acr:${m.key}`;
  if (m.type === 'name') return acronymKeys.get(m.display) ?? `name:${m.key}`;
  return null;
}

/** The lexicon's first acronym for the organisation of entity key `key` ("org:ncsc" → "NCSC"), if it has one. */
function lexiconAcronymOf(key: string): string | undefined {
  const entry = ORGANISATION_BY_ID.get(key.replace(/^org:/, ''));
  return entry ? firstOf(entry.acronyms) : undefined;
}

function shortNameOf(key: string, name: string | null): string | null {
  const acronym = lexiconAcronymOf(key);
  if (acronym) return acronym;
  if (key.startsWith('acr:')) return key.slice(4);
  return name;
}

/** The name of the ministry entity that "het ministerie" makes after a minister of `id` (or after none). */
function ministryName(id: string | null): string {
  return id === null ? 'ministerie' : MINISTRY_BY_ID.get(id)?.name ?? `ministerie ${id}`;
}

/**
 * Whether a change made a ministry entity just as "het ministerie" makes it (antecedent()): its
 * attributes follow from its key alone, so a later description that makes or finds it gives it
 * the same ones whichever pass made it first.
 */
export function madeAsDescriptionsMakeIt(change: EntityChange): boolean {
  if (change.key !== 'org:ministerie' && !change.key.startsWith('org:ministerie-')) return false;
  const id = change.key === 'org:ministerie' ? null : change.key.slice('org:ministerie-'.length);
  return change.name === ministryName(id) && change.kind === 'organisation' && change.category === 'ministry' &&
    change.always === ALWAYS_CATEGORIES.has('ministry') && change.ministry === undefined && change.members === undefined;
}

/** A group's name: its members' names ("Grapperhaus en Knops"), in the order given. */
export function groupName(members: string[], entities: Map<string, Entity>): string {
  let name = '';
  for (let k = 0; k < members.length; k++) name += (k === 0 ? '' : ' en ') + (entities.get(members[k])?.name ?? members[k]);
  return name;
}

/** The group entity for coordinated persons, created on demand (used for claim sources). */
export function coordinatedGroup(resolution: ActorResolution, memberKeys: string[]): Entity | null {
  const members = [...new Set(memberKeys)].filter((k) => resolution.entities.get(k)?.kind === 'person').sort();
  if (members.length < 2) return null;
  const key = `group:${members.join('+')}`;
  let entity = resolution.entities.get(key);
  if (!entity) {
    entity = makeEntity(key, groupName(members, resolution.entities), 'group', 'group', false);
    entity.members = members;
    entity.acts = true;
    resolution.entities.set(key, entity);
  }
  return entity;
}

/** Roles without an organisation ("een woordvoerder") in a text with an author speak for that author. */
export function attachRolesToAuthor(resolution: ActorResolution, author: string): void {
  for (const [key, entity] of [...resolution.entities]) {
    if (!/^role:[^:]+:$/.test(key)) continue;
    const target = roleSpeakingFor(resolution, entity, author);
    if (!target) continue;
    for (const index of entity.mentions) {
      resolution.entityOf[index] = target.key;
      target.mentions.push(index);
    }
    entity.mentions = [];
    resolution.entities.delete(key);
  }
}

/**
 * The role of the same title as a role entity, speaking for `organisation` ("role:woordvoerder:org:ncsc"): made
 * with the entity's attributes (and put after the others) when there is none yet. Null when the organisation is
 * no entity.
 */
function roleSpeakingFor(resolution: ActorResolution, entity: Entity, organisation: string): Entity | null {
  const owner = resolution.entities.get(organisation);
  const title = /^role:([^:]+):/.exec(entity.key)?.[1];
  if (!owner || !title) return null;
  const key = `role:${title}:${organisation}`;
  let target = resolution.entities.get(key);
  if (!target) {
    target = makeEntity(key, `${title} ${shortNameOf(organisation, owner.name)}`, entity.kind, entity.category, entity.always);
    target.ministry = entity.ministry;
    target.members = entity.members;
    target.acts = entity.acts;
    resolution.entities.set(key, target);
  }
  return target;
}

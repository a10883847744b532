/**
 * Document-level actor resolution: gives every mention its actor. Names,
 * acronyms and titles are matched to one another; descriptions ("de
 * overheidsdienst", "het softwarebedrijf", "de bewindslieden") are resolved to
 * the most salient earlier actor of a fitting category.
 */
import { ACRONYM_IDS, ORGANISATION_BY_ID, MINISTRY_BY_ID } from '../lexicon';
import type { ActorKind } from '../types';
import type { RawMention } from './scan';

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
const MINISTER_CATEGORIES = new Set(['minister', 'state-secretary', 'minister-president', 'premier', 'vicepremier']);
/** How many earlier mentions a description looks back over: an antecedent is never pages away. */
const HISTORY_WINDOW = 200;
/** How far back (in sentences) a description looks for a subject-like antecedent first. */
const SALIENT_WINDOW = 6;

function compatible(entity: Entity, refersTo: string[]): boolean {
  if (refersTo.includes(entity.category)) return true;
  if (entity.kind === 'person' && (refersTo.includes('person') || (MINISTER_CATEGORIES.has(entity.category) && refersTo.some((r) => MINISTER_CATEGORIES.has(r))))) return true;
  if (refersTo.includes('organisation') && entity.kind === 'organisation') return true;
  return false;
}

export function resolveActors(mentions: PlacedMention[]): ActorResolution {
  const entities = new Map<string, Entity>();
  const entityOf: (string | null)[] = new Array(mentions.length).fill(null);

  // First pass: what the whole text says about names.
  const personKeys = new Map<string, string>(); // surname → entity key
  const personMinistry = new Map<string, string>(); // "minister:jenv" → person entity key
  const personDisplay = new Map<string, string>(); // surname key → the name as written ("De Jonge")
  const office = (m: PlacedMention) => `${m.category ?? 'minister'}:${m.ministry}`;
  const acronymKeys = new Map<string, string>(); // acronym text → entity key
  const nonInitialNames = new Set<string>();
  const standaloneNames = new Set<string>();
  mentions.forEach((m) => {
    if (m.type === 'person') {
      personKeys.set(m.key, `person:${m.key}`);
      // the name as written, particles and all ("De Vries"), for the actor's name
      personDisplay.set(m.key, m.display);
      if (m.ministry) personMinistry.set(office(m), `person:${m.key}`);
    }
    if (m.type === 'acronym-name') acronymKeys.set(m.key, `acr:${m.key}`);
    if (m.type === 'name' && !m.sentenceInitial) nonInitialNames.add(m.key);
    if (m.type === 'name' || m.type === 'latent') standaloneNames.add(m.key);
  });
  // A letter's signature: "De minister van Justitie en Veiligheid," followed by the name.
  mentions.forEach((m, index) => {
    if (m.type !== 'office' || !m.ministry || personMinistry.has(office(m))) return;
    for (let k = index + 1; k < mentions.length && mentions[k].block <= m.block + 1; k++) {
      if (mentions[k].type === 'person' && mentions[k].block === m.block + 1) {
        personMinistry.set(office(m), `person:${mentions[k].key}`);
        break;
      }
    }
  });

  const ensure = (key: string, init: () => Omit<Entity, 'key' | 'aliases' | 'mentions' | 'acts'>): Entity => {
    let entity = entities.get(key);
    if (!entity) {
      entity = { key, aliases: new Set(), mentions: [], acts: false, ...init() };
      entities.set(key, entity);
    }
    return entity;
  };
  const assign = (index: number, entity: Entity) => {
    const m = mentions[index];
    entityOf[index] = entity.key;
    entity.mentions.push(index);
    if (m.subjectLike) entity.acts = true;
    if (m.text !== entity.name) entity.aliases.add(m.text);
  };

  /** Entities most recently mentioned, newest last, for descriptions. */
  const history: { entity: Entity; index: number }[] = [];
  /** Counts description lookups, for Entity.lookedAtBy. */
  let lookup = 0;
  /** Persons named so far, in order; "de bewindslieden" are the ministers among them. */
  const ministersSoFar = new Set<string>();
  const latents: { key: string; display: string; index: number }[] = [];

  const organisation = (key: string, name: string, category: string, kind: ActorKind = 'organisation') =>
    ensure(key, () => ({ name, kind, category, always: ALWAYS_CATEGORIES.has(category) }));

  const personEntity = (surnameKey: string, display: string, m: PlacedMention) => {
    const entity = ensure(`person:${surnameKey}`, () => ({ name: display, kind: 'person', category: m.category ?? 'person', always: true }));
    if (m.ministry && !entity.ministry) entity.ministry = m.ministry;
    if (m.category && entity.category === 'person') entity.category = m.category;
    return entity;
  };

  const antecedent = (m: PlacedMention, index: number): Entity | null => {
    const description = m.description!;
    if (m.appositionOfGlobal !== undefined) {
      const key = entityOf[m.appositionOfGlobal];
      if (key) return entities.get(key) ?? null;
    }
    const refersTo = description.refersTo;
    // "de bewindslieden", "de ministers": the ministers named so far, as a group.
    if (description.plural && refersTo.some((r) => MINISTER_CATEGORIES.has(r) || r === 'person')) {
      const members = [...ministersSoFar].filter((k) => MINISTER_CATEGORIES.has(entities.get(k)!.category));
      if (members.length < 2) return null;
      return groupOf(members);
    }
    // Other plurals ("organisaties", "bedrijven") speak of many, not of one earlier actor.
    if (description.plural) return null;
    // "het ministerie", "het departement" (not the many words that may also mean a ministry, like "organisatie")
    if (refersTo[0] === 'ministry') {
      for (let h = history.length - 1; h >= Math.max(0, history.length - HISTORY_WINDOW); h--) {
        const e = history[h].entity;
        if (e.category === 'ministry') return e;
        if (e.kind === 'person' && e.ministry) {
          const ministry = MINISTRY_BY_ID.get(e.ministry);
          return organisation(`org:ministerie-${e.ministry}`, ministry?.name ?? `ministerie ${e.ministry}`, 'ministry');
        }
      }
      return organisation('org:ministerie', 'ministerie', 'ministry');
    }
    // "de commissie" after "Commissie Werkelijke Schade", "de organisatie" after "Uitvoeringsorganisatie …":
    // an earlier actor whose own name has the description's noun is the one meant.
    const stamp = ++lookup;
    for (let h = history.length - 1; h >= Math.max(0, history.length - HISTORY_WINDOW); h--) {
      const e = history[h].entity;
      if (e.lookedAtBy === stamp) continue;
      e.lookedAtBy = stamp;
      if (e.kind !== 'group' && nameHasNoun(e, description.noun)) return e;
    }
    // The most recent fitting actor that was the subject of its clause, nearby; else the most recent fitting one.
    let fallback: Entity | null = null;
    for (let h = history.length - 1; h >= Math.max(0, history.length - HISTORY_WINDOW); h--) {
      const e = history[h].entity;
      if (!compatible(e, refersTo) || e.kind === 'group') continue;
      const earlier = mentions[history[h].index];
      if (m.globalSentence - earlier.globalSentence > SALIENT_WINDOW * 4 && fallback) break;
      if ((earlier.subjectLike || earlier.type === 'description') && m.globalSentence - earlier.globalSentence <= SALIENT_WINDOW) return e;
      fallback ??= e;
    }
    if (fallback) return fallback;
    // A vendor only named inside a product name ("Citrix Gateway") is still an antecedent.
    for (let l = latents.length - 1; l >= Math.max(0, latents.length - HISTORY_WINDOW); l--) {
      if (refersTo.includes('company') && latents[l].index < index) {
        return organisation(`name:${latents[l].key}`, latents[l].display, 'company');
      }
    }
    return null;
  };

  const groupOf = (members: string[]): Entity => {
    const sorted = [...members].sort();
    const names = sorted.map((k) => entities.get(k)?.name ?? k);
    const entity = ensure(`group:${sorted.join('+')}`, () => ({ name: names.join(' en '), kind: 'group', category: 'group', always: false }));
    entity.members = sorted;
    return entity;
  };

  mentions.forEach((m, index) => {
    let entity: Entity | null = null;
    switch (m.type) {
      case 'org': {
        const entry = ORGANISATION_BY_ID.get(m.key);
        entity = organisation(`org:${m.key}`, entry?.name ?? m.display, m.category ?? entry?.category ?? 'organisation', entry?.kind ?? 'organisation');
        break;
      }
      case 'acronym-name': {
        // A product of a vendor the text names on its own: the vendor is an antecedent, the product no actor.
        const product = m.productOf ?? (m.acronymOfGlobal !== undefined ? mentions[m.acronymOfGlobal].productOf : undefined);
        if (product && standaloneNames.has(product)) {
          latents.push({ key: product, display: m.display.split(/\s+/)[0], index });
          break;
        }
        // A name the lexicon knows by its acronym only ("… voor Volksgezondheid en Milieu (RIVM)").
        const known = ORGANISATION_BY_ID.get(ACRONYM_IDS.get(m.key) ?? '');
        if (known) {
          entity = organisation(`org:${known.id}`, known.name, known.category, known.kind);
          break;
        }
        entity = organisation(`acr:${m.key}`, m.acronymOf !== undefined ? entities.get(entityOf[m.acronymOfGlobal!] ?? '')?.name ?? m.display : m.display, m.category ?? 'organisation');
        break;
      }
      case 'person':
        entity = personEntity(m.key, m.display, m);
        break;
      case 'office': {
        const person = m.ministry ? personMinistry.get(office(m)) : undefined;
        if (person) {
          const surname = person.slice('person:'.length);
          entity = entities.get(person) ?? personEntity(surname, personDisplay.get(surname) ?? surname, m);
          if (!entity.ministry) entity.ministry = m.ministry;
        } else {
          entity = ensure(`office:${m.key}`, () => ({ name: m.display, kind: 'person', category: m.category ?? 'minister', ministry: m.ministry, always: true }));
        }
        break;
      }
      case 'name': {
        const person = personKeys.get(m.key);
        const acronym = acronymKeys.get(m.display);
        if (person) entity = entities.get(person) ?? personEntity(m.key, m.display, m);
        else if (acronym) entity = entities.get(acronym) ?? organisation(acronym, m.display, m.category ?? 'organisation');
        else if (m.sentenceInitial && !nonInitialNames.has(m.key) && !followedByAction(m)) entity = null;
        else {
          entity = organisation(`name:${m.key}`, m.display, m.category ?? 'company');
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
        entity = antecedent(m, index);
        break;
      case 'group':
        // A group named with its article ("de departementen", "de browsermakers") takes part in the events.
        entity = ensure(`group:${m.key}`, () => ({ name: m.display, kind: 'group', category: 'group', always: false }));
        if (/^(?:de|alle|beide)\s/i.test(m.text)) entity.always = true;
        break;
      case 'role': {
        const of = m.roleOfGlobal !== undefined ? entityOf[m.roleOfGlobal] : null;
        // The organisation is scanned after the role; resolve it on the spot.
        const ofKey = of ?? (m.roleOfGlobal !== undefined ? keyOfOrganisationMention(mentions[m.roleOfGlobal], acronymKeys) : null);
        const ofName = ofKey ? entities.get(ofKey)?.name ?? ORGANISATION_BY_ID.get(ofKey.replace(/^org:/, ''))?.acronyms[0] ?? ofKey.replace(/^\w+:/, '') : null;
        const shortName = ofKey ? shortNameOf(ofKey, ofName) : null;
        entity = ensure(`role:${m.key}:${ofKey ?? ''}`, () => ({ name: shortName ? `${m.key} ${shortName}` : m.key, kind: 'role', category: m.category ?? 'role', always: false }));
        break;
      }
      case 'latent': {
        // "aldus Bruins Slot": a run of capitals that is the full name of a person named before.
        const person = m.runKey ? personKeys.get(m.runKey) : undefined;
        if (person && m.runEnd !== undefined && m.runText !== undefined) {
          m.type = 'name';
          m.end = m.runEnd;
          m.text = m.runText;
          entity = entities.get(person) ?? personEntity(m.runKey!, m.runText, m);
          break;
        }
        latents.push({ key: m.key, display: m.display, index });
        break;
      }
    }
    if (entity) {
      assign(index, entity);
      history.push({ entity, index });
      if (entity.kind === 'person') ministersSoFar.add(entity.key);
    }
  });

  // "een woordvoerder van het ministerie": the organisation is a description, resolved after the role.
  const resolution = { entities, entityOf };
  mentions.forEach((m, index) => {
    if (m.type !== 'role' || m.roleOfGlobal === undefined) return;
    const key = entityOf[index];
    const organisation = entityOf[m.roleOfGlobal];
    const entity = key ? entities.get(key) : undefined;
    if (entity && organisation && key === `role:${m.key}:`) moveRole(resolution, entity, [index], organisation);
  });
  return resolution;

  /** A capitalised first word of a sentence or heading is a name only when it acts: "Citrix maakte …". */
  function followedByAction(m: PlacedMention): boolean {
    return m.subjectLike && m.verbFollows === true;
  }
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

function shortNameOf(key: string, name: string | null): string | null {
  const entry = ORGANISATION_BY_ID.get(key.replace(/^org:/, ''));
  if (entry?.acronyms[0]) return entry.acronyms[0];
  if (key.startsWith('acr:')) return key.slice(4);
  return name;
}

/** The group entity for coordinated persons, created on demand (used for claim sources). */
export function coordinatedGroup(resolution: ActorResolution, memberKeys: string[]): Entity | null {
  const members = [...new Set(memberKeys)].filter((k) => resolution.entities.get(k)?.kind === 'person').sort();
  if (members.length < 2) return null;
  const key = `group:${members.join('+')}`;
  let entity = resolution.entities.get(key);
  if (!entity) {
    const names = members.map((k) => resolution.entities.get(k)!.name);
    entity = { key, name: names.join(' en '), kind: 'group', category: 'group', members, aliases: new Set(), mentions: [], acts: true, always: false };
    resolution.entities.set(key, entity);
  }
  return entity;
}

/** Roles without an organisation ("een woordvoerder") in a text with an author speak for that author. */
export function attachRolesToAuthor(resolution: ActorResolution, author: string): void {
  for (const [key, entity] of [...resolution.entities]) {
    if (/^role:[^:]+:$/.test(key)) moveRole(resolution, entity, entity.mentions, author);
  }
}

/** Gives the mentions of a role entity to the role of the same title speaking for `organisation`. */
function moveRole(resolution: ActorResolution, entity: Entity, indices: number[], organisation: string): void {
  const owner = resolution.entities.get(organisation);
  const title = /^role:([^:]+):/.exec(entity.key)?.[1];
  if (!owner || !title) return;
  const newKey = `role:${title}:${organisation}`;
  const target = resolution.entities.get(newKey) ?? { ...entity, key: newKey, name: `${title} ${shortNameOf(organisation, owner.name)}`, mentions: [], aliases: new Set<string>() };
  resolution.entities.set(newKey, target);
  for (const index of indices) {
    resolution.entityOf[index] = newKey;
    target.mentions.push(index);
  }
  entity.mentions = entity.mentions.filter((index) => !indices.includes(index));
  if (entity.mentions.length === 0) resolution.entities.delete(entity.key);
}

/**
 * The facts of a text (ActorFacts: what the whole text says about names) kept as counts over
 * its blocks' mentions, so that after an edit they follow from the mentions the edit took out
 * and put in, rather than from every mention of the text read again. With them, per fact, how
 * many mentions read it (as readsChangedFacts() in resolve.ts reads them), so that whether a
 * changed fact matters outside the edited region is a count too.
 *
 * The counts are made from the blocks' scanned mentions (RawMention), which the actor pass never
 * changes: the facts they give are those a fresh analysis of the text reads.
 */
import { office, signaturePerson, type ActorFacts, type PlacedMention } from './resolve';
import type { RawMention } from './scan';

/** How many mentions give each key; keys with none are left out. */
type Counts = Map<string, number>;

function bump(counts: Counts, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}

function bumpIn(table: Map<string, Counts>, key: string, inner: string, by: number): void {
  let counts = table.get(key);
  if (!counts) table.set(key, (counts = new Map()));
  bump(counts, inner, by);
  if (counts.size === 0) table.delete(key);
}

/** The only key with a count, or null when there are none or several (then text order decides). */
function single(counts: Counts | undefined): string | null | undefined {
  if (!counts || counts.size === 0) return undefined;
  return counts.size === 1 ? counts.keys().next().value! : null;
}

/**
 * The facts a mention reads when it is resolved, as keys: 'p:' a surname (personKeys), 'a:' an acronym
 * (acronymKeys), 'n:' a name (nonInitialNames), 's:' a vendor (standaloneNames), 'o:' an office
 * (personMinistry, and the display of the person who holds it). A latent run or an acronym the pass
 * reads as a person's name becomes a name: such mentions count as readers of both.
 */
function readerKeys(m: RawMention, block: RawMention[], out: (key: string) => void): void {
  switch (m.type) {
    case 'name':
    case 'latent':
    case 'acronym-name':
      out(`p:${m.key}`);
      out(`a:${m.display}`);
      out(`n:${m.key}`);
      if (m.runKey !== undefined) out(`p:${m.runKey}`);
      if (m.type === 'acronym-name') {
        if (m.productOf !== undefined) out(`s:${m.productOf}`);
        if (m.acronymOf !== undefined) out(`s:${block[m.acronymOf]?.productOf ?? ''}`);
      }
      return;
    case 'office':
      out(`o:${office(m)}`);
      return;
    case 'role': {
      const of = m.roleOf !== undefined && m.roleOf >= 0 ? block[m.roleOf] : undefined;
      if (of && (of.type === 'name' || of.type === 'acronym-name')) out(`a:${of.display}`);
      return;
    }
    default:
      return;
  }
}

/** The last person mention of the text that `fits` (there is one: the counts have it). */
function lastPerson(mentions: PlacedMention[], fits: (m: PlacedMention) => boolean): PlacedMention {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].type === 'person' && fits(mentions[k])) return mentions[k];
  throw new Error('a person mention the facts count is not in the text');
}

/**
 * The person a letter's signature gives an office, as actorFacts() reads it: the first office mention
 * with it (and its ministry) whose next block names a person, that block's first person's key.
 */
function signed(mentions: PlacedMention[], held: string): string | undefined {
  for (let index = 0; index < mentions.length; index++) {
    const m = mentions[index];
    if (m.type !== 'office' || !m.ministry || office(m) !== held) continue;
    const signer = signaturePerson(mentions, index);
    if (signer) return signer.key;
  }
  return undefined;
}

/** The facts after an edit, with whether a mention outside the edited region reads one that changed. */
export interface FactsAfterEdit {
  facts: ActorFacts;
  readOutside: boolean;
}

export class FactsLedger {
  /** Surname → how many person mentions write it each way ("De Jonge"). */
  private readonly displays = new Map<string, Counts>();
  /** Office ("minister:jenv") → surname → how many person mentions name that person with it. */
  private readonly holders = new Map<string, Counts>();
  private readonly acronyms: Counts = new Map();
  private readonly nonInitial: Counts = new Map();
  private readonly standalone: Counts = new Map();
  /** Office mentions with a ministry, per office: a letter's signature may give such an office its person. */
  private readonly offices: Counts = new Map();
  /** How many mentions read each fact (see readerKeys()). */
  private readonly readers: Counts = new Map();

  static of(blocks: RawMention[][]): FactsLedger {
    const ledger = new FactsLedger();
    for (const mentions of blocks) ledger.count(mentions, 1);
    return ledger;
  }

  /** The edit took out the blocks' mentions `removed` and put in `added`. */
  replace(removed: RawMention[][], added: RawMention[][]): void {
    for (const mentions of removed) this.count(mentions, -1);
    for (const mentions of added) this.count(mentions, 1);
  }

  private count(mentions: RawMention[], by: 1 | -1): void {
    const read = (key: string) => bump(this.readers, key, by);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.type === 'person') {
        bumpIn(this.displays, m.key, m.display, by);
        if (m.ministry) bumpIn(this.holders, office(m), m.key, by);
      }
      if (m.type === 'office' && m.ministry) bump(this.offices, office(m), by);
      if (m.type === 'acronym-name') bump(this.acronyms, m.key, by);
      if (m.type === 'name' && !m.sentenceInitial) bump(this.nonInitial, m.key, by);
      if (m.type === 'name' || m.type === 'latent') bump(this.standalone, m.key, by);
      readerKeys(m, mentions, read);
    }
  }

  /**
   * The facts after an edit that replaced the region's mentions `removed` with `added` (replace() has
   * counted it), from the facts `before` it, which stay as they were. Only the facts of the names and
   * offices the region's mentions give are looked at, and the offices of the block before it (`previous`),
   * which a signature pairs with the region's first persons. Where the counts leave a choice (a person
   * written two ways, an office held by two: the last in the text decides; an office no person is named
   * with, which the first signature gives its person), the text's `mentions` (placed, after the edit)
   * are read.
   */
  factsAfter(before: ActorFacts, removed: RawMention[][], added: RawMention[][], previous: RawMention[], mentions: PlacedMention[]): FactsAfterEdit {
    const surnames = new Set<string>();
    const offices = new Set<string>();
    const acronyms = new Set<string>();
    const names = new Set<string>();
    for (const mentions of [...removed, ...added]) {
      for (const m of mentions) {
        if (m.type === 'person') {
          surnames.add(m.key);
          if (m.ministry) offices.add(office(m));
        }
        if (m.type === 'office' && m.ministry) offices.add(office(m));
        if (m.type === 'acronym-name') acronyms.add(m.key);
        if (m.type === 'name' || m.type === 'latent') names.add(m.key);
      }
    }
    for (const m of previous) if (m.type === 'office' && m.ministry) offices.add(office(m));
    // Copied when one of their keys changes: the facts before stay those of the old pass.
    const after: ActorFacts = { ...before };
    /** The readers (see readerKeys()) of the facts that changed. */
    const changed = new Set<string>();
    const setIn = (fact: 'personKeys' | 'personMinistry' | 'personDisplay' | 'acronymKeys', key: string, value: string | undefined, reader: string) => {
      if (before[fact].get(key) === value) return;
      if (after[fact] === before[fact]) after[fact] = new Map(before[fact]);
      if (value === undefined) after[fact].delete(key);
      else after[fact].set(key, value);
      changed.add(reader);
    };
    const putIn = (fact: 'nonInitialNames' | 'standaloneNames', key: string, present: boolean, reader: string) => {
      if (before[fact].has(key) === present) return;
      if (after[fact] === before[fact]) after[fact] = new Set(before[fact]);
      if (present) after[fact].add(key);
      else after[fact].delete(key);
      changed.add(reader);
    };
    for (const surname of surnames) {
      let display = single(this.displays.get(surname));
      if (display === null) display = lastPerson(mentions, (m) => m.key === surname).display;
      setIn('personKeys', surname, display === undefined ? undefined : `person:${surname}`, `p:${surname}`);
      // A person's display is read by the offices that person holds (and by no other mention).
      if (before.personDisplay.get(surname) !== display) {
        for (const [held, person] of before.personMinistry) if (person === `person:${surname}`) changed.add(`o:${held}`);
      }
      setIn('personDisplay', surname, display, `d:${surname}`);
    }
    for (const held of offices) {
      let holder = single(this.holders.get(held));
      if (holder === null) holder = lastPerson(mentions, (m) => !!m.ministry && office(m) === held).key;
      // Held by no person named with it: the first signature with the office gives it its person.
      if (holder === undefined && this.offices.has(held)) holder = signed(mentions, held);
      setIn('personMinistry', held, holder === undefined ? undefined : `person:${holder}`, `o:${held}`);
    }
    for (const key of acronyms) setIn('acronymKeys', key, this.acronyms.has(key) ? `acr:${key}` : undefined, `a:${key}`);
    for (const key of names) {
      putIn('nonInitialNames', key, this.nonInitial.has(key), `n:${key}`);
      putIn('standaloneNames', key, this.standalone.has(key), `s:${key}`);
    }
    if (changed.size === 0) return { facts: before, readOutside: false };
    // The region's own mentions read what they read; any other reader is outside it.
    const inRegion: Counts = new Map();
    for (const mentions of added) for (const m of mentions) readerKeys(m, mentions, (key) => bump(inRegion, key, 1));
    let readOutside = false;
    for (const key of changed) if ((this.readers.get(key) ?? 0) > (inRegion.get(key) ?? 0)) readOutside = true;
    return { facts: after, readOutside };
  }
}

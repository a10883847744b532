/**
 * Schema checks for the Dutch lexicons in src/core/lexicon/*.json.
 *
 * The lexicons are plain data read by src/core/lexicon.ts. These tests pin their
 * shape (required fields, types, no duplicates, known categories) and a few
 * entries the analyser depends on, so that an edit to the data cannot silently
 * break a look-up.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// ------------------------------------------------------------------ loading

function lexiconDir(): string {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, 'src', 'core', 'lexicon');
    if (existsSync(path.join(candidate, 'organisations.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('src/core/lexicon not found above ' + process.cwd());
    dir = parent;
  }
}

const DIR = lexiconDir();

function load(name: string): unknown {
  return JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as unknown;
}

// -------------------------------------------------------------- vocabulary

/** Categories of organisations.json (ministries live in ministries.json). */
const ORGANISATION_CATEGORIES = new Set([
  'agency',
  'security',
  'intelligence',
  'regulator',
  'inspectorate',
  'advisory',
  'planning',
  'ministry',
  'parliament',
  'government',
  'prosecution',
  'police',
  'court',
  'local',
  'international',
  'company',
  'research',
  'ngo',
  'care',
  'education',
  'party',
]);
const ORGANISATION_KINDS = new Set(['organisation', 'group']);
const DESCRIPTION_KINDS = new Set(['organisation', 'person', 'group', 'role']);
const CHANGE_CUE_TYPES = ['escalated', 'relaxed', 'withdrawn', 'revised', 'confirmed', 'contradicted'];
const VERB_TYPES = ['speech', 'advice', 'decision'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CATEGORY = /^[a-z]+(?:-[a-z]+)*$/;

// ----------------------------------------------------------------- helpers

type Obj = Record<string, unknown>;

/** Lower case without diacritics, as src/core/text/normalize.ts folds look-up keys. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function where(file: string, index: number, entry: unknown): string {
  return `${file}[${index}] ${JSON.stringify(entry)}`;
}

function assertKeys(entry: Obj, required: string[], optional: string[], context: string): void {
  for (const key of required) assert.ok(key in entry, `${context}: missing "${key}"`);
  for (const key of Object.keys(entry)) {
    assert.ok(required.includes(key) || optional.includes(key), `${context}: unknown key "${key}"`);
  }
}

function assertText(value: unknown, context: string): asserts value is string {
  assert.equal(typeof value, 'string', `${context}: not a string`);
  const text = value as string;
  assert.ok(text.length > 0, `${context}: empty string`);
  assert.equal(text, text.trim(), `${context}: surrounding white space in "${text}"`);
  assert.ok(!/\s{2,}/.test(text), `${context}: double white space in "${text}"`);
}

function assertLower(value: unknown, context: string): asserts value is string {
  assertText(value, context);
  assert.equal(value, value.toLowerCase(), `${context}: "${value}" is not lower case`);
}

function assertTextArray(value: unknown, context: string, options: { nonEmpty?: boolean; lower?: boolean } = {}): asserts value is string[] {
  assert.ok(Array.isArray(value), `${context}: not an array`);
  const list = value as unknown[];
  if (options.nonEmpty) assert.ok(list.length > 0, `${context}: empty array`);
  list.forEach((item, i) => (options.lower ? assertLower(item, `${context}[${i}]`) : assertText(item, `${context}[${i}]`)));
  assertUnique(list as string[], (s) => s, context);
}

/** Fails on the first key that occurs twice, naming both places. */
function assertUnique<T>(items: T[], key: (item: T) => string, context: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    assert.ok(!seen.has(k), `${context}: duplicate "${k}" at ${seen.get(k)} and ${i}`);
    seen.set(k, i);
  });
}

// -------------------------------------------------------------------- data

interface Organisation {
  id: string;
  name: string;
  acronyms: string[];
  aliases: string[];
  kind: string;
  category: string;
}
interface Ministry {
  id: string;
  name: string;
  acronyms: string[];
  portfolios: string[];
  historical: boolean;
  ministry: boolean;
  parent?: string;
}
interface Title {
  title: string;
  category: string;
}
interface Titles {
  person: Title[];
  role: Title[];
  honorifics: string[];
  nameParticles: string[];
  firstNames: string[];
}
interface Description {
  noun: string;
  plural: boolean;
  refersTo: string[];
  kind: string;
}
interface Suffix {
  suffix: string;
  refersTo: string[];
  kind: string;
  plural: boolean;
}
interface Descriptions {
  nouns: Description[];
  suffixes: Suffix[];
  tradeWords: { comment: string; words: string[] };
}
interface Group {
  noun: string;
  name: string;
}
interface Verb {
  lemma: string;
  forms: string[];
  particle: string | null;
}
interface Verbs {
  speech: Verb[];
  advice: Verb[];
  decision: Verb[];
  adviceNouns: string[];
  changeCues: Record<string, string[]>;
}
interface Stopwords {
  capitalisedNonNames: string[];
  places: string[];
}

const organisations = load('organisations.json') as Organisation[];
const ministries = load('ministries.json') as Ministry[];
const titles = load('titles.json') as Titles;
const descriptions = load('descriptions.json') as Descriptions;
const groups = load('groups.json') as Group[];
const verbs = load('verbs.json') as Verbs;
const abbreviations = load('abbreviations.json') as string[];
const stopwords = load('stopwords.json') as Stopwords;

const orgById = new Map(organisations.map((o) => [o.id, o]));
const ministryById = new Map(ministries.map((m) => [m.id, m]));

/** Every acronym of an organisation or ministry, case-sensitive, to its owner. */
function acronymOwner(acronym: string): string | undefined {
  return (
    organisations.find((o) => o.acronyms.includes(acronym))?.id ?? ministries.find((m) => m.acronyms.includes(acronym))?.id
  );
}

/** The organisation whose name or alias folds to the same key. */
function orgByName(name: string): Organisation | undefined {
  const key = fold(name);
  return organisations.find((o) => fold(o.name) === key || o.aliases.some((a) => fold(a) === key));
}

function ministryByPortfolio(portfolio: string): Ministry | undefined {
  const key = fold(portfolio);
  return ministries.find((m) => m.portfolios.some((p) => fold(p) === key));
}

const PERSON_CATEGORIES = new Set(titles.person.map((t) => t.category));
const ROLE_CATEGORIES = new Set(titles.role.map((t) => t.category));
/** What a description may point at: organisation categories, person and role categories. */
const REFERENT_CATEGORIES = new Set([...ORGANISATION_CATEGORIES, ...PERSON_CATEGORIES, ...ROLE_CATEGORIES, 'person']);

// ================================================================== tests

describe('lexicon: organisations.json', () => {
  it('is an array of at least 120 well-formed entries', () => {
    assert.ok(Array.isArray(organisations), 'not an array');
    assert.ok(organisations.length >= 120, `only ${organisations.length} entries`);
    organisations.forEach((o, i) => {
      const context = where('organisations', i, o);
      assert.ok(isObject(o), `${context}: not an object`);
      assertKeys(o as unknown as Obj, ['id', 'name', 'acronyms', 'aliases', 'kind', 'category'], [], context);
      assert.match(o.id, ID, `${context}: id must be lower-case ascii words joined by "-"`);
      assert.ok(!o.id.startsWith('ministerie-'), `${context}: "ministerie-" ids are reserved for ministries`);
      assertText(o.name, `${context}.name`);
      assertTextArray(o.acronyms, `${context}.acronyms`);
      assertTextArray(o.aliases, `${context}.aliases`);
      assert.ok(ORGANISATION_KINDS.has(o.kind), `${context}: unknown kind "${o.kind}"`);
      assert.ok(ORGANISATION_CATEGORIES.has(o.category), `${context}: unknown category "${o.category}"`);
      assert.notEqual(o.category, 'ministry', `${context}: ministries belong in ministries.json`);
    });
  });

  it('has unique ids, also against ministry ids', () => {
    assertUnique(organisations, (o) => o.id, 'organisation ids');
    for (const o of organisations) assert.ok(!ministryById.has(o.id), `id "${o.id}" is both an organisation and a ministry`);
  });

  it('has acronyms written as acronyms and owned by one entry only', () => {
    const all: { acronym: string; owner: string }[] = [
      ...organisations.flatMap((o) => o.acronyms.map((acronym) => ({ acronym, owner: o.id }))),
      ...ministries.flatMap((m) => m.acronyms.map((acronym) => ({ acronym, owner: `ministry ${m.id}` }))),
    ];
    assertUnique(all, (a) => a.acronym, 'acronyms (organisations and ministries)');
    for (const { acronym, owner } of all) {
      // case-sensitive forms: an acronym carries at least one capital ("SodM", "Justid", "GOVCERT.NL")
      assert.ok(/\p{Lu}/u.test(acronym), `${owner}: acronym "${acronym}" has no capital letter`);
      assert.ok(acronym.length >= 2, `${owner}: acronym "${acronym}" is too short`);
    }
  });

  it('gives each name or alias (folded) to one entry only, and none twice within an entry', () => {
    const all = organisations.flatMap((o) => [o.name, ...o.aliases].map((name) => ({ name, owner: o.id })));
    assertUnique(all, (n) => fold(n.name), 'organisation names and aliases (folded)');
  });

  it('uses every core category', () => {
    const used = new Set(organisations.map((o) => o.category));
    for (const category of ORGANISATION_CATEGORIES) {
      if (category === 'ministry') continue;
      assert.ok(used.has(category), `category "${category}" has no entry`);
    }
  });

  it('knows the actors the analyser relies on', () => {
    for (const id of ['ncsc', 'nctv', 'aivd', 'mivd', 'govcert', 'logius', 'opta', 'wrr', 'tweede-kamer', 'kabinet', 'overheid', 'rijksoverheid', 'om']) {
      assert.ok(orgById.has(id), `missing organisation "${id}"`);
    }
    assert.equal(acronymOwner('NCSC'), 'ncsc');
    assert.equal(acronymOwner('SodM'), 'sodm');
    assert.equal(acronymOwner('GOVCERT.NL'), 'govcert');
    assert.equal(acronymOwner('RIVM'), 'rivm');
    assert.equal(acronymOwner('NCTV'), 'nctv');
    assert.equal(acronymOwner('OPTA'), 'opta');
    assert.equal(orgByName('Nationaal Cyber Security Centrum')?.id, 'ncsc');
    assert.equal(orgByName('Nationaal Cyber Security Center')?.id, 'ncsc');
    assert.equal(orgByName('Nationaal Coordinator Terrorismebestrijding en Veiligheid')?.id, 'nctv');
    assert.equal(orgByName('Tweede Kamer')?.id, 'tweede-kamer');
    assert.equal(orgByName('Tweede Kamer der Staten-Generaal')?.id, 'tweede-kamer');
    assert.equal(orgByName('Wetenschappelijke Raad voor het Regeringsbeleid')?.id, 'wrr');
    assert.equal(orgByName('Nederlandse overheid')?.id, 'overheid');
    const kabinet = orgById.get('kabinet')!;
    assert.equal(kabinet.name, 'kabinet');
    assert.equal(kabinet.category, 'government');
    assert.equal(orgById.get('aivd')?.category, 'intelligence');
    assert.equal(orgById.get('sodm')?.category, 'regulator');
    assert.equal(orgById.get('cpb')?.category, 'planning');
  });
});

describe('lexicon: ministries.json', () => {
  it('is an array of well-formed entries', () => {
    assert.ok(Array.isArray(ministries), 'not an array');
    assert.ok(ministries.length >= 40, `only ${ministries.length} entries`);
    ministries.forEach((m, i) => {
      const context = where('ministries', i, m);
      assert.ok(isObject(m), `${context}: not an object`);
      assertKeys(m as unknown as Obj, ['id', 'name', 'acronyms', 'portfolios', 'historical', 'ministry'], ['parent'], context);
      assert.match(m.id, ID, `${context}: bad id`);
      assertText(m.name, `${context}.name`);
      assertTextArray(m.acronyms, `${context}.acronyms`);
      assertTextArray(m.portfolios, `${context}.portfolios`, { nonEmpty: true });
      assert.equal(typeof m.historical, 'boolean', `${context}: historical must be a boolean`);
      assert.equal(typeof m.ministry, 'boolean', `${context}: ministry must be a boolean`);
      if (m.ministry) {
        assert.equal(m.parent, undefined, `${context}: a ministry has no parent`);
        assert.equal(m.name, `Ministerie van ${m.portfolios[0]}`, `${context}: name must be "Ministerie van " + first portfolio`);
      } else {
        assert.ok(!m.name.startsWith('Ministerie'), `${context}: a post without a ministry is not named "Ministerie …"`);
        assert.equal(typeof m.parent, 'string', `${context}: a post needs the id of its parent ministry`);
        assert.ok(ministryById.get(m.parent!)?.ministry, `${context}: parent "${m.parent}" is not a ministry`);
      }
      for (const p of m.portfolios) {
        assert.ok(/^\p{Lu}/u.test(p), `${context}: portfolio "${p}" must start with a capital`);
        assert.ok(!/^(minister|staatssecretaris|ministerie)\b/i.test(p), `${context}: portfolio "${p}" must be the words after "minister van"`);
      }
    });
  });

  it('has unique ids and unique portfolios (folded)', () => {
    assertUnique(ministries, (m) => m.id, 'ministry ids');
    assertUnique(
      ministries.flatMap((m) => m.portfolios),
      (p) => fold(p),
      'portfolios',
    );
  });

  it('covers all current ministries', () => {
    for (const id of ['az', 'bz', 'jenv', 'bzk', 'ocw', 'fin', 'def', 'ienw', 'ez', 'kgg', 'lvvn', 'szw', 'vws', 'vro', 'aenm']) {
      const m = ministryById.get(id);
      assert.ok(m, `missing ministry "${id}"`);
      assert.equal(m.historical, false, `${id} is current`);
      assert.equal(m.ministry, true, `${id} is a ministry`);
    }
  });

  it('covers the main historical ministries since 1990', () => {
    for (const id of ['jus', 'venj', 'ezk', 'eleni', 'lnv', 'ienm', 'venw', 'vrom']) {
      const m = ministryById.get(id);
      assert.ok(m, `missing ministry "${id}"`);
      assert.equal(m.historical, true, `${id} is historical`);
    }
  });

  it('resolves portfolios as written after "minister van"', () => {
    const cases: [string, string][] = [
      ['Justitie en Veiligheid', 'jenv'],
      ['Veiligheid en Justitie', 'venj'],
      ['Binnenlandse Zaken en Koninkrijksrelaties', 'bzk'],
      ['Binnenlandse Zaken', 'bzk'],
      ['Onderwijs, Cultuur en Wetenschap', 'ocw'],
      ['Onderwijs Cultuur en Wetenschap', 'ocw'],
      ['Volksgezondheid, Welzijn en Sport', 'vws'],
      ['Volksgezondheid Welzijn en Sport', 'vws'],
      ['Financien', 'fin'],
      ['Klimaat en Groene Groei', 'kgg'],
      ['Volkshuisvesting en Ruimtelijke Ordening', 'vro'],
      ['Asiel en Migratie', 'aenm'],
      ['Economische Zaken en Klimaat', 'ezk'],
      ['Infrastructuur en Waterstaat', 'ienw'],
      ['Verkeer en Waterstaat', 'venw'],
    ];
    for (const [portfolio, id] of cases) assert.equal(ministryByPortfolio(portfolio)?.id, id, portfolio);
    assert.equal(acronymOwner('JenV'), 'jenv');
    assert.equal(acronymOwner('BZK'), 'bzk');
    assert.equal(acronymOwner('EZK'), 'ezk');
  });

  it('has posts without a ministry of their own', () => {
    for (const portfolio of [
      'Buitenlandse Handel en Ontwikkelingssamenwerking',
      'Rechtsbescherming',
      'Medische Zorg',
      'Langdurige Zorg',
      'Primair en Voortgezet Onderwijs',
      'Armoedebeleid, Participatie en Pensioenen',
      'Koninkrijksrelaties en Digitalisering',
      'Digitalisering',
      'Toeslagen en Douane',
      'Fiscaliteit',
      'Klimaat en Energie',
      'Jeugd, Preventie en Sport',
      'Natuur en Stikstof',
      'Migratie',
      'Cultuur en Media',
      'Wonen en Ruimtelijke Ordening',
    ]) {
      const m = ministryByPortfolio(portfolio);
      assert.ok(m, `missing post "${portfolio}"`);
      assert.equal(m.ministry, false, `"${portfolio}" has no ministry of its own`);
    }
  });
});

describe('lexicon: titles.json', () => {
  it('has exactly the four sections', () => {
    assert.ok(isObject(titles));
    assertKeys(titles as unknown as Obj, ['person', 'role', 'honorifics', 'nameParticles'], ['portfolioWords', 'firstNames', 'firstNamesComment'], 'titles');
  });

  it('has well-formed person and role titles, unique across both', () => {
    for (const section of ['person', 'role'] as const) {
      assert.ok(Array.isArray(titles[section]) && titles[section].length > 0, `${section}: empty`);
      titles[section].forEach((t, i) => {
        const context = where(`titles.${section}`, i, t);
        assertKeys(t as unknown as Obj, ['title', 'category'], [], context);
        assertLower(t.title, `${context}.title`);
        assert.match(t.category, CATEGORY, `${context}: bad category`);
      });
    }
    assertUnique([...titles.person, ...titles.role], (t) => fold(t.title), 'titles');
    for (const category of ROLE_CATEGORIES) {
      assert.ok(!PERSON_CATEGORIES.has(category), `category "${category}" is used for both persons and roles`);
    }
  });

  it('knows the usual titles', () => {
    const person = new Map(titles.person.map((t) => [t.title, t.category]));
    const role = new Map(titles.role.map((t) => [t.title, t.category]));
    assert.equal(person.get('minister'), 'minister');
    assert.equal(person.get('staatssecretaris'), 'state-secretary');
    for (const t of ['minister-president', 'premier', 'vicepremier', 'commissaris van de koning', 'burgemeester', 'wethouder', 'directeur-generaal',
      'directeur', 'voorzitter', 'topman', 'topvrouw', 'ceo', 'bestuursvoorzitter', 'hoogleraar', 'kamerlid', 'ombudsman', 'nationaal coördinator']) {
      assert.ok(person.has(t), `missing person title "${t}"`);
    }
    for (const t of ['woordvoerder', 'woordvoerster', 'zegsman', 'zegsvrouw']) assert.equal(role.get(t), 'spokesperson', t);
  });

  it('has honorifics and name particles without duplicates', () => {
    assertTextArray(titles.honorifics, 'honorifics', { nonEmpty: true });
    assertUnique(titles.honorifics, (h) => h.toLowerCase(), 'honorifics (case-insensitive)');
    for (const h of ['mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'dhr.', 'mevr.', 'a.i.', 'MSc', 'PhD']) {
      assert.ok(titles.honorifics.includes(h), `missing honorific "${h}"`);
    }
    assertTextArray(titles.nameParticles, 'nameParticles', { nonEmpty: true, lower: true });
    for (const p of ['van', 'de', 'der', 'den', 'van der', 'van den', 'ter', 'ten', "'t"]) {
      assert.ok(titles.nameParticles.includes(p), `missing particle "${p}"`);
    }
  });

  it('has capitalised given names, once each, none of them a title or a particle', () => {
    assertTextArray(titles.firstNames, 'firstNames', { nonEmpty: true });
    assertUnique(titles.firstNames, (n) => n, 'firstNames');
    const reserved = new Set([...titles.person, ...titles.role].map((t) => t.title).concat(titles.nameParticles));
    for (const name of titles.firstNames) {
      assert.match(name, /^\p{Lu}[\p{Ll}'-]*(?:-\p{Lu}\p{Ll}+)?$/u, `first name "${name}"`);
      assert.ok(!reserved.has(name.toLowerCase()), `first name "${name}" is a title or a particle`);
    }
    for (const name of ['Jan', 'Karin', 'Hugo', 'Marieke']) assert.ok(titles.firstNames.includes(name), `missing first name "${name}"`);
  });
});

describe('lexicon: descriptions.json', () => {
  it('has trade words in lower case, once each, none of them a description', () => {
    assertTextArray(descriptions.tradeWords.words, 'tradeWords', { nonEmpty: true, lower: true });
    assertUnique(descriptions.tradeWords.words, (w) => w, 'tradeWords');
    const nouns = new Set(descriptions.nouns.map((d) => d.noun));
    for (const word of descriptions.tradeWords.words) assert.ok(!nouns.has(word), `trade word "${word}" is a description noun too`);
  });

  it('has nouns and suffixes', () => {
    assert.ok(isObject(descriptions));
    assertKeys(descriptions as unknown as Obj, ['nouns', 'suffixes'], ['tradeWords'], 'descriptions');
    assert.ok(descriptions.nouns.length >= 100, `only ${descriptions.nouns.length} nouns`);
  });

  function checkReferents(refersTo: unknown, kind: string, context: string): void {
    assertTextArray(refersTo, `${context}.refersTo`, { nonEmpty: true });
    for (const r of refersTo) assert.ok(REFERENT_CATEGORIES.has(r), `${context}: unknown referent category "${r}"`);
    assert.ok(DESCRIPTION_KINDS.has(kind), `${context}: unknown kind "${kind}"`);
    const isOrg = (r: string) => ORGANISATION_CATEGORIES.has(r);
    const isPerson = (r: string) => PERSON_CATEGORIES.has(r) || r === 'person';
    if (kind === 'organisation') assert.ok(refersTo.every(isOrg), `${context}: an organisation description points at organisation categories`);
    if (kind === 'person') assert.ok(refersTo.every(isPerson), `${context}: a person description points at person categories`);
    if (kind === 'role') assert.ok(refersTo.every((r) => ROLE_CATEGORIES.has(r)), `${context}: a role description points at role categories`);
    if (kind === 'group') assert.ok(refersTo.every((r) => isOrg(r) || isPerson(r) || ROLE_CATEGORIES.has(r)), `${context}: bad group referent`);
  }

  it('has well-formed, unique nouns', () => {
    descriptions.nouns.forEach((d, i) => {
      const context = where('descriptions.nouns', i, d);
      assertKeys(d as unknown as Obj, ['noun', 'plural', 'refersTo', 'kind'], [], context);
      assertLower(d.noun, `${context}.noun`);
      assert.equal(typeof d.plural, 'boolean', `${context}: plural must be a boolean`);
      checkReferents(d.refersTo, d.kind, context);
      if (d.kind === 'person' || d.kind === 'role') assert.equal(d.plural, false, `${context}: a plural person description is a group`);
      if (d.kind === 'group') assert.equal(d.plural, true, `${context}: a group description is plural`);
    });
    assertUnique(descriptions.nouns, (d) => fold(d.noun), 'description nouns');
  });

  it('has well-formed, unique suffixes', () => {
    descriptions.suffixes.forEach((s, i) => {
      const context = where('descriptions.suffixes', i, s);
      assertKeys(s as unknown as Obj, ['suffix', 'refersTo', 'kind', 'plural'], [], context);
      assertLower(s.suffix, `${context}.suffix`);
      assert.ok(!/\s/.test(s.suffix), `${context}: a suffix is one word`);
      assert.equal(typeof s.plural, 'boolean', `${context}: plural must be a boolean`);
      checkReferents(s.refersTo, s.kind, context);
    });
    assertUnique(descriptions.suffixes, (s) => fold(s.suffix), 'description suffixes');
  });

  it('resolves the usual descriptions', () => {
    const byNoun = new Map(descriptions.nouns.map((d) => [d.noun, d]));
    const expect = (noun: string, category: string, kind: string, plural = false) => {
      const d = byNoun.get(noun);
      assert.ok(d, `missing description "${noun}"`);
      assert.ok(d.refersTo.includes(category), `"${noun}" should refer to ${category}`);
      assert.equal(d.kind, kind, `kind of "${noun}"`);
      assert.equal(d.plural, plural, `plural of "${noun}"`);
    };
    expect('overheidsdienst', 'agency', 'organisation');
    expect('dienst', 'agency', 'organisation');
    expect('instantie', 'agency', 'organisation');
    expect('toezichthouder', 'regulator', 'organisation');
    expect('waakhond', 'regulator', 'organisation');
    expect('team', 'security', 'organisation');
    expect('computercrisisteam', 'security', 'organisation');
    expect('softwarebedrijf', 'company', 'organisation');
    expect('certificatenbedrijf', 'company', 'organisation');
    expect('moederbedrijf', 'company', 'organisation');
    expect('beveiligingsbedrijf', 'company', 'organisation');
    expect('netbeheerder', 'company', 'organisation');
    expect('onderzoekers', 'research', 'organisation', true);
    expect('ministerie', 'ministry', 'organisation');
    expect('departement', 'ministry', 'organisation');
    expect('minister', 'minister', 'person');
    expect('bewindsman', 'minister', 'person');
    expect('bewindsvrouw', 'minister', 'person');
    expect('bewindspersoon', 'minister', 'person');
    expect('staatssecretaris', 'state-secretary', 'person');
    expect('ministers', 'minister', 'group', true);
    expect('bewindslieden', 'minister', 'group', true);
    expect('bewindspersonen', 'minister', 'group', true);
    // "kabinet" is an organisation of its own, not a description
    assert.ok(!byNoun.has('kabinet'));
    const suffix = (word: string) => descriptions.suffixes.filter((s) => word.endsWith(s.suffix)).sort((a, b) => b.suffix.length - a.suffix.length)[0];
    assert.deepEqual(suffix('chipbedrijf')?.refersTo, ['company']);
    assert.ok(suffix('opsporingsdienst')?.refersTo.includes('agency'));
  });
});

describe('lexicon: groups.json', () => {
  it('is an array of unique group nouns', () => {
    assert.ok(Array.isArray(groups) && groups.length >= 40, 'too few groups');
    groups.forEach((g, i) => {
      const context = where('groups', i, g);
      assertKeys(g as unknown as Obj, ['noun', 'name'], ['public'], context);
      if ('public' in g) assert.equal((g as { public?: unknown }).public, true, `${context}: public is true or left out`);
      assertLower(g.noun, `${context}.noun`);
      assertText(g.name, `${context}.name`);
      assert.equal(g.name.toLowerCase(), g.noun, `${context}: name is the noun as written`);
    });
    assertUnique(groups, (g) => fold(g.noun), 'group nouns');
  });

  it('knows the usual groups', () => {
    const nouns = new Set(groups.map((g) => g.noun));
    for (const n of ['departementen', 'ministeries', 'browsermakers', 'indringers', 'hackers', 'aanvallers', 'criminelen', 'specialisten', 'experts',
      'deskundigen', 'onderzoekers', 'kamerleden', 'fracties', 'gemeenten', 'provincies', 'waterschappen', "veiligheidsregio's", 'ziekenhuizen',
      'banken', 'providers', 'leveranciers', 'vakbonden', 'werkgevers', 'oppositie', 'coalitiepartijen', 'overheidsorganisaties']) {
      assert.ok(nouns.has(n), `missing group "${n}"`);
    }
  });

  it('does not overlap with descriptions, except "onderzoekers"', () => {
    const descriptionNouns = new Set(descriptions.nouns.map((d) => fold(d.noun)));
    for (const g of groups) {
      if (g.noun === 'onderzoekers') continue;
      assert.ok(!descriptionNouns.has(fold(g.noun)), `"${g.noun}" is both a group and a description`);
    }
  });
});

describe('lexicon: verbs.json', () => {
  it('has the expected sections', () => {
    assert.ok(isObject(verbs));
    assertKeys(verbs as unknown as Obj, ['speech', 'advice', 'decision', 'adviceNouns', 'changeCues', 'decisionChanges'], ['requirementSuffixes', 'speechNouns', 'sourceNouns', 'splitChangeCues', 'imperatives', 'warningVerbs'], 'verbs');
  });

  it('has nouns of saying and of findings as lower-case single words, once each', () => {
    for (const key of ['speechNouns', 'sourceNouns'] as const) {
      const nouns = (verbs as unknown as Record<string, string[]>)[key];
      assert.ok(Array.isArray(nouns) && nouns.length > 0, key);
      assert.equal(new Set(nouns).size, nouns.length, `${key} repeats a noun`);
      for (const noun of nouns) assert.match(noun, /^[a-zë]+$/, `${key}: ${noun}`);
    }
  });

  it('has imperatives of one word each, once', () => {
    const imperatives = (verbs as unknown as { imperatives: unknown }).imperatives;
    assertTextArray(imperatives, 'imperatives');
    for (const word of imperatives) assert.match(word, /^\p{Ll}+$/u, `imperatives: "${word}" is one lower-case word`);
  });

  it('has split change cues of two parts, each of a known change', () => {
    const split = (verbs as unknown as { splitChangeCues: Record<string, unknown[]> }).splitChangeCues;
    for (const [change, cues] of Object.entries(split)) {
      assert.ok(Object.keys(verbs.changeCues).includes(change), `splitChangeCues: unknown change "${change}"`);
      for (const cue of cues) {
        assert.ok(Array.isArray(cue) && cue.length === 2, `splitChangeCues.${change}: ${JSON.stringify(cue)} is not [first word, rest]`);
        assertText(cue[0], `splitChangeCues.${change}`);
        assertText(cue[1], `splitChangeCues.${change}`);
        assert.ok(!/\s/.test(cue[0] as string), `splitChangeCues.${change}: the first part "${cue[0]}" is one word`);
      }
    }
  });

  it('maps decision verbs to the change they signal', () => {
    const lemmas = new Set([...verbs.speech, ...verbs.decision].map((v) => v.lemma));
    const changes = (verbs as unknown as { decisionChanges: Record<string, string> }).decisionChanges;
    for (const [lemma, change] of Object.entries(changes)) {
      assert.ok(lemmas.has(lemma), `decisionChanges: "${lemma}" is not a decision or speech verb`);
      assert.ok(Object.keys(verbs.changeCues).includes(change), `decisionChanges: "${lemma}" maps to unknown change "${change}"`);
    }
  });

  for (const type of VERB_TYPES) {
    it(`has well-formed ${type} verbs`, () => {
      const list = verbs[type];
      assert.ok(Array.isArray(list) && list.length >= 15, `${type}: too few verbs`);
      list.forEach((v, i) => {
        const context = where(`verbs.${type}`, i, v);
        assertKeys(v as unknown as Obj, ['lemma', 'forms', 'particle'], [], context);
        assertLower(v.lemma, `${context}.lemma`);
        assertTextArray(v.forms, `${context}.forms`, { nonEmpty: true, lower: true });
        for (const form of v.forms) {
          assert.ok(/^[\p{Ll}]+(?:-[\p{Ll}]+)*$/u.test(form), `${context}: form "${form}" must be one lower-case word`);
          assert.notEqual(form, 'aldus', `${context}: "aldus" is a separate cue`);
        }
        assertUnique(v.forms, fold, `${context}.forms (folded)`);
        if (v.particle !== null) {
          assertLower(v.particle, `${context}.particle`);
          // the particle stands apart from the verb, so no split form carries it
          for (const form of v.forms) assert.ok(!form.startsWith(v.particle), `${context}: "${form}" is a joined form; list it with particle null`);
        }
      });
      assertUnique(list, (v) => `${v.lemma}|${v.particle ?? ''}`, `${type} lemma+particle`);
      // a form without a particle must point at one lemma, else the type is ambiguous
      const free = list.filter((v) => v.particle === null).flatMap((v) => v.forms.map((form) => ({ form, lemma: v.lemma })));
      assertUnique(free, (f) => fold(f.form), `${type} forms without particle`);
    });
  }

  it('has joined forms for every separable verb', () => {
    for (const type of VERB_TYPES) {
      for (const v of verbs[type]) {
        // one-word particles that fuse with the verb: aan, af, op, toe, mee, bekend, …
        if (v.particle === null) continue;
        const head = v.lemma.replace(/^zich /, '').split(' ')[0];
        if (head === v.particle || !head.startsWith(v.particle)) continue;
        const joined = verbs[type].find((w) => w.lemma === v.lemma && w.particle === null);
        assert.ok(joined, `${type} "${v.lemma}": missing the entry with joined forms`);
        for (const form of joined.forms) {
          assert.ok(form.startsWith(v.particle), `${type} "${v.lemma}": joined form "${form}" does not start with "${v.particle}"`);
        }
      }
    }
  });

  it('knows the usual verbs and forms', () => {
    const has = (type: (typeof VERB_TYPES)[number], lemma: string, form: string, particle: string | null) => {
      const entry = verbs[type].find((v) => v.lemma === lemma && v.particle === particle && v.forms.includes(form));
      assert.ok(entry, `${type}: "${form}" of "${lemma}" (particle ${particle})`);
    };
    has('speech', 'stellen', 'stelde', null);
    has('speech', 'zeggen', 'zei', null);
    has('speech', 'verklaren', 'verklaarde', null);
    has('speech', 'melden', 'meldde', null);
    has('speech', 'laten weten', 'liet', 'weten');
    has('speech', 'laten weten', 'laten', 'weten');
    has('speech', 'bekendmaken', 'maakte', 'bekend');
    has('speech', 'bekendmaken', 'bekendgemaakt', null);
    has('speech', 'benadrukken', 'benadrukte', null);
    has('speech', 'wijzen op', 'wijst', 'op');
    has('speech', 'aangeven', 'geeft', 'aan');
    has('speech', 'aangeven', 'aangegeven', null);
    has('speech', 'waarschuwen', 'waarschuwt', null);
    has('speech', 'meedelen', 'deelt', 'mee');
    has('speech', 'aankondigen', 'kondigt', 'aan');
    has('speech', 'erkennen', 'erkende', null);
    has('speech', 'toezeggen', 'toegezegd', null);
    has('advice', 'adviseren', 'adviseert', null);
    has('advice', 'adviseren', 'geadviseerd', null);
    has('advice', 'aanraden', 'raadt', 'aan');
    has('advice', 'aanraden', 'aangeraden', null);
    has('advice', 'afraden', 'raadt', 'af');
    has('advice', 'oproepen', 'riep', 'op');
    has('advice', 'verzoeken', 'verzocht', null);
    has('advice', 'vragen', 'gevraagd', null);
    has('advice', 'aanbevelen', 'aanbevolen', null);
    has('decision', 'besluiten', 'besloot', null);
    has('decision', 'intrekken', 'ingetrokken', null);
    has('decision', 'intrekken', 'trok', 'in');
    has('decision', 'wijzigen', 'wijzigde', null);
    has('decision', 'bijstellen', 'bijgesteld', null);
    has('decision', 'versoepelen', 'versoepeld', null);
    has('decision', 'aanscherpen', 'scherpt', 'aan');
    has('decision', 'terugkomen op', 'kwam', 'terug');
    has('decision', 'handhaven', 'handhaven', null);
  });

  it('has lower-case, unique advice nouns', () => {
    assertTextArray(verbs.adviceNouns, 'adviceNouns', { nonEmpty: true, lower: true });
    for (const n of ['advies', 'adviezen', 'beveiligingsadvies', 'oproep', 'aanbeveling', 'verzoek', 'reisadvies', 'verplichting']) {
      assert.ok(verbs.adviceNouns.includes(n), `missing advice noun "${n}"`);
    }
  });

  it('has change cues for each kind of change, each cue in one class', () => {
    assert.ok(isObject(verbs.changeCues));
    assert.deepEqual(Object.keys(verbs.changeCues).sort(), [...CHANGE_CUE_TYPES].sort());
    for (const type of CHANGE_CUE_TYPES) assertTextArray(verbs.changeCues[type], `changeCues.${type}`, { nonEmpty: true, lower: true });
    const all = CHANGE_CUE_TYPES.flatMap((type) => verbs.changeCues[type].map((cue) => ({ cue, type })));
    assertUnique(all, (c) => fold(c.cue), 'change cues');
    const expect: [string, string][] = [
      ['aangescherpt', 'escalated'],
      ['met klem', 'escalated'],
      ['versoepeld', 'relaxed'],
      ['weer in gebruik', 'relaxed'],
      ['ingetrokken', 'withdrawn'],
      ['niet langer handhaven', 'withdrawn'],
      ['kwam terug op', 'withdrawn'],
      ['gewijzigd', 'revised'],
      ['bijgesteld', 'revised'],
      ['naar voren gehaald', 'revised'],
      ['blijft van kracht', 'confirmed'],
      ['bevestigt', 'confirmed'],
      ['weersproken', 'contradicted'],
      ['spreekt tegen', 'contradicted'],
      ['onjuist', 'contradicted'],
    ];
    for (const [cue, type] of expect) assert.equal(all.find((c) => c.cue === cue)?.type, type, cue);
  });
});

describe('lexicon: abbreviations.json', () => {
  it('is an array of unique abbreviations that cannot end a sentence', () => {
    assertTextArray(abbreviations, 'abbreviations', { nonEmpty: true });
    assert.ok(abbreviations.length >= 80, `only ${abbreviations.length} abbreviations`);
    assertUnique(abbreviations, (a) => a.toLowerCase(), 'abbreviations (case-insensitive)');
    for (const a of abbreviations) {
      assert.ok(!/\s/.test(a), `"${a}" contains white space`);
      assert.ok(a.endsWith('.') || a.includes('/'), `"${a}" neither ends in a period nor contains a slash`);
      assert.ok(!/^\p{Lu}\.$/u.test(a), `"${a}": single initials are handled by code`);
    }
    for (const a of ['dhr.', 'mevr.', 'mr.', 'dr.', 'prof.', 'art.', 'mln.', 'mld.', 'o.a.', 'e.a.', 'i.p.v.', 'm.b.t.', 't.a.v.', 'i.v.m.', 'bijv.',
      'd.w.z.', 'etc.', 'enz.', 'nr.', 'blz.', 'jl.', 'a.i.', 'ca.', 'vs.', 'incl.', 'm.i.v.', 't/m', 'n.a.v.', 'jan.', 'sept.', 'okt.', 'dec.']) {
      assert.ok(abbreviations.includes(a), `missing abbreviation "${a}"`);
    }
  });
});

describe('lexicon: stopwords.json', () => {
  it('has capitalised non-names and places', () => {
    assert.ok(isObject(stopwords));
    assertKeys(stopwords as unknown as Obj, ['capitalisedNonNames', 'places'], ['capitalisedTerms', 'placeNouns', 'residentNouns', 'productNouns', 'streetEndings'], 'stopwords');
  });

  it('has capitalised terms of one word each, once, none of them a known organisation\'s acronym', () => {
    const terms = (stopwords as unknown as { capitalisedTerms: unknown }).capitalisedTerms;
    assertTextArray(terms, 'capitalisedTerms');
    for (const term of terms) {
      assert.ok(!/\s/.test(term), `capitalisedTerms: "${term}" is one word`);
      assert.ok(!organisations.some((o) => (o.acronyms ?? []).includes(term)), `capitalisedTerms: "${term}" is an organisation's acronym`);
    }
  });

  it('has several hundred unique capitalised non-names', () => {
    const words = stopwords.capitalisedNonNames;
    assertTextArray(words, 'capitalisedNonNames', { nonEmpty: true });
    assert.ok(words.length >= 300, `only ${words.length} words`);
    for (const w of words) {
      assert.ok(/^\p{Lu}/u.test(w), `"${w}" is not capitalised`);
      assert.ok(!/\s/.test(w), `"${w}" is not one word`);
    }
    for (const w of ['De', 'Het', 'Een', 'Volgens', 'Daarnaast', 'Inmiddels', 'Geachte', 'Betreft', 'Datum', 'Kenmerk', 'Postbus', 'Burgers',
      'Organisaties', 'Gebruikers', 'Bedrijven', 'Lessen', 'Samenvatting', 'Advies', 'Verwachte', 'Stand', 'Beschikbaarheid', 'Bijgesteld', 'Eén']) {
      assert.ok(words.includes(w), `missing "${w}"`);
    }
  });

  it('has unique places', () => {
    assertTextArray(stopwords.places, 'places', { nonEmpty: true });
    // Nouns of places are lower-case common nouns, none of them a place.
    const placeNouns = (stopwords as unknown as { placeNouns: string[] }).placeNouns;
    assertTextArray(placeNouns, 'placeNouns', { nonEmpty: true });
    assertUnique(placeNouns, fold, 'placeNouns (folded)');
    for (const noun of placeNouns) assert.ok(noun === noun.toLowerCase() && !stopwords.places.some((p) => fold(p) === fold(noun)), `place noun "${noun}"`);
    assertUnique(stopwords.places, fold, 'places (folded)');
    for (const p of stopwords.places) assert.ok(/^(?:\p{Lu}|'s-)/u.test(p), `place "${p}" is not capitalised`);
    for (const p of ['Nederland', 'Den Haag', 'Amsterdam', 'Rotterdam', 'Utrecht', 'Beverwijk', 'Iran', 'Europa', 'Brussel', 'Verenigde Staten',
      'Duitsland', 'België', 'China', 'Rusland', 'Oekraïne', 'Noord-Holland', 'Limburg', 'Groningen']) {
      assert.ok(stopwords.places.includes(p), `missing place "${p}"`);
    }
  });

  it('does not block a name the other lexicons know', () => {
    // names and portfolios match folded, acronyms case-sensitively
    const names = new Set<string>();
    const acronyms = new Set<string>();
    for (const o of organisations) {
      for (const n of [o.name, ...o.aliases]) names.add(fold(n));
      for (const a of o.acronyms) acronyms.add(a);
    }
    for (const m of ministries) {
      for (const n of [m.name, ...m.portfolios]) names.add(fold(n));
      for (const a of m.acronyms) acronyms.add(a);
    }
    for (const w of [...stopwords.capitalisedNonNames, ...stopwords.places]) {
      assert.ok(!names.has(fold(w)), `"${w}" is also an organisation name or a portfolio`);
      assert.ok(!acronyms.has(w), `"${w}" is also an acronym`);
    }
    const places = new Set(stopwords.places.map(fold));
    for (const w of stopwords.capitalisedNonNames) assert.ok(!places.has(fold(w)), `"${w}" is both a non-name and a place`);
  });
});

describe('lexicon: cues.json', () => {
  const cues = load('cues.json') as Obj;
  const sections: Record<string, string[]> = {
    detect: ['dutchWords', 'policyWords'],
    genre: ['salutations', 'letterHeaders', 'bylineWords', 'notBylineVerbs'],
    publicBodyWords: ['words'],
    associationWords: ['words'],
    links: ['backReferenceDeterminers', 'backReferenceNouns', 'backReferenceAdviceNouns', 'backReferenceLevels', 'sequenceWords', 'stillWords', 'stillNotBefore'],
  };

  it('has its sections, each a comment and lists of unique folded words that are plain text, not patterns', () => {
    assertKeys(cues, Object.keys(sections), ['_comment'], 'cues');
    for (const [name, lists] of Object.entries(sections)) {
      const section = cues[name];
      assert.ok(isObject(section), `cues.${name} is not an object`);
      assertKeys(section, lists, ['_comment'], `cues.${name}`);
      for (const list of lists) {
        const words: unknown = section[list];
        assertTextArray(words, `cues.${name}.${list}`, { nonEmpty: true });
        for (const w of words) {
          assert.equal(w, fold(w), `cues.${name}.${list}: "${w}" is not folded (public-body words are matched against folded text)`);
          assert.match(w, /^\p{L}+(?: \p{L}+)*$/u, `cues.${name}.${list}: "${w}" is not plain words`);
        }
      }
    }
  });
});

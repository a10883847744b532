// Benchmark: export throughput and peak memory of the command line on a generated
// corpus (≥ 10 MB), and the time of an incremental re-analysis after a one-character
// edit in a 1 MB document: a letter, and a line break, each as the first edits after the text was
// opened, then more edits in the same editor. The edits are measured twice, each time in a
// process of its own: as in the editor, which warms the incremental analyser up when it starts
// (src/core/warmUp), and without that warm-up (the engine has not yet compiled the code the
// first edits run). Run with `npm run bench` (it builds first).
//
// The generated texts are made from the project's own fixtures (test/fixtures,
// samples/) with names and dates varied: one letter, advisory or report per file,
// as in a folder of policy texts, grouped into affairs of five texts each so that
// cross-document linking has real work to do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const CORPUS_MB = option('--corpus-mb', 10);
const DOCUMENT_MB = option('--document-mb', 1);
const EDITS = option('--edits', 100);
const KEEP = args.includes('--keep'); // keep the generated corpus (its folder is printed) for profiling
/** Set in the child processes that measure the edits: 'warm' (after the editor's warm-up) or 'cold'. */
const EDITS_CHILD = args.includes('--edits-child') ? args[args.indexOf('--edits-child') + 1] : null;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(tmpdir(), 'beleidslens-bench-'));

// ------------------------------------------------------------ source texts

function fixtureTexts() {
  const dirs = [path.join(root, 'test/fixtures'), path.join(root, 'test/fixtures/corpus'), path.join(root, 'samples')];
  const texts = [];
  for (const dir of dirs) {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (/\.(txt|md|beleid)$/.test(name)) texts.push(readFileSync(path.join(dir, name), 'utf8'));
  }
  if (texts.length === 0) throw new Error('no fixture texts found under test/fixtures or samples/');
  return texts;
}

const COMPANIES = ['Citrix', 'Fortinet', 'Ivanti', 'Pulsar', 'Veldhoven Data', 'Noordkaap', 'Arcadis', 'Delta Net'];
const SURNAMES = ['Grapperhaus', 'Knops', 'Donner', 'Harbers', 'Yesilgöz', 'Bruins', 'De Jonge', 'Van Huffelen'];

/** A variant of a text: other company and minister names, dates shifted by whole days. */
function variant(text, seed) {
  const company = COMPANIES[seed % COMPANIES.length];
  const surname = SURNAMES[(seed >> 3) % SURNAMES.length];
  return text
    .replace(/Citrix|DigiNotar|Limburg Waterleiding/g, company)
    .replace(/Grapperhaus|Harbers|Donner/g, surname)
    .replace(/\b([12]?\d) (januari|februari|maart|augustus|september)\b/g, (_, day, month) => `${((Number(day) + seed) % 27) + 1} ${month}`);
}

function generateCorpus(megabytes) {
  const texts = fixtureTexts();
  const dir = path.join(work, 'corpus');
  mkdirSync(dir);
  const files = [];
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1e6; n++) {
    // Affairs of 5 texts. A text is one to four of the fixtures' letters, advisories and reports
    // joined (2 to 10 kB, as Kamerbrieven and news reports run), names and dates varied per affair.
    const affair = Math.floor(n / 5);
    let body = variant(texts[n % texts.length], affair);
    for (let extra = 0; extra < n % 4; extra++) body += `\n\n${variant(texts[(n + 1 + extra) % texts.length], affair)}`;
    const file = path.join(dir, `text-${String(n).padStart(4, '0')}.txt`);
    writeFileSync(file, body);
    files.push(file);
    bytes += Buffer.byteLength(body);
  }
  return { files, bytes };
}

// --------------------------------------------------------------- export

function measureExport(corpus) {
  const probe = path.join(work, 'peak-memory.cjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', probe, path.join(root, 'dist/cli.js'), 'annotate', '--json', ...corpus.files], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`export failed (${run.status}): ${run.stderr.slice(0, 400)}`);
  const peakKb = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const exported = JSON.parse(run.stdout);
  const claims = exported.documents.reduce((n, d) => n + d.claims.length, 0);
  return { seconds, mbPerSecond: corpus.bytes / 1e6 / seconds, peakMb: peakKb / 1024, claims, links: exported.links.length };
}

// ----------------------------------------------------------- incremental

let coreModule = null;
async function loadCore() {
  if (coreModule) return coreModule;
  const outfile = path.join(work, 'core.cjs');
  await build({
    entryPoints: [path.join(root, 'src/core/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  coreModule = (await import(outfile)).default;
  return coreModule;
}

/**
 * The main thread's scheduler counters in ms (Linux: /proc/thread-self/schedstat): time on a CPU, and time it
 * waited, ready to run, while the CPUs were held by other threads or processes (the engine's compiler and
 * garbage collector threads among them). The waits are added when the thread is scheduled back in, so reading
 * them around an edit, outside its timing, gives that edit's waits. Null where the file is missing.
 */
const SCHEDSTAT = '/proc/thread-self/schedstat';
const hasSchedstat = existsSync(SCHEDSTAT);
function schedulerMs() {
  if (!hasSchedstat) return null;
  const [onCpu, waited] = readFileSync(SCHEDSTAT, 'utf8').split(' ').map(Number);
  return { onCpu: onCpu / 1e6, waited: waited / 1e6 };
}

function median(values) {
  return quantile(values, 0.5);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/** "n edits, median m ms, max x ms" for one way of updating. */
function summary(times) {
  return times.length === 0 ? '0 edits' : `${times.length} edits, median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
}

/** The 1 MB document the edits are made in: the fixtures, varied, one after the other. */
function editedDocument(megabytes) {
  const texts = fixtureTexts();
  let text = 'date 2020-01-21\n\n';
  for (let k = 0; text.length < megabytes * 1e6; k++) text += `${variant(texts[k % texts.length], k)}\n\n`;
  return text;
}

/**
 * Types `typed` at EDITS places spread over the middle half of the text, as a user would, one
 * update after each; the time of each update, by the way the analyser took.
 */
function sampleEdits(core, text, typed, { after = null, shift = 0 } = {}) {
  // Each sample starts from a clean heap, with one analyser: the one the editor would keep for the text
  // (or, `after` another sample, the analyser that sample left, with its text).
  globalThis.gc?.();
  const analyzer = after?.analyzer ?? new core.DocumentAnalyzer('bench.beleid.txt');
  if (after) text = after.text;
  const begun = process.hrtime.bigint();
  const fullBegan = performance.now();
  // (The analysis is updated in place by the edits: its claims are counted now.)
  const claims = after ? after.claims : analyzer.update(text).claims.length;
  const fullMs = after ? after.fullMs : Number(process.hrtime.bigint() - begun) / 1e6;
  // The analyser settles a long text's first analysis in the old generation (src/core/heap.ts).
  const full = after ? after.full : { span: [fullBegan, performance.now()], settled: analyzer.lastUpdate.settledHeap };
  const times = [];
  /** Per edit, when it began and ended (performance.now()), to find the collections made during it (see watchCollections()). */
  const spans = [];
  /** Per edit, how long the main thread waited for a CPU (see schedulerMs()), when known. */
  const waited = [];
  /** Whether the scheduler's counters advanced at all (a kernel without scheduler statistics reads zeros). */
  let counted = false;
  /** Edit times by the way the analyser took: offsets moved, document stage resumed, or run again whole. */
  const byWay = { moved: [], resumed: [], full: [] };
  /** Time to make each edited text flat, as the editor gives it (not part of the analysis). */
  const textMs = [];
  for (let e = 0; e < EDITS; e++) {
    const at = Math.floor(text.length * (0.25 + (0.5 * e) / EDITS)) + shift;
    const insert = typeof typed === 'function' ? typed(e) : typed;
    text = `${text.slice(0, at)}${insert}${text.slice(at)}`;
    // The editor hands the analyser a flat string (document.getText()); the concatenation above is a rope
    // that V8 copies into one on its first read. That copy is the benchmark's making of the text, timed apart.
    let started = process.hrtime.bigint();
    text.charCodeAt(0);
    textMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    const before = schedulerMs();
    const began = performance.now();
    started = process.hrtime.bigint();
    analyzer.update(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    spans.push([began, performance.now()]);
    const after = schedulerMs();
    times.push(ms);
    if (before && after) {
      if (after.onCpu > before.onCpu) counted = true;
      // A wait during the reads themselves, outside the timing, is not the edit's.
      waited.push(Math.min(ms, after.waited - before.waited));
    }
    byWay[analyzer.lastUpdate.offsetsOnly ? 'moved' : analyzer.lastUpdate.resumed ? 'resumed' : 'full'].push(ms);
  }
  return { analyzer, text, times, spans, waited: counted ? waited : [], byWay, textMs, fullMs, full, claims };
}

/**
 * The engine's garbage collections, as Node reports them (performance entries of type 'gc'): when each
 * began and ended on the main thread, and whether it was a young-generation collection (a scavenge, which
 * copies the objects that survive, so it takes longer the more of the young objects live on). Entries
 * arrive after the fact: stop() waits for the last ones.
 */
function watchCollections() {
  const entries = [];
  const add = (found) => {
    for (const e of found) entries.push({ start: e.startTime, end: e.startTime + e.duration, young: (e.detail?.kind ?? e.kind) === perfConstants.NODE_PERFORMANCE_GC_MINOR });
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 100));
      add(observer.takeRecords());
      observer.disconnect();
      return entries;
    },
  };
}

/** Per edit, the time spent in young-generation collections and in others while it ran (ms). */
function collectionsDuring(spans, entries) {
  return spans.map(([start, end]) => {
    let young = 0;
    let other = 0;
    for (const e of entries) {
      const overlap = Math.min(end, e.end) - Math.max(start, e.start);
      if (overlap <= 0) continue;
      if (e.young) young += overlap;
      else other += overlap;
    }
    return { young, other };
  });
}

/** At most this many of the edits over 10 ms are listed with their waits. */
const LISTED_SLOW_EDITS = 10;

/**
 * Each edit's time less the time the main thread waited for a CPU (Linux only): what is left is its time on a
 * CPU and any time it was blocked. The edits over 10 ms are listed with their waits.
 */
function waitReport(times, waited, collected) {
  if (waited.length !== times.length) return '';
  const own = times.map((ms, e) => ms - waited[e]);
  const slow = times.map((ms, e) => [ms, waited[e], collected[e]]).filter(([ms]) => ms > 10);
  const listed = slow.slice(0, LISTED_SLOW_EDITS).map(([ms, w, c]) => `${ms.toFixed(1)} ms of which ${w.toFixed(1)} ms waiting${collectionNote(c)}`);
  if (slow.length > LISTED_SLOW_EDITS) listed.push(`${slow.length - LISTED_SLOW_EDITS} more`);
  return ` Less the main thread's waits for a CPU: median ${median(own).toFixed(1)} ms, max ${Math.max(...own).toFixed(1)} ms, ${own.filter((ms) => ms <= 10).length} of ${own.length} within 10 ms${slow.length ? ` (edits over 10 ms: ${listed.join(', ')})` : ''}.`;
}

/** ", 6.1 ms in a young-generation collection" for a listed edit (that time and its waits may overlap: a collection may wait for a CPU too). */
function collectionNote(c) {
  const parts = [];
  if (c?.young > 0.05) parts.push(`${c.young.toFixed(1)} ms in a young-generation collection`);
  if (c?.other > 0.05) parts.push(`${c.other.toFixed(1)} ms in another collection`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/**
 * "Garbage collections: n of the edits ran a young-generation collection (the longest m ms); k of the s edits over
 * 10 ms ran a collection" for one sample of edits.
 */
function collectionReport(times, collected) {
  if (collected.length !== times.length) return '';
  const young = collected.map((c) => c.young).filter((ms) => ms > 0);
  const slowWithOne = times.filter((ms, e) => ms > 10 && collected[e].young + collected[e].other > 0).length;
  const slow = times.filter((ms) => ms > 10).length;
  return ` Garbage collections: ${young.length} of the edits ran a young-generation collection${young.length ? ` (the longest ${Math.max(...young).toFixed(1)} ms)` : ''}${slow ? `; ${slowWithOne} of the ${slow} edits over 10 ms ran a collection` : ''}.`;
}

/** "median m ms, 90th percentile …, n of N within 10 ms. By way: …" for one sample of edits. */
function editReport({ times, waited, collected, byWay }) {
  const within10 = times.filter((ms) => ms <= 10).length;
  return `median ${median(times).toFixed(1)} ms, 90th percentile ${quantile(times, 0.9).toFixed(1)} ms, 99th ${quantile(times, 0.99).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms, ${within10} of ${times.length} within 10 ms. By way: offsets moved (annotations as they were) ${summary(byWay.moved)}; document stage resumed from the edited paragraph ${summary(byWay.resumed)}; document stage run whole ${summary(byWay.full)}.${waitReport(times, waited, collected)}${collectionReport(times, collected)}`;
}

/** The editor's warm-up (src/core/warmUp), step by step as the editor runs it: its time, and its longest step. */
function warmUpAsTheEditorDoes(core) {
  const steps = core.warmUpSteps();
  let totalMs = 0;
  let longestMs = 0;
  for (;;) {
    const started = process.hrtime.bigint();
    const step = steps.next();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    totalMs += ms;
    longestMs = Math.max(longestMs, ms);
    if (step.done) return { updates: step.value, totalMs, longestMs };
  }
}

async function measureIncremental(megabytes, warm) {
  const core = await loadCore();
  const warmUp = warm ? warmUpAsTheEditorDoes(core) : null;
  const collections = watchCollections();
  const text = editedDocument(megabytes);
  // A letter typed, and a line break (Enter): it may part a paragraph, or make its first line a heading.
  const letters = sampleEdits(core, text, 'e');
  const lineBreaks = sampleEdits(core, text, '\n');
  // The same editor typed on: letters with a line break every fifth edit, at other places. By now the
  // engine has compiled the code the edits run (the first edits after opening a text run it cold).
  const typedOn = sampleEdits(core, text, (e) => (e % 5 === 4 ? '\n' : 'e'), { after: lineBreaks, shift: 13 });
  const index = new core.CorpusIndex();
  index.update('bench.beleid.txt', letters.text);
  const started = process.hrtime.bigint();
  const links = index.links();
  const linkMs = Number(process.hrtime.bigint() - started) / 1e6;
  const entries = await collections.stop();
  const sample = ({ times, spans, waited, byWay }) => ({ times, waited, collected: collectionsDuring(spans, entries), byWay });
  const [settling] = collectionsDuring([letters.full.span], entries);
  return { warmUp, bytes: text.length, claims: letters.claims, fullMs: letters.fullMs, settled: letters.full.settled, settlingMs: settling.young, letters: sample(letters), lineBreaks: sample(lineBreaks), typedOn: sample(typedOn), textMedianMs: median(letters.textMs), linkMs, links: links.length };
}

/** The edits measured in a process of its own (see EDITS_CHILD), so that the engine starts from nothing. */
function measureIncrementalApart(megabytes, warm) {
  const run = spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--edits-child', warm ? 'warm' : 'cold', '--document-mb', String(megabytes), '--edits', String(EDITS)], {
    maxBuffer: 1 << 26,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`measuring the edits failed (${run.status}): ${run.stderr.slice(0, 400)}`);
  return JSON.parse(run.stdout);
}

/**
 * ", 24.0 ms of it in young-generation collections, the last two of which settle its results in the old
 * generation": the analysis's own collections and, when the analyser settled its results, those two.
 */
function settlingNote({ settled, settlingMs }) {
  return `, ${settlingMs.toFixed(1)} ms of it in young-generation collections${settled ? ', the last two of which settle its results in the old generation' : ' (its results were not settled: no collector to call)'}`;
}

/** The report of the edits of one process. */
function editsReport(incremental) {
  return [
    `  "e" typed at ${EDITS} spread-out places: ${editReport(incremental.letters)}`,
    `  a line break typed at ${EDITS} spread-out places: ${editReport(incremental.lineBreaks)}`,
    `  then ${EDITS} more edits in the same editor (a letter, every fifth a line break) at other places: ${editReport(incremental.typedOn)}`,
  ];
}

// -------------------------------------------------------- tokenisation

/**
 * Why the core tokenises and splits sentences itself: the same work done by
 * compromise/one (the tokeniser the project was pointed at), on the same text.
 */
async function measureTokenisers(core) {
  const texts = fixtureTexts();
  let text = '';
  for (let k = 0; text.length < 2e6; k++) text += `${variant(texts[k % texts.length], k)}\n\n`;
  const nlp = (await import('compromise/one')).default;
  let started = process.hrtime.bigint();
  const terms = nlp(text).json({ offset: true, terms: { offset: true } }).reduce((n, s) => n + s.terms.length, 0);
  const compromiseSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  started = process.hrtime.bigint();
  const tokens = core.tokenizeForBenchmark(text);
  const ownSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mb: text.length / 1e6, compromise: text.length / 1e6 / compromiseSeconds, own: text.length / 1e6 / ownSeconds, terms, tokens };
}

// ------------------------------------------------------------------ main

try {
  if (EDITS_CHILD) {
    process.stdout.write(JSON.stringify(await measureIncremental(DOCUMENT_MB, EDITS_CHILD === 'warm')));
  } else {
    const corpus = generateCorpus(CORPUS_MB);
    const exported = measureExport(corpus);
    const warm = measureIncrementalApart(DOCUMENT_MB, true);
    const cold = measureIncrementalApart(DOCUMENT_MB, false);
    const tokenisers = await measureTokenisers(await loadCore());
    const report = [
      `export: ${corpus.files.length} files (${(corpus.bytes / corpus.files.length / 1000).toFixed(1)} kB on average), ${(corpus.bytes / 1e6).toFixed(1)} MB in ${exported.seconds.toFixed(2)} s → ${exported.mbPerSecond.toFixed(2)} MB/s, peak memory ${exported.peakMb.toFixed(0)} MB (${exported.claims} claims, ${exported.links} links)`,
      `incremental: ${(warm.bytes / 1e6).toFixed(2)} MB document (${warm.claims} claims): first analysis ${warm.fullMs.toFixed(0)} ms${settlingNote(warm)}`,
      `  as in the editor, after the warm-up it runs when it starts (${warm.warmUp.updates} updates of a made-up text in ${warm.warmUp.totalMs.toFixed(0)} ms, one per step, the longest ${warm.warmUp.longestMs.toFixed(0)} ms):`,
      ...editsReport(warm).map((line) => `  ${line}`),
      `  without that warm-up (first analysis ${cold.fullMs.toFixed(0)} ms${settlingNote(cold)}):`,
      ...editsReport(cold).map((line) => `  ${line}`),
      `  making each edited text flat, as the editor's getText() gives it (not counted above): median ${warm.textMedianMs.toFixed(1)} ms; links of that document ${warm.linkMs.toFixed(0)} ms (${warm.links} links)`,
      `tokens and sentences of ${tokenisers.mb.toFixed(1)} MB: compromise/one ${tokenisers.compromise.toFixed(2)} MB/s (${tokenisers.terms} terms), the core's own ${tokenisers.own.toFixed(1)} MB/s (${tokenisers.tokens} tokens)`,
    ];
    console.log(report.join('\n'));
  }
} finally {
  if (KEEP) console.log(`generated corpus kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

// The editor's analyser settles a long text's first analysis in the old generation (src/core/heap.ts).
import assert from 'node:assert/strict';
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { DocumentAnalyzer } from '../../src/core';
import { SETTLED_LENGTH, settleYoungGeneration } from '../../src/core/heap';
import { warmUpText } from '../../src/core/warmUp/warmUp';

/** The young-generation collections Node reports while `run` runs, with its result. */
async function youngCollectionsDuring<T>(run: () => T): Promise<{ result: T; collections: number }> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  const result = run();
  const end = performance.now();
  // Entries arrive after the fact.
  await new Promise((resolve) => setTimeout(resolve, 50));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  // Node's gc entries carry their kind in `detail` (which the PerformanceEntry type leaves out).
  const young = entries.filter((e) => (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR && e.startTime >= start && e.startTime <= end);
  return { result, collections: young.length };
}

/** A long policy text: the warm-up's made-up letter, three times. */
function longText(): string {
  const text = warmUpText();
  const long = `${text}\n\n${text}\n\n${text}`;
  assert.ok(long.length >= SETTLED_LENGTH, `only ${long.length} characters`);
  return long;
}

describe('settling a long text’s first analysis', () => {
  it('collects the young generation twice, with a collector taken from a new context unless the process has one', async () => {
    const { result, collections } = await youngCollectionsDuring(() => settleYoungGeneration());
    assert.equal(result, true, 'no collector');
    assert.ok(collections >= 2, `${collections} young-generation collections`);
  });

  it('settles the editor’s full analysis of a long text', () => {
    const analyzer = new DocumentAnalyzer('long.beleid.txt');
    assert.ok(analyzer.update(longText()).claims.length > 0);
    assert.equal(analyzer.lastUpdate.settledHeap, true);
  });

  it('leaves no collector behind in the contexts made afterwards', () => {
    const startedWithOne = typeof (globalThis as { gc?: unknown }).gc === 'function';
    new DocumentAnalyzer('long.beleid.txt').update(longText());
    if (!startedWithOne) assert.equal(runInNewContext('typeof gc'), 'undefined');
  });

  it('does not settle short texts, edits, or texts analysed once', () => {
    const text = longText();
    const editor = new DocumentAnalyzer('long.beleid.txt');
    editor.update(text);
    const at = text.indexOf('\n\n', text.length / 2);
    editor.update(`${text.slice(0, at)} Het kabinet neemt dit over.${text.slice(at)}`);
    assert.equal(editor.lastUpdate.settledHeap, false, 'an edit settled the heap');
    const short = new DocumentAnalyzer('short.beleid.txt');
    short.update(warmUpText().slice(0, 20_000));
    assert.equal(short.lastUpdate.settledHeap, false, 'a short text settled the heap');
    const once = new DocumentAnalyzer('once.beleid.txt', {}, false);
    once.update(text);
    assert.equal(once.lastUpdate.settledHeap, false, 'a text analysed once settled the heap');
  });
});

/**
 * Settling a long text's first analysis in the engine's old generation.
 *
 * V8 makes new objects in a small young generation and, when that fills up, copies the
 * ones still alive out of it (a scavenge). The analysis of a long text is mostly new
 * objects that stay alive as long as the text is open: for a 1 MB letter, the scavenge
 * after its analysis copies about 10 MB and takes 6–14 ms. It comes whenever the young
 * generation next fills up, and in an editor that is often during the first keystrokes
 * after the text was opened, pushing an edit that takes 1–3 ms past 10 ms.
 *
 * So the editor's analyser collects the young generation right after a full analysis of
 * a long text (the first, one an edit falls back to, or a file the workspace index reads),
 * which takes a hundred milliseconds or more anyway: twice, because the first scavenge
 * keeps survivors in the young generation and the second moves them out.
 *
 * V8 exposes its collector only under the `--expose-gc` flag. Where the process was not
 * started with it (the editor's extension host), the flag is set for the moment it takes
 * to make a new context, whose global `gc` this module keeps, and then unset, so that
 * no later context gets one. Where the runtime refuses the flag or the collector throws,
 * nothing is collected, then or later. (Node and Electron let flags change after start-up;
 * an embedder that freezes them aborts on the attempt, which no catch can prevent.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector, as `--expose-gc` gives it: `type` 'minor' collects the young generation only. */
type Collector = (options: { type: 'minor' | 'major' }) => void;

/** Texts at least this long (UTF-16 code units, a quarter of the 1 MB letter above) are settled after a full analysis. */
export const SETTLED_LENGTH = 250_000;

/** The collector once looked for: null when there is none. */
let collector: Collector | null | undefined;

function findCollector(): Collector | null {
  const exposed: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as Collector;
  try {
    setFlagsFromString('--expose-gc');
    try {
      const found: unknown = runInNewContext('gc');
      return typeof found === 'function' ? (found as Collector) : null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  } catch {
    return null;
  }
}

/** Moves what survives in the young generation to the old one; false when the runtime has no collector to call. */
export function settleYoungGeneration(): boolean {
  if (collector === undefined) collector = findCollector();
  if (!collector) return false;
  try {
    collector({ type: 'minor' });
    collector({ type: 'minor' });
    return true;
  } catch {
    // The extension host is shared: another extension may have put something else in globalThis.gc.
    collector = null;
    return false;
  }
}

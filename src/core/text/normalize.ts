/**
 * Folding for lexicon look-ups: lower case without diacritics, so that
 * "Coördinator", "Coordinator" and an NFD-encoded "Coördinator" meet.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

const foldCache = new Map<string, string>();

export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const lower = text.toLowerCase();
  const folded = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
  // Words repeat: remembering them saves most of the work; the bound keeps memory flat.
  if (foldCache.size > 200_000) foldCache.clear();
  foldCache.set(text, folded);
  return folded;
}

/** A cheap stable hash (FNV-1a over UTF-16 units), for caching analysed blocks. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Where each line of a text starts: 0 and the offset after each line break. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The line starts, updated in place, after [from, oldEnd) of the text was replaced by
 * `inserted`: the starts after removed line breaks go, those after typed ones come, the
 * rest move. Returns how many lines the text gained (negative: lost).
 */
export function moveLineStarts(starts: number[], from: number, oldEnd: number, inserted: string): number {
  const delta = inserted.length - (oldEnd - from);
  // A start s follows the line break at s - 1: it was removed when from < s <= oldEnd.
  let first = starts.length;
  let low = 0;
  while (low < first) {
    const middle = (low + first) >> 1;
    if (starts[middle] <= from) low = middle + 1;
    else first = middle;
  }
  let end = first;
  while (end < starts.length && starts[end] <= oldEnd) end++;
  for (let k = end; k < starts.length; k++) starts[k] += delta;
  const added: number[] = [];
  for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) added.push(from + i + 1);
  if (added.length > 0 || end > first) starts.splice(first, end - first, ...added);
  return added.length - (end - first);
}

/** The 1-based line of an offset, from the text's line starts. */
export function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * A copy of a piece of a text that does not keep the whole text alive. V8 cuts a
 * string of 13 or more characters as a view into its parent: a span's text cut from
 * a 1 MB document would hold that document, and an editor makes a new one at every
 * keystroke. Concatenating and cutting again makes the view into a copy of the piece.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

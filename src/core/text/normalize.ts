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

/**
 * A copy of a piece of a text that does not keep the whole text alive. V8 cuts a
 * string of 13 or more characters as a view into its parent: a span's text cut from
 * a 1 MB document would hold that document, and an editor makes a new one at every
 * keystroke. Concatenating and cutting again makes the view into a copy of the piece.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

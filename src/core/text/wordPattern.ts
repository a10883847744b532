/** Regular-expression source for lexicon word lists, so that the words stay data. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `(?:w1|w2|…)` for the words, in their given order, each optionally preceded by
 * `prefix` (regular-expression source, such as `\p{L}*` for compounds).
 */
export function alternation(words: readonly string[], prefix = ''): string {
  return `(?:${words.map((w) => prefix + escapeRegExp(w)).join('|')})`;
}

/**
 * Binary search over sorted lists: the document stage looks up the first claim,
 * date, block or record at a place many times per edit.
 */

/** The first index in [0, length) at which `before` no longer holds (it holds for a prefix of the indexes). */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first of the spans (sorted by start) that starts at or after `offset`. */
export function firstSpanFrom(sorted: readonly { start: number }[], offset: number): number {
  return firstNotBefore(sorted.length, (k) => sorted[k].start < offset);
}

/** The index of the first of the records (sorted by their `index`, a mention's) at or after `index`. */
export function firstAt(records: readonly { index: number }[], index: number): number {
  return firstNotBefore(records.length, (k) => records[k].index < index);
}

/** The index of the first of the sorted numbers that is `value` or more. */
export function firstNumberFrom(sorted: readonly number[], value: number): number {
  return firstNotBefore(sorted.length, (k) => sorted[k] < value);
}

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

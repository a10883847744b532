/**
 * Lists the analysis keeps, built so that the engine always stores them the same way.
 *
 * V8 stores an array's elements one of several ways ("elements kinds"): with or without holes, among
 * others. `list.map(f)` makes an array without holes while the calling function is interpreted, and,
 * once the engine has compiled that function, one with holes (its compiled map() allocates the whole
 * length first). Code compiled for arrays of one kind is thrown away when it meets the other: the
 * claims of a 1 MB text, mapped in compiled code, had holes where the warm-up's had none, and the first
 * edits of that text waited while the code that moves claims was compiled again. An array filled by
 * push() has no holes however it was made.
 */
export function mapped<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < list.length; k++) out.push(f(list[k], k));
  return out;
}

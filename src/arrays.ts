// Array helpers safe for any length: spreading a large array into `push(...)` or `Math.max(...)`
// passes each element as an argument and overflows the stack past about 65,000 of them.

/** Appends every item of `items` to `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `empty` when there is none. */
export function maxOf(values: readonly number[], empty = -Infinity): number {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * The running maxima of `values`: a nondecreasing array in which "the first value above x" is found
 * by binary search (`countAtMost`) at the same index as a linear scan of `values` would find it.
 */
export function runningMax(values: readonly number[]): number[] {
  let max = -Infinity;
  return values.map((value) => (max = Math.max(max, value)));
}

/** How many values of the nondecreasing `ascending` are at most `value`: the index of the first above it. */
export function countAtMost(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ascending[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

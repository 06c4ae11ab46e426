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

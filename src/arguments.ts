// Checks of what the public functions are given, so that a programmer's mistake (a misspelt option,
// `null` for a tree) gets a TypeError that names it, not a "Cannot read properties of null" later.

/** `options` as an object whose keys are all in `known`; `undefined` is no options. */
export function checkOptions<T extends object>(caller: string, options: T | undefined, known: readonly string[]): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${caller}() options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const near = known.filter((name) => name.toLowerCase() === key.toLowerCase() || editDistance(name, key) <= 2);
      throw new TypeError(`Unknown option "${key}" for ${caller}()${near.length ? `: did you mean "${near[0]}"?` : ''} (expected ${known.join(', ')})`);
    }
  }
  return options;
}

/** Throws unless `value` is a tree returned by `parse` (`parse(text).resolution`). */
export function checkResolution(caller: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'resolution') {
    throw new TypeError(`${caller}() expects a parsed resolution (parse(text).resolution), got ${describe(value)}`);
  }
}

/** "null", "an array", "a string", "an object of type paragraph". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' ? `an object of type "${type}"` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

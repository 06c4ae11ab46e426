/** `T` with every `position` left out, at any depth: the lean tree of `parse(text, { positions: false })`. */
export type WithoutPositions<T> = T extends readonly (infer Item)[]
  ? WithoutPositions<Item>[]
  : T extends object
    ? { [K in keyof T as K extends 'position' ? never : K]: WithoutPositions<T[K]> }
    : T;

/**
 * A copy of `value` without its `position` fields (which make up most of a tree's JSON), for those
 * who store many trees and do not need to point back into the text.
 */
export function withoutPositions<T>(value: T): WithoutPositions<T> {
  if (Array.isArray(value)) return value.map(withoutPositions) as WithoutPositions<T>;
  if (typeof value !== 'object' || value === null) return value as WithoutPositions<T>;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== 'position') copy[key] = withoutPositions(item);
  return copy as WithoutPositions<T>;
}

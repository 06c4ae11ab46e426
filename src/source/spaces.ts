/** The first offset in [from, to) that is not white space (or `to`). */
export function skipSpace(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(source[i])) i++;
  return i;
}

/** The end of [from, to) once trailing white space is left out. */
export function trimmedEnd(source: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(source[i - 1])) i--;
  return i;
}

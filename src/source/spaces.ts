/** White space as regular expressions and `String.prototype.trim` see it (`\s`), by character code. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The first offset in [from, to) that is not white space (or `to`). */
export function skipSpace(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhiteSpace(source.charCodeAt(i))) i++;
  return i;
}

/** The end of [from, to) once trailing white space is left out. */
export function trimmedEnd(source: string, from: number, to: number): number {
  let i = to;
  while (i > from && isWhiteSpace(source.charCodeAt(i - 1))) i--;
  return i;
}

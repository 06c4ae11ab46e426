/**
 * A set of characters by code, for a test made of each line's first or last characters: an ASCII
 * character is looked up in a table, not hashed (the others, rare, in a `Set`).
 */
export class CharSet {
  private readonly ascii = new Uint8Array(128);
  private readonly others = new Set<number>();

  constructor(codes: Iterable<number>) {
    for (const code of codes) {
      if (code < 128) this.ascii[code] = 1;
      else this.others.add(code);
    }
  }

  /** Whether the set holds `code`; false for NaN (a character past the end of a text). */
  has(code: number): boolean {
    return code < 128 ? this.ascii[code] === 1 : this.others.has(code);
  }
}

// The practical ceiling: split on line breaks and classify each line by one regular expression, the
// way readLines (src/source/lines.ts) classifies them, keeping the offsets. No tree, no context.
const KINDS = [
  ['blank', /^\s*$/],
  ['thematicBreak', /^\s*---+\s*$/],
  ['separator', /^\s*___+\s*$/],
  ['markdownFootnote', /^\s*<sup>[^<]{1,8}<\/sup>/],
  ['heading', /^\s*#{1,6}\s/],
  ['numbered', /^\s*(?:\d{1,4}|[SlO])\.(?![.\d])/],
  ['labelled', /^\s*(?:\((?:[a-z]{1,5}|\d{1,2}|[A-Z])\)|[a-z]{1,5}\)\s)/],
  ['leadingNumber', /^\s*\d{1,4}\/?\s+\S/],
  ['numeral', /^\s*(?:[IVXL]+|[A-Z])\.?(?:\s|$)/],
] as const;

export interface ScannedLine {
  kind: string;
  start: number;
  end: number;
}

export function lineScan(text: string): ScannedLine[] {
  const out: ScannedLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    let kind = 'text';
    for (const [name, pattern] of KINDS) {
      if (pattern.test(line)) {
        kind = name;
        break;
      }
    }
    out.push({ kind, start, end });
    if (!found) return out;
    start = breaks.lastIndex;
  }
}

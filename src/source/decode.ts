// The bytes of a file to the text to parse, with a clear refusal for what is not a text: the command
// line and parseFiles read files alike.

/** A problem with the input that stops one file: empty, binary, a PDF, not UTF-8, unreadable. */
export class InputError extends Error {}

/** Bytes to text, or an InputError that says why they are not a text to parse. */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty: there is nothing to parse`);
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) {
    throw new InputError(`${name} is a PDF, not text: extract its text first (pdftotext, or a PDF to markdown converter)`);
  }
  if (head.includes(0)) throw new InputError(`${name} is a binary file, not text: give the text or markdown of the resolution`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new InputError(
      `${name} is not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at}): convert it, e.g. iconv -f windows-1252 -t utf-8`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${name} is empty (white space only): there is nothing to parse`);
  return text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

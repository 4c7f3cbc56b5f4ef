/** Result of turning raw file bytes into text. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Decodes a document: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * otherwise Windows-1252, the legacy encoding of Office exports on Windows.
 * Line endings become LF and no-break spaces plain spaces, so parsers see one form.
 */
export function decodeDocument(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    encoding = 'windows-1252';
    text = decodeWindows1252(bytes);
  }
  return { text: normaliseText(text), encoding };
}

/** Normalises line endings, BOM and space variants of already decoded text. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\u00AD/g, '');
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, bullet, dashes, euro).
 * Some runtimes (Node 20) decode "windows-1252" as Latin-1, so that range is mapped here.
 * Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their code point, as the WHATWG decoder does.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

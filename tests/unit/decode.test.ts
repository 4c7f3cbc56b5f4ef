import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/parse/index';
import { decodeDocument } from '../../src/core/text/decode';
import { encodeWindows1252, seedProfile, seedText } from './seeds';

// Contract: the same document parses to the same profile whatever its encoding, BOM, line endings
// or space characters.

function parsed(file: string, bytes: Uint8Array) {
  const r = parseDocument(file, bytes);
  if (!r.ok) throw r.error;
  return r.profile;
}

describe('decoding', () => {
  const file = 'interne-sales.txt';
  const reference = seedProfile(file);
  const text = seedText(file);

  it('detects Windows-1252 and decodes it without mojibake', () => {
    const bytes = encodeWindows1252(text);
    expect(decodeDocument(bytes).encoding).toBe('windows-1252');
    const p = parsed(file, bytes);
    expect(p).toEqual(reference);
    expect(p.knowledge.map((k) => k.label)).toContain('Kennis van typologieën van klanten en consumenten');
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(decodeDocument(bytes)).toMatchObject({ encoding: 'utf-8' });
    expect(parsed(file, bytes)).toEqual(reference);
  });

  it('treats no-break spaces as spaces', () => {
    const bytes = new TextEncoder().encode(text.replace(/Kennis van /g, 'Kennis\u00A0van\u00A0'));
    expect(parsed(file, bytes)).toEqual(reference);
  });
});

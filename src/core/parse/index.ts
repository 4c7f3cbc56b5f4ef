import type { Layout, Profile } from '../profile/types';
import { decodeDocument, looksBinary, normaliseText } from '../text/decode';
import { toLines } from '../text/lines';
import { parseCompetentieprofiel } from './competentieprofiel';
import { detectLayout } from './detect';
import { ParseError } from './errors';
import { parseFlemish } from './flemish';
import { parseKwalificatiedossier } from './kwalificatiedossier';
import { slugify } from './slug';

export { detectLayout } from './detect';
export { ParseError } from './errors';
export { slugify } from './slug';

export type ParseResult = { ok: true; profile: Profile } | { ok: false; error: ParseError };

const PARSERS: Record<
  Layout,
  (file: string, lines: ReturnType<typeof toLines>, text: string) => Omit<Profile, 'id'>
> = {
  beroepskwalificatie: (file, lines) => parseFlemish(file, lines),
  kwalificatiedossier: (file, lines) => parseKwalificatiedossier(file, lines),
  beroepscompetentieprofiel: parseCompetentieprofiel,
};

/**
 * Parses one document (raw bytes or already decoded text) into a profile. Never throws:
 * a document that yields no valid profile gives a ParseError naming the file and the reason.
 */
export function parseDocument(file: string, content: Uint8Array | string): ParseResult {
  try {
    return { ok: true, profile: parseOrThrow(file, content) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e };
    return {
      ok: false,
      error: new ParseError(file, `onverwachte fout bij het lezen: ${(e as Error).message}`),
    };
  }
}

function parseOrThrow(file: string, content: Uint8Array | string): Profile {
  if (typeof content !== 'string' && looksBinary(content))
    throw new ParseError(file, 'binair bestand, geen tekst');
  const text = typeof content === 'string' ? normaliseText(content) : decodeDocument(content).text;
  if (!text.trim()) throw new ParseError(file, 'leeg bestand');
  const layout = detectLayout(text);
  if (!layout) {
    throw new ParseError(
      file,
      'geen kwalificatiedocument herkend (verwacht een Vlaamse beroepskwalificatie, een kwalificatiedossier of een beroepscompetentieprofiel)',
    );
  }
  const parsed = PARSERS[layout](file, toLines(text), text);
  if (parsed.knowledge.length + parsed.skills.length === 0) {
    throw new ParseError(file, 'geen kennis of vaardigheden gevonden');
  }
  return { id: slugify(parsed.title), ...parsed };
}

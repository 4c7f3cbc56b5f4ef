import type { Layout } from '../profile/types';

/** Recognises the layout of a document from markers that only that layout prints. Null: not a qualification document. */
export function detectLayout(text: string): Layout | null {
  if (/^\s*\d+\.\d+ werkproces:/m.test(text) || /Proces-competentie-matrix/.test(text))
    return 'kwalificatiedossier';
  if (
    /Mogelijke functiebenamingen/i.test(text) ||
    (/beroepscompetentieprofiel/i.test(text) && /Kerntaak \d/.test(text))
  ) {
    return 'beroepscompetentieprofiel';
  }
  if (
    /Opsomming competenties/i.test(text) ||
    (/beroepskwalificatie/i.test(text) && /Competentie \d+\s*:/.test(text))
  ) {
    return 'beroepskwalificatie';
  }
  return null;
}

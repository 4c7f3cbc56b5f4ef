import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/parse/index';
import { seedText } from './seeds';

// Contract: a document that yields no valid profile gives a ParseError with the file, the reason
// and, where it is known, the line; parseDocument never throws.

function truncated(file: string, lines: number) {
  const r = parseDocument(file, seedText(file).split('\n').slice(0, lines).join('\n'));
  if (r.ok) throw new Error(`${file} cut at ${lines} lines was accepted`);
  return r.error;
}

describe('truncated documents', () => {
  it('Flemish: cut before the descriptor lists or the skills', () => {
    expect(truncated('externe-sales.txt', 300)).toMatchObject({
      file: 'externe-sales.txt',
      line: 300,
      reason: expect.stringMatching(/^onvolledig document: de beschrijving van de competenties/),
    });
    expect(truncated('interne-sales.txt', 340)).toMatchObject({
      line: 340,
      reason: expect.stringMatching(/^onvolledig document: de vaardigheden/),
    });
  });

  it('beroepscompetentieprofiel: a werkproces of the overview is not described', () => {
    expect(truncated('commercieel-medewerker-binnendienst.txt', 1000)).toMatchObject({
      line: 568,
      reason: 'onvolledig document: werkproces 2.5 "Onderhandelt met de klant" wordt niet beschreven',
    });
  });

  it('kwalificatiedossier: a werkproces without items or a matrix without details', () => {
    expect(truncated('commercieel-medewerker-buitendienst.txt', 620)).toMatchObject({
      line: 612,
      reason: 'onvolledig document: werkproces 2.5 zonder vakkennis en vaardigheden',
    });
    expect(truncated('commercieel-medewerker-buitendienst.txt', 820).reason).toBe(
      'onvolledig document: een proces-competentie-matrix zonder uitgewerkte werkprocessen',
    );
  });
});

describe('other bad input', () => {
  it('names empty, binary and unrelated files', () => {
    expect(parseDocument('a.txt', new Uint8Array())).toMatchObject({
      ok: false,
      error: { reason: 'leeg bestand' },
    });
    expect(parseDocument('b.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toMatchObject({
      ok: false,
      error: { reason: 'binair bestand, geen tekst' },
    });
    const r = parseDocument('c.txt', 'Boodschappenlijst\n- melk\n- brood\n');
    expect(r.ok ? null : r.error.message).toMatch(/^c\.txt: geen kwalificatiedocument herkend/);
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBuildArgs, runBuild } from '../../src/build/run';
import { parseGraphJson } from '../../src/core/graph/schema';
import { SEED_DIR, SEED_FILES, seedText } from './seeds';

// Contract: build:data turns a folder of documents into the graph file: deterministic, written
// atomically, and refusing bad input with the file name and reason (unless --skip-invalid).

let dir: string;
let inDir: string;
let outFile: string;
let log: string[];

function build(extra: Partial<Parameters<typeof runBuild>[0]> = {}) {
  log = [];
  return runBuild(
    {
      inDir,
      outFile,
      lexiconFile: join(__dirname, '../../data/synonyms.json'),
      skipInvalid: false,
      minScore: null,
      ...extra,
    },
    (line) => log.push(line),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-'));
  inDir = join(dir, 'profiles');
  outFile = join(dir, 'out', 'graph.json');
  mkdirSync(inDir);
  for (const f of SEED_FILES) copyFileSync(join(SEED_DIR, f), join(inDir, f));
});

describe('runBuild', () => {
  it('builds a valid graph and reports progress per document', () => {
    expect(build()).toBe(0);
    const loaded = parseGraphJson(readFileSync(outFile, 'utf8'));
    expect(loaded.ok && loaded.graph.profiles).toHaveLength(5);
    expect(log.filter((l) => l.startsWith('✓'))).toHaveLength(5);
    expect(log.at(-1)).toMatch(/^5 beroepen, \d+ verbindingen .* in \d+ ms$/);
  });

  it('writes byte-identical output for the same input', () => {
    build();
    const first = readFileSync(outFile);
    build();
    expect(readFileSync(outFile).equals(first)).toBe(true);
  });

  const badInputs: Array<[string, string | Uint8Array, RegExp]> = [
    ['leeg.txt', '', /leeg.txt: leeg bestand/],
    ['binair.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]), /binair.txt: binair bestand/],
    [
      'recept.txt',
      'Appeltaart\n\nIngrediënten:\n- 500 g appels\n- 200 g bloem\n',
      /recept.txt: geen kwalificatiedocument herkend/,
    ],
    [
      'afgebroken.txt',
      seedText('externe-sales.txt').split('\n').slice(0, 300).join('\n'),
      /afgebroken.txt:300: onvolledig document/,
    ],
  ];

  for (const [name, content, message] of badInputs) {
    it(`fails on ${name}, names it and keeps the previous output`, () => {
      expect(build()).toBe(0);
      const before = readFileSync(outFile);
      writeFileSync(join(inDir, name), content);
      expect(build()).toBe(1);
      expect(log.join('\n')).toMatch(message);
      expect(readFileSync(outFile).equals(before)).toBe(true);
    });
  }

  it('rejects two documents with the same code', () => {
    copyFileSync(join(SEED_DIR, 'externe-sales.txt'), join(inDir, 'externe-sales-kopie.txt'));
    expect(build()).toBe(1);
    expect(log.join('\n')).toMatch(/externe-sales.txt: zelfde code BK-0496-1 als externe-sales-kopie.txt/);
  });

  it('skips invalid documents with --skip-invalid and lists them', () => {
    writeFileSync(join(inDir, 'leeg.txt'), '');
    expect(build({ skipInvalid: true })).toBe(0);
    expect(log.join('\n')).toMatch(/Overgeslagen: leeg.txt/);
    const loaded = parseGraphJson(readFileSync(outFile, 'utf8'));
    expect(loaded.ok && loaded.graph.profiles).toHaveLength(5);
  });

  it('fails when nothing valid is left', () => {
    const empty = join(dir, 'leeg');
    mkdirSync(empty);
    writeFileSync(join(empty, 'a.txt'), 'niets');
    inDir = empty;
    expect(build({ skipInvalid: true })).toBe(1);
  });
});

describe('parseBuildArgs', () => {
  it('reads the options and rejects bad ones', () => {
    expect(
      parseBuildArgs(['--in', 'x', '--out', 'y.json', '--skip-invalid', '--min-score', '0.3']),
    ).toMatchObject({
      inDir: 'x',
      outFile: 'y.json',
      skipInvalid: true,
      minScore: 0.3,
    });
    expect(() => parseBuildArgs(['--min-score', '3'])).toThrow(/tussen 0 en 1/);
    expect(() => parseBuildArgs(['--onbekend'])).toThrow(/onbekende optie/);
  });
});

describe('parseGraphJson', () => {
  it('explains a corrupt file or another schema version', () => {
    expect(parseGraphJson('{"schema')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/geen geldige JSON/),
    });
    expect(parseGraphJson('{"schemaVersion": 99}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/schemaversie 99/),
    });
    expect(parseGraphJson('{"schemaVersion": 1, "profiles": []}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ongeldig grafiekbestand/),
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/core/match/corpus';
import { LexiconSchema } from '../../src/core/normalise/lexicon-schema';
import { parseDocument } from '../../src/core/parse/index';
import type { Profile } from '../../src/core/profile/types';

/** The built-in documents, used as fixtures: tests state facts of the real seeds. */
export const SEED_DIR = join(__dirname, '../../data/profiles');
export const SEED_FILES = [
  'commercieel-assistent.txt',
  'commercieel-medewerker-binnendienst.txt',
  'commercieel-medewerker-buitendienst.txt',
  'externe-sales.txt',
  'interne-sales.txt',
] as const;

export function seedBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SEED_DIR, file)));
}

export function seedText(file: string): string {
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

const cache = new Map<string, Profile>();

export function seedProfile(file: string): Profile {
  const cached = cache.get(file);
  if (cached) return cached;
  const result = parseDocument(file, seedBytes(file));
  if (!result.ok) throw result.error;
  cache.set(file, result.profile);
  return result.profile;
}

export function seedProfiles(): Profile[] {
  return SEED_FILES.map(seedProfile);
}

export function lexicon() {
  return LexiconSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../data/synonyms.json'), 'utf8')));
}

let corpus: Corpus | null = null;

export function seedCorpus(): Corpus {
  corpus ??= new Corpus(seedProfiles(), lexicon());
  return corpus;
}

export function knowledge(p: Profile, label: string) {
  return p.knowledge.find((k) => k.label === label);
}

/** Windows-1252 bytes for text made of Latin-1 and the typographic characters the seeds use. */
export function encodeWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0x80,
    '…': 0x85,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
  };
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 63;
    if (special[ch] !== undefined) out.push(special[ch]);
    else if (code < 256) out.push(code);
    else out.push(63);
  }
  return new Uint8Array(out);
}

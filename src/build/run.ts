import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildGraph, serialiseGraph } from '../core/graph/build';
import { findDuplicateProfiles } from '../core/graph/duplicates';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/graph/edges';
import { LexiconSchema } from '../core/normalise/lexicon-schema';
import { type ParseError, parseDocument } from '../core/parse/index';
import type { Profile } from '../core/profile/types';

export interface BuildDataOptions {
  inDir: string;
  outFile: string;
  lexiconFile: string;
  skipInvalid: boolean;
  minScore: number | null;
}

export const DEFAULT_BUILD_OPTIONS: BuildDataOptions = {
  inDir: 'data/profiles',
  outFile: 'public/data/graph.json',
  lexiconFile: 'data/synonyms.json',
  skipInvalid: false,
  minScore: null,
};

/** Parses `--in DIR --out FILE --skip-invalid --min-score N --synonyms FILE`; throws on a bad argument. */
export function parseBuildArgs(argv: string[]): BuildDataOptions {
  const o = { ...DEFAULT_BUILD_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} vraagt een waarde`);
      return v;
    };
    if (a === '--in') o.inDir = value();
    else if (a === '--out') o.outFile = value();
    else if (a === '--synonyms') o.lexiconFile = value();
    else if (a === '--skip-invalid') o.skipInvalid = true;
    else if (a === '--min-score') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0 || n > 1)
        throw new Error('--min-score vraagt een getal tussen 0 en 1');
      o.minScore = n;
    } else throw new Error(`onbekende optie ${a}`);
  }
  return o;
}

/** Document files in a folder, in a fixed order so that the output does not depend on the file system. */
function documentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isFile() && /\.(txt|text)$/i.test(f))
    .sort();
}

/**
 * Builds the graph file from a folder of documents. Progress goes to `log` (stderr). Returns the
 * exit code: 1 when a document is invalid (unless skipInvalid) or nothing valid is left; the
 * previous output is then left untouched. The output is written to a temporary file and renamed.
 */
export function runBuild(options: BuildDataOptions, log: (line: string) => void): number {
  const started = Date.now();
  let files: string[];
  try {
    files = documentFiles(options.inDir);
  } catch (e) {
    log(`✗ map ${options.inDir} kan niet gelezen worden: ${(e as Error).message}`);
    return 1;
  }
  if (files.length === 0) {
    log(`✗ geen documenten (.txt) in ${options.inDir}`);
    return 1;
  }

  let lexicon: ReturnType<typeof LexiconSchema.parse>;
  try {
    lexicon = LexiconSchema.parse(JSON.parse(readFileSync(options.lexiconFile, 'utf8')));
  } catch (e) {
    log(`✗ ${options.lexiconFile}: ongeldig synoniemenbestand (${(e as Error).message.split('\n')[0]})`);
    return 1;
  }

  const profiles: Profile[] = [];
  const errors: ParseError[] = [];
  for (const file of files) {
    const result = parseDocument(file, new Uint8Array(readFileSync(join(options.inDir, file))));
    if (result.ok) {
      const p = result.profile;
      profiles.push(p);
      log(
        `✓ ${file}: ${p.title} (${p.levelLabel ?? 'niveau onbekend'}; ${p.competences.length} ${p.framework === 'VKS' ? 'competenties' : 'werkprocessen'}, ${p.knowledge.length} kennis, ${p.skills.length} vaardigheden)`,
      );
    } else {
      errors.push(result.error);
      log(`✗ ${result.error.message}`);
    }
  }
  const duplicates = findDuplicateProfiles(profiles);
  for (const d of duplicates) log(`✗ ${d.message}`);
  errors.push(...duplicates);
  const valid = profiles.filter((p) => !duplicates.some((d) => d.file === p.source));

  if (errors.length > 0 && !options.skipInvalid) {
    log(
      `Bouw afgebroken: ${errors.length} ongeldig(e) document(en); ${options.outFile} is niet gewijzigd. Gebruik --skip-invalid om ze over te slaan.`,
    );
    return 1;
  }
  if (valid.length === 0) {
    log(`Bouw afgebroken: geen geldige documenten; ${options.outFile} is niet gewijzigd.`);
    return 1;
  }
  if (errors.length > 0) log(`Overgeslagen: ${errors.map((e) => e.file).join(', ')}`);

  const thresholds: Thresholds =
    options.minScore === null
      ? DEFAULT_THRESHOLDS
      : { progression: options.minScore, lateral: options.minScore };
  const graph = buildGraph(valid, lexicon, { thresholds });
  writeAtomically(options.outFile, serialiseGraph(graph));

  const progression = graph.edges.filter((e) => e.kind === 'progression').length;
  log(
    `${graph.profiles.length} beroepen, ${graph.edges.length} verbindingen (${progression} doorgroei, ${graph.edges.length - progression} zijwaarts) → ${options.outFile} in ${Date.now() - started} ms`,
  );
  return 0;
}

/** Writes next to the target and renames: readers see the old file or the new one, never half of one. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Benchmark of graph building on synthetic corpora made from the seed documents (each profile
 * cloned with a share of its items dropped, so clones differ). Prints medians over several runs
 * and the growth ratio between sizes: with the inverted index and the neighbour limit, time
 * should grow far slower than the square of the corpus size.
 *
 *   npm run bench [-- --sizes 50,200,800 --runs 3]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../src/core/graph/build';
import { LexiconSchema } from '../src/core/normalise/lexicon-schema';
import { parseDocument } from '../src/core/parse/index';
import type { Profile } from '../src/core/profile/types';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '25,100,400').split(',').map(Number);
const runs = Number(arg('runs', '3'));

const lexicon = LexiconSchema.parse(JSON.parse(readFileSync('data/synonyms.json', 'utf8')));
const seeds = readdirSync('data/profiles')
  .sort()
  .map((f) => {
    const r = parseDocument(f, new Uint8Array(readFileSync(join('data/profiles', f))));
    if (!r.ok) throw r.error;
    return r.profile;
  });

/** Deterministic pseudo-random numbers, so every run benchmarks the same corpus. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(n: number): Profile[] {
  const rnd = random(n);
  return Array.from({ length: n }, (_, i) => {
    const base = seeds[i % seeds.length] as Profile;
    const keep = <T>(xs: T[]) => xs.filter(() => rnd() > 0.3);
    return {
      ...base,
      id: `${base.id}-${i}`,
      title: `${base.title} ${i}`,
      code: base.code ? `${base.code}-${i}` : null,
      knowledge: keep(base.knowledge),
      skills: keep(base.skills),
      competences: base.competences.map((c) => ({ ...c, activities: keep(c.activities) })),
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const results: Array<{ n: number; ms: number; edges: number }> = [];
for (const n of sizes) {
  const profiles = corpus(n);
  const times: number[] = [];
  let edges = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    edges = buildGraph(profiles, lexicon).edges.length;
    times.push(performance.now() - t);
  }
  results.push({ n, ms: median(times), edges });
  console.log(
    `${String(n).padStart(5)} profielen: mediaan ${median(times).toFixed(0).padStart(7)} ms over ${runs} runs, ${edges} verbindingen`,
  );
}
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1];
  const b = results[i];
  if (!a || !b) continue;
  const sizeRatio = b.n / a.n;
  console.log(
    `×${sizeRatio} profielen → ×${(b.ms / a.ms).toFixed(1)} tijd (kwadratisch zou ×${sizeRatio ** 2} zijn)`,
  );
}

import { compareProfiles } from '../match/compare';
import { Corpus } from '../match/corpus';
import type { Lexicon } from '../normalise/lexicon';
import type { Profile } from '../profile/types';
import { classifyMove, DEFAULT_THRESHOLDS, statesMove, type Thresholds } from './edges';
import { type GraphEdge, type GraphFile, GraphFileSchema, SCHEMA_VERSION } from './schema';

/** How many most-similar profiles each profile is compared with in full; bounds the work in a large corpus. */
export const MAX_NEIGHBOURS = 40;

export interface BuildOptions {
  thresholds?: Thresholds;
  maxNeighbours?: number;
}

/**
 * Builds the graph file from parsed profiles. Deterministic: profiles and edges are sorted, so
 * the same inputs give the same output. Validated against the schema before it is returned.
 */
export function buildGraph(profiles: Profile[], lexicon: Lexicon, options: BuildOptions = {}): GraphFile {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const corpus = new Corpus(profiles, lexicon);
  const edges: GraphEdge[] = [];
  for (const from of corpus.profiles) {
    const neighbours = new Set(corpus.neighbourProfiles(from.id, options.maxNeighbours ?? MAX_NEIGHBOURS));
    for (const to of corpus.profiles) {
      if (to.id === from.id || !(neighbours.has(to.id) || statesMove(from, to))) continue;
      const comparison = compareProfiles(corpus, from.id, to.id);
      if (!comparison) continue;
      const kind = classifyMove(from, to, comparison.coverage, thresholds);
      if (!kind) continue;
      edges.push({
        source: from.id,
        target: to.id,
        kind,
        score: comparison.coverage,
        matched: comparison.matches.length,
        missing: comparison.missing.length,
        stated: statesMove(from, to),
      });
    }
  }
  edges.sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return GraphFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    thresholds,
    lexicon,
    profiles: corpus.profiles,
    edges,
  });
}

/** Serialises a graph file the same way every time (stable key order from the schema, two-space indent, final newline). */
export function serialiseGraph(graph: GraphFile): string {
  return `${JSON.stringify(GraphFileSchema.parse(graph), null, 2)}\n`;
}

import { DEPTH_RANK, type Depth, type ItemKind } from '../profile/types';
import type { Corpus, IndexedRequirement } from './corpus';
import type { MatchHow } from './similarity';

/** Depth the person has and the depth the target asks, when the target asks more. */
export interface DepthGap {
  has: Depth;
  needs: Depth;
}

export interface MatchedPair {
  /** Label of the item in the `from` profile, as written. */
  from: string;
  /** Label of the requirement in the `to` profile, as written. */
  to: string;
  kind: ItemKind;
  fromKind: ItemKind;
  how: MatchHow;
  similarity: number;
  depthGap: DepthGap | null;
  /** Competences/werkprocessen of the target requirement, and its line in the target document. */
  competences: string[];
  line: number | null;
  fromLine: number | null;
}

export interface MissingItem {
  label: string;
  kind: ItemKind;
  depth: Depth | null;
  competences: string[];
  line: number | null;
}

export interface Comparison {
  from: string;
  to: string;
  /** Share of `to`'s requirements a person from `from` already covers, weighted by depth and distinctiveness, in [0, 1]. */
  coverage: number;
  matches: MatchedPair[];
  /** Further item links that the one-to-one assignment did not use (near-duplicates on either side). */
  alsoMatched: Array<Pick<MatchedPair, 'from' | 'to' | 'how' | 'similarity'>>;
  missing: MissingItem[];
}

/** Stricter ways of matching win ties: an exact pair is assigned before a stem or synonym pair. */
const HOW_RANK: Record<MatchHow, number> = { exact: 0, stem: 1, synonym: 2, fuzzy: 3 };

/** Weight of a requirement by the depth it asks: thorough knowledge counts more than basic. */
export const DEPTH_WEIGHT: Record<Depth, number> = { basis: 0.8, kennis: 1, grondig: 1.2 };

/** Credit kept per level of depth still to gain ("kennis" for "grondig" keeps 75%). */
export const DEPTH_STEP_PENALTY = 0.25;

/**
 * How much of `toId`'s requirements a person from `fromId` covers. Each requirement is covered
 * by at most one item of `from` (greedy one-to-one assignment, best pairs first), so
 * near-duplicate items cannot inflate the score. Null when either profile is unknown.
 */
export function compareProfiles(corpus: Corpus, fromId: string, toId: string): Comparison | null {
  if (!corpus.profile(fromId) || !corpus.profile(toId)) return null;
  const targets = corpus.requirementsOf(toId);

  const pairs: Array<{
    a: IndexedRequirement;
    b: IndexedRequirement;
    similarity: number;
    how: MatchHow;
    credit: number;
  }> = [];
  for (const b of targets) {
    for (const a of corpus.candidates(b, fromId)) {
      const m = corpus.match(a, b);
      if (m)
        pairs.push({
          a,
          b,
          similarity: m.similarity,
          how: m.how,
          credit: m.similarity * depthFactor(a.depth, b.depth),
        });
    }
  }
  pairs.sort(
    (x, y) =>
      y.credit - x.credit ||
      y.similarity - x.similarity ||
      HOW_RANK[x.how] - HOW_RANK[y.how] ||
      x.b.ref.localeCompare(y.b.ref) ||
      x.a.ref.localeCompare(y.a.ref),
  );

  const usedA = new Set<string>();
  const assigned = new Map<string, (typeof pairs)[number]>();
  const also: Comparison['alsoMatched'] = [];
  for (const p of pairs) {
    if (usedA.has(p.a.ref) || assigned.has(p.b.ref)) {
      also.push({ from: p.a.label, to: p.b.label, how: p.how, similarity: p.similarity });
      continue;
    }
    usedA.add(p.a.ref);
    assigned.set(p.b.ref, p);
  }

  let total = 0;
  let covered = 0;
  const matches: MatchedPair[] = [];
  const missing: MissingItem[] = [];
  for (const b of targets) {
    const w = corpus.itemWeight(b) * (b.depth ? DEPTH_WEIGHT[b.depth] : 1);
    total += w;
    const p = assigned.get(b.ref);
    if (!p) {
      missing.push({
        label: b.label,
        kind: b.kind,
        depth: b.depth,
        competences: b.competences,
        line: b.line,
      });
      continue;
    }
    covered += w * p.credit;
    matches.push({
      from: p.a.label,
      to: b.label,
      kind: b.kind,
      fromKind: p.a.kind,
      how: p.how,
      similarity: p.similarity,
      depthGap: gap(p.a.depth, b.depth),
      competences: b.competences,
      line: b.line,
      fromLine: p.a.line,
    });
  }
  return {
    from: fromId,
    to: toId,
    coverage: total === 0 ? 0 : Math.round((covered / total) * 1000) / 1000,
    matches,
    alsoMatched: also,
    missing,
  };
}

function depthFactor(has: Depth | null, needs: Depth | null): number {
  if (!has || !needs) return 1;
  const steps = DEPTH_RANK[needs] - DEPTH_RANK[has];
  return steps > 0 ? Math.max(0.5, 1 - DEPTH_STEP_PENALTY * steps) : 1;
}

function gap(has: Depth | null, needs: Depth | null): DepthGap | null {
  return has && needs && DEPTH_RANK[needs] > DEPTH_RANK[has] ? { has, needs } : null;
}

import type { AnalysedItem, Token } from '../normalise/analyse';

/** How two items were found to match, from strictest to loosest. */
export type MatchHow = 'exact' | 'stem' | 'synonym' | 'fuzzy';

export interface ItemMatch {
  similarity: number;
  how: MatchHow;
}

/** Weight of a token key: how distinctive it is across all items (IDF). Unknown keys weigh 1. */
export type TokenWeight = (key: string) => number;

/**
 * Minimum similarity for two items to count as the same thing. Chosen on the development set
 * (`shared/eval/dev-matches.json`) and a review of all cross-profile pairs of the seed documents:
 * true pairs that share their distinctive words score ≥ 0.6, look-alikes that share only a
 * generic head ("-technieken") or examples in parentheses score ≤ 0.45.
 */
export const LINK_THRESHOLD = 0.55;

/** Similarity credited to a token pair that differs by one typing error (long words only). */
export const TYPO_CREDIT = 0.9;

/** Compares two analysed items; null when they do not match. */
export function matchItems(a: AnalysedItem, b: AnalysedItem, weight: TokenWeight): ItemMatch | null {
  if (a.exactKey && a.exactKey === b.exactKey) return { similarity: 1, how: 'exact' };
  if (a.stemKey && a.stemKey === b.stemKey) return { similarity: 1, how: 'stem' };
  const similarity = tokenSimilarity(a.tokens, b.tokens, weight);
  if (similarity >= 0.999 && sameKeys(a.tokens, b.tokens)) return { similarity: 1, how: 'synonym' };
  const best = Math.max(similarity, exampleSimilarity(a, b, weight), exampleSimilarity(b, a, weight));
  if (best < LINK_THRESHOLD) return null;
  return { similarity: round(best), how: 'fuzzy' };
}

/**
 * Credit when all of one item is named as an example of the other: "Kennis van CRM-software" is
 * part of "Computersystemen en -pakketten toepassen (waaronder Office en CRM-software)".
 */
export const EXAMPLE_CREDIT = 0.6;

function exampleSimilarity(whole: AnalysedItem, withExamples: AnalysedItem, weight: TokenWeight): number {
  if (whole.tokens.length === 0 || withExamples.extra.length === 0) return 0;
  return coverage(whole.tokens, withExamples.extra, weight) >= 0.999 ? EXAMPLE_CREDIT : 0;
}

function sameKeys(a: Token[], b: Token[]): boolean {
  const ka = new Set(a.map((t) => t.key));
  const kb = new Set(b.map((t) => t.key));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/**
 * Symmetric soft overlap: the mean of how much of a's weight b covers and how much of b's
 * weight a covers, each token taking its best counterpart.
 */
export function tokenSimilarity(a: Token[], b: Token[], weight: TokenWeight): number {
  if (a.length === 0 || b.length === 0) return 0;
  const whole = (coverage(a, b, weight) + coverage(b, a, weight)) / 2;
  if (whole >= 0.999) return whole;
  // The same parts may be written as one compound or as separate words
  // ("aftersales-procedures" / "procedures voor de dienst na verkoop"): compare parts too, a little lower.
  const pa = cachedParts(a);
  const pb = cachedParts(b);
  const parts = (coverage(pa, pb, weight) + coverage(pb, pa, weight)) / 2;
  return Math.max(whole, PARTS_FACTOR * parts);
}

const partsCache = new WeakMap<Token[], Token[]>();

function cachedParts(tokens: Token[]): Token[] {
  let parts = partsCache.get(tokens);
  if (!parts) {
    parts = partTokens(tokens);
    partsCache.set(tokens, parts);
  }
  return parts;
}

/** Discount for agreement found only after splitting compounds into their parts. */
export const PARTS_FACTOR = 0.9;

/**
 * Every part of every token as a token of its own. The head of a compound counts less: in
 * Dutch the modifier says what it is about ("registratie-" vs "organisatietechnieken").
 */
export function partTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) =>
    t.parts.map((p, i) => ({
      key: p,
      parts: [p],
      factor: (t.factor ?? 1) * (t.parts.length > 1 && i === t.parts.length - 1 ? HEAD_PART_FACTOR : 1),
    })),
  );
}

/** Weight of a compound's head when parts are compared on their own. */
export const HEAD_PART_FACTOR = 0.75;

function coverage(from: Token[], to: Token[], weight: TokenWeight): number {
  let total = 0;
  let covered = 0;
  const seen = new Set<string>();
  for (const t of from) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    const w = weight(t.key) * (t.factor ?? 1);
    total += w;
    let best = 0;
    for (const u of to) {
      best = Math.max(best, pairSimilarity(t, u));
      if (best === 1) break;
    }
    covered += w * best;
  }
  return total === 0 ? 0 : covered / total;
}

function pairSimilarity(t: Token, u: Token): number {
  if (t.key === u.key) return 1;
  return isTypo(t.key, u.key) ? TYPO_CREDIT : 0;
}

/**
 * One typing error (insertion, deletion, substitution or swap) inside a long word. Not at the
 * start: "naverkoop" vs "verkoop" or "registratie" vs "rapportering" are other words, not typos.
 */
export function isTypo(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 7 || Math.abs(x.length - y.length) > 1) return false;
  if (x.slice(0, 2) !== y.slice(0, 2)) return false;
  return damerauAtMostOne(x, y);
}

function damerauAtMostOne(x: string, y: string): boolean {
  if (x === y) return true;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const restX = x.slice(i);
  const restY = y.slice(i);
  if (restX.slice(1) === restY.slice(1)) return true; // substitution
  if (restX.slice(1) === restY) return true; // deletion from x
  if (restX === restY.slice(1)) return true; // insertion into x
  return (
    restX.length >= 2 && restX[0] === restY[1] && restX[1] === restY[0] && restX.slice(2) === restY.slice(2)
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

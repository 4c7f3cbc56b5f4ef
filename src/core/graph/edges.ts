import { slugify } from '../parse/slug';
import type { Profile } from '../profile/types';
import { compareLevels } from './levels';

/**
 * Minimum coverage for a progression edge (to a higher EQF level). On the seed documents a person
 * from one level covers about a third of the next level in the same family (commercieel assistent
 * → interne sales 0.33, interne → externe sales 0.32), a skip of two levels covers less (assistent
 * → externe 0.23), and moves across families stay at 0.12 or below. 0.25 keeps the steps and
 * drops the skip, so that a path shows the intermediate occupation a person would pass through.
 */
export const MIN_PROGRESSION_SCORE = 0.25;

/**
 * Minimum coverage for a lateral edge (equal or unknown level). Lateral moves often cross
 * frameworks, whose wording differs more, so coverages are lower: interne sales → commercieel
 * medewerker binnendienst, a real sideways move, covers 0.20 (the way back 0.10, externe sales
 * 0.17), while moves between occupations that share little stay under 0.1 (binnendienst →
 * commercieel assistent 0.03, → externe sales 0.08).
 */
export const MIN_LATERAL_SCORE = 0.1;

export interface Thresholds {
  progression: number;
  lateral: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  progression: MIN_PROGRESSION_SCORE,
  lateral: MIN_LATERAL_SCORE,
};

export type EdgeKind = 'progression' | 'lateral';

/**
 * The kind of move from `from` to `to` given its coverage, or null for no edge. A move to a lower
 * level is never an edge. A move the source document itself names ("Loopbaanperspectief") is kept
 * even below the threshold.
 */
export function classifyMove(
  from: Profile,
  to: Profile,
  score: number,
  thresholds: Thresholds,
): EdgeKind | null {
  const relation = compareLevels(from, to);
  if (relation === 'lower') return null;
  const kind: EdgeKind = relation === 'higher' ? 'progression' : 'lateral';
  const min = kind === 'progression' ? thresholds.progression : thresholds.lateral;
  return score >= min || statesMove(from, to) ? kind : null;
}

/** True when `from`'s career perspective names `to` by its title or one of its alternative titles. */
export function statesMove(from: Profile, to: Profile): boolean {
  const names = new Set([to.title, ...to.alternativeTitles].map(slugify));
  return from.careerPerspective.some((step) => names.has(slugify(step.title)));
}

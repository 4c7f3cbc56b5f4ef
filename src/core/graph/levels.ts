import type { Profile } from '../profile/types';

/**
 * Both frameworks reference the European scale: Flemish VKS level n = EQF n, Dutch MBO niveau n =
 * NLQF n = EQF n. Profiles store the EQF level, so comparing levels is comparing numbers.
 */
export type LevelRelation = 'higher' | 'lower' | 'equal' | 'unknown';

/** How the level of `to` relates to the level of `from`. */
export function compareLevels(from: Pick<Profile, 'level'>, to: Pick<Profile, 'level'>): LevelRelation {
  if (from.level === null || to.level === null) return 'unknown';
  if (to.level > from.level) return 'higher';
  if (to.level < from.level) return 'lower';
  return 'equal';
}

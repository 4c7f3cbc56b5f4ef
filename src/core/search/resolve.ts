import Fuse from 'fuse.js';
import { fold } from '../normalise/fold';
import type { Profile } from '../profile/types';

export type Resolution = { ok: true; profile: Profile } | { ok: false; suggestions: Profile[] };

/**
 * Finds the occupation a person means by an id, a title or an alternative title, tolerating
 * typing errors. An unclear name gives suggestions instead of a guess.
 */
export function resolveProfile(profiles: Profile[], name: string): Resolution {
  const q = fold(name);
  const exact =
    profiles.find((p) => p.id === name || fold(p.title) === q) ??
    profiles.find((p) => p.alternativeTitles.some((t) => fold(t) === q));
  if (exact) return { ok: true, profile: exact };
  const fuse = new Fuse(
    profiles.map((p) => ({ p, names: [p.id, fold(p.title), ...p.alternativeTitles.map(fold)] })),
    { keys: ['names'], includeScore: true, threshold: 0.4, ignoreLocation: true },
  );
  const hits = fuse.search(q);
  const best = hits[0];
  const second = hits[1];
  // Accept a fuzzy hit only when it is clearly better than the next one.
  if (best && (best.score ?? 1) <= 0.25 && (!second || (second.score ?? 1) - (best.score ?? 1) >= 0.1)) {
    return { ok: true, profile: best.item.p };
  }
  const suggestions = hits.length > 0 ? hits.slice(0, 3).map((h) => h.item.p) : profiles.slice(0, 3);
  return { ok: false, suggestions };
}

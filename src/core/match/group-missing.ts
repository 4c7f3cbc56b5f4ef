import type { Competence } from '../profile/types';
import type { MissingItem } from './compare';

export interface MissingGroup {
  /** The competence or werkproces the items belong to; null for items only in the general lists. */
  competence: Pick<Competence, 'id' | 'title'> | null;
  items: MissingItem[];
}

/**
 * What is still missing for a move, grouped by the target's competences in document order, the
 * items that belong to none last: the learning plan a counsellor walks through.
 */
export function groupMissingByCompetence(missing: MissingItem[], competences: Competence[]): MissingGroup[] {
  const byId = new Map<string, MissingItem[]>();
  for (const m of missing) {
    const key = m.competences[0] ?? '';
    byId.set(key, [...(byId.get(key) ?? []), m]);
  }
  const groups: MissingGroup[] = [];
  for (const c of competences) {
    const items = byId.get(c.id);
    if (items) groups.push({ competence: { id: c.id, title: c.title }, items });
  }
  const general = byId.get('');
  if (general) groups.push({ competence: null, items: general });
  return groups;
}

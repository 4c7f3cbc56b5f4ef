import type { Depth, ItemKind, Profile } from '../profile/types';

/** One thing a profile asks of a person: a knowledge item, a skill or an activity. */
export interface Requirement {
  /** `<profileId>/<itemId>` — unique in a corpus. */
  ref: string;
  profileId: string;
  label: string;
  kind: ItemKind;
  depth: Depth | null;
  /** Competence or werkproces ids the item belongs to (empty: only in the general lists). */
  competences: string[];
  line: number | null;
}

/**
 * The requirements of a profile: its knowledge and skills, plus the activities of its competences
 * (for Dutch documents also the werkproces titles) that are not already listed as a skill with the
 * same wording (Flemish documents list most activities again as "cognitieve vaardigheden").
 */
export function requirementsOf(profile: Profile): Requirement[] {
  const out: Requirement[] = [];
  for (const k of profile.knowledge) {
    out.push({
      ref: `${profile.id}/${k.id}`,
      profileId: profile.id,
      label: k.label,
      kind: 'knowledge',
      depth: k.depth,
      competences: unique(k.sources.map((s) => s.competence)),
      line: k.sources[0]?.line ?? null,
    });
  }
  const skillKeys = new Set(profile.skills.map((s) => plain(s.label)));
  for (const s of profile.skills) {
    out.push({
      ref: `${profile.id}/${s.id}`,
      profileId: profile.id,
      label: s.label,
      kind: 'skill',
      depth: null,
      competences: unique(s.sources.map((x) => x.competence)),
      line: s.sources[0]?.line ?? null,
    });
  }
  let n = 0;
  for (const c of profile.competences) {
    // A Dutch werkproces is named by what the person does ("Onderhandelt met de klant/account"):
    // its title is an activity in its own right.
    const activities = profile.framework === 'MBO' ? [c.title, ...c.activities] : c.activities;
    for (const activity of activities) {
      const key = plain(activity);
      if (skillKeys.has(key)) continue;
      skillKeys.add(key);
      n++;
      out.push({
        ref: `${profile.id}/a${n}`,
        profileId: profile.id,
        label: activity,
        kind: 'activity',
        depth: null,
        competences: [c.id],
        line: activity === c.title ? c.line : null,
      });
    }
  }
  return out;
}

function plain(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

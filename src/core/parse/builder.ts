import type { Depth, KnowledgeItem, SkillItem, SourceRef } from '../profile/types';
import { splitDepth } from './depth';

/**
 * Collects the knowledge and skill items of one profile: each label once (as written, whitespace
 * joined), with every place it was found.
 */
export class ItemCollector {
  private readonly knowledgeByKey = new Map<string, KnowledgeItem>();
  private readonly skillsByKey = new Map<string, SkillItem>();

  /** Adds a knowledge label; depth comes from its wording, else from `fallback`. */
  addKnowledge(label: string, source: SourceRef, fallback: Depth = 'kennis'): void {
    upsert(this.knowledgeByKey, label, source, (clean, n) => ({
      id: `k${n}`,
      label: clean,
      depth: splitDepth(clean).depth ?? fallback,
      sources: [source],
    }));
  }

  addSkill(label: string, source: SourceRef): void {
    upsert(this.skillsByKey, label, source, (clean, n) => ({ id: `s${n}`, label: clean, sources: [source] }));
  }

  knowledge(): KnowledgeItem[] {
    return [...this.knowledgeByKey.values()];
  }

  skills(): SkillItem[] {
    return [...this.skillsByKey.values()];
  }
}

/** Adds the source to the item with this label (case-insensitive), or creates the item. */
function upsert<T extends { sources: SourceRef[] }>(
  items: Map<string, T>,
  label: string,
  source: SourceRef,
  create: (clean: string, n: number) => T,
): void {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!clean) return;
  const key = clean.toLowerCase();
  const existing = items.get(key);
  if (!existing) items.set(key, create(clean, items.size + 1));
  else if (!existing.sources.some((s) => s.line === source.line && s.competence === source.competence)) {
    existing.sources.push(source);
  }
}

import type { Depth, KnowledgeItem, SkillItem, SourceRef } from '../profile/types';
import { splitDepth } from './depth';

function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Collects the knowledge and skill items of one profile: each label once (as written, whitespace
 * joined), with every place it was found.
 */
export class ItemCollector {
  private readonly knowledgeByKey = new Map<string, KnowledgeItem>();
  private readonly skillsByKey = new Map<string, SkillItem>();

  /** Adds a knowledge label; depth comes from its wording, else from `fallback`. */
  addKnowledge(label: string, source: SourceRef, fallback: Depth = 'kennis'): void {
    const clean = label.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    const key = labelKey(clean);
    const existing = this.knowledgeByKey.get(key);
    if (existing) {
      addSource(existing.sources, source);
      return;
    }
    const depth = splitDepth(clean).depth ?? fallback;
    this.knowledgeByKey.set(key, {
      id: `k${this.knowledgeByKey.size + 1}`,
      label: clean,
      depth,
      sources: [source],
    });
  }

  addSkill(label: string, source: SourceRef): void {
    const clean = label.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    const key = labelKey(clean);
    const existing = this.skillsByKey.get(key);
    if (existing) {
      addSource(existing.sources, source);
      return;
    }
    this.skillsByKey.set(key, { id: `s${this.skillsByKey.size + 1}`, label: clean, sources: [source] });
  }

  knowledge(): KnowledgeItem[] {
    return [...this.knowledgeByKey.values()];
  }

  skills(): SkillItem[] {
    return [...this.skillsByKey.values()];
  }
}

function addSource(sources: SourceRef[], source: SourceRef): void {
  if (!sources.some((s) => s.line === source.line && s.competence === source.competence))
    sources.push(source);
}

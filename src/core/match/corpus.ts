import type { Token } from '../normalise/analyse';
import { type AnalysedItem, type AnalyserOptions, analyseItem, headVocabulary } from '../normalise/analyse';
import { type Lexicon, prepareLexicon } from '../normalise/lexicon';
import type { Profile } from '../profile/types';
import { type Requirement, requirementsOf } from './requirements';
import { type ItemMatch, matchItems } from './similarity';

export interface IndexedRequirement extends Requirement {
  analysed: AnalysedItem;
}

/**
 * All profiles of a data set with their requirements analysed and indexed. Candidate item pairs
 * come from an inverted index over canonical token keys (plus one-typo neighbours), never from
 * comparing every item with every item, so the cost grows with the overlap, not with the corpus.
 */
export class Corpus {
  readonly profiles: Profile[];
  private readonly byId = new Map<string, Profile>();
  private readonly requirements = new Map<string, IndexedRequirement[]>();
  private readonly byRef = new Map<string, IndexedRequirement>();
  /** token or part key → requirement refs that contain it. */
  private readonly postings = new Map<string, string[]>();
  /** deletion variant → token keys (one-typo neighbourhood, SymSpell style). */
  private readonly variants = new Map<string, string[]>();
  private readonly tokenDf = new Map<string, number>();
  private readonly itemCount: number;
  private readonly profileDfCache = new Map<string, number>();
  private readonly analyserOptions: AnalyserOptions;

  constructor(profiles: Profile[], lexicon: Lexicon) {
    this.profiles = [...profiles].sort((a, b) => a.id.localeCompare(b.id));
    const prepared = prepareLexicon(lexicon);
    const all = this.profiles.flatMap((p) => requirementsOf(p));
    const heads = headVocabulary(all.map((r) => r.label));
    this.analyserOptions = { lexicon: prepared, heads };
    for (const p of this.profiles) {
      this.byId.set(p.id, p);
      this.requirements.set(p.id, []);
    }
    for (const r of all) {
      const verbPhrase = r.kind !== 'knowledge' && /^\p{L}+t\b/u.test(r.label);
      const indexed: IndexedRequirement = {
        ...r,
        analysed: analyseItem(r.label, { lexicon: prepared, heads, verbPhrase }),
      };
      this.requirements.get(r.profileId)?.push(indexed);
      this.byRef.set(r.ref, indexed);
      const counted = indexKeys(indexed.analysed.tokens);
      for (const key of counted) {
        this.tokenDf.set(key, (this.tokenDf.get(key) ?? 0) + 1);
        const list = this.postings.get(key);
        if (list) list.push(r.ref);
        else {
          this.postings.set(key, [r.ref]);
          for (const v of deletionVariants(key)) {
            const keys = this.variants.get(v);
            if (keys) keys.push(key);
            else this.variants.set(v, [key]);
          }
        }
      }
    }
    this.itemCount = Math.max(1, all.length);
  }

  /** Analyses any text (a query, a title) the way the corpus items were analysed. */
  analyse(text: string): AnalysedItem {
    return analyseItem(text, this.analyserOptions);
  }

  profile(id: string): Profile | null {
    return this.byId.get(id) ?? null;
  }

  requirementsOf(profileId: string): IndexedRequirement[] {
    return this.requirements.get(profileId) ?? [];
  }

  requirement(ref: string): IndexedRequirement | null {
    return this.byRef.get(ref) ?? null;
  }

  /** IDF of a token key over all items: rare words say more about an item than common ones. */
  readonly tokenWeight = (key: string): number => {
    const df = this.tokenDf.get(key) ?? 0;
    return Math.log(1 + this.itemCount / (df + 1));
  };

  /** Token keys equal to `key` or one typing error away from it. */
  private neighbours(key: string): string[] {
    const out = new Set<string>([key]);
    for (const v of [key, ...deletionVariants(key)]) {
      for (const k of this.variants.get(v) ?? []) out.add(k);
      if (this.postings.has(v)) out.add(v);
    }
    return [...out];
  }

  /** Requirements (optionally of one profile) that share a token with `item`: the only pairs worth scoring. */
  candidates(item: IndexedRequirement, profileId?: string): IndexedRequirement[] {
    const refs = new Set<string>();
    for (const t of indexKeys(item.analysed.tokens)) {
      for (const key of this.neighbours(t)) {
        for (const ref of this.postings.get(key) ?? []) {
          if (!profileId || ref.startsWith(`${profileId}/`)) refs.add(ref);
        }
      }
    }
    return [...refs]
      .sort()
      .map((ref) => this.byRef.get(ref))
      .filter((r): r is IndexedRequirement => r !== undefined);
  }

  match(a: IndexedRequirement, b: IndexedRequirement): ItemMatch | null {
    return matchItems(a.analysed, b.analysed, this.tokenWeight);
  }

  /**
   * In how many profiles an item (or one that matches it) occurs. Used for distinctiveness:
   * what every occupation asks says little about a move between two of them.
   */
  profileFrequency(item: IndexedRequirement): number {
    const cached = this.profileDfCache.get(item.ref);
    if (cached !== undefined) return cached;
    const profiles = new Set([item.profileId]);
    for (const c of this.candidates(item))
      if (!profiles.has(c.profileId) && this.match(c, item)) profiles.add(c.profileId);
    this.profileDfCache.set(item.ref, profiles.size);
    return profiles.size;
  }

  /** IDF of an item over profiles, in (0, ln(1 + P)]. */
  itemWeight(item: IndexedRequirement): number {
    return Math.log(1 + this.profiles.length / this.profileFrequency(item));
  }

  /**
   * Profiles that share distinctive tokens with `profileId`, best first, at most `limit`.
   * This bounds the number of full comparisons per profile in a large corpus.
   */
  neighbourProfiles(profileId: string, limit: number): string[] {
    const score = new Map<string, number>();
    for (const r of this.requirementsOf(profileId)) {
      for (const t of indexKeys(r.analysed.tokens)) {
        const w = this.tokenWeight(t);
        const seen = new Set<string>();
        for (const ref of this.postings.get(t) ?? []) {
          const pid = ref.slice(0, ref.indexOf('/'));
          if (pid === profileId || seen.has(pid)) continue;
          seen.add(pid);
          score.set(pid, (score.get(pid) ?? 0) + w);
        }
      }
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => id);
  }
}

/** All strings one deletion away from `key`, for keys long enough to be typo-matched. */
function deletionVariants(key: string): string[] {
  if (key.length < 7) return [];
  const out: string[] = [];
  for (let i = 2; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** The keys an item is indexed under: its tokens and, for compounds, their parts. */
function indexKeys(tokens: Token[]): Set<string> {
  return new Set([...tokens.map((t) => t.key), ...tokens.flatMap((t) => t.parts)]);
}

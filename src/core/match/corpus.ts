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
 * come from an inverted index over canonical token keys (plus one-typo neighbours), kept per
 * profile, never from comparing every item with every item: the cost of a comparison grows with
 * the overlap of two profiles, not with the size of the corpus.
 */
export class Corpus {
  readonly profiles: Profile[];
  private readonly byId = new Map<string, Profile>();
  private readonly requirements = new Map<string, IndexedRequirement[]>();
  /** token or part key → profile id → requirements that contain it. */
  private readonly postings = new Map<string, Map<string, IndexedRequirement[]>>();
  /** deletion variant → token keys (one-typo neighbourhood, SymSpell style). */
  private readonly variants = new Map<string, string[]>();
  /** In how many items a key occurs. */
  private readonly tokenDf = new Map<string, number>();
  private readonly itemCount: number;
  private readonly itemWeightCache = new Map<string, number>();
  private readonly neighbourCache = new Map<string, string[]>();
  private readonly analyserOptions: AnalyserOptions;
  /** Number of each distinct analysis: identical wordings share one, so their comparisons are cached once. */
  private readonly analysisIds = new Map<AnalysedItem, number>();
  private readonly matchCache = new Map<string, ItemMatch | null>();
  private readonly weightCache = new Map<string, number>();
  /** Analyses of the items by wording: documents repeat many items word for word. */
  private readonly analysed = new Map<string, AnalysedItem>();

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
      const a = this.analyseOnce(r.label, verbPhrase);
      const indexed: IndexedRequirement = { ...r, analysed: a };
      this.requirements.get(r.profileId)?.push(indexed);
      for (const key of indexKeys(a.tokens)) {
        this.tokenDf.set(key, (this.tokenDf.get(key) ?? 0) + 1);
        addPosting(this.postingsFor(key, true), r.profileId, indexed);
      }
      // Examples are indexed apart ("x:" keys), so that they find candidates without counting as words of the item.
      for (const t of new Set(a.extra.map((x) => x.key))) {
        addPosting(this.postingsFor(`${EXAMPLE_PREFIX}${t}`, false), r.profileId, indexed);
      }
    }
    this.itemCount = Math.max(1, all.length);
  }

  /**
   * Analyses any text (a query, a title) the way the corpus items were analysed, reusing the
   * analysis of an item with the same wording. New texts are not kept: queries would pile up.
   */
  analyse(text: string): AnalysedItem {
    return this.analysed.get(`n|${text}`) ?? analyseItem(text, this.analyserOptions);
  }

  private analyseOnce(text: string, verbPhrase: boolean): AnalysedItem {
    const key = `${verbPhrase ? 'v' : 'n'}|${text}`;
    let a = this.analysed.get(key);
    if (!a) {
      a = analyseItem(text, { ...this.analyserOptions, verbPhrase });
      this.analysed.set(key, a);
      this.analysisIds.set(a, this.analysisIds.size);
    }
    return a;
  }

  /** The postings of a key, created on first use; `typo` keys also join the one-typo neighbourhood. */
  private postingsFor(key: string, typo: boolean): Map<string, IndexedRequirement[]> {
    let byProfile = this.postings.get(key);
    if (!byProfile) {
      byProfile = new Map();
      this.postings.set(key, byProfile);
      if (typo) {
        for (const v of deletionVariants(key)) {
          const keys = this.variants.get(v);
          if (keys) keys.push(key);
          else this.variants.set(v, [key]);
        }
      }
    }
    return byProfile;
  }

  profile(id: string): Profile | null {
    return this.byId.get(id) ?? null;
  }

  requirementsOf(profileId: string): IndexedRequirement[] {
    return this.requirements.get(profileId) ?? [];
  }

  /** IDF of a token key over all items: rare words say more about an item than common ones. */
  readonly tokenWeight = (key: string): number => {
    let w = this.weightCache.get(key);
    if (w === undefined) {
      w = Math.log(1 + this.itemCount / ((this.tokenDf.get(key) ?? 0) + 1));
      this.weightCache.set(key, w);
    }
    return w;
  };

  /** In how many profiles a token key occurs (as a word of an item, not as an example). */
  private profileFrequency(key: string): number {
    return this.postings.get(key)?.size ?? 0;
  }

  /** Token keys equal to `key` or one typing error away from it. */
  private neighbours(key: string): string[] {
    const cached = this.neighbourCache.get(key);
    if (cached) return cached;
    const out = new Set<string>();
    if (this.postings.has(key)) out.add(key);
    for (const v of [key, ...deletionVariants(key)]) {
      for (const k of this.variants.get(v) ?? []) out.add(k);
      if (this.postings.has(v)) out.add(v);
    }
    const result = [...out].sort();
    this.neighbourCache.set(key, result);
    return result;
  }

  /** Requirements (optionally of one profile) that share a token with `item`: the only pairs worth scoring. */
  candidates(item: IndexedRequirement, profileId?: string): IndexedRequirement[] {
    const found = new Map<string, IndexedRequirement>();
    const collect = (key: string) => {
      const byProfile = this.postings.get(key);
      if (!byProfile) return;
      const lists = profileId ? [byProfile.get(profileId) ?? []] : [...byProfile.values()];
      for (const list of lists) for (const r of list) found.set(r.ref, r);
    };
    for (const t of indexKeys(item.analysed.tokens)) {
      for (const key of this.neighbours(t)) {
        collect(key);
        collect(`${EXAMPLE_PREFIX}${key}`);
      }
    }
    for (const t of item.analysed.extra) collect(t.key);
    return [...found.values()].sort((a, b) => a.ref.localeCompare(b.ref));
  }

  match(a: IndexedRequirement, b: IndexedRequirement): ItemMatch | null {
    const key = `${this.analysisIds.get(a.analysed)}:${this.analysisIds.get(b.analysed)}`;
    if (this.matchCache.has(key)) return this.matchCache.get(key) ?? null;
    const result = matchItems(a.analysed, b.analysed, this.tokenWeight);
    this.matchCache.set(key, result);
    return result;
  }

  /**
   * Distinctiveness of an item: the IDF over profiles of its words, averaged with each word's
   * weight in the item. What every occupation asks ("kantoorsoftware", "Engels") says little about
   * a move between two of them; a specialised item says much. In (0, ln(1 + P)].
   */
  itemWeight(item: IndexedRequirement): number {
    const cached = this.itemWeightCache.get(item.ref);
    if (cached !== undefined) return cached;
    const profiles = this.profiles.length;
    let total = 0;
    let weighted = 0;
    for (const t of item.analysed.tokens) {
      const w = this.tokenWeight(t.key) * (t.factor ?? 1);
      total += w;
      weighted += w * Math.log(1 + profiles / Math.max(1, this.profileFrequency(t.key)));
    }
    const result = total > 0 ? weighted / total : Math.log(1 + profiles);
    this.itemWeightCache.set(item.ref, result);
    return result;
  }

  /**
   * Profiles that share distinctive tokens with `profileId`, best first, at most `limit`. Tokens
   * found in more than half of the profiles are passed over: they do not tell neighbours apart.
   * This bounds the number of full comparisons per profile in a large corpus.
   */
  neighbourProfiles(profileId: string, limit: number): string[] {
    const others = this.profiles.filter((p) => p.id !== profileId).map((p) => p.id);
    if (others.length <= limit) return others;
    const score = new Map<string, number>();
    const keys = new Set(this.requirementsOf(profileId).flatMap((r) => [...indexKeys(r.analysed.tokens)]));
    for (const key of keys) {
      const byProfile = this.postings.get(key);
      if (!byProfile || byProfile.size > this.profiles.length / 2) continue;
      const w = this.tokenWeight(key);
      for (const pid of byProfile.keys()) if (pid !== profileId) score.set(pid, (score.get(pid) ?? 0) + w);
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

const EXAMPLE_PREFIX = 'x:';

function addPosting(
  byProfile: Map<string, IndexedRequirement[]>,
  profileId: string,
  item: IndexedRequirement,
): void {
  const list = byProfile.get(profileId);
  if (list) list.push(item);
  else byProfile.set(profileId, [item]);
}

/** The keys an item is indexed under: its tokens and, for compounds, their parts. */
function indexKeys(tokens: Token[]): Set<string> {
  return new Set([...tokens.map((t) => t.key), ...tokens.flatMap((t) => t.parts)]);
}

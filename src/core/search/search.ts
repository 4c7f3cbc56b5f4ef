import Fuse from 'fuse.js';
import type { Corpus } from '../match/corpus';
import { fold } from '../normalise/fold';

export type SearchItemKind = 'title' | 'alternativeTitle' | 'competence' | 'activity' | 'knowledge' | 'skill';

export interface SearchItem {
  label: string;
  kind: SearchItemKind;
}

export interface SearchResult {
  id: string;
  title: string;
  /** Direct hits score in [1, 2), fuzzy-only hits in [0, 1): a profile that contains the query always ranks first. */
  score: number;
  items: SearchItem[];
}

interface SearchDoc extends SearchItem {
  profileId: string;
  folded: string;
  keys: Set<string>;
}

/** Fuse.js tolerance for typing errors: 0 is exact, 1 matches anything. */
export const FUZZY_THRESHOLD = 0.34;

/** At most this many items are listed per result. */
export const MAX_ITEMS_PER_RESULT = 12;

/**
 * Search over every occupation's titles, alternative titles, competences, activities, knowledge
 * and skills. A query word hits an item directly when the item contains it (as text, as stem or
 * compound part, or through a lexicon synonym: "CRM" finds "Relatiebeheersystemen"); otherwise
 * fuse.js finds items within a few typing errors ("onderhandlen").
 */
export class SearchIndex {
  private readonly docs: SearchDoc[] = [];
  private readonly fuse: Fuse<SearchDoc>;
  private readonly titles = new Map<string, string>();

  constructor(private readonly corpus: Corpus) {
    for (const p of corpus.profiles) {
      this.titles.set(p.id, p.title);
      const add = (label: string, kind: SearchItemKind) => {
        const a = corpus.analyse(label);
        const keys = new Set([...a.tokens, ...a.extra].flatMap((t) => [t.key, ...t.parts]));
        this.docs.push({ profileId: p.id, label, kind, folded: fold(label), keys });
      };
      add(p.title, 'title');
      for (const t of p.alternativeTitles) add(t, 'alternativeTitle');
      for (const c of p.competences) {
        add(c.title, 'competence');
        for (const a of c.activities) add(a, 'activity');
      }
      for (const k of p.knowledge) add(k.label, 'knowledge');
      for (const s of p.skills) add(s.label, 'skill');
    }
    this.fuse = new Fuse(this.docs, {
      keys: ['folded'],
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
  }

  search(query: string, limit = 20): SearchResult[] {
    const q = fold(query);
    if (q.length < 2) return [];
    const analysed = this.corpus.analyse(query);
    const queryKeys = analysed.tokens.map((t) => t.key);

    const direct = new Map<string, SearchDoc[]>();
    for (const doc of this.docs) {
      const hit =
        startsWord(doc.folded, q) || (queryKeys.length > 0 && queryKeys.every((k) => doc.keys.has(k)));
      if (hit) push(direct, doc.profileId, doc);
    }
    const fuzzy = new Map<string, Array<{ doc: SearchDoc; score: number }>>();
    if (q.length >= 3) {
      for (const r of this.fuse.search(q)) {
        const list = fuzzy.get(r.item.profileId) ?? [];
        list.push({ doc: r.item, score: r.score ?? 1 });
        fuzzy.set(r.item.profileId, list);
      }
    }

    const results: SearchResult[] = [];
    for (const id of new Set([...direct.keys(), ...fuzzy.keys()])) {
      const hits = direct.get(id) ?? [];
      // Near misses are listed only for an occupation without a direct hit: elsewhere they are noise.
      const near = hits.length > 0 ? [] : (fuzzy.get(id) ?? []).sort((a, b) => a.score - b.score);
      const items = uniqueItems([...hits, ...near.map((n) => n.doc)]).slice(0, MAX_ITEMS_PER_RESULT);
      const score =
        hits.length > 0
          ? 1 +
            Math.min(
              0.99,
              0.3 * Number(hits.some((h) => h.kind === 'title' || h.kind === 'alternativeTitle')) +
                0.06 * hits.length,
            )
          : Math.max(0, 0.99 - (near[0]?.score ?? 1));
      results.push({ id, title: this.titles.get(id) ?? id, score: Math.round(score * 1000) / 1000, items });
    }
    return results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
  }
}

/** True when `query` occurs in `text` at the start of a word ("onderhandel" in "Onderhandelt", not "verkoop" in "na-verkoop"). */
function startsWord(text: string, query: string): boolean {
  let at = text.indexOf(query);
  while (at >= 0) {
    if (at === 0 || /[\s(/'"]/.test(text[at - 1] ?? '')) return true;
    at = text.indexOf(query, at + 1);
  }
  return false;
}

/** Each label once; the same activity can be listed under a competence and again as a skill. */
function uniqueItems(docs: SearchDoc[]): SearchItem[] {
  const seen = new Set<string>();
  const out: SearchItem[] = [];
  for (const { label, kind } of docs) {
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ label, kind });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

import type { GraphFile } from '../../core/graph/schema';
import type { Corpus } from '../../core/match/corpus';
import type { Profile } from '../../core/profile/types';
import type { SearchIndex } from '../../core/search/search';

/**
 * The loaded graph. The matching corpus and the search index are built on first use (a move or a
 * search), not at start-up, so the map appears without waiting for them.
 */
export interface LoadedData {
  graph: GraphFile;
  profiles: Map<string, Profile>;
  corpus(): Corpus;
  search(): SearchIndex;
}

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: LoadedData };

/**
 * Fetches and validates the graph file with the core's schema. The core (zod, fuse.js, the
 * stemmer, the matcher) is imported here on demand, so it is not part of the first paint.
 */
export async function loadData(url: string): Promise<DataState> {
  let text: string;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok)
      return { status: 'error', error: `${url}: HTTP ${response.status} ${response.statusText}`.trim() };
    text = await response.text();
  } catch (e) {
    return { status: 'error', error: `${url}: ${(e as Error).message}` };
  }
  const core = await import('./core-bundle');
  const loaded = core.parseGraphJson(text);
  if (!loaded.ok) return { status: 'error', error: loaded.error };
  const graph = loaded.graph;
  let corpus: Corpus | null = null;
  let search: SearchIndex | null = null;
  const data: LoadedData = {
    graph,
    profiles: new Map(graph.profiles.map((p) => [p.id, p])),
    corpus: () => {
      corpus ??= new core.Corpus(graph.profiles, graph.lexicon);
      return corpus;
    },
    search: () => {
      search ??= new core.SearchIndex(data.corpus());
      return search;
    },
  };
  return { status: 'ready', data };
}

import type { GraphFile, GraphLoadResult } from '../../core/graph/schema';
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

/** Fetches and validates the graph file in a Web Worker; the result is the core's GraphLoadResult. */
function fetchGraph(url: string): Promise<GraphLoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GraphLoadResult>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      resolve({ ok: false, error: `${url}: ${event.message || 'de gegevens konden niet gelezen worden'}` });
      worker.terminate();
    };
    worker.postMessage({ url });
  });
}

/**
 * Loads the graph (validated with the core's schema, off the main thread), then the matching core
 * (fuse.js, the stemmer, the matcher) as a separate chunk after the first paint. The corpus and
 * the search index themselves are built when a move or a search first needs them.
 */
export async function loadData(url: string): Promise<DataState> {
  const loaded = await fetchGraph(url);
  if (!loaded.ok) return { status: 'error', error: loaded.error };
  const core = await import('./core-bundle');
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

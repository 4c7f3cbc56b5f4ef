import type { GraphFile } from '../../core/graph/schema';
import type { Corpus } from '../../core/match/corpus';
import type { SearchIndex } from '../../core/search/search';

/** The loaded graph with the indexes built from it. */
export interface LoadedData {
  graph: GraphFile;
  corpus: Corpus;
  search: SearchIndex;
}

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: LoadedData };

/**
 * Fetches and validates the graph file and builds the indexes. The core (zod, fuse.js, the
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
  const corpus = new core.Corpus(loaded.graph.profiles, loaded.graph.lexicon);
  return { status: 'ready', data: { graph: loaded.graph, corpus, search: new core.SearchIndex(corpus) } };
}

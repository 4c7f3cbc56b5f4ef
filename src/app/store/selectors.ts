import { useMemo } from 'react';
import type { GraphEdge } from '../../core/graph/schema';
import { type Comparison, compareProfiles } from '../../core/match/compare';
import type { Profile } from '../../core/profile/types';
import type { SearchResult } from '../../core/search/search';
import type { LoadedData } from './data';
import { type Move, useStore } from './store';

/** Read-only views of the loaded data. Computation stays in the core; these only call it. */

export function useLoaded(): LoadedData | null {
  const data = useStore((s) => s.data);
  return data.status === 'ready' ? data.data : null;
}

export function useProfiles(): Profile[] {
  return useLoaded()?.graph.profiles ?? [];
}

export function useProfile(id: string | null): Profile | null {
  const loaded = useLoaded();
  return id && loaded ? (loaded.profiles.get(id) ?? null) : null;
}

export function useEdges(): GraphEdge[] {
  return useLoaded()?.graph.edges ?? [];
}

export function useComparison(move: Move | null): Comparison | null {
  const loaded = useLoaded();
  return useMemo(
    () => (loaded && move ? compareProfiles(loaded.corpus(), move.from, move.to) : null),
    [loaded, move],
  );
}

/** The last search, shared: the map and the results panel both read it for every keystroke. */
let lastSearch: { data: LoadedData; query: string; results: SearchResult[] } | null = null;

function searchOnce(data: LoadedData, query: string): SearchResult[] {
  if (lastSearch?.data !== data || lastSearch.query !== query) {
    lastSearch = { data, query, results: data.search().search(query) };
  }
  return lastSearch.results;
}

export function useSearchResults(): SearchResult[] {
  const loaded = useLoaded();
  const query = useStore((s) => s.query);
  return useMemo(
    () => (loaded && query.trim().length >= 2 ? searchOnce(loaded, query) : []),
    [loaded, query],
  );
}

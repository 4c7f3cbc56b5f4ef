import { startTransition, useEffect } from 'react';
import { setData } from '../store/actions';
import { loadData } from '../store/data';
import { apply } from '../store/store';

// `import.meta.env` is absent when the shell is prerendered in Node.
export const GRAPH_URL = `${import.meta.env?.BASE_URL ?? '/'}data/graph.json`;

/** Loads the graph once; renders nothing. */
export function DataController() {
  useEffect(() => {
    let cancelled = false;
    loadData(GRAPH_URL).then(
      // A transition lets React render the map and panels in slices instead of one long task.
      (state) => !cancelled && startTransition(() => apply(setData(state))),
      (e: Error) => !cancelled && apply(setData({ status: 'error', error: e.message })),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}

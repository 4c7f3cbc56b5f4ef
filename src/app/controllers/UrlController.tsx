import { useEffect } from 'react';
import { restoreUrlState } from '../store/actions';
import { apply, type UrlState, useStore } from '../store/store';
import { searchToState, stateToSearch } from '../store/url';

const pick = (s: UrlState): UrlState => ({
  selectedId: s.selectedId,
  move: s.move,
  query: s.query,
  view: s.view,
  layout: s.layout,
  lang: s.lang,
});

/**
 * Keeps the URL and the state in step: a link or a reload restores the view, and back/forward
 * walk through it. Typing in the search box replaces the history entry instead of adding one.
 */
export function UrlController() {
  useEffect(() => {
    apply(restoreUrlState(searchToState(window.location.search)));
    const onPop = () => apply(restoreUrlState(searchToState(window.location.search)));
    window.addEventListener('popstate', onPop);
    const unsubscribe = useStore.subscribe((state, previous) => {
      const next = stateToSearch(pick(state));
      if (next === stateToSearch(pick(previous)) || next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (
        state.query !== previous.query &&
        state.selectedId === previous.selectedId &&
        state.move === previous.move
      ) {
        window.history.replaceState(null, '', url);
      } else {
        window.history.pushState(null, '', url);
      }
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);
  return null;
}

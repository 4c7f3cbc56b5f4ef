import { INITIAL_URL_STATE, type UrlState } from './store';

/**
 * The URL form of the shareable state: ?beroep=id, ?van=a&naar=b, ?zoek=…, ?weergave=lijst,
 * ?schikking=kracht, ?taal=en. Defaults are left out, so a plain URL is the start view.
 */
export function stateToSearch(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.move) {
    p.set('van', s.move.from);
    p.set('naar', s.move.to);
  } else if (s.selectedId) p.set('beroep', s.selectedId);
  if (s.query) p.set('zoek', s.query);
  if (s.view === 'list') p.set('weergave', 'lijst');
  if (s.layout === 'force') p.set('schikking', 'kracht');
  if (s.lang === 'en') p.set('taal', 'en');
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function searchToState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const from = p.get('van');
  const to = p.get('naar');
  return {
    ...INITIAL_URL_STATE,
    move: from && to ? { from, to } : null,
    selectedId: from && to ? null : p.get('beroep'),
    query: p.get('zoek') ?? '',
    view: p.get('weergave') === 'lijst' ? 'list' : 'map',
    layout: p.get('schikking') === 'kracht' ? 'force' : 'levels',
    lang: p.get('taal') === 'en' ? 'en' : 'nl',
  };
}

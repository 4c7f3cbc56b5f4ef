import { create } from 'zustand';
import type { Lang } from '../i18n';
import type { DataState } from './data';

export type View = 'map' | 'list';
export type LayoutName = 'levels' | 'force';

export interface Move {
  from: string;
  to: string;
}

interface DataSlice {
  data: DataState;
}

interface SelectionSlice {
  selectedId: string | null;
  move: Move | null;
}

interface SearchSlice {
  query: string;
}

interface ViewSlice {
  view: View;
  layout: LayoutName;
  lang: Lang;
}

export type AppState = DataSlice & SelectionSlice & SearchSlice & ViewSlice;

/** The state the URL carries: everything a shared link must restore. */
export type UrlState = Pick<AppState, 'selectedId' | 'move' | 'query' | 'view' | 'layout' | 'lang'>;

export const INITIAL_URL_STATE: UrlState = {
  selectedId: null,
  move: null,
  query: '',
  view: 'map',
  layout: 'levels',
  lang: 'nl',
};

export const useStore = create<AppState>()(() => ({ data: { status: 'loading' }, ...INITIAL_URL_STATE }));

/** Applies a pure state change `(state) => partial`. */
export function apply(change: (s: AppState) => Partial<AppState>): void {
  useStore.setState(change(useStore.getState()));
}

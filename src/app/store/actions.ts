import type { Lang } from '../i18n';
import type { DataState } from './data';
import type { AppState, LayoutName, Move, UrlState, View } from './store';

/** State changes as pure functions: (arguments) => (state) => partial state. */

export const setData = (data: DataState) => (_: AppState) => ({ data });

export const selectOccupation = (id: string | null) => (_: AppState) => ({ selectedId: id, move: null });

export const showMove = (move: Move) => (_: AppState) => ({ move, selectedId: null });

export const closeMove = () => (s: AppState) => ({ move: null, selectedId: s.move?.from ?? null });

export const swapMove = () => (s: AppState) => (s.move ? { move: { from: s.move.to, to: s.move.from } } : {});

export const setQuery = (query: string) => (_: AppState) => ({ query });

export const setView = (view: View) => (_: AppState) => ({ view });

export const setLayout = (layout: LayoutName) => (_: AppState) => ({ layout });

export const setLang = (lang: Lang) => (_: AppState) => ({ lang });

export const restoreUrlState = (state: UrlState) => (_: AppState) => state;

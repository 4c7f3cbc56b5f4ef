import { useEffect } from 'react';
import { translate } from '../i18n';
import { useProfile } from '../store/selectors';
import { useStore } from '../store/store';

/** Keeps <html lang> and the document title in step with the interface language and selection. */
export function DocumentController() {
  const lang = useStore((s) => s.lang);
  const selectedId = useStore((s) => s.selectedId);
  const move = useStore((s) => s.move);
  const selected = useProfile(selectedId);
  const from = useProfile(move?.from ?? null);
  const to = useProfile(move?.to ?? null);
  useEffect(() => {
    document.documentElement.lang = lang;
    const base = translate(lang, 'appTitle');
    const detail = from && to ? `${from.title} → ${to.title}` : selected?.title;
    document.title = detail ? `${detail} · ${base}` : base;
  }, [lang, selected, from, to]);
  return null;
}

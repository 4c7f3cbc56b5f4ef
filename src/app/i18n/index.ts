import { useStore } from '../store/store';
import { en } from './en';
import { type MessageKey, nl } from './nl';

export type Lang = 'nl' | 'en';
export type { MessageKey };

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** Fills "{name}" placeholders. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}

/** The translate function for the current interface language. */
export function useT() {
  const lang = useStore((s) => s.lang);
  return (key: MessageKey, vars?: Record<string, string>) => translate(lang, key, vars);
}

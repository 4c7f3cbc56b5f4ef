import type { Profile } from '../../core/profile/types';
import type { MessageKey } from '../i18n';

type T = (key: MessageKey, vars?: Record<string, string>) => string;

/** "niveau 5" / "niveau onbekend", with the framework's wording when known. */
export function levelText(p: Pick<Profile, 'level' | 'framework'>, t: T): string {
  if (p.level === null) return t('levelUnknown');
  return `${t('level').toLowerCase()} ${p.level}`;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

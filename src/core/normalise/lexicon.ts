import { fold } from './fold';

/** The curated lexicon file (`data/synonyms.json`); its schema is in `lexicon-schema.ts`. */
export interface Lexicon {
  about?: string | undefined;
  stopPhrases: string[];
  groups: Array<{ canonical: string; terms: string[] }>;
}

/** The lexicon in the shapes the analyser looks things up in. */
export interface PreparedLexicon {
  /** Stop phrases, longest first, as whole-word patterns. */
  stopPatterns: RegExp[];
  /** Multi-word or hyphenated terms, longest first, replaced in running text. */
  phrases: Array<{ pattern: RegExp; canonical: string }>;
  /** Single words (hyphens removed) to their canonical form. */
  words: Map<string, string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'gu');

export function prepareLexicon(lexicon: Lexicon): PreparedLexicon {
  const stopPatterns = [...lexicon.stopPhrases]
    .map(fold)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(wholeWord);
  const phrases: PreparedLexicon['phrases'] = [];
  const words = new Map<string, string>();
  for (const group of lexicon.groups) {
    const canonical = fold(group.canonical).replace(/\s+/g, '_');
    for (const raw of group.terms) {
      const term = fold(raw);
      if (/\s/.test(term)) phrases.push({ pattern: wholeWord(term), canonical });
      words.set(term.replace(/[-()]/g, ''), canonical);
    }
  }
  phrases.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  return { stopPatterns, phrases, words };
}

import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';

const cache = new Map<string, string>();

/**
 * Dutch Snowball stem of a folded word. Third-person verb forms on "-eert" are first put in the
 * infinitive ("analyseert" → "analyseren") so that activities and skills meet, and
 * "-ieën" plurals lose their ending, which the stemmer does not see once diacritics are folded.
 */
export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let base = word.length > 6 && word.endsWith('eert') ? `${word.slice(0, -4)}eren` : word;
  // Plural after -ie written with a trema ("typologieën", folded "typologieen").
  if (base.endsWith('ieen')) base = base.slice(0, -2);
  const result = dutchStemmer(base);
  cache.set(word, result);
  return result;
}

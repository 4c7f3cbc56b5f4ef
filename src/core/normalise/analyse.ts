import { splitDepth } from '../parse/depth';
import { fold } from './fold';
import type { PreparedLexicon } from './lexicon';
import { stem } from './stem';

/**
 * A content word after normalisation. Compounds are split into their parts, so that
 * "marktonderzoekstechnieken" and "marktonderzoekmethodes" meet (same parts, synonymous heads)
 * while "na-verkooptechnieken" and "verkooptechnieken" do not (another first part).
 */
export interface Token {
  /** Comparison key: the canonical parts joined with "+". */
  key: string;
  /** Canonical parts, modifier(s) first, head last. */
  parts: string[];
  /** Multiplies the token's weight; below 1 for words that carry little meaning in their position. */
  factor?: number;
}

export interface AnalysedItem {
  /** Folded text without depth wording and stop phrases: equal keys are an exact match. */
  exactKey: string;
  /** Plain stems of the core words, in order: equal keys are a stem match. */
  stemKey: string;
  /** Canonical tokens of the core (outside parentheses, colons and "zoals …" examples). */
  tokens: Token[];
  /** Canonical tokens of the examples and parenthetical remarks. */
  extra: Token[];
}

const STOPWORDS = new Set(
  (
    'de het een en of van in op voor met om te aan naar over bij door tot uit zijn hun die dat er als zoals ' +
    'ze zich hij zij ook niet nog al is wordt worden kan kunnen moet deze dit waar wat wie welke eigen ' +
    'etc enz ifv tav nodig indien waaronder e d c q af mee toe na'
  ).split(' '),
);

const MIN_HEAD = 5;
const MIN_MOD = 4;
/** Verb particles and prepositions: "doorvragen", "onderhoudt", "bijhouden" are not compounds of them. */
const PARTICLES = new Set('door over onder voor bij uit aan mee naar terug weer toe tegen samen'.split(' '));

export interface AnalyserOptions {
  lexicon: PreparedLexicon;
  /** Known words (folded, hyphens removed) that may stand as the head of a compound. */
  heads: ReadonlySet<string>;
  /**
   * The label is an activity phrased as "<verb> <object>" ("Stelt offerte op"). Its leading verb is
   * generic and counts half, so that "Inventariseert de klacht" and "Inventariseert problemen" stay apart.
   */
  verbPhrase?: boolean;
}

/** Weight of the leading verb of an activity, relative to the other words. */
export const LEADING_VERB_FACTOR = 0.5;

/** Splits an item label into comparable forms. Pure; the same inputs give the same result. */
export function analyseItem(label: string, options: AnalyserOptions): AnalysedItem {
  const { lexicon } = options;
  let text = splitDepth(fold(label)).subject;
  // Optional word parts: "(kantoor)software" → "kantoorsoftware", "(ver)werking" → "verwerking".
  text = text.replace(/\(([\p{L}]+)\)(?=\p{L})/gu, '$1').replace(/(?<=\p{L})\(([\p{L}]+)\)/gu, '$1');
  for (const re of lexicon.stopPatterns) text = text.replace(re, ' ');

  const extras: string[] = [];
  let core = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    extras.push(inner);
    return ' ';
  });
  const tail = /\s*(?::|\bzoals\b|\bwaaronder\b)\s*(.*)$/.exec(core);
  if (tail) {
    extras.push(tail[1] ?? '');
    core = core.slice(0, tail.index);
  }
  core = core.replace(/[()]/g, ' ');

  const exactKey = words(`${core} ${extras.join(' ')}`).join(' ');
  const stemKey = words(core)
    .map((w) => stem(w.replace(/-/g, '')))
    .join(' ');
  const tokens = tokenise(core, options);
  const first = tokens[0];
  if (options.verbPhrase && first && tokens.length > 1) tokens[0] = { ...first, factor: LEADING_VERB_FACTOR };
  return { exactKey, stemKey, tokens, extra: tokenise(extras.join(' '), options) };
}

function words(text: string): string[] {
  return text
    .replace(/[^\p{L}\p{N}\s'/-]/gu, ' ')
    .split(/[\s/]+/)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 0 && w !== '-' && !STOPWORDS.has(w));
}

function tokenise(text: string, options: AnalyserOptions): Token[] {
  let t = text;
  for (const { pattern, canonical } of options.lexicon.phrases) t = t.replace(pattern, ` ${canonical} `);
  const raw = words(t);
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] ?? '';
    if (w.endsWith('-') && w.length > 1) {
      // Suspended compound: "nieuws- en marktinformatiebronnen" lends its head to "nieuws-".
      const body = w.slice(0, -1).replace(/-/g, '');
      // The head comes from the first full compound in the next few words ("markt-, product/dienst-, klant- en organisatieontwikkelingen").
      const nextParts = raw
        .slice(i + 1, i + 6)
        .filter((x) => !x.endsWith('-'))
        .map((x) => decompose(x.replace(/-/g, ''), options))
        .find((parts) => parts.length > 1);
      const head = nextParts?.[nextParts.length - 1];
      const own = decompose(unlink(body), options);
      tokens.push(token(head ? [...own, head] : own));
      continue;
    }
    if (w.startsWith('-')) {
      // "Verkooptechnieken en -argumenten": the head borrows the modifier of the word before it.
      const head = decompose(w.slice(1).replace(/-/g, ''), options);
      const previous = tokens[tokens.length - 1];
      const mods = previous && previous.parts.length > 1 ? previous.parts.slice(0, -1) : [];
      tokens.push(token([...mods, ...head]));
      continue;
    }
    tokens.push(token(decompose(w.replace(/-/g, ''), options)));
  }
  return tokens.filter((tk) => tk.key.length > 1);
}

function token(parts: string[]): Token {
  return { key: parts.join('+'), parts };
}

/** Linking -s- ("onderhandelings|methodieken") belongs to neither part of a compound. */
function unlink(mod: string): string {
  return /[^aeiouys]s$/.test(mod) && mod.length > MIN_MOD + 1 ? mod.slice(0, -1) : mod;
}

/**
 * Splits a word into canonical parts: a lexicon word is one part; otherwise the longest known
 * head word at the end is split off, and both sides are split again.
 */
export function decompose(word: string, options: AnalyserOptions): string[] {
  const synonym = options.lexicon.words.get(word);
  if (synonym) return [synonym];
  for (let cut = MIN_MOD; cut <= word.length - MIN_HEAD; cut++) {
    const head = word.slice(cut);
    if (PARTICLES.has(word.slice(0, cut))) continue;
    if (options.heads.has(head) || options.lexicon.words.has(head)) {
      return [...decompose(unlink(word.slice(0, cut)), options), ...decompose(head, options)];
    }
  }
  return [stem(word)];
}

/** Words of the corpus that can stand as the head of a compound: every content word of at least MIN_HEAD letters. */
export function headVocabulary(labels: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const label of labels) {
    for (const w of words(fold(label).replace(/[()]/g, ' '))) {
      const plain = w.replace(/-/g, '');
      if (plain.length >= MIN_HEAD && !w.startsWith('-') && !w.endsWith('-')) heads.add(plain);
    }
  }
  return heads;
}

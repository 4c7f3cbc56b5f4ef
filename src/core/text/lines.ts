/** One line of a document with its 1-based line number, trimmed. */
export interface Line {
  n: number;
  text: string;
}

/** Page furniture that PDF extraction leaves in the text flow. */
const FOOTER_PATTERNS: RegExp[] = [/^Pagina \d+ van \d+$/i, /^BCP .+ \d{4}\s+\d+$/, /^https?:\/\/\S+$/];

export function isFooter(text: string): boolean {
  return FOOTER_PATTERNS.some((re) => re.test(text));
}

/** Splits text into trimmed, numbered lines, dropping page footers (their numbers are kept by the others). */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const t = (raw[i] ?? '').replace(/[ \t]+/g, ' ').trim();
    if (isFooter(t)) continue;
    out.push({ n: i + 1, text: t });
  }
  return out;
}

const BULLET_RE = /^(?:[•\u2022\u25CF\u25AA\uF0B7\u2013\u2014-]|\*)\s*/;

/** Returns the text after a bullet marker, or null when the line is no bullet. */
export function bulletText(text: string): string | null {
  if (!BULLET_RE.test(text)) return null;
  // "-technieken" or "-pakketten" at line start is a suspended compound, not a bullet.
  if (/^-\S/.test(text)) return null;
  return text.replace(BULLET_RE, '').trim();
}

/** Collapses whitespace and joins wrapped line fragments the way a reader would. */
export function joinFragments(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    if (!out) {
      out = p;
    } else if (/[A-Za-zÀ-ÿ/]-$/.test(out) && !/^(en|of|c\.q\.)\b/.test(p)) {
      // "CRM-" + "software": a compound broken at its hyphen.
      out += p;
    } else {
      out += ` ${p}`;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function parenBalance(text: string): number {
  let b = 0;
  for (const ch of text) {
    if (ch === '(') b++;
    else if (ch === ')') b--;
  }
  return b;
}

/**
 * Decides whether a non-bullet line continues the item before it: PDF extraction wraps long
 * bullets, sometimes after a blank line. A continuation starts in lower case or with "(",
 * or the previous text is visibly unfinished (open parenthesis, trailing comma, hyphen or connective).
 */
export function continuesItem(previous: string, next: string, afterBlank: boolean): boolean {
  if (!next) return false;
  const unfinished =
    parenBalance(previous) > 0 ||
    /(,|-|–|\b(en|of|van|de|het|in|met|voor|op|naar|zoals|c\.q\.))$/i.test(previous);
  if (unfinished) return true;
  // A bullet that ends in a full stop or the language marker "(t)" is complete; text after a blank line is other prose.
  const closed = /(\(t\)|\.)$/.test(previous) && parenBalance(previous) === 0;
  if (closed && afterBlank) return false;
  return /^[a-zà-ÿ(]/.test(next);
}

export interface ListItem {
  text: string;
  line: number;
}

export interface CollectOptions {
  /** A line that ends the list (tested before anything else). */
  stop?: (text: string) => boolean;
  /** Accept items without a bullet marker (one item per line). */
  unbulleted?: boolean;
}

/**
 * Collects the bullet items of lines[from..to), joining wrapped continuations.
 * Returns the items and the index where collection stopped.
 */
export function collectList(
  lines: Line[],
  from: number,
  to: number,
  options: CollectOptions = {},
): { items: ListItem[]; end: number } {
  const items: ListItem[] = [];
  let current: { parts: string[]; line: number } | null = null;
  let blank = false;
  const flush = () => {
    if (current) items.push({ text: joinFragments(current.parts), line: current.line });
    current = null;
  };
  let i = from;
  for (; i < to; i++) {
    const line = lines[i];
    if (!line) break;
    const t = line.text;
    if (!t) {
      blank = true;
      continue;
    }
    if (options.stop?.(t)) break;
    const bullet = bulletText(t);
    if (bullet !== null) {
      flush();
      current = { parts: [bullet], line: line.n };
    } else if (current && continuesItem(joinFragments(current.parts), t, blank)) {
      current.parts.push(t);
    } else if (options.unbulleted) {
      flush();
      current = { parts: [t], line: line.n };
    } else {
      flush();
    }
    blank = false;
  }
  flush();
  return { items: items.filter((it) => it.text.length > 0), end: i };
}

/** Index of the first line at or after `from` whose text matches. -1 when none. */
export function findLine(lines: Line[], re: RegExp, from = 0, to = lines.length): number {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    if (re.test(lines[i]?.text ?? '')) return i;
  }
  return -1;
}

/** Text of the first non-empty line after index i, or null. */
export function nextText(lines: Line[], i: number): { text: string; index: number } | null {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]?.text ?? '';
    if (t) return { text: t, index: j };
  }
  return null;
}

/** Text of a two-column "Label text…" paragraph: the rest of the label line and the lines after it up to a blank line. */
export function labelledParagraph(lines: Line[], label: RegExp): string {
  const at = findLine(lines, label);
  if (at < 0) return '';
  const parts = [(lines[at]?.text ?? '').replace(label, '')];
  for (let i = at + 1; i < lines.length && lines[i]?.text; i++) parts.push(lines[i]?.text ?? '');
  return joinFragments(parts);
}

import type { Competence, Profile } from '../profile/types';
import {
  bulletText,
  continuesItem,
  findLine,
  joinFragments,
  type Line,
  labelledParagraph,
} from '../text/lines';
import { ItemCollector } from './builder';
import { ParseError } from './errors';
import { isSbbPrefix, sbbName } from './sbb';
import { compareWerkprocesNumbers, isKnowledgeLabel } from './werkproces';

const WP_DETAIL_RE = /^(\d+\.\d+) werkproces:\s*(.+)$/i;
const WP_MATRIX_RE = /^(\d+\.\d+)\s+(\S.*)$/;
const KERNTAAK_RE = /^Kerntaak (\d+)\s+(\S.*)$/;
const X_ROW_RE = /^[x\s]*$/;

interface Werkproces {
  number: string;
  title: string;
  line: number;
  description: string;
  sbb: string[];
}

/**
 * Parses a Dutch MBO kwalificatiedossier (SBB layout): kerntaken, werkprocessen from the
 * proces-competentie-matrix and their details, whose "Vakkennis en vaardigheden" column is
 * interleaved with the competence column by PDF extraction.
 */
export function parseKwalificatiedossier(file: string, lines: Line[]): Omit<Profile, 'id'> {
  const first = lines.find((l) => l.text);
  const matrixTitle = lines.map((l) => /^Proces-competentie-matrix (.+)$/.exec(l.text)?.[1]).find(Boolean);
  const title = matrixTitle ?? first?.text.replace(/^\d+(\.\d+)*\s+/, '');
  if (!title) throw new ParseError(file, 'geen titel gevonden');

  const levelAt = findLine(lines, /^Niveau \d+$/);
  const level = levelAt >= 0 ? Number(/\d+/.exec(lines[levelAt]?.text ?? '')?.[0]) : null;

  const kerntaken = new Map<string, string>();
  for (const l of lines) {
    const m = KERNTAAK_RE.exec(l.text);
    if (m?.[1] && m[2] && !kerntaken.has(m[1])) kerntaken.set(m[1], m[2]);
  }

  const werkprocessen = new Map<string, Werkproces>();
  for (const wp of matrixWerkprocessen(lines)) werkprocessen.set(wp.number, wp);

  const items = new ItemCollector();
  for (const detail of detailWerkprocessen(lines, items)) {
    const known = werkprocessen.get(detail.number);
    werkprocessen.set(detail.number, { ...detail, line: known?.line ?? detail.line });
  }
  if (werkprocessen.size === 0) throw new ParseError(file, 'geen werkprocessen gevonden');
  if (items.knowledge().length + items.skills().length === 0) {
    throw new ParseError(file, 'onvolledig document: geen "Vakkennis en vaardigheden" gevonden');
  }
  checkComplete(file, lines, items);

  const competences: Competence[] = [...werkprocessen.values()]
    .sort((a, b) => compareWerkprocesNumbers(a.number, b.number))
    .map((wp) => ({
      id: wp.number,
      title: wp.title,
      group: kerntaken.get(wp.number.split('.')[0] ?? '') ?? null,
      description: wp.description,
      activities: [],
      sbb: wp.sbb,
      line: wp.line,
    }));

  return {
    title,
    code: null,
    level,
    levelLabel: level === null ? null : `MBO niveau ${level} (EQF ${level})`,
    framework: 'MBO',
    layout: 'kwalificatiedossier',
    source: file,
    year: null,
    definition: labelledParagraph(lines, /^Context van de kwalificatie\s*/),
    competences,
    knowledge: items.knowledge(),
    skills: items.skills(),
    alternativeTitles: [],
    careerPerspective: [],
    context: [],
    autonomy: [],
  };
}

/**
 * Each kerntaak's matrix is followed by its details, and every detailed werkproces lists vakkennis:
 * a matrix without details, or a last werkproces without items, means the text was cut off.
 */
function checkComplete(file: string, lines: Line[], items: ItemCollector): void {
  const matrices = lines.flatMap((l, i) => (/^Proces-competentie-matrix/.test(l.text) ? [i] : []));
  matrices.forEach((at, k) => {
    const end = matrices[k + 1] ?? lines.length;
    if (findLine(lines, /^\d+\.\d+ werkproces:/i, at, end) < 0) {
      throw new ParseError(
        file,
        'onvolledig document: een proces-competentie-matrix zonder uitgewerkte werkprocessen',
        lines[at]?.n ?? null,
      );
    }
  });
  const withItems = new Set(
    [...items.knowledge(), ...items.skills()].flatMap((i) => i.sources.map((s) => s.competence)),
  );
  for (const l of lines) {
    const number = WP_DETAIL_RE.exec(l.text)?.[1];
    if (number && !withItems.has(number)) {
      throw new ParseError(
        file,
        `onvolledig document: werkproces ${number} zonder vakkennis en vaardigheden`,
        l.n,
      );
    }
  }
}

/** Werkprocessen as listed in each proces-competentie-matrix, including those without details. */
function matrixWerkprocessen(lines: Line[]): Werkproces[] {
  const out: Werkproces[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.text !== 'Werkprocessen') continue;
    let current: { number: string; parts: string[]; line: number } | null = null;
    const flush = () => {
      if (current)
        out.push({
          number: current.number,
          title: joinFragments(current.parts),
          line: current.line,
          description: '',
          sbb: [],
        });
      current = null;
    };
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]?.text ?? '';
      if (/^(Betekenis van de kerntaak|Kerntaak \d|Detaillering)/.test(t)) break;
      if (!t || X_ROW_RE.test(t)) {
        // A blank line or a row of crosses ends a werkproces title.
        if (current && current.parts.length > 0) flush();
        continue;
      }
      const m = WP_MATRIX_RE.exec(t);
      if (m?.[1] && m[2]) {
        flush();
        current = { number: m[1], parts: [m[2].replace(/(\s+x)+\s*$/, '')], line: lines[j]?.n ?? 0 };
      } else if (current) {
        current.parts.push(t);
      }
    }
    flush();
  }
  return out;
}

/**
 * Werkproces details. A werkproces can span pages; a repeated header continues it, and on the
 * continued page the vakkennis column resumes before the next competence name.
 */
function detailWerkprocessen(lines: Line[], items: ItemCollector): Werkproces[] {
  const byNumber = new Map<string, Werkproces>();
  const headers: number[] = [];
  for (let i = 0; i < lines.length; i++) if (WP_DETAIL_RE.test(lines[i]?.text ?? '')) headers.push(i);

  headers.forEach((start, k) => {
    const m = WP_DETAIL_RE.exec(lines[start]?.text ?? '');
    if (!m?.[1] || !m[2]) return;
    const number = m[1];
    const continued = byNumber.has(number);
    const wp = byNumber.get(number) ?? {
      number,
      title: m[2].trim(),
      line: lines[start]?.n ?? 0,
      description: '',
      sbb: [],
    };
    byNumber.set(number, wp);
    const end = Math.min(headers[k + 1] ?? lines.length, nextMatrix(lines, start));
    readSegment(lines, start + 1, end, wp, items, continued);
  });
  return [...byNumber.values()];
}

function nextMatrix(lines: Line[], from: number): number {
  const at = findLine(lines, /^Proces-competentie-matrix/, from);
  return at < 0 ? lines.length : at;
}

function readSegment(
  lines: Line[],
  from: number,
  to: number,
  wp: Werkproces,
  items: ItemCollector,
  continued: boolean,
) {
  let state: 'intro' | 'items' | 'competence' = continued ? 'items' : 'intro';
  let current: { parts: string[]; line: number } | null = null;
  let blank = false;
  const descriptionParts: string[] = [];
  const flush = () => {
    if (current) {
      const label = joinFragments(current.parts);
      const source = { line: current.line, competence: wp.number };
      if (isKnowledgeLabel(label)) items.addKnowledge(label, source);
      else items.addSkill(label, source);
    }
    current = null;
  };

  let descriptionOpen = false;
  for (let i = from; i < to; i++) {
    const t = lines[i]?.text ?? '';
    if (!t) {
      blank = true;
      descriptionOpen = false;
      continue;
    }
    if (state === 'intro') {
      if (/^Vakkennis en vaardigheden/i.test(t)) {
        state = 'items';
      } else if (/^Omschrijving\s/.test(t)) {
        descriptionOpen = true;
        descriptionParts.push(t.replace(/^Omschrijving\s+/, ''));
      } else if (descriptionOpen && !/^Gewenst resultaat/.test(t)) {
        descriptionParts.push(t);
      } else {
        descriptionOpen = false;
      }
      blank = false;
      continue;
    }
    const next = lines[i + 1]?.text ?? '';
    const competence = sbbName(t) ?? (isSbbPrefix(t) ? sbbName(`${t} ${next}`) : null);
    if (competence) {
      flush();
      if (!wp.sbb.includes(competence)) wp.sbb.push(competence);
      state = 'competence';
      if (!sbbName(t)) i++;
      blank = false;
      continue;
    }
    if (state === 'items') {
      const bullet = bulletText(t);
      if (bullet !== null) {
        flush();
        current = { parts: [bullet], line: lines[i]?.n ?? 0 };
      } else if (current && continuesItem(joinFragments(current.parts), t, blank)) {
        current.parts.push(t);
      } else {
        flush();
      }
    }
    blank = false;
  }
  flush();
  if (descriptionParts.length > 0 && !wp.description) wp.description = joinFragments(descriptionParts);
}

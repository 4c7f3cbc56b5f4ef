import type { Competence, Profile } from '../profile/types';
import { collectList, findLine, joinFragments, type Line, labelledParagraph } from '../text/lines';
import { ItemCollector } from './builder';
import { extractCareerSteps } from './career';
import { ParseError } from './errors';
import { findSbbNames } from './sbb';
import { compareWerkprocesNumbers } from './werkproces';

const WP_RE = /^(\d+\.\d+)\s+(\S.*)$/;
const KNOWLEDGE_HEAD_RE = /^Kennis van\s*:?\s*$/i;
const SKILLS_HEAD_RE = /^Vaardighe(?:id|den|iden)\s*:?\s*$/i;
const SECTION_END_RE = /^(Beschrijving werkproces|\d+\.\d+ Kerntaak|\d+ Beschrijving|\d+ Overzicht)/i;

/**
 * Parses a Dutch beroepscompetentieprofiel (BCP): alternative titles, career perspective,
 * kerntaken with werkprocessen, and per werkproces its competences, "Kennis van" and "Vaardigheden".
 * A BCP states no level: it stays null.
 */
export function parseCompetentieprofiel(file: string, lines: Line[], text: string): Omit<Profile, 'id'> {
  const overviewAt = findLine(lines, /^Kerntaak Werkproces$/);
  const titleFromOverview = overviewAt > 0 ? previousText(lines, overviewAt) : null;
  const titleFromFooter = /^BCP (.+?) \d{4}\s+\d+\s*$/m.exec(text)?.[1]?.trim() ?? null;
  const title = titleFromOverview ?? titleFromFooter;
  if (!title) throw new ParseError(file, 'geen titel gevonden (geen overzicht van kerntaken)');

  const year =
    /^\s*Op: .*?(\d{4})\s*$/m.exec(text)?.[1] ?? /^BCP .+? (\d{4})\s+\d+\s*$/m.exec(text)?.[1] ?? null;

  const altAt = findLine(lines, /^1\.1 Mogelijke functiebenamingen/i);
  const altEnd = findLine(lines, /^1\.2 /, altAt + 1);
  const alternativeTitles =
    altAt >= 0
      ? collectList(lines, altAt + 1, altEnd < 0 ? lines.length : altEnd, { unbulleted: true }).items.map(
          (i) => i.text,
        )
      : [];

  const careerAt = findLine(lines, /^1\.3 Loopbaanperspectief/i);
  const careerEnd = findLine(lines, /^1\.4 /, careerAt + 1);
  const careerText =
    careerAt >= 0
      ? joinFragments(
          lines.slice(careerAt + 1, careerEnd < 0 ? undefined : careerEnd).map((l) => l.text),
        ).replace(/^.*?\?\s*/, '')
      : '';

  const { kerntaken, overview } = parseOverview(lines, overviewAt);
  const items = new ItemCollector();
  const details = parseDetails(lines, overview, items);
  if (overview.size === 0 && details.size === 0)
    throw new ParseError(file, 'geen kerntaken of werkprocessen gevonden');
  if (items.knowledge().length + items.skills().length === 0) {
    throw new ParseError(file, 'onvolledig document: geen "Vakkennis en vakvaardigheden" gevonden');
  }
  // The overview promises a description of every werkproces; a missing one means the text was cut off.
  for (const [number, entry] of overview) {
    if (!details.has(number)) {
      throw new ParseError(
        file,
        `onvolledig document: werkproces ${number} "${entry.title}" wordt niet beschreven`,
        entry.line,
      );
    }
  }

  const numbers = [...new Set([...overview.keys(), ...details.keys()])].sort(compareWerkprocesNumbers);
  const competences: Competence[] = numbers.map((number) => {
    const d = details.get(number);
    return {
      id: number,
      title: d?.title ?? overview.get(number)?.title ?? number,
      group: kerntaken.get(number.split('.')[0] ?? '') ?? null,
      description: d?.description ?? '',
      activities: [],
      sbb: d?.sbb ?? [],
      line: overview.get(number)?.line ?? d?.line ?? 0,
    };
  });

  return {
    title,
    code: null,
    level: null,
    levelLabel: null,
    framework: 'MBO',
    layout: 'beroepscompetentieprofiel',
    source: file,
    year,
    definition: labelledParagraph(lines, /^Werkomgeving\s*/),
    competences,
    knowledge: items.knowledge(),
    skills: items.skills(),
    alternativeTitles,
    careerPerspective: extractCareerSteps(careerText),
    context: [],
    autonomy: [],
  };
}

function previousText(lines: Line[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) if (lines[j]?.text) return lines[j]?.text ?? null;
  return null;
}

interface OverviewEntry {
  title: string;
  line: number;
}

function parseOverview(lines: Line[], at: number) {
  const kerntaken = new Map<string, string>();
  const overview = new Map<string, OverviewEntry>();
  if (at < 0) return { kerntaken, overview };
  const end = findLine(lines, /^\d+ Beschrijving van de kerntaken/i, at);
  for (let i = at + 1; i < (end < 0 ? lines.length : end); i++) {
    const t = lines[i]?.text ?? '';
    const kt = /^Kerntaak (\d+)$/.exec(t);
    if (kt?.[1]) {
      const title = lines.slice(i + 1).find((l) => l.text)?.text;
      if (title) kerntaken.set(kt[1], title);
      continue;
    }
    const wp = WP_RE.exec(t);
    if (wp?.[1] && wp[2]) overview.set(wp[1], { title: wp[2], line: lines[i]?.n ?? 0 });
  }
  return { kerntaken, overview };
}

interface Detail {
  title: string;
  line: number;
  description: string;
  sbb: string[];
}

function parseDetails(
  lines: Line[],
  overview: Map<string, OverviewEntry>,
  items: ItemCollector,
): Map<string, Detail> {
  const details = new Map<string, Detail>();
  const starts: Array<{ index: number; number: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = WP_RE.exec(lines[i]?.text ?? '');
    if (!m?.[1]) continue;
    const competencesAt = findLine(lines, /^Competenties/, i + 1, i + 8);
    if (competencesAt >= 0 && (overview.size === 0 || overview.has(m[1])))
      starts.push({ index: i, number: m[1] });
  }
  starts.forEach(({ index, number }, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const titleParts: string[] = [];
    let i = index;
    for (; i < end && lines[i]?.text && !/^Competenties/.test(lines[i]?.text ?? ''); i++)
      titleParts.push(lines[i]?.text ?? '');
    const title = joinFragments(titleParts).replace(WP_RE, '$2');

    const compAt = findLine(lines, /^Competenties/, index, end);
    const resultAt = findLine(lines, /^Resultaat\s*:/, compAt, end);
    const sbb = findSbbNames(
      lines
        .slice(compAt, resultAt < 0 ? end : resultAt)
        .map((l) => l.text)
        .join(' '),
    );

    const id = number;
    const knowAt = findLine(lines, KNOWLEDGE_HEAD_RE, index, end);
    const skillAt = findLine(lines, SKILLS_HEAD_RE, Math.max(knowAt, index), end);
    const stop = (t: string) => SECTION_END_RE.test(t) || SKILLS_HEAD_RE.test(t);
    if (knowAt >= 0) {
      for (const item of collectList(lines, knowAt + 1, end, { stop }).items) {
        items.addKnowledge(item.text, { line: item.line, competence: id });
      }
    }
    if (skillAt >= 0) {
      for (const item of collectList(lines, skillAt + 1, end, { stop }).items) {
        items.addSkill(item.text, { line: item.line, competence: id });
      }
    }
    details.set(number, { title, line: lines[index]?.n ?? 0, description: describe(lines, index), sbb });
  });
  return details;
}

/** The "Beschrijving werkproces:" paragraph printed just before a werkproces header. */
function describe(lines: Line[], headerIndex: number): string {
  let at = -1;
  for (let j = headerIndex - 1; j >= Math.max(0, headerIndex - 60); j--) {
    if (/^Beschrijving werkproces/i.test(lines[j]?.text ?? '')) {
      at = j;
      break;
    }
  }
  if (at < 0) return '';
  return joinFragments(lines.slice(at + 1, headerIndex).map((l) => l.text));
}

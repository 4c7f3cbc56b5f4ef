import type { Competence, Profile } from '../profile/types';
import { bulletText, collectList, findLine, joinFragments, type Line, nextText } from './../text/lines';
import { ItemCollector } from './builder';
import { ParseError } from './errors';

const COMPETENCE_RE = /^(?:[•-]\s*)?Competentie (\d+)\s*:?\s*$/i;
const KNOWLEDGE_INTRO_RE = /^(?:[•-]\s*)?met inbegrip van kennis\s*:?\s*$/i;
const DESCRIPTOR_RE = /^(?:\d+(?:\.\d+)*\.?\s+)?Beschrijving competenties/i;
const HEADING = (word: string) => new RegExp(`^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?${word}\\s*$`, 'i');

/**
 * Parses a Flemish beroepskwalificatie, either the decree annex ("1.1. Titel", "-" bullets)
 * or the web text ("Titel", "•" bullets). Both have the same sections in the same order.
 */
export function parseFlemish(file: string, lines: Line[]): Omit<Profile, 'id'> {
  const titleAt = findLine(lines, HEADING('Titel'));
  const title = titleAt >= 0 ? nextText(lines, titleAt)?.text : undefined;
  if (!title) throw new ParseError(file, 'geen titel gevonden (sectie "Titel" ontbreekt)');

  const all = lines.map((l) => l.text).join('\n');
  const code = /\bBK-\d{4}-\d+\b/.exec(all)?.[0] ?? null;

  const levelAt = findLine(lines, /^(?:\d+(?:\.\d+)*\.?\s+)?Niveau \(VKS en EQF\)/i);
  const levelText = levelAt >= 0 ? nextText(lines, levelAt)?.text : undefined;
  const level = levelText && /^\d+$/.test(levelText) ? Number(levelText) : null;

  const yearAt = findLine(lines, HEADING('Jaar van erkenning'));
  const year = yearAt >= 0 ? (nextText(lines, yearAt)?.text ?? null) : null;

  const defAt = findLine(lines, HEADING('Definitie'));
  const definition = defAt >= 0 ? paragraph(lines, defAt + 1, /^(?:\d+(?:\.\d+)*\.?\s+)?Niveau/i) : '';

  const listAt = findLine(lines, /^(?:\d+(?:\.\d+)*\.?\s+)?Opsomming competenties/i);
  const descriptorAt = findLine(lines, DESCRIPTOR_RE, Math.max(listAt, 0));
  if (listAt < 0)
    throw new ParseError(file, 'geen competenties gevonden (sectie "Opsomming competenties" ontbreekt)');
  if (descriptorAt < 0) {
    throw new ParseError(
      file,
      'onvolledig document: de beschrijving van de competenties (kennis, vaardigheden) ontbreekt',
      lines[lines.length - 1]?.n ?? null,
    );
  }

  const items = new ItemCollector();
  const competences = parseCompetences(lines, listAt + 1, descriptorAt, items);
  if (competences.length === 0) {
    throw new ParseError(
      file,
      'geen competenties gevonden onder "Opsomming competenties"',
      lines[listAt]?.n ?? null,
    );
  }

  const descriptor = parseDescriptor(lines, descriptorAt + 1, items);
  if (items.skills().length === 0) {
    throw new ParseError(
      file,
      'onvolledig document: de vaardigheden (Cognitieve / Probleemoplossende vaardigheden) ontbreken',
      lines[lines.length - 1]?.n ?? null,
    );
  }

  return {
    title,
    code,
    level,
    levelLabel: level === null ? null : `VKS ${level} (EQF ${level})`,
    framework: 'VKS',
    layout: 'beroepskwalificatie',
    source: file,
    year,
    definition,
    competences,
    knowledge: items.knowledge(),
    skills: items.skills(),
    alternativeTitles: [],
    careerPerspective: [],
    context: descriptor.context,
    autonomy: descriptor.autonomy,
  };
}

function paragraph(lines: Line[], from: number, stop: RegExp): string {
  const parts: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (stop.test(t)) break;
    if (t) parts.push(t);
  }
  return joinFragments(parts);
}

function parseCompetences(lines: Line[], from: number, to: number, items: ItemCollector): Competence[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (COMPETENCE_RE.test(lines[i]?.text ?? '')) starts.push(i);
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? to;
    const number = COMPETENCE_RE.exec(lines[start]?.text ?? '')?.[1] ?? String(k + 1);
    const id = `C${number}`;
    // Title: the non-bullet lines after "Competentie n:" up to the first bullet.
    const titleParts: string[] = [];
    let i = start + 1;
    for (; i < end; i++) {
      const t = lines[i]?.text ?? '';
      if (!t) continue;
      if (bulletText(t) !== null || KNOWLEDGE_INTRO_RE.test(t)) break;
      titleParts.push(t);
    }
    const intro = findLine(lines, KNOWLEDGE_INTRO_RE, i, end);
    const activities = collectList(lines, i, intro >= 0 ? intro : end).items;
    if (intro >= 0) {
      for (const item of collectList(lines, intro + 1, end).items) {
        items.addKnowledge(item.text, { line: item.line, competence: id });
      }
    }
    return {
      id,
      title: joinFragments(titleParts),
      group: null,
      description: '',
      activities: activities.map((a) => a.text),
      sbb: [],
      line: lines[start]?.n ?? 0,
    };
  });
}

const SECTION = {
  kennis: HEADING('Kennis'),
  cognitive: HEADING('Cognitieve vaardigheden'),
  problem: HEADING('Probleemoplossende vaardigheden'),
  motor: HEADING('Motorische vaardigheden'),
  contextHeading: HEADING('Context'),
  context: HEADING('Omgevingscontext'),
  handeling: HEADING('Handelingscontext'),
  autonomy: /^(?:\d+(?:\.\d+)*\.?\s+)?Autonomie\s*$/i,
  zelfstandig: HEADING('Is zelfstandig in'),
  end: /^(?:\d+(?:\.\d+)*\.?\s+)?(Is gebonden aan|Doet beroep op|Verantwoordelijkheid|Attesten en voorwaarden)\s*$/i,
};

const ANY_SECTION = (t: string) => Object.values(SECTION).some((re) => re.test(t));

function parseDescriptor(lines: Line[], from: number, items: ItemCollector) {
  const section = (re: RegExp) => {
    const at = findLine(lines, re, from);
    return at < 0 ? [] : collectList(lines, at + 1, lines.length, { stop: ANY_SECTION }).items;
  };
  for (const k of section(SECTION.kennis)) items.addKnowledge(k.text, { line: k.line, competence: null });
  for (const re of [SECTION.cognitive, SECTION.problem, SECTION.motor]) {
    for (const s of section(re)) items.addSkill(s.text, { line: s.line, competence: null });
  }
  const context = [...section(SECTION.context), ...section(SECTION.handeling)].map((c) => c.text);
  const autonomy = section(SECTION.zelfstandig).map((a) => a.text);
  return { context, autonomy };
}

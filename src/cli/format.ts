import type { PathStep } from '../core/graph/paths';
import type { Comparison } from '../core/match/compare';
import { groupMissingByCompetence } from '../core/match/group-missing';
import type { Profile } from '../core/profile/types';
import type { SearchResult } from '../core/search/search';

const HOW: Record<string, string> = { exact: 'exact', stem: 'stam', synonym: 'synoniem', fuzzy: 'gelijkend' };
const KIND: Record<string, string> = { knowledge: 'kennis', skill: 'vaardigheid', activity: 'activiteit' };
const DEPTH: Record<string, string> = { basis: 'basiskennis', kennis: 'kennis', grondig: 'grondige kennis' };

export function levelText(p: Profile): string {
  return p.levelLabel ?? 'niveau onbekend';
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Readable Dutch report of a comparison. */
export function formatComparison(from: Profile, to: Profile, c: Comparison): string {
  const lines: string[] = [];
  lines.push(`Van ${from.title} (${levelText(from)}) naar ${to.title} (${levelText(to)})`);
  lines.push(
    `Dekking: ${percent(c.coverage)} van wat ${to.title} vraagt (gewogen naar diepgang en onderscheidend vermogen)`,
  );
  lines.push('');
  lines.push(`Al aanwezig (${c.matches.length}):`);
  for (const m of c.matches) {
    const via = m.from === m.to ? '' : `  ← ${m.from}`;
    lines.push(
      `  ✓ ${m.to}${via}  [${HOW[m.how] ?? m.how}${m.how === 'fuzzy' ? ` ${percent(m.similarity)}` : ''}]`,
    );
  }
  const upgrades = c.matches.filter((m) => m.depthGap);
  if (upgrades.length > 0) {
    lines.push('');
    lines.push(`Meer diepgang nodig (${upgrades.length}):`);
    for (const m of upgrades)
      lines.push(`  ↑ ${m.to}: heeft ${m.depthGap?.has}, vraagt ${m.depthGap?.needs}`);
  }
  lines.push('');
  lines.push(`Nog te leren (${c.missing.length}):`);
  for (const group of groupMissingByCompetence(c.missing, to.competences)) {
    lines.push(`  ${group.competence ? `${group.competence.id} ${group.competence.title}` : 'Algemeen'}`);
    for (const m of group.items)
      lines.push(`    - ${m.label} (${m.depth ? DEPTH[m.depth] : (KIND[m.kind] ?? m.kind)})`);
  }
  return lines.join('\n');
}

export function comparisonJson(c: Comparison) {
  return {
    from: c.from,
    to: c.to,
    coverage: c.coverage,
    matches: c.matches.map((m) => ({
      from: m.from,
      to: m.to,
      kind: m.kind,
      how: m.how,
      similarity: m.similarity,
      depthGap: m.depthGap,
    })),
    missing: c.missing.map((m) => ({ label: m.label, kind: m.kind })),
    alsoMatched: c.alsoMatched,
  };
}

export function formatSearch(query: string, results: SearchResult[]): string {
  if (results.length === 0) return `Geen beroepen gevonden voor "${query}".`;
  const lines = [`Beroepen voor "${query}":`];
  results.forEach((r, i) => {
    lines.push(`${i + 1}. ${r.title} (score ${r.score.toFixed(2)})`);
    for (const item of r.items.slice(0, 5)) lines.push(`     · ${item.label}`);
  });
  return lines.join('\n');
}

export function formatPath(
  steps: PathStep[],
  titles: Map<string, string>,
  comparisons: Comparison[],
): string {
  const lines = [`Route in ${steps.length} ${steps.length === 1 ? 'stap' : 'stappen'}:`];
  steps.forEach((s, i) => {
    const c = comparisons[i];
    const kind = s.edge.kind === 'progression' ? 'doorgroei' : 'zijwaarts';
    lines.push(
      `${i + 1}. ${titles.get(s.from)} → ${titles.get(s.to)} (${kind}, dekking ${percent(s.edge.score)})`,
    );
    if (c) {
      const upgrades = c.matches.filter((m) => m.depthGap).length;
      lines.push(
        `   nog te leren: ${c.missing.length} items${upgrades ? `, ${upgrades} met meer diepgang` : ''}`,
      );
      for (const m of c.missing.filter((x) => x.kind === 'knowledge').slice(0, 5))
        lines.push(`     - ${m.label}`);
    }
  });
  return lines.join('\n');
}

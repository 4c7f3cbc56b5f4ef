import { toGraphology } from '../core/graph/graphology';
import { findPath } from '../core/graph/paths';
import { parseGraphJson } from '../core/graph/schema';
import { compareProfiles } from '../core/match/compare';
import { Corpus } from '../core/match/corpus';
import type { Profile } from '../core/profile/types';
import { resolveProfile } from '../core/search/resolve';
import { SearchIndex } from '../core/search/search';
import { comparisonJson, formatComparison, formatPath, formatSearch } from './format';

export interface CliIo {
  readGraph(path: string): string | null;
  out(text: string): void;
  err(text: string): void;
}

export const DEFAULT_GRAPH = 'public/data/graph.json';

const USAGE = `Gebruik: npm run cli -- <opdracht> [opties]

  compare <van> <naar> [--json]   wat iemand uit <van> al heeft van <naar>, en wat nog ontbreekt
  search <zoekterm> [--json]      beroepen die een kennis of vaardigheid vragen
  path <van> <naar> [--json]      beste reeks overstappen, met wat er per stap te leren is

  --graph BESTAND                 grafiekbestand (standaard ${DEFAULT_GRAPH})
  <van>/<naar>: id, titel of alternatieve titel; tikfouten mogen.`;

/** Runs one CLI command; returns the exit code (0 ok, 1 not found / bad data, 2 usage). */
export function runCli(argv: string[], io: CliIo): number {
  const json = argv.includes('--json');
  const graphAt = argv.indexOf('--graph');
  const graphPath = graphAt >= 0 ? argv[graphAt + 1] : DEFAULT_GRAPH;
  const args = argv.filter((a, i) => a !== '--json' && a !== '--graph' && (graphAt < 0 || i !== graphAt + 1));
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help' || !graphPath) {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (!['compare', 'search', 'path'].includes(command)) {
    io.err(`Onbekende opdracht "${command}".\n\n${USAGE}`);
    return 2;
  }
  const text = io.readGraph(graphPath);
  if (text === null) {
    io.err(`Grafiekbestand ${graphPath} niet gevonden. Bouw het eerst met: npm run build:data`);
    return 1;
  }
  const loaded = parseGraphJson(text);
  if (!loaded.ok) {
    io.err(`${graphPath}: ${loaded.error}`);
    return 1;
  }
  const graph = loaded.graph;
  const corpus = new Corpus(graph.profiles, graph.lexicon);

  const resolve = (name: string | undefined): Profile | null => {
    if (!name) return null;
    const r = resolveProfile(corpus.profiles, name);
    if (r.ok) return r.profile;
    io.err(
      `Onbekend beroep "${name}". Bedoelt u: ${r.suggestions.map((p) => `${p.title} (${p.id})`).join(', ')}?`,
    );
    return null;
  };

  if (command === 'search') {
    const query = rest.join(' ').trim();
    if (!query) {
      io.err(`Geef een zoekterm.\n\n${USAGE}`);
      return 2;
    }
    const results = new SearchIndex(corpus).search(query);
    io.out(json ? JSON.stringify({ query, results }, null, 2) : formatSearch(query, results));
    return 0;
  }

  if (rest.length !== 2) {
    io.err(`"${command}" vraagt twee beroepen.\n\n${USAGE}`);
    return 2;
  }
  const from = resolve(rest[0]);
  const to = resolve(rest[1]);
  if (!from || !to) return 1;

  if (command === 'compare') {
    const c = compareProfiles(corpus, from.id, to.id);
    if (!c) return 1;
    io.out(json ? JSON.stringify(comparisonJson(c), null, 2) : formatComparison(from, to, c));
    return 0;
  }

  const steps = findPath(toGraphology(graph), from.id, to.id);
  if (!steps) {
    const message =
      from.id === to.id
        ? 'Van en naar zijn hetzelfde beroep.'
        : `Geen route gevonden van ${from.title} naar ${to.title}.`;
    if (json) io.out(JSON.stringify({ from: from.id, to: to.id, steps: null }, null, 2));
    else io.err(message);
    return json ? 0 : 1;
  }
  const comparisons = steps.map((s) => compareProfiles(corpus, s.from, s.to)).filter((c) => c !== null);
  if (json) {
    io.out(
      JSON.stringify(
        {
          from: from.id,
          to: to.id,
          steps: steps.map((s, i) => ({
            from: s.from,
            to: s.to,
            kind: s.edge.kind,
            score: s.edge.score,
            missing: comparisons[i]?.missing.map((m) => ({ label: m.label, kind: m.kind })) ?? [],
            depthUpgrades:
              comparisons[i]?.matches
                .filter((m) => m.depthGap)
                .map((m) => ({ label: m.to, ...m.depthGap })) ?? [],
          })),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(formatPath(steps, new Map(corpus.profiles.map((p) => [p.id, p.title])), comparisons));
  }
  return 0;
}

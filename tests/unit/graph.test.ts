import { describe, expect, it } from 'vitest';
import { buildGraph, serialiseGraph } from '../../src/core/graph/build';
import { toGraphology } from '../../src/core/graph/graphology';
import { findPath, moveCost } from '../../src/core/graph/paths';
import { parseGraphJson, SCHEMA_VERSION } from '../../src/core/graph/schema';
import { lexicon, seedProfiles } from './seeds';

// Contract: edges go from lower to higher level (progression) or between equal/unknown levels
// (lateral), never downwards; scores are coverages in [0, 1]; paths follow the cheapest moves.

const graph = buildGraph(seedProfiles(), lexicon());
const edge = (source: string, target: string) =>
  graph.edges.find((e) => e.source === source && e.target === target);

describe('career graph of the seed documents', () => {
  it('has the five occupations', () => {
    expect(graph.schemaVersion).toBe(SCHEMA_VERSION);
    expect(graph.profiles.map((p) => p.id)).toEqual([
      'commercieel-assistent',
      'commercieel-medewerker-binnendienst',
      'commercieel-medewerker-buitendienst',
      'externe-sales',
      'interne-sales',
    ]);
  });

  it('shows commercieel assistent → interne sales → externe sales as progression, never the reverse', () => {
    expect(edge('commercieel-assistent', 'interne-sales')?.kind).toBe('progression');
    expect(edge('interne-sales', 'externe-sales')?.kind).toBe('progression');
    expect(edge('interne-sales', 'commercieel-assistent')).toBeUndefined();
    expect(edge('externe-sales', 'interne-sales')).toBeUndefined();
  });

  it('links interne sales and commercieel medewerker binnendienst laterally', () => {
    expect(edge('interne-sales', 'commercieel-medewerker-binnendienst')?.kind).toBe('lateral');
    const stated = edge('commercieel-medewerker-binnendienst', 'commercieel-medewerker-buitendienst');
    expect(stated).toMatchObject({ kind: 'lateral', stated: true });
  });

  it('never links downwards and keeps scores in [0, 1]', () => {
    const level = new Map(graph.profiles.map((p) => [p.id, p.level]));
    for (const e of graph.edges) {
      const from = level.get(e.source);
      const to = level.get(e.target);
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(1);
      if (e.kind === 'progression') expect((to ?? 0) > (from ?? 99)).toBe(true);
      if (from != null && to != null) expect(to).toBeGreaterThanOrEqual(from);
    }
  });

  it('honours an overridden minimum score', () => {
    const strict = buildGraph(seedProfiles(), lexicon(), { thresholds: { progression: 0.9, lateral: 0.9 } });
    expect(strict.edges.every((e) => e.stated)).toBe(true);
    const loose = buildGraph(seedProfiles(), lexicon(), { thresholds: { progression: 0, lateral: 0 } });
    expect(loose.edges.length).toBeGreaterThan(graph.edges.length);
  });

  it('round-trips through its schema', () => {
    const text = serialiseGraph(graph);
    const loaded = parseGraphJson(text);
    expect(loaded.ok && serialiseGraph(loaded.graph)).toBe(text);
  });
});

describe('findPath', () => {
  const g = toGraphology(graph);

  it('goes from commercieel assistent to externe sales through interne sales', () => {
    const steps = findPath(g, 'commercieel-assistent', 'externe-sales');
    expect(steps?.map((s) => [s.from, s.to])).toEqual([
      ['commercieel-assistent', 'interne-sales'],
      ['interne-sales', 'externe-sales'],
    ]);
  });

  it('returns null when there is no route, or for unknown or identical ends', () => {
    expect(findPath(g, 'externe-sales', 'commercieel-assistent')).toBeNull();
    expect(findPath(g, 'externe-sales', 'nergens')).toBeNull();
    expect(findPath(g, 'externe-sales', 'externe-sales')).toBeNull();
  });

  it('prefers the cheaper of two routes', () => {
    // a → b → c costs less than a → c directly when both steps cover much more.
    //   a --0.9--> b --0.9--> c
    //   a ------0.2-------> c
    const small = toGraphology({
      profiles: [],
      edges: [],
    });
    for (const id of ['a', 'b', 'c']) small.addNode(id, { title: id, level: null });
    const e = (source: string, target: string, score: number) =>
      small.addDirectedEdgeWithKey(`${source}->${target}`, source, target, {
        source,
        target,
        kind: 'lateral',
        score,
        matched: 1,
        missing: 1,
        stated: false,
      });
    e('a', 'b', 0.9);
    e('b', 'c', 0.9);
    e('a', 'c', 0.2);
    expect(moveCost({ score: 0.9 }) * 2).toBeLessThan(moveCost({ score: 0.2 }));
    expect(findPath(small, 'a', 'c')?.map((s) => s.to)).toEqual(['b', 'c']);
  });
});

import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { CareerGraph } from './graphology';
import type { GraphEdge } from './schema';

/**
 * Cost of one move: what is still to learn (1 − coverage) plus a fixed cost per step, so that
 * of two routes that leave as much to learn, the one with fewer moves wins.
 */
export const STEP_COST = 0.1;

export function moveCost(edge: Pick<GraphEdge, 'score'>): number {
  return 1 - edge.score + STEP_COST;
}

export interface PathStep {
  from: string;
  to: string;
  edge: GraphEdge;
}

/** The cheapest sequence of moves from `source` to `target`, or null when there is none. */
export function findPath(graph: CareerGraph, source: string, target: string): PathStep[] | null {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return null;
  const nodes = bidirectional(graph, source, target, (_edge, attributes) => moveCost(attributes));
  if (!nodes || nodes.length < 2) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    steps.push({ from, to, edge: graph.getDirectedEdgeAttributes(from, to) });
  }
  return steps;
}

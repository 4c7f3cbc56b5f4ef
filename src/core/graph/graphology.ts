import Graph from 'graphology';
import type { GraphEdge, GraphFile } from './schema';

export type CareerGraph = Graph<{ title: string; level: number | null }, GraphEdge>;

/** A directed graphology graph of the occupations and their moves, for the graph algorithms. */
export function toGraphology(file: Pick<GraphFile, 'profiles' | 'edges'>): CareerGraph {
  const graph: CareerGraph = new Graph({ type: 'directed', multi: false });
  for (const p of file.profiles) graph.addNode(p.id, { title: p.title, level: p.level });
  for (const e of file.edges) graph.addDirectedEdgeWithKey(`${e.source}->${e.target}`, e.source, e.target, e);
  return graph;
}

/** Canvas position of a node. */
export interface Position {
  x: number;
  y: number;
}

export const LEVEL_ROW_HEIGHT = 120;
export const NODE_SPACING = 340;

interface LayoutNode {
  id: string;
  title: string;
  level: number | null;
  framework: string;
}

/**
 * Positions that make progression read at a glance: one row per EQF level, higher levels higher
 * up, occupations of unknown level in a row of their own below; each framework has its own
 * column band, so moves between frameworks read as sideways. Pure and deterministic, so the map
 * is the same on every load.
 */
export function levelLayout(nodes: LayoutNode[]): Record<string, Position> {
  const levels = [...new Set(nodes.map((n) => n.level))];
  const known = levels.filter((l): l is number => l !== null).sort((a, b) => b - a);
  const rowOf = new Map<number | null, number>(known.map((l, i) => [l, i]));
  if (levels.includes(null)) rowOf.set(null, known.length);
  const frameworks = [...new Set(nodes.map((n) => n.framework))].sort();
  const widest = Math.max(
    1,
    ...[...rowOf.keys()].flatMap((level) =>
      frameworks.map((f) => nodes.filter((n) => n.level === level && n.framework === f).length),
    ),
  );
  const band = widest * NODE_SPACING;
  const positions: Record<string, Position> = {};
  for (const [level, row] of rowOf) {
    frameworks.forEach((framework, f) => {
      const cell = nodes
        .filter((n) => n.level === level && n.framework === framework)
        .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
      const centre = (f - (frameworks.length - 1) / 2) * band;
      cell.forEach((n, i) => {
        positions[n.id] = {
          x: centre + (i - (cell.length - 1) / 2) * NODE_SPACING,
          y: row * LEVEL_ROW_HEIGHT,
        };
      });
    });
  }
  return positions;
}

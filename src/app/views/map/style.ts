import type { StylesheetJson } from 'cytoscape';

export const FRAMEWORK_COLOURS = { VKS: '#1d5fa6', MBO: '#b4531a' } as const;

/** Cytoscape styles; `dense` switches to cheaper rendering for large graphs (Cytoscape's performance guide). */
export function mapStyle(dense: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '260px',
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 10,
        'font-size': 19,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1b1b',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 8,
        width: 40,
        height: 40,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#5a6270',
        'target-arrow-color': '#5a6270',
        'target-arrow-shape': dense ? 'none' : 'triangle',
        'curve-style': dense ? 'haystack' : 'bezier',
        'arrow-scale': 1.1,
        opacity: 0.85,
      },
    },
    {
      selector: 'edge[kind = "lateral"]',
      style: { 'line-style': 'dashed', 'line-color': '#8a6d3b', 'target-arrow-color': '#8a6d3b' },
    },
    { selector: '.hit', style: { 'border-color': '#f2b705', 'border-width': 6 } },
    { selector: '.dim', style: { opacity: 0.18 } },
    {
      selector: 'node.selected',
      style: { 'border-color': '#111111', 'border-width': 5, width: 50, height: 50 },
    },
    {
      selector: 'edge.selected',
      style: { 'line-color': '#111111', 'target-arrow-color': '#111111', opacity: 1, 'z-index': 10 },
    },
    { selector: 'node.endpoint', style: { 'border-color': '#111111', 'border-width': 5 } },
  ];
}

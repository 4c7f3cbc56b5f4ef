import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { levelLayout } from '../../../core/graph/layout';
import type { Profile } from '../../../core/profile/types';
import { type MessageKey, translate, useT } from '../../i18n';
import { selectOccupation, showMove } from '../../store/actions';
import { useLoaded, useSearchResults } from '../../store/selectors';
import { apply, useStore } from '../../store/store';
import { download } from '../download';
import { levelText, percent } from '../format';
import { FRAMEWORK_COLOURS, mapStyle } from './style';

/** Above this many elements the map switches to Cytoscape's cheaper viewport rendering. */
export const LARGE_GRAPH = 200;
/** Above this many edges they are drawn as haystack lines (no arrows), as the performance guide advises. */
export const DENSE_EDGES = 500;

interface Tooltip {
  x: number;
  y: number;
  text: string;
}

/**
 * The interactive map. The Cytoscape instance is created once per loaded graph and updated on
 * state changes (selection, search hits, layout); it is destroyed on unmount.
 */
export default function MapView() {
  const t = useT();
  const loaded = useLoaded();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const selectedId = useStore((s) => s.selectedId);
  const move = useStore((s) => s.move);
  const layout = useStore((s) => s.layout);
  const lang = useStore((s) => s.lang);
  const results = useSearchResults();
  const tRef = useRef(t);
  tRef.current = t;
  // What the instance currently shows, so that effects skip work the creation already did.
  const shown = useRef<{ lang: string; layout: string } | null>(null);

  useEffect(() => {
    if (!loaded || !container.current) return;
    const { profiles } = loaded.graph;
    const { edges } = loaded.graph;
    const positions = levelLayout(profiles);
    const tr = (key: MessageKey) => translate(useStore.getState().lang, key);
    const elements: ElementDefinition[] = [
      ...profiles.map((p) => ({
        group: 'nodes' as const,
        data: { id: p.id, title: p.title, label: nodeLabel(p, tr), colour: FRAMEWORK_COLOURS[p.framework] },
        position: positions[p.id] ?? { x: 0, y: 0 },
      })),
      ...edges.map((e) => ({
        group: 'edges' as const,
        data: {
          id: `${e.source}->${e.target}`,
          source: e.source,
          target: e.target,
          kind: e.kind,
          score: e.score,
          width: 1.5 + e.score * 10,
        },
      })),
    ];
    const large = elements.length > LARGE_GRAPH;
    const cy = cytoscape({
      container: container.current,
      elements,
      style: mapStyle(edges.length > DENSE_EDGES),
      layout: { name: 'preset', fit: true, padding: 60 },
      minZoom: 0.2,
      maxZoom: 3,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    cy.on('tap', 'node', (e) => apply(selectOccupation(e.target.id())));
    cy.on('tap', 'edge', (e) =>
      apply(showMove({ from: e.target.data('source'), to: e.target.data('target') })),
    );
    cy.on('mouseover', 'edge', (e) => {
      const p = e.renderedPosition;
      const kind = tRef.current(e.target.data('kind'));
      setTooltip({
        x: p.x,
        y: p.y,
        text: `${kind} · ${tRef.current('coverage').toLowerCase()} ${percent(e.target.data('score'))}`,
      });
    });
    cy.on('mouseover', 'node', (e) => {
      const p = e.renderedPosition;
      setTooltip({ x: p.x, y: p.y, text: e.target.data('title') });
    });
    cy.on('mouseout', () => setTooltip(null));
    cy.on('viewport', () => setTooltip(null));
    // The canvas changes size when the side panel widens (move view) or the window resizes.
    let size = `${container.current.clientWidth}x${container.current.clientHeight}`;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      const next = box ? `${Math.round(box.width)}x${Math.round(box.height)}` : size;
      if (next === size) return;
      size = next;
      cy.resize();
      cy.fit(undefined, 60);
    });
    observer.observe(container.current);
    cyRef.current = cy;
    shown.current = { lang: useStore.getState().lang, layout: 'levels' };
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [loaded]);

  // Labels follow the interface language ("niveau onbekend" / "level unknown").
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !loaded || !shown.current || shown.current.lang === lang) return;
    shown.current.lang = lang;
    const tr = (key: MessageKey) => translate(lang, key);
    cy.batch(() => {
      for (const p of loaded.graph.profiles) cy.getElementById(p.id).data('label', nodeLabel(p, tr));
    });
  }, [loaded, lang]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` re-applies the classes to a newly created instance.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('selected hit dim endpoint');
      if (selectedId) cy.getElementById(selectedId).addClass('selected');
      if (move) {
        cy.getElementById(`${move.from}->${move.to}`).addClass('selected');
        cy.getElementById(move.from).addClass('endpoint');
        cy.getElementById(move.to).addClass('endpoint');
      }
      if (results.length > 0) {
        const hits = new Set(results.map((r) => r.id));
        cy.nodes().forEach((n) => {
          n.addClass(hits.has(n.id()) ? 'hit' : 'dim');
        });
        cy.edges().addClass('dim');
      }
    });
  }, [selectedId, move, results, loaded]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !loaded || !shown.current || shown.current.layout === layout) return;
    shown.current.layout = layout;
    if (layout === 'force') {
      // Starts from the level positions, so the result is the same on every load.
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 60,
        nodeRepulsion: () => 60_000,
        idealEdgeLength: () => 90,
        nodeOverlap: 40,
        gravity: 1,
        numIter: 2500,
      }).run();
      cy.fit(cy.nodes(), 40);
    } else {
      const positions = levelLayout(loaded.graph.profiles);
      cy.layout({ name: 'preset', positions, fit: true, padding: 60, animate: false }).run();
    }
  }, [layout, loaded]);

  const fit = () => cyRef.current?.fit(undefined, 60);
  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (cy)
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const exportPng = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    download(blob, 'loopbaanpaden.png');
  };

  const profiles = loaded?.graph.profiles ?? [];
  const titles = new Map(profiles.map((p) => [p.id, p.title]));
  const described = move
    ? `${titles.get(move.from)} → ${titles.get(move.to)}`
    : selectedId
      ? `${titles.get(selectedId)} (${t('selected')})`
      : '';

  return (
    <section className="map" aria-labelledby="map-title">
      <h2 id="map-title" className="sr-only">
        {t('mapLabel')}
      </h2>
      <div className="map-toolbar no-print">
        <button type="button" onClick={fit}>
          {t('fit')}
        </button>
        <button type="button" onClick={() => zoom(1.25)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={exportPng}>
          {t('exportPng')}
        </button>
      </div>
      <div
        ref={container}
        className="map-canvas"
        role="img"
        aria-label={`${t('mapLabel')}: ${profiles.map((p) => p.title).join(', ')}${described ? `. ${described}` : ''}`}
        data-testid="map-canvas"
      />
      {tooltip && (
        <div className="tooltip" style={{ left: tooltip.x, top: tooltip.y }} role="status">
          {tooltip.text}
        </div>
      )}
      <ul className="map-nodes" aria-label={t('occupations')}>
        {profiles.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-pressed={p.id === selectedId}
              className={`chip ${p.framework}`}
              onClick={() => apply(selectOccupation(p.id))}
            >
              {p.title} <span className="muted">({levelText(p, t)})</span>
            </button>
          </li>
        ))}
      </ul>
      <Legend />
    </section>
  );
}

function nodeLabel(
  p: Pick<Profile, 'title' | 'level' | 'framework'>,
  t: (key: MessageKey) => string,
): string {
  return `${p.title}\n${levelText(p, t)}`;
}

function Legend() {
  const t = useT();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{t('legend')}</h3>
      <ul>
        <li>
          <span className="swatch" style={{ background: FRAMEWORK_COLOURS.VKS }} aria-hidden="true" />{' '}
          {t('legendVks')}
        </li>
        <li>
          <span className="swatch" style={{ background: FRAMEWORK_COLOURS.MBO }} aria-hidden="true" />{' '}
          {t('legendMbo')}
        </li>
        <li>
          <span className="line solid" aria-hidden="true" /> {t('legendProgression')}
        </li>
        <li>
          <span className="line dashed" aria-hidden="true" /> {t('legendLateral')}
        </li>
        <li>
          <span className="line thick" aria-hidden="true" /> {t('legendWidth')}
        </li>
      </ul>
    </section>
  );
}

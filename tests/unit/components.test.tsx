// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/app/store/data';
import { INITIAL_URL_STATE, useStore } from '../../src/app/store/store';
import { ListView } from '../../src/app/views/list/ListView';
import { MovePanel } from '../../src/app/views/panels/MovePanel';
import { buildGraph } from '../../src/core/graph/build';
import { Corpus } from '../../src/core/match/corpus';
import { SearchIndex } from '../../src/core/search/search';
import { lexicon, seedProfiles } from './seeds';

// Contract: components render what the store and the core give them and dispatch changes; they
// compute nothing themselves.

const graph = buildGraph(seedProfiles(), lexicon());
const corpus = new Corpus(graph.profiles, graph.lexicon);
const data: LoadedData = {
  graph,
  profiles: new Map(graph.profiles.map((p) => [p.id, p])),
  corpus: () => corpus,
  search: () => new SearchIndex(corpus),
};

beforeEach(() => useStore.setState({ data: { status: 'ready', data }, ...INITIAL_URL_STATE }));
afterEach(cleanup);

describe('ListView', () => {
  it('lists occupations by level and selects one', () => {
    render(<ListView />);
    const table = screen.getByTestId('occupation-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual([
      'Externe sales',
      'Interne sales',
      'Commercieel assistent',
      'Commercieel medewerker buitendienst',
      'Commercieel medewerker binnendienst',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Interne sales' }));
    expect(useStore.getState().selectedId).toBe('interne-sales');
  });

  it('opens a move from the moves table', () => {
    render(<ListView />);
    fireEvent.click(
      screen.getByRole('button', { name: /Toon overstap: Commercieel assistent → Interne sales/ }),
    );
    expect(useStore.getState().move).toEqual({ from: 'commercieel-assistent', to: 'interne-sales' });
  });
});

describe('MovePanel', () => {
  it('shows coverage, shared pairs with how they matched, and missing items per competence', () => {
    const move = { from: 'interne-sales', to: 'externe-sales' };
    useStore.setState({ move });
    render(<MovePanel move={move} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Overstap: Interne sales → Externe sales',
    );
    expect(screen.getByTestId('coverage').textContent).toMatch(/^3\d%/);
    const shared = within(screen.getByTestId('shared-items')).getAllByRole('row');
    expect(shared.length).toBeGreaterThan(40);
    expect(
      within(screen.getByTestId('depth-upgrades')).getByText('Kennis van planningstechnieken'),
    ).toBeTruthy();
    expect(
      within(screen.getByTestId('missing-items')).getByRole('heading', {
        name: 'C4 Stuurt de activiteiten van een team aan',
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Omdraaien' }));
    expect(useStore.getState().move).toEqual({ from: 'externe-sales', to: 'interne-sales' });
  });
});

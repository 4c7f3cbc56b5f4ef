import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_URL_STATE, type UrlState } from '../../src/app/store/store';
import { searchToState, stateToSearch } from '../../src/app/store/url';

// Contract: every shareable view survives the round trip through the URL, and the start view
// has a plain URL.

describe('URL state', () => {
  it('leaves the start view out of the URL', () => {
    expect(stateToSearch(INITIAL_URL_STATE)).toBe('');
    expect(searchToState('')).toEqual(INITIAL_URL_STATE);
  });

  it('writes Dutch parameter names', () => {
    const s: UrlState = {
      ...INITIAL_URL_STATE,
      move: { from: 'a', to: 'b' },
      query: 'crm',
      view: 'list',
      layout: 'force',
      lang: 'en',
    };
    expect(stateToSearch(s)).toBe('?van=a&naar=b&zoek=crm&weergave=lijst&schikking=kracht&taal=en');
  });

  it('round-trips any state', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    const state = fc.record({
      selectedId: fc.option(id, { nil: null }),
      move: fc.option(fc.record({ from: id, to: id }), { nil: null }),
      query: fc.string({ maxLength: 20 }),
      view: fc.constantFrom('map' as const, 'list' as const),
      layout: fc.constantFrom('levels' as const, 'force' as const),
      lang: fc.constantFrom('nl' as const, 'en' as const),
    });
    fc.assert(
      fc.property(state, (s) => {
        // A move takes the place of a selection, as in the app.
        const expected = { ...s, selectedId: s.move ? null : s.selectedId };
        expect(searchToState(stateToSearch(expected))).toEqual(expected);
      }),
    );
  });
});

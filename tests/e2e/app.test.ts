import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, seriousViolations, start, stop } from './harness';

// Contract: the production build, on the built-in data, in real headless Chromium, does what a
// counsellor and a job seeker need: map, search, occupation detail, move view, shareable URL,
// keyboard-only list view, accessibility, and a readable error for a broken data file.

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await stop(h);
});

const TITLES = [
  'Commercieel assistent',
  'Commercieel medewerker binnendienst',
  'Commercieel medewerker buitendienst',
  'Externe sales',
  'Interne sales',
];

async function searchFor(page: Page, query: string) {
  await page.getByRole('searchbox').fill(query);
  await page.getByTestId('search-results').waitFor();
  return page.locator('[data-testid="search-results"] > li .result-title').allTextContents();
}

describe('map', () => {
  it('shows all five occupations, on the canvas and as text, without console errors', async () => {
    const { page, problems } = await openPage(h);
    const canvas = page.getByTestId('map-canvas');
    await canvas.locator('canvas').first().waitFor();
    const label = (await canvas.getAttribute('aria-label')) ?? '';
    for (const title of TITLES) expect(label).toContain(title);
    const chips = await page.getByRole('list', { name: 'Beroepen' }).getByRole('button').allTextContents();
    expect(chips.map((c) => c.replace(/\s*\(.*\)$/, ''))).toEqual(TITLES);
    await expect(page.getByText('niveau onbekend').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('ranks the occupations that need CRM and onderhandelen, and highlights them', async () => {
    const { page, problems } = await openPage(h);
    expect(await searchFor(page, 'CRM')).toEqual([
      'Commercieel medewerker binnendienst',
      'Commercieel medewerker buitendienst',
      'Interne sales',
      'Externe sales',
    ]);
    await expect(page.getByText('Relatiebeheersystemen').first().isVisible()).resolves.toBe(true);
    const onderhandel = await searchFor(page, 'onderhandel');
    expect(onderhandel[0]).toBe('Externe sales');
    expect(onderhandel).toHaveLength(5);
    expect(await searchFor(page, 'onderhandlen')).toHaveLength(5);
    expect(page.url()).toContain('zoek=onderhandlen');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('focuses the search box with the / key', async () => {
    const { page } = await openPage(h);
    await page.getByTestId('map-canvas').waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekveld');
    await page.close();
  });
});

describe('occupation and move view', () => {
  it('shows commercieel assistent → interne sales with coverage, shared and missing items, and restores it from the URL', async () => {
    const { page, problems } = await openPage(h);
    await page.getByRole('button', { name: /^Commercieel assistent/ }).click();
    await page.getByRole('heading', { name: 'Commercieel assistent', level: 2 }).waitFor();
    await expect(page.getByText('BK-0351-3').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: /→ Interne sales/ }).click();

    const panel = page.getByTestId('move-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Overstap: Commercieel assistent → Interne sales',
    );
    expect(await page.getByTestId('coverage').textContent()).toMatch(/^3\d%/);
    const shared = await page.getByTestId('shared-items').locator('tbody tr').count();
    expect(shared).toBeGreaterThan(20);
    await expect(
      page.getByTestId('shared-items').getByText('Kennis van kantoorsoftware').first().isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByTestId('missing-items').getByText('Kennis van CRM-software').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByTestId('depth-upgrades').isVisible()).resolves.toBe(true);
    expect(page.url()).toMatch(/\?van=commercieel-assistent&naar=interne-sales/);

    await page.reload();
    await page.getByTestId('move-panel').waitFor();
    expect(await page.getByTestId('coverage').textContent()).toMatch(/^3\d%/);

    await page.goBack();
    await page.getByRole('heading', { name: 'Commercieel assistent', level: 2 }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('export and print', () => {
  it('downloads the map as PNG and the graph as JSON', async () => {
    const { page, problems } = await openPage(h);
    await page.getByTestId('map-canvas').locator('canvas').first().waitFor();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kaart als PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('loopbaanpaden.png');
    const pngBytes = await readFile((await png.path()) ?? '');
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens als JSON' }).click(),
    ]);
    const graph = JSON.parse(await readFile((await json.path()) ?? '', 'utf8'));
    expect(graph.schemaVersion).toBe(1);
    expect(graph.profiles).toHaveLength(5);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints the move as a report without the map and controls', async () => {
    const { page } = await openPage(h, '?van=commercieel-assistent&naar=interne-sales');
    await page.getByTestId('move-panel').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('.stage').isVisible()).toBe(false);
    expect(await page.getByTestId('move-panel').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('list view', () => {
  it('works by keyboard alone', async () => {
    const { page } = await openPage(h, '?weergave=lijst');
    await page.getByTestId('occupation-table').waitFor();
    // Tab from the top of the page to the "Interne sales" row and open it with Enter.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent ?? '')) === 'Interne sales';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Interne sales', level: 2 }).waitFor();
    expect(page.url()).toContain('beroep=interne-sales');
    await page.close();
  });
});

describe('accessibility', () => {
  for (const [name, path] of [
    ['map', ''],
    ['move', '?van=commercieel-assistent&naar=interne-sales'],
    ['list', '?weergave=lijst&beroep=interne-sales'],
    ['search', '?zoek=crm'],
  ] as const) {
    it(`has no serious or critical axe violations in the ${name} view`, async () => {
      const { page } = await openPage(h, path);
      await page.locator('main:not(.status)').waitFor();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('errors and languages', () => {
  it('shows a readable message for a corrupt graph file', async () => {
    const page = await h.browser.newPage();
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schemaVersion": 1, "profiles": [',
      }),
    );
    await page.goto(h.url);
    const alert = page.getByTestId('load-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/kan niet geladen worden.*geen geldige JSON/);
    await page.close();
  });

  it('shows a readable message for another schema version or a missing file', async () => {
    const page = await h.browser.newPage();
    await page.route('**/data/graph.json', (route) =>
      route.fulfill({ status: 200, body: '{"schemaVersion": 7}' }),
    );
    await page.goto(h.url);
    expect(await page.getByTestId('load-error').textContent()).toMatch(/schemaversie 7/);
    await page.unroute('**/data/graph.json');
    await page.route('**/data/graph.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.reload();
    expect(await page.getByTestId('load-error').textContent()).toMatch(/HTTP 404/);
    await page.close();
  });

  it('switches the interface to English and keeps the documents Dutch', async () => {
    const { page } = await openPage(h, '?beroep=commercieel-medewerker-binnendienst');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Career paths' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('Inside Sales Representative').waitFor();
    expect(page.url()).toContain('taal=en');
    await page.close();
  });
});

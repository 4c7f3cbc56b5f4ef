import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { buildGraph, serialiseGraph } from '../../src/core/graph/build';
import { lexicon, seedProfiles } from './seeds';

// Contract: the CLI answers compare, search and path from the graph file, as readable Dutch or
// as JSON for scripts, and explains unknown names with suggestions.

let graphText: string;
beforeAll(() => {
  graphText = serialiseGraph(buildGraph(seedProfiles(), lexicon()));
});

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readGraph: (p) => (p === 'missing.json' ? null : graphText),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli compare', () => {
  it('prints the JSON contract', () => {
    const r = cli('compare', 'commercieel assistent', 'Interne sales', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ from: 'commercieel-assistent', to: 'interne-sales' });
    expect(json.coverage).toBeGreaterThan(0.3);
    expect(json.coverage).toBeLessThan(0.36);
    expect(json.matches[0]).toEqual({
      from: expect.any(String),
      to: expect.any(String),
      kind: expect.stringMatching(/knowledge|skill|activity/),
      how: expect.stringMatching(/exact|stem|synonym|fuzzy/),
      similarity: expect.any(Number),
      depthGap: null,
    });
    expect(json.missing).toContainEqual({ label: 'Kennis van CRM-software', kind: 'knowledge' });
  });

  it('prints readable Dutch', () => {
    const r = cli('compare', 'interne-sales', 'externe-sales');
    expect(r.out).toMatch(/^Van Interne sales \(VKS 5 \(EQF 5\)\) naar Externe sales/);
    expect(r.out).toMatch(/Dekking: 3\d%/);
    expect(r.out).toMatch(/↑ Kennis van planningstechnieken: heeft basis, vraagt kennis/);
    expect(r.out).toMatch(/Nog te leren \(\d+\):/);
  });

  it('accepts a title with a typing error and rejects an unknown one with suggestions', () => {
    expect(cli('compare', 'comercieel asistent', 'interne sales', '--json').code).toBe(0);
    const r = cli('compare', 'bakker', 'interne sales');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Onbekend beroep "bakker"\. Bedoelt u: /);
  });
});

describe('cli search', () => {
  const top = (q: string) =>
    JSON.parse(cli('search', q, '--json').out).results as Array<{
      id: string;
      items: Array<{ label: string }>;
    }>;

  it('finds CRM through synonyms, best first', () => {
    const results = top('CRM');
    expect(results.map((r) => r.id)).toEqual([
      'commercieel-medewerker-binnendienst',
      'commercieel-medewerker-buitendienst',
      'interne-sales',
      'externe-sales',
    ]);
    expect(results[0]?.items.map((i) => i.label)).toContain('Relatiebeheersystemen');
  });

  it('tolerates typing errors', () => {
    const results = top('onderhandlen');
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.items.some((i) => /onderhandel/i.test(i.label)))).toBe(true);
  });

  it('ranks an occupation that contains the query above fuzzy ones', () => {
    const results = top('sociale media');
    expect(
      results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['commercieel-medewerker-buitendienst', 'interne-sales']);
    expect(top('offerte')[0]?.id).toBe('externe-sales');
  });
});

describe('cli path', () => {
  it('finds the progression route with what to learn per step', () => {
    const json = JSON.parse(cli('path', 'commercieel assistent', 'externe sales', '--json').out);
    expect(json.steps.map((s: { to: string }) => s.to)).toEqual(['interne-sales', 'externe-sales']);
    expect(json.steps[1].missing.length).toBeGreaterThan(0);
    expect(cli('path', 'commercieel assistent', 'externe sales').out).toMatch(/^Route in 2 stappen:/);
  });

  it('says when there is no route', () => {
    const r = cli('path', 'externe sales', 'commercieel assistent');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Geen route gevonden/);
  });
});

describe('cli usage and errors', () => {
  it('explains a missing graph file and wrong usage', () => {
    expect(cli('search', 'crm', '--graph', 'missing.json')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/npm run build:data/),
    });
    expect(cli('vergelijk', 'a', 'b').code).toBe(2);
    expect(cli('compare', 'a').code).toBe(2);
    expect(cli().code).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../src/core/match/compare';
import { groupMissingByCompetence } from '../../src/core/match/group-missing';
import { seedCorpus } from './seeds';

// Contract: compare(A, B) says how much of B a person from A covers, which items matched and how,
// which need more depth, and what is missing. Each requirement of B is covered at most once and
// every requirement is either matched or missing.

const corpus = seedCorpus();
const ids = corpus.profiles.map((p) => p.id);

describe('compareProfiles', () => {
  it('explains commercieel assistent → interne sales', () => {
    const c = compareProfiles(corpus, 'commercieel-assistent', 'interne-sales');
    expect(c).not.toBeNull();
    if (!c) return;
    expect(c.coverage).toBeGreaterThan(0.25);
    expect(c.coverage).toBeLessThan(0.35);
    expect(c.matches).toContainEqual(
      expect.objectContaining({
        from: 'Kennis van kantoorsoftware',
        to: 'Kennis van kantoorsoftware',
        kind: 'knowledge',
        how: 'exact',
        similarity: 1,
        depthGap: null,
      }),
    );
    expect(c.matches).toContainEqual(
      expect.objectContaining({
        from: 'Basiskennis van commerciële technieken',
        to: 'Grondige kennis van commerciële technieken',
        depthGap: { has: 'basis', needs: 'grondig' },
      }),
    );
    expect(c.missing).toContainEqual(
      expect.objectContaining({
        label: 'Kennis van CRM-software',
        kind: 'knowledge',
        competences: ['C10', 'C12'],
      }),
    );
  });

  it('records the depth gap interne sales → externe sales', () => {
    const c = compareProfiles(corpus, 'interne-sales', 'externe-sales');
    expect(c?.matches).toContainEqual(
      expect.objectContaining({
        from: 'Basiskennis van planningstechnieken',
        to: 'Kennis van planningstechnieken',
        how: 'exact',
        depthGap: { has: 'basis', needs: 'kennis' },
      }),
    );
  });

  it('returns null for an unknown profile', () => {
    expect(compareProfiles(corpus, 'interne-sales', 'bestaat-niet')).toBeNull();
  });

  it('assigns one-to-one and accounts for every requirement, for every ordered pair', () => {
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        const c = compareProfiles(corpus, from, to);
        if (!c) throw new Error('missing comparison');
        const targets = corpus.requirementsOf(to);
        expect(c.matches.length + c.missing.length).toBe(targets.length);
        expect(new Set(c.matches.map((m) => m.to)).size).toBe(c.matches.length);
        expect(new Set(c.matches.map((m) => m.from)).size).toBe(c.matches.length);
        expect(c.coverage).toBeGreaterThanOrEqual(0);
        expect(c.coverage).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives full coverage of a profile by itself', () => {
    for (const id of ids) expect(compareProfiles(corpus, id, id)?.coverage).toBe(1);
  });
});

describe('groupMissingByCompetence', () => {
  it('groups what is missing by the target competences in document order, general items last', () => {
    const c = compareProfiles(corpus, 'commercieel-assistent', 'interne-sales');
    const target = corpus.profile('interne-sales');
    if (!c || !target) throw new Error('missing comparison');
    const groups = groupMissingByCompetence(c.missing, target.competences);
    const ids = groups.map((g) => g.competence?.id ?? null);
    const order = target.competences.map((x) => x.id);
    const known = ids.filter((id): id is string => id !== null);
    expect(known).toEqual([...known].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(groups.flatMap((g) => g.items)).toHaveLength(c.missing.length);
    expect(groups.find((g) => g.competence?.id === 'C10')?.items.map((i) => i.label)).toContain(
      'Kennis van CRM-software',
    );
    if (ids.includes(null)) expect(ids.at(-1)).toBeNull();
  });
});

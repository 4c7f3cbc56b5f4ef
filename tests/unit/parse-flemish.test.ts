import { describe, expect, it } from 'vitest';
import { knowledge, seedProfile } from './seeds';

// Contract: a Flemish beroepskwalificatie (decree annex or web text) yields its title, code,
// EQF level, competences with activities, knowledge with depth, skills and context, with the
// line each item was found on.

describe('Externe sales (decree annex, "-" bullets, page footers)', () => {
  const p = seedProfile('externe-sales.txt');

  it('reads the general facts', () => {
    expect(p.id).toBe('externe-sales');
    expect(p.title).toBe('Externe sales');
    expect(p.code).toBe('BK-0496-1');
    expect(p.level).toBe(6);
    expect(p.framework).toBe('VKS');
    expect(p.layout).toBe('beroepskwalificatie');
    expect(p.year).toBe('versie 1, 2020');
    expect(p.definition).toMatch(
      /^Het realiseren, coördineren, opvolgen en optimaliseren van het commercieel operationeel plan/,
    );
  });

  it('finds all 16 competences with their titles and activities', () => {
    expect(p.competences).toHaveLength(16);
    expect(p.competences[0]).toMatchObject({ id: 'C1', title: 'Werkt oplossingsgericht', line: 25 });
    expect(p.competences[0]?.activities).toEqual([
      'Inventariseert problemen (databanken, eigen administratie,…)',
      'Analyseert de aard van de problemen',
      'Werkt een passende oplossing uit voor problemen',
      'Zoekt naar oplossingen om problemen te voorkomen',
    ]);
    // A title wrapped over two lines is joined.
    expect(p.competences[5]?.title).toBe(
      'Bepaalt samen met de leidinggevende de commerciële doelstellingen van het bedrijf in functie van het realiseren van de bedrijfsstrategie',
    );
    expect(p.competences[14]?.title).toBe(
      'Denkt commerciële acties uit rekening houdend met het voorziene budget',
    );
  });

  it('joins a bullet continued after a blank line', () => {
    expect(p.competences[1]?.activities[1]).toBe(
      'Reflecteert over het eigen handelen in functie het optimaliseren van de eigen deskundigheid',
    );
  });

  it('keeps each knowledge label once, with depth and every source line', () => {
    expect(p.knowledge).toHaveLength(39);
    expect(knowledge(p, 'Grondige kennis van verkooptechnieken')?.depth).toBe('grondig');
    expect(knowledge(p, 'Kennis van na-verkooptechnieken')?.depth).toBe('kennis');
    const agenda = knowledge(p, 'Kennis van agendabeheer');
    expect(agenda?.sources.map((s) => s.line)).toEqual([154, 156, 445, 549, 613, 638]);
    expect(agenda?.sources[0]?.competence).toBe('C5');
    // The page footer "Pagina 8 van 16" splits competence 12's list; the item after it still belongs to C12.
    const intercultureel = knowledge(
      p,
      'Grondige kennis van (interculturele) communicatietechnieken en theorieën',
    );
    expect(intercultureel?.sources.some((s) => s.line === 457 && s.competence === 'C12')).toBe(true);
    expect(p.knowledge.some((k) => /Pagina/.test(k.label))).toBe(false);
  });

  it('joins the long language items across their wrapped lines', () => {
    const engels = p.knowledge.find((k) => k.label.startsWith('Kennis van Engels'));
    expect(engels?.label).toBe(
      'Kennis van Engels (teksten over commercieel gerelateerde thema’s begrijpen, gesprekken over commercieel gerelateerde thema’s kunnen voeren, een tekst over commercieel gerelateerde thema’s kunnen opstellen, een beschrijving kunnen geven van ervaringen en gebeurtenissen die optreden op het werk)',
    );
  });

  it('reads skills from the cognitive and problem-solving lists, and the context', () => {
    expect(p.skills).toHaveLength(90);
    expect(p.skills.map((s) => s.label)).toContain("Deelt kennis met collega's");
    expect(p.skills.map((s) => s.label)).toContain('Verleent hulp en advies bij problemen');
    expect(p.context).toContain('Dit beroep wordt meestal uitgeoefend op verplaatsing en soms op kantoor');
    expect(p.autonomy[0]).toBe('Het oplossingsgericht werken');
  });
});

describe('Interne sales (web text, "•" bullets)', () => {
  const p = seedProfile('interne-sales.txt');

  it('reads the general facts and 12 competences', () => {
    expect(p.title).toBe('Interne sales');
    expect(p.code).toBe('BK-0497-1');
    expect(p.level).toBe(5);
    expect(p.levelLabel).toBe('VKS 5 (EQF 5)');
    expect(p.competences).toHaveLength(12);
    expect(p.competences[11]?.title).toBe('Registreert de opvolggegevens van de activiteiten');
  });

  it('reads depth from the wording', () => {
    expect(p.knowledge).toHaveLength(45);
    expect(knowledge(p, 'Basiskennis ergonomische technieken')?.depth).toBe('basis');
    expect(knowledge(p, 'Basiskennis van planningstechnieken')?.depth).toBe('basis');
    expect(knowledge(p, 'Kennis van CRM-software')?.depth).toBe('kennis');
    expect(knowledge(p, 'Grondige kennis van commerciële en marketingprincipes')?.depth).toBe('grondig');
    expect(p.skills).toHaveLength(70);
  });
});

describe('Commercieel assistent (web text)', () => {
  const p = seedProfile('commercieel-assistent.txt');

  it('reads the general facts and 16 competences', () => {
    expect(p.title).toBe('Commercieel assistent');
    expect(p.code).toBe('BK-0351-3');
    expect(p.level).toBe(4);
    expect(p.year).toBe('versie 3, 2019');
    expect(p.competences).toHaveLength(16);
    expect(p.competences[15]?.title).toBe('Werkt in teamverband');
  });

  it('reads "Kennis van basiskennis van X" as basic knowledge', () => {
    expect(p.knowledge).toHaveLength(28);
    expect(knowledge(p, 'Kennis van basiskennis van boekhouden en administratief beheer')?.depth).toBe(
      'basis',
    );
    expect(knowledge(p, 'Kennis van basiskennis van conflicthantering')?.depth).toBe('basis');
    expect(knowledge(p, 'Basiskennis van ICT')?.depth).toBe('basis');
    // The "Generieke kennis" / "Specifieke kennis" sub-headings are not items.
    expect(p.knowledge.some((k) => /^(Generieke|Specifieke) kennis$/.test(k.label))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { knowledge, seedProfile } from './seeds';

// Contract: the two Dutch layouts yield kerntaken, werkprocessen (also those named only in a
// matrix), SBB competences per werkproces and the vakkennis/vaardigheden items, without the
// interleaved second column leaking into the items.

describe('Commercieel medewerker buitendienst (kwalificatiedossier)', () => {
  const p = seedProfile('commercieel-medewerker-buitendienst.txt');

  it('reads the general facts', () => {
    expect(p.title).toBe('Commercieel medewerker buitendienst');
    expect(p.code).toBeNull();
    expect(p.level).toBe(3);
    expect(p.levelLabel).toBe('MBO niveau 3 (EQF 3)');
    expect(p.framework).toBe('MBO');
    expect(p.layout).toBe('kwalificatiedossier');
    expect(p.definition).toMatch(
      /^De commercieel medewerker buitendienst werkt zowel in het midden- en kleinbedrijf/,
    );
  });

  it('finds all 19 werkprocessen of the three kerntaken, also those only in a matrix', () => {
    expect(p.competences.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
    ]);
    const byId = new Map(p.competences.map((c) => [c.id, c]));
    expect(byId.get('1.2')).toMatchObject({ title: 'Doet voorstellen voor het verkoopplan', sbb: [] });
    expect(byId.get('1.6')?.title).toBe(
      'Coördineert de uitvoering van verkoop- en accountplannen en evalueert de plannen',
    );
    expect(byId.get('2.9')?.title).toBe('Bewaakt de voortgang van het verkooptraject bij de account');
    expect(byId.get('2.1')?.group).toBe('Voert het verkooptraject uit');
    expect(byId.get('3.4')?.group).toBe('Bouwt relaties op en onderhoudt ze');
  });

  it('names the SBB competences of each detailed werkproces', () => {
    const byId = new Map(p.competences.map((c) => [c.id, c]));
    expect(byId.get('2.5')?.sbb).toEqual([
      'Samenwerken en overleggen',
      'Presenteren',
      'Formuleren en rapporteren',
      'Bedrijfsmatig handelen',
      'Op de behoeften en verwachtingen van de "klant" richten',
      'Instructies en procedures opvolgen',
    ]);
    expect(byId.get('2.6')?.sbb).toEqual(['Overtuigen en beïnvloeden', 'Instructies en procedures opvolgen']);
  });

  it('reads the vakkennis items, joined across wrapped lines', () => {
    const skills = p.skills.map((s) => s.label);
    expect(skills).toContain('Marktonderzoeks-methodes toepassen');
    expect(skills).toContain('Computersystemen en -pakketten toepassen (waaronder Office en CRM-software)');
    expect(skills).toContain('Onderhandelingsmetho-dieken c.q. -technieken toepassen');
    expect(skills).toContain('Customer relationship management (CRM) toepassen');
    expect(
      knowledge(
        p,
        'Inzicht tonen in relevante (digitale) nieuws- en marktinformatiebronnen zoals internet en social media en hun technologische toepassingen',
      )?.depth,
    ).toBe('kennis');
    expect(p.knowledge).toHaveLength(8);
    expect(p.skills).toHaveLength(42);
  });

  it('continues a werkproces on the next page', () => {
    const monoloog = p.skills.find((s) => s.label === 'Een monoloog (verslag, presentatie) houden (t)');
    expect(monoloog?.sources.map((s) => s.competence)).toEqual(['2.2', '2.3', '3.2']);
    const lezen = p.skills.find((s) => s.label === 'Lezen van instructies (t)');
    expect(lezen?.sources).toEqual([{ line: 1095, competence: '3.3' }]);
  });

  it('keeps the performance-indicator prose out of the items', () => {
    const labels = [...p.skills, ...p.knowledge].map((i) => i.label);
    expect(labels.some((l) => /commercieel medewerker buitendienst|koopaanbod|paraat heeft/.test(l))).toBe(
      false,
    );
    expect(labels).not.toContain('Samenwerken en overleggen');
  });
});

describe('Commercieel medewerker binnendienst (beroepscompetentieprofiel)', () => {
  const p = seedProfile('commercieel-medewerker-binnendienst.txt');

  it('reads the general facts and states no level', () => {
    expect(p.title).toBe('Commercieel medewerker binnendienst');
    expect(p.level).toBeNull();
    expect(p.levelLabel).toBeNull();
    expect(p.layout).toBe('beroepscompetentieprofiel');
    expect(p.year).toBe('2010');
  });

  it('reads alternative titles and career perspective', () => {
    expect(p.alternativeTitles).toEqual([
      'Medewerker verkoop binnendienst',
      'Commercieel administratief medewerker',
      'Verkoopmedewerker',
      'Inside Sales Representative',
      'Medewerker Sales support',
      'Medewerker Customer care',
      'Customer service desk medewerker',
    ]);
    expect(p.careerPerspective).toEqual([
      { title: 'verkoopleider', direction: 'verticaal' },
      { title: '(junior) accountmanager', direction: 'verticaal' },
      { title: 'exportmedewerker binnendienst', direction: 'verticaal' },
      { title: 'vestigingsmanager groothandel', direction: 'verticaal' },
      { title: 'commercieel medewerker buitendienst', direction: 'horizontaal' },
    ]);
  });

  it('finds the 12 werkprocessen with their competences', () => {
    expect(p.competences.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3.1',
      '3.2',
      '3.3',
    ]);
    const byId = new Map(p.competences.map((c) => [c.id, c]));
    expect(byId.get('2.1')?.title).toBe('Bereidt het verkooptraject/-gesprek voor');
    expect(byId.get('2.7')?.title).toBe('Controleert de voorraad en plaatst bestellingen');
    // "Formuleren en rapporteren" is printed without a dash in 3.3.
    expect(byId.get('3.3')?.sbb).toEqual([
      'Presenteren',
      'Formuleren en rapporteren',
      'Vakdeskundigheid toepassen',
      'Op de behoeften en verwachtingen van de "klant" richten',
      'Ondernemend en commercieel handelen',
    ]);
  });

  it('reads "Kennis van" and "Vaardigheden" per werkproces', () => {
    expect(p.knowledge).toHaveLength(30);
    expect(p.skills).toHaveLength(19);
    expect(knowledge(p, 'Relatiebeheersystemen')?.sources).toEqual([
      { line: 751, competence: '2.1' },
      { line: 817, competence: '2.2' },
    ]);
    expect(knowledge(p, 'Onderhandelingsmethodieken c.q. -technieken')?.depth).toBe('kennis');
    expect(p.skills.map((s) => s.label)).toContain(
      'Omgaan met computersystemen en –pakketten (IT-toepassingen waaronder Office (Excel, Outlook) en CRM software)',
    );
  });
});

/**
 * The 25 SBB competences of the Dutch MBO competence framework (A–Y). Dutch documents name them
 * per werkproces; knowing the closed list lets the parser tell them apart from interleaved text.
 */
export const SBB_COMPETENCES = [
  'Beslissen en activiteiten initiëren',
  'Aansturen',
  'Begeleiden',
  'Aandacht en begrip tonen',
  'Samenwerken en overleggen',
  'Ethisch en integer handelen',
  'Relaties bouwen en netwerken',
  'Overtuigen en beïnvloeden',
  'Presenteren',
  'Formuleren en rapporteren',
  'Vakdeskundigheid toepassen',
  'Materialen en middelen inzetten',
  'Analyseren',
  'Onderzoeken',
  'Creëren en innoveren',
  'Leren',
  'Plannen en organiseren',
  'Op de behoeften en verwachtingen van de "klant" richten',
  'Kwaliteit leveren',
  'Instructies en procedures opvolgen',
  'Omgaan met verandering en aanpassen',
  'Met druk en tegenslag omgaan',
  'Gedrevenheid en ambitie tonen',
  'Ondernemend en commercieel handelen',
  'Bedrijfsmatig handelen',
] as const;

function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/["“”'‘’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

const KEYS = SBB_COMPETENCES.map((name) => ({ name, key: key(name) }));

/** The SBB competence this line names exactly, or null. */
export function sbbName(text: string): string | null {
  const k = key(text);
  return KEYS.find((c) => c.key === k)?.name ?? null;
}

/** True when the line is the first part of a competence name wrapped over two lines. */
export function isSbbPrefix(text: string): boolean {
  const k = key(text);
  return k.length > 0 && KEYS.some((c) => c.key !== k && c.key.startsWith(`${k} `));
}

/** All SBB competences named in a block of text, in order of appearance, each once. */
export function findSbbNames(text: string): string[] {
  const k = ` ${key(text)} `;
  const found: Array<{ name: string; at: number }> = [];
  for (const c of KEYS) {
    const at = k.indexOf(` ${c.key} `);
    if (at >= 0) found.push({ name: c.name, at });
  }
  // "Leren" also occurs inside other text only as a whole word; keep the order of appearance.
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Depth of a knowledge item, from the wording "Basiskennis", "Kennis van", "Grondige kennis van". */
export type Depth = 'basis' | 'kennis' | 'grondig';

export const DEPTH_RANK: Record<Depth, number> = { basis: 1, kennis: 2, grondig: 3 };

/** The qualification framework a document belongs to. */
export type Framework = 'VKS' | 'MBO';

/** The three document layouts the parsers understand. */
export type Layout = 'beroepskwalificatie' | 'kwalificatiedossier' | 'beroepscompetentieprofiel';

export type ItemKind = 'knowledge' | 'skill' | 'activity';

/** Where an item was found: line in the source document and the competence or werkproces around it. */
export interface SourceRef {
  line: number;
  competence: string | null;
}

export interface KnowledgeItem {
  id: string;
  label: string;
  depth: Depth;
  sources: SourceRef[];
}

export interface SkillItem {
  id: string;
  label: string;
  sources: SourceRef[];
}

/**
 * A competence (Flemish) or werkproces (Dutch). `group` is the kerntaak for Dutch documents;
 * `sbb` lists the SBB competences (e.g. "Samenwerken en overleggen") named for a werkproces.
 */
export interface Competence {
  id: string;
  title: string;
  group: string | null;
  /** Narrative description (Dutch "Omschrijving"); empty when the document gives none. */
  description: string;
  activities: string[];
  sbb: string[];
  line: number;
}

export interface CareerStep {
  title: string;
  direction: 'verticaal' | 'horizontaal' | null;
}

export interface Profile {
  id: string;
  title: string;
  code: string | null;
  /** Level on the European (EQF) scale; null when the document states none. */
  level: number | null;
  /** The level as the framework words it, for display ("VKS 6", "MBO niveau 3"). */
  levelLabel: string | null;
  framework: Framework;
  layout: Layout;
  source: string;
  year: string | null;
  definition: string;
  competences: Competence[];
  knowledge: KnowledgeItem[];
  skills: SkillItem[];
  alternativeTitles: string[];
  careerPerspective: CareerStep[];
  context: string[];
  autonomy: string[];
}

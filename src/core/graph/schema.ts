import { z } from 'zod';
import { LexiconSchema } from '../normalise/lexicon-schema';

/**
 * The graph file (`public/data/graph.json`): one versioned format written by the build and read
 * by the CLI, the web app and the tests. Bump SCHEMA_VERSION on any incompatible change.
 */
export const SCHEMA_VERSION = 1;

const DepthSchema = z.enum(['basis', 'kennis', 'grondig']);
const SourceRefSchema = z.object({ line: z.number().int().nonnegative(), competence: z.string().nullable() });

export const ProfileSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  code: z.string().nullable(),
  level: z.number().int().min(1).max(8).nullable(),
  levelLabel: z.string().nullable(),
  framework: z.enum(['VKS', 'MBO']),
  layout: z.enum(['beroepskwalificatie', 'kwalificatiedossier', 'beroepscompetentieprofiel']),
  source: z.string().min(1),
  year: z.string().nullable(),
  definition: z.string(),
  competences: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      group: z.string().nullable(),
      description: z.string(),
      activities: z.array(z.string()),
      sbb: z.array(z.string()),
      line: z.number().int().nonnegative(),
    }),
  ),
  knowledge: z.array(
    z.object({
      id: z.string(),
      label: z.string().min(1),
      depth: DepthSchema,
      sources: z.array(SourceRefSchema),
    }),
  ),
  skills: z.array(z.object({ id: z.string(), label: z.string().min(1), sources: z.array(SourceRefSchema) })),
  alternativeTitles: z.array(z.string()),
  careerPerspective: z.array(
    z.object({ title: z.string(), direction: z.enum(['verticaal', 'horizontaal']).nullable() }),
  ),
  context: z.array(z.string()),
  autonomy: z.array(z.string()),
});

export const EdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.enum(['progression', 'lateral']),
  /** Coverage of the target's requirements by the source, in [0, 1]. */
  score: z.number().min(0).max(1),
  matched: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  /** The source document names the target in its career perspective. */
  stated: z.boolean(),
});

export const GraphFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  thresholds: z.object({ progression: z.number(), lateral: z.number() }),
  lexicon: LexiconSchema,
  profiles: z.array(ProfileSchema),
  edges: z.array(EdgeSchema),
});

export type GraphFile = z.infer<typeof GraphFileSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;

export type GraphLoadResult = { ok: true; graph: GraphFile } | { ok: false; error: string };

/** Validates parsed JSON as a graph file; the error names what is wrong in plain words. */
export function validateGraph(data: unknown): GraphLoadResult {
  if (typeof data === 'object' && data !== null && 'schemaVersion' in data) {
    const v = (data as { schemaVersion: unknown }).schemaVersion;
    if (v !== SCHEMA_VERSION) {
      return {
        ok: false,
        error: `schemaversie ${String(v)} wordt niet ondersteund (verwacht ${SCHEMA_VERSION}); bouw de data opnieuw`,
      };
    }
  }
  const parsed = GraphFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, graph: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `ongeldig grafiekbestand: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'onbekende fout'}`,
  };
}

/** Parses graph JSON text; never throws. */
export function parseGraphJson(text: string): GraphLoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `grafiekbestand is geen geldige JSON (${(e as Error).message})` };
  }
  return validateGraph(data);
}

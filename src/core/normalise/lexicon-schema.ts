import { z } from 'zod';
import type { Lexicon } from './lexicon';

/** Schema of the lexicon file, apart from the analyser so that matching does not load zod. */
export const LexiconSchema = z.object({
  about: z.string().optional(),
  stopPhrases: z.array(z.string()),
  groups: z.array(z.object({ canonical: z.string().min(1), terms: z.array(z.string().min(1)).min(1) })),
}) satisfies z.ZodType<Lexicon>;
